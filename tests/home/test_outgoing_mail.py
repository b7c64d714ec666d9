"""Notifications leave the request: stored with the submission, sent by the worker, fate recorded."""

import socket
import threading
import time

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command

from home.mail import queue_mail
from home.models import FormPage, OutgoingMail, ResidentSubmission
from tests.form_contract import answers_for
from tests.home.test_form_page import survey_fields


@pytest.fixture
def queued(settings):
    """The served configuration: tasks wait in the database for the worker."""
    cache.clear()  # the form allowance
    settings.TASKS = {**settings.TASKS, "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MAIL_RETRY_DELAYS = [0, 0]


@pytest.fixture
def survey(home_page):
    page = FormPage(title="Опрос", slug="opros", to_address="managers@example.org", form_fields=survey_fields())
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch):
    # The worker closes "old" connections between tasks; inside a test's transaction that would close
    # the test's own connection (PostgreSQL). Everything else runs as in `manage.py db_worker`.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)


def run_worker():
    call_command("db_worker", "--backend", "mail", batch=True, no_startup_delay=True, interval=0, verbosity=0)


def test_a_submission_commits_with_a_pending_notification_that_the_worker_sends(client, survey, queued):
    assert client.post(survey.url, answers_for(survey, message="Лавочки")).status_code == 302
    submission = ResidentSubmission.objects.get()
    notification = submission.mails.get()
    assert notification.status == "pending" and not mail.outbox
    run_worker()
    notification.refresh_from_db()
    assert notification.status == "sent" and notification.sent_at and notification.attempts == 1
    assert mail.outbox[0].to == ["managers@example.org"] and "Лавочки" in mail.outbox[0].body


def test_the_worker_retries_and_then_records_the_failure(db, queued, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens
    message = queue_mail("Ответ по обращению", "Текст", ["anna@example.org"])
    run_worker()
    message.refresh_from_db()
    assert message.status == "failed" and message.attempts == 3
    assert "Connection" in message.last_error


def test_a_message_that_fails_once_is_sent_on_retry(db, queued, settings):
    settings.EMAIL_BACKEND = "tests.home.flaky_mail.FailsOnceBackend"
    message = queue_mail("Тема\nBcc: evil@example.org", "Текст", ["anna@example.org"])
    run_worker()
    message.refresh_from_db()
    assert message.status == "sent" and message.attempts == 2 and "\n" not in message.subject
    assert len(mail.outbox) == 1


@pytest.fixture
def hung_mail_server():
    """An SMTP server that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    server.close()


def test_a_hung_mail_server_does_not_slow_the_resident(client, survey, queued, settings, hung_mail_server):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", hung_mail_server, 10
    durations = []
    for _ in range(5):
        started = time.monotonic()
        assert client.post(survey.url, answers_for(survey)).status_code == 302
        durations.append(time.monotonic() - started)
    # Sending inside the request would take EMAIL_TIMEOUT (10 s) each; the worker's wait is not the resident's.
    assert max(durations) < 3, durations
    assert OutgoingMail.objects.filter(status="pending").count() == 5
