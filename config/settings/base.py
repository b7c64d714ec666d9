"""Settings that hold everywhere. dev, test and production only add what differs."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy

from config.env import env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "home",
    "news",
    "projects",
    "contacts",
    "materials",
    "cases",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_ratelimit",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.security_headers.SiteCSPMiddleware",
    "home.security_headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag on every page and feed, 304 when the reader's copy is current (a page cache hit too).
    "django.middleware.http.ConditionalGetMiddleware",
    # Anonymous readers' pages whole, before sessions and CSRF cost anything (home.page_cache).
    "home.page_cache.PageCacheMiddleware",
    # Inside the page cache, so a stored page is compressed once (per Accept-Encoding). Django's
    # GZip adds random bytes to the length of each response, which mitigates BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "home.middleware.HostileInputMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


def database_from_env(default_url):
    """DATABASE_URL wins; SQLite gets WAL and a busy timeout so several workers can write.

    Connections are kept for 60 s (checked before each reuse), on SQLite too: closing the last connection to a WAL database
    checkpoints it and syncs the file to disk, which cost every form post about 20 ms when each
    request opened and closed its own (bench/run.py measures it)."""
    config = dj_database_url.parse(
        os.environ.get("DATABASE_URL", default_url),
        conn_max_age=60,
        # A kept connection is checked before a request reuses it: after the database restarts or
        # fails over, the next reader gets a new connection instead of a 500 (the cluster tests).
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    return config


DATABASES = {"default": database_from_env(f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches. Nothing an anonymous reader triggers may write to the database: SQLite has one writer,
# and residents' submissions wait behind it.
# - "default" holds what every worker must see the same: Wagtail's site root paths (cleared by
#   Wagtail when a Site or page moves), the content version, the page cache and the per-language
#   chrome (menus, footer) built from it (home.page_cache).
# - "renditions" is Wagtail's rendition cache (it uses this alias when it is defined). Its keys
#   carry the image's id, file hash, focal point and filter, so a changed image never matches an
#   old entry: a per-process memory cache cannot go stale and costs no I/O per picture.
# - "ratelimit" counts submissions per client atomically (see below).
RENDITIONS_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "TIMEOUT": 24 * 3600,
    "OPTIONS": {"MAX_ENTRIES": 5000},
}
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Several hosts: one shared cache, so a publish on any host invalidates every host's pages and
    # a resident's allowance counts wherever the post lands. django-redis rather than Django's own
    # backend for IGNORE_EXCEPTIONS: with Redis down a read is a miss and a write is skipped, so
    # pages render uncached and submissions are still stored (the rate limit then lets posts
    # through: RATELIMIT_FAIL_OPEN below). Short timeouts: a Redis that hangs costs a request
    # fractions of a second, not gunicorn's timeout.
    REDIS_OPTIONS = {
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": 0.25,
        "SOCKET_TIMEOUT": 0.5,
    }
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "TIMEOUT": 3600,
            "OPTIONS": REDIS_OPTIONS,
        },
        "renditions": RENDITIONS_CACHE,
        "ratelimit": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "rl",
            "OPTIONS": REDIS_OPTIONS,
        },
    }
    # A counter that cannot be read (Redis down) lets the post through rather than refusing everyone.
    RATELIMIT_FAIL_OPEN = True
else:
    CACHES = {
        # One host: files under var/cache are shared by all gunicorn workers of the host (a
        # per-process memory cache would miss an invalidation made by another worker) and cost
        # a file read, never a database write. Writes are atomic (temporary file, then rename).
        # Each write lists the directory to cull it (12 ms at 20,000 files, under 2 ms at 3,000):
        # entries of an old content version are never read again, so a small ceiling loses little.
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "TIMEOUT": 3600,
            "OPTIONS": {"MAX_ENTRIES": 3000},
        },
        "renditions": RENDITIONS_CACHE,
        # Rate-limit counters and used form tokens: shared by every worker like the database
        # itself, and counted atomically (row lock), which Django's DatabaseCache does not do.
        "ratelimit": {
            "BACKEND": "home.cache_backends.AtomicDatabaseCache",
            "LOCATION": "ratelimit_cache",
        },
    }
RATELIMIT_USE_CACHE = "ratelimit"
# What django-redis ignored is logged, one line each (LOGGING below), so an operator sees Redis is down.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# The page cache (home.page_cache): seconds a public page is kept for anonymous readers (any publish
# or edit invalidates it at once; the lifetime bounds what depends on the clock, e.g. upcoming
# events); 0 turns it off. PAGE_CACHE_PROXY_SECONDS: the max-age proxies and browsers may keep it
# (short: they cannot be told of a publish).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_PROXY_SECONDS = env_int("PAGE_CACHE_PROXY_SECONDS", 60)
# Pages showing live numbers a submission changes (open numbers, an initiative's joined count):
# kept this long at most, by the page cache and by proxies.
PAGE_CACHE_LIVE_SECONDS = env_int("PAGE_CACHE_LIVE_SECONDS", 60)

# The HTTP cache in front of several hosts (Varnish, cluster/varnish.py): FRONT_CACHE_URLS lists where
# each front takes PURGE requests, e.g. http://10.0.0.5:6081; home.front_cache sends them on publish.
WAGTAILFRONTENDCACHE = {
    f"front{number}": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    for number, url in enumerate(env_list("FRONT_CACHE_URLS", ""), start=1)
}
# Russian has no prefix and translations have their own slugs: home.front_cache names every language.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Who the client is (home.client_address): the connecting address unless the operator says which
# proxies to trust. TRUSTED_PROXY_COUNT: proxies appending to X-Forwarded-For; CLIENT_IP_HEADER: a
# header one proxy overwrites (e.g. X-Real-IP). See the README.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")
RATELIMIT_IP_META_KEY = "home.client_address.client_ip"

# Admin sign-in throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one account
# from one address, that pair waits AXES_COOLOFF_TIME; `manage.py axes_reset_username NAME` lifts it.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "home.client_address.client_ip"
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
# Password-reset requests per address (home.views.password_reset): each sends an e-mail.
PASSWORD_RESET_RATE_LIMIT = os.environ.get("PASSWORD_RESET_RATE_LIMIT", "5/h")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Russian is the source at /, English is a wagtail-localize translation under /en/.
LANGUAGE_CODE = "ru"
LANGUAGES = [("ru", "Русский"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
# The admin names content languages in the manager's language («Английский»); the public switcher names
# each language in itself (LANGUAGES).
WAGTAIL_CONTENT_LANGUAGES = [("ru", gettext_lazy("Russian")), ("en", gettext_lazy("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Moscow"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Several hosts keep no files of their own: with AWS_STORAGE_BUCKET_NAME set, images and documents
# live in S3-compatible object storage (django-storages; any S3-compatible service, moto's server in
# `make cluster`). Credentials come from the environment as boto3 reads them (AWS_ACCESS_KEY_ID,
# AWS_SECRET_ACCESS_KEY). Their addresses stay under the site's MEDIA_URL (home.storage), served by
# the site from the bucket and cached by the front: no page loads anything from another origin.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    import botocore.config

    STORAGES["default"] = {"BACKEND": "home.storage.MediaStorage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME", "us-east-1")
    AWS_S3_ADDRESSING_STYLE = os.environ.get("AWS_S3_ADDRESSING_STYLE") or None
    # Two uploads of «photo.jpg» are two objects; the bucket stays private (the site reads it).
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    # A bucket that does not answer fails a request in seconds (and /health/ says «storage»), not in minutes.
    AWS_S3_CLIENT_CONFIG = botocore.config.Config(
        connect_timeout=2, read_timeout=10, retries={"max_attempts": 2, "mode": "standard"}
    )
    # Documents through Wagtail's view, which checks collection privacy; never as a bare /media/ address.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Whether Django itself serves MEDIA_URL (true locally and with object storage; false where the
# proxy serves MEDIA_ROOT from disk).
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)

WAGTAIL_SITE_NAME = "Добрые Соседи"
# Where the site is served: `setup_site` points the default Wagtail Site here, and every
# absolute URL (pages, feeds, sitemap, e-mails, structured data) follows it.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
# Russian titles make Latin slugs (home.slugs), never percent-encoded Cyrillic ones.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend; on SQLite it stems the query (home/search_backend.py).
        "BACKEND": "home.search_backend",
        # PostgreSQL full-text search: Russian stemming for Cyrillic words, English for Latin ones.
        "SEARCH_CONFIG": "russian",
    }
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "txt", "csv"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "webp"}

# Content-Security-Policy (django-csp, home.security_headers): public pages run only the site's own
# files and inline code carrying the request's nonce; the admin has a same-origin policy of its own.
from csp.constants import NONCE, NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # Wagtail's admin templates carry inline scripts and style attributes of their own.
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Wagtail's preview panel shows the page in a same-origin iframe.
X_FRAME_OPTIONS = "SAMEORIGIN"
# django_ratelimit names only memcached and django_redis as supported (W001); Django's Redis cache
# and home.cache_backends.AtomicDatabaseCache increment atomically too.
SILENCED_SYSTEM_CHECKS = ["security.W019", "django_ratelimit.W001"]
# The admin shows initials, never a Gravatar image: nothing is requested from outside the site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# …nor asks releases.wagtail.org for a newer version (the operator upgrades through pyproject.toml).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# A broken image gets Wagtail's «not a valid image» message, not a 500 (home.image_forms).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.SafeImageForm"

# Request ceilings: a form post carries text only (2.5 MB is far above any honest answer); uploads
# in the admin are bounded by Wagtail's own limits (images 10 MB) and PUBLIC_UPLOAD_MAX_SIZE
# elsewhere (home.middleware).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 500
PUBLIC_UPLOAD_MAX_SIZE = 3 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A failed CSRF check gets the site's page in the reader's language, not Django's debug text.
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Добрые Соседи <noreply@dobrye-sosedi.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds the task worker waits for a mail server before that attempt counts as failed and is retried.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
# Where form notifications go when a form page names no address of its own.
FORMS_NOTIFY_EMAIL = os.environ.get("FORMS_NOTIFY_EMAIL", "proekt-ds@mail.ru")

# Resident forms: at most FORMS_RATE_LIMIT accepted submissions per client in the window, and
# FORMS_REFUSED_RATE_LIMIT refused posts (invalid answers, bots): a typo does not cost a submission.
FORMS_RATE_LIMIT = os.environ.get("FORMS_RATE_LIMIT", "5/10m")
FORMS_REFUSED_RATE_LIMIT = os.environ.get("FORMS_REFUSED_RATE_LIMIT", "20/10m")
# Seconds a person needs at least to fill a form; faster posts are treated as bots.
FORMS_MIN_FILL_SECONDS = env_int("FORMS_MIN_FILL_SECONDS", 3)

# Cases (what happens to a submission): see the cases app and README «Cases».
# Months a closed case keeps the resident's answers before `purge_personal_data` erases them.
CASES_RETENTION_MONTHS = int(os.environ.get("CASES_RETENTION_MONTHS", "24"))
# Look-ups per client on the public status page (reference number + contact).
CASES_STATUS_RATE_LIMIT = os.environ.get("CASES_STATUS_RATE_LIMIT", "10/10m")
# A case waiting for the team longer than this many days is flagged on the admin's home.
CASES_WAITING_DAYS = 7
# Open numbers: form page models whose submissions are neighbours joining an initiative, and the
# slug words of form pages that are the talent bank.
OPEN_NUMBERS_JOIN_MODELS = ["projects.joinformpage"]
OPEN_NUMBERS_TALENT_SLUGS = ["talant", "talent"]

# Work outside the request. E-mail (home.mail) waits as rows in the database for
# `manage.py db_worker --backend mail` (started by `make run`; a service of its own in production).
# Wagtail's own tasks (search and reference index updates) stay immediate, as Wagtail ships them:
# a published page is found by search at once, whether or not a worker runs.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Seconds before each retry of a failed e-mail; after the last one it is marked failed.
MAIL_RETRY_DELAYS = [60, 300, 1800, 7200]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"without_traceback": {"()": "config.log_filters.WithoutTraceback"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "console_one_line": {"class": "logging.StreamHandler", "filters": ["without_traceback"]},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "dobrye_sosedi": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Redis down: one line per skipped cache call, «Exception ignored: Error 111 connecting to …».
        "django_redis": {"handlers": ["console_one_line"], "level": "WARNING", "propagate": False},
    },
}
