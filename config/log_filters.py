"""Filters for the site's log (settings LOGGING)."""

import logging


class WithoutTraceback(logging.Filter):
    """A handled error as one line with its message.

    django-redis logs every cache call it skipped while Redis is down (IGNORE_EXCEPTIONS): several a
    request, each with a traceback that says nothing new, which buried everything else in the log."""

    def filter(self, record):
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage()}: {record.exc_info[1]}"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True
