"""The rate-limit counters as served: an atomic cache, checked by django_ratelimit itself."""

import pytest
from django.core.cache import caches
from django.core.management import call_command

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


def test_django_ratelimit_is_installed_and_its_check_accepts_the_served_cache():
    result = run_manage(["check", "--tag", "caches"], DJANGO_SETTINGS_MODULE="config.settings.dev")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
    from django.conf import settings

    assert "django_ratelimit" in settings.INSTALLED_APPS
