"""Headers and throttles the operator relies on: CSP, Permissions-Policy, admin sign-in and reset limits."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command


def test_public_pages_allow_only_the_sites_own_code(client, site_pages):
    for url in ("/", "/en/", "/search/?q=x", "/no-such-page/"):
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "unsafe-inline" not in policy and "script-src 'self'" in policy
        assert response["Permissions-Policy"].startswith("accelerometer=()")
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_public_templates_carry_no_inline_script_or_style(client, site_pages):
    html = client.get("/").content.decode()
    assert "<style" not in html and " style=" not in html
    scripts = [chunk for chunk in html.split("<script")[1:] if "src=" not in chunk.split(">")[0]]
    assert all('type="application/ld+json"' in chunk.split(">")[0] for chunk in scripts)


def test_the_admin_has_its_own_same_origin_policy(admin_client, site_pages):
    policy = admin_client.get("/admin/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-src 'self'" in policy


@pytest.fixture
def manager(db, settings):
    settings.AXES_ENABLED = True
    return get_user_model().objects.create_user("manager", "manager@example.org", "correct horse battery")


def test_admin_sign_in_locks_after_five_wrong_passwords_with_a_russian_message(client, manager):
    for _ in range(4):
        response = client.post("/admin/login/", {"username": "manager", "password": "wrong"})
        assert response.status_code == 200
    assert client.post("/admin/login/", {"username": "manager", "password": "wrong"}).status_code == 429
    locked = client.post("/admin/login/", {"username": "manager", "password": "correct horse battery"})
    assert locked.status_code == 429
    assert "Вход приостановлен" in locked.content.decode()
    # Another address is not locked out of the same account.
    other = client.post(
        "/admin/login/", {"username": "manager", "password": "correct horse battery"}, REMOTE_ADDR="10.9.9.9"
    )
    assert other.status_code == 302
    call_command("axes_reset_username", "manager", verbosity=0)
    assert not AccessAttempt.objects.filter(username="manager").exists()
    assert client.post("/admin/login/", {"username": "manager", "password": "correct horse battery"}).status_code == 302


def test_password_reset_requests_are_limited_per_address(client, manager, settings):
    cache.clear()
    settings.PASSWORD_RESET_RATE_LIMIT = "2/h"
    for _ in range(2):
        assert client.post("/admin/password_reset/", {"email": "manager@example.org"}).status_code == 302
    refused = client.post("/admin/password_reset/", {"email": "manager@example.org"})
    assert refused.status_code == 429 and "Слишком много запросов" in refused.content.decode()
    assert len(mail.outbox) == 2
