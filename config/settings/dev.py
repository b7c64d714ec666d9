"""Local development: `make run` serves this with gunicorn on SQLite under var/."""

import os
from urllib.parse import urlsplit

from config.env import env_bool, env_list

from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG")
# Good for this machine only; config.settings.production refuses to start without a real one.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-key-not-for-production-use-anywhere")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
ALLOWED_HOSTS.append(urlsplit(SITE_URL).hostname)  # noqa: F405
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
