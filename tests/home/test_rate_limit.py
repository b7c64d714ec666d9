"""The rate-limit counters as served: an atomic cache, checked by django_ratelimit itself."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.test_settings import run_manage

ATOMIC = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {"BACKEND": "home.cache_backends.AtomicDatabaseCache", "LOCATION": "ratelimit_cache_test"},
}


@pytest.fixture
def counters(db, settings):
    settings.CACHES = ATOMIC
    call_command("createcachetable", verbosity=0)
    return caches["ratelimit"]


def test_the_served_counter_adds_increments_and_expires(counters):
    assert counters.add("rl:client", 1, 60)
    assert not counters.add("rl:client", 1, 60)
    assert [counters.incr("rl:client") for _ in range(3)] == [2, 3, 4]
    assert counters.get("rl:client") == 4
    with pytest.raises(ValueError):
        counters.incr("rl:nobody")
    counters.set("rl:old", 5, -1)
    with pytest.raises(ValueError):
        counters.incr("rl:old")


def test_an_expired_entry_can_be_added_again(counters):
    counters.set("form-token-used:old", 1, -1)
    assert counters.add("form-token-used:old", 1, 60)
    assert not counters.add("form-token-used:old", 1, 60)


def test_a_full_table_forgets_only_expired_entries_never_a_used_token_or_a_count(db, settings):
    # Django's DatabaseCache deletes a third of its live entries past MAX_ENTRIES: a used form token
    # forgotten that way would let the same form be accepted twice.
    settings.CACHES = {**ATOMIC, "ratelimit": {**ATOMIC["ratelimit"], "OPTIONS": {"MAX_ENTRIES": 5}}}
    call_command("createcachetable", verbosity=0)
    counters = caches["ratelimit"]
    counters.set("expired", 1, -1)
    for n in range(20):
        assert counters.add(f"form-token-used:{n}", 1, 600)
    assert all(not counters.add(f"form-token-used:{n}", 1, 600) for n in range(20))
    assert counters.incr("form-token-used:0") == 2
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM ratelimit_cache_test")
        keys = [row[0] for row in cursor.fetchall()]
    assert len(keys) == 20 and not any(key.endswith(":expired") for key in keys)


def test_adding_a_live_key_writes_nothing(counters):
    counters.add("rl:client", 1, 60)
    with CaptureQueriesContext(connection) as queries:
        assert not counters.add("rl:client", 1, 60)
    assert [q["sql"] for q in queries if not q["sql"].startswith("SELECT")] == []


def test_django_ratelimit_is_installed_and_its_check_accepts_the_served_cache():
    result = run_manage(["check", "--tag", "caches"], DJANGO_SETTINGS_MODULE="config.settings.dev")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
    from django.conf import settings

    assert "django_ratelimit" in settings.INSTALLED_APPS
