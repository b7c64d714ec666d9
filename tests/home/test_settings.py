"""The operator's promises: production refuses to start without a secret, and is deploy-clean."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(args, **env):
    environment = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage(["check"], DJANGO_SETTINGS_MODULE="config.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


GOOD_KEY = "k3y-Z" * 11


@pytest.mark.parametrize("weak", ["x" * 60, "a-32-character-key-of-old-times!"])
def test_production_refuses_a_weak_secret_key(weak):
    result = run_manage(["check"], DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=weak)
    assert result.returncode != 0
    assert "at least 50 characters, at least 5 of them different" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage(
        ["check"],
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=GOOD_KEY,
        SITE_URL="https://dobrye-sosedi.example",
        ALLOWED_HOSTS="",
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must name" in result.stderr


def test_production_refuses_to_start_without_its_address():
    result = run_manage(
        ["check"], DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=GOOD_KEY, SITE_URL=""
    )
    assert result.returncode != 0
    assert "SITE_URL must be set" in result.stderr


def test_production_check_deploy_is_clean_with_https_settings(tmp_path):
    result = run_manage(
        ["check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="x" * 50 + "-a-long-random-production-secret",
        ALLOWED_HOSTS="dobrye-sosedi.example",
        CSRF_TRUSTED_ORIGINS="https://dobrye-sosedi.example",
        SITE_URL="https://dobrye-sosedi.example",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(db):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only: this run uses " + connection.vendor)
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 5000


def test_environment_booleans_and_lists_are_read_one_way(monkeypatch):
    from config.env import env_bool, env_list

    for word, expected in [("true", True), ("On", True), ("1", True), ("yes", True), ("false", False), ("0", False)]:
        monkeypatch.setenv("SOME_FLAG", word)
        assert env_bool("SOME_FLAG", default=not expected) is expected, word
    monkeypatch.delenv("SOME_FLAG")
    assert env_bool("SOME_FLAG", default=True) is True
    monkeypatch.setenv("SOME_HOSTS", " a.example , ,b.example")
    assert env_list("SOME_HOSTS") == ["a.example", "b.example"]
