"""The fields managers' questions become: single-line answers stay on one line, long answers have a ceiling."""

import re

from django import forms
from wagtail.contrib.forms.forms import FormBuilder

# Any line break a browser, a bot or Unicode can send: in a one-line answer it would forge lines
# in the managers' notification («Reference number: …») and in exports.
LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")
# A letter, not a book: the longest answer stored (the request body has its own ceiling).
MULTILINE_MAX_LENGTH = 20_000


class SingleLineField(forms.CharField):
    """A one-line answer: line breaks become spaces before validation."""

    def to_python(self, value):
        value = super().to_python(value)
        return LINE_BREAKS.sub(" ", value) if value else value


class ResidentFormBuilder(FormBuilder):
    def create_singleline_field(self, field, options):
        options["max_length"] = 255
        return SingleLineField(**options)

    def create_hidden_field(self, field, options):
        options.setdefault("widget", forms.HiddenInput)
        options["max_length"] = 255
        return SingleLineField(**options)

    def create_multiline_field(self, field, options):
        options.setdefault("widget", forms.Textarea)
        options["max_length"] = MULTILINE_MAX_LENGTH
        return forms.CharField(**options)
