"""An e-mail backend that refuses its first message and then delivers like locmem: a mail server's hiccup."""

from django.core.mail.backends.locmem import EmailBackend

_failed = set()


class FailsOnceBackend(EmailBackend):
    def send_messages(self, messages):
        key = tuple(message.subject for message in messages)
        if key not in _failed:
            _failed.add(key)
            raise ConnectionError("Connection reset by the mail server")
        return super().send_messages(messages)
