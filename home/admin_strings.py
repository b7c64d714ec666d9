"""Strings Wagtail 8.0.1 shows managers that its Russian catalogue lacks.

Listed here so that makemessages keeps them in locale/ru, whose translations take precedence over
Wagtail's own. Delete a line once Wagtail's catalogue translates it.
"""

from django.utils.translation import gettext_noop

MISSING_FROM_WAGTAIL = [
    gettext_noop("Actions (footer)"),
]
