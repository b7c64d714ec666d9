"""Reading settings from the environment, one way for every settings module."""

import os

TRUE_WORDS = {"1", "true", "yes", "on"}


def env_bool(name, default=False):
    """`true`, `1`, `yes` or `on` (any case) is true; anything else set is false; unset is `default`."""
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in TRUE_WORDS


def env_list(name, default=""):
    """A comma-separated list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    return int(os.environ.get(name, str(default)))
