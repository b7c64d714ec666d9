"""The test suite: the same stack as production, with fast hashing and an in-memory mailbox."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
# The test client's host: the default Site follows SITE_URL, as in every served configuration.
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
import tempfile  # noqa: E402

# The served cache configuration (a file cache shared by the workers for "default", memory for
# renditions), so the query budgets count what a reader costs on the running site; only the
# directory is a temporary one. tests/conftest.py clears both before each test, as the database
# rolls back after it. What differs: the page cache is off (PAGE_CACHE_SECONDS below) so budgets
# measure rendering, and the rate limit counts in "default": one process, and the contract's
# cache.clear() resets the allowance between tests. tests/home/test_rate_limit.py exercises the
# served AtomicDatabaseCache itself, tests/home/test_page_cache.py the page cache.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": tempfile.mkdtemp(prefix="ds-test-cache-"),
        "OPTIONS": {"MAX_ENTRIES": 3000},
    },
    "renditions": RENDITIONS_CACHE,  # noqa: F405
}
RATELIMIT_USE_CACHE = "default"
PAGE_CACHE_SECONDS = 0
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
MEDIA_ROOT = tempfile.mkdtemp(prefix="ds-test-media-")
# django-axes needs the request in authenticate(), which the test client's login() does not pass;
# tests/home/test_security_headers.py turns it on to test the throttle through the login form.
AXES_ENABLED = False
