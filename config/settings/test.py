"""The test suite: the same stack as production, with fast hashing and an in-memory mailbox."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
# The test client's host: the default Site follows SITE_URL, as in every served configuration.
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# One process (the live server is a thread): LocMem increments under a lock, and the contract's
# cache.clear() resets the allowance between tests. tests/home/test_rate_limit.py exercises the
# served AtomicDatabaseCache itself.
RATELIMIT_USE_CACHE = "default"
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]  # noqa: F405
# The manifest needs collectstatic; the suite renders pages without it.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# Tasks run at once in the test's own thread and transaction, so a test sees the e-mail a post
# caused without a worker process; tests/home/test_outgoing_mail.py runs the database backend
# and its worker (pending → sent / retried → failed) explicitly.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
import tempfile  # noqa: E402

MEDIA_ROOT = tempfile.mkdtemp(prefix="ds-test-media-")
# django-axes needs the request in authenticate(), which the test client's login() does not pass;
# tests/home/test_security_headers.py turns it on to test the throttle through the login form.
AXES_ENABLED = False
