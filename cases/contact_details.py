"""A resident's contact among their answers, compared the way people type it.

Forms ask «Телефон или e-mail» in a single-line field; residents write «+7 (900) 000-00-00», «8 900
0000000» or « Anna@Example.org ». Contacts are compared in one normal form: e-mail addresses in lower
case, phone numbers as their digits with a Russian 8 or a missing country code made into 7.
Only single-line answers are read for contacts: a number or an address inside a message is about
someone else as often as not.
"""

import re

from home.spam import RESERVED_PREFIX

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\d[\d\s\-().]{7,}\d")
PHONE_DIGITS = range(10, 16)
SINGLE_LINE_MAX = 200
REDACTED = "[…]"


def phone_digits(text):
    """«+7 (900) 000-00-00» and «8 900 000 00 00» both give 79000000000; other numbers keep their digits."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 11 and digits[0] == "8":
        return "7" + digits[1:]
    if len(digits) == 10 and digits[0] == "9":  # a Russian mobile typed without the country code
        return "7" + digits
    return digits


def normalise_contact(text):
    """The contact a resident typed, in the form contacts are compared in ('' if it is neither)."""
    text = (text or "").strip()
    if EMAIL.fullmatch(text):
        return "email:" + text.lower()
    if PHONE.fullmatch(text):
        digits = phone_digits(text)
        if len(digits) in PHONE_DIGITS:
            return "phone:" + digits
    return ""


def _single_line_answers(answers):
    for name, value in answers.items():
        if name.startswith(RESERVED_PREFIX):
            continue
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and "\n" not in text and len(text) <= SINGLE_LINE_MAX:
                yield text


def contacts_in(answers):
    """Every contact in a submission's single-line answers, normalised (a set)."""
    found = set()
    for text in _single_line_answers(answers):
        found.update("email:" + address.lower() for address in EMAIL.findall(text))
        for number in PHONE.findall(text):
            digits = phone_digits(number)
            if len(digits) in PHONE_DIGITS:
                found.add("phone:" + digits)
    return found


def email_address(answers, email_fields=()):
    """Where an answer can be mailed: the value of an e-mail question, else the first address in the answers."""
    for name in email_fields:
        value = answers.get(name)
        if isinstance(value, str) and EMAIL.fullmatch(value.strip()):
            return value.strip()
    for text in _single_line_answers(answers):
        match = EMAIL.search(text)
        if match:
            return match.group(0)
    return ""


def redact(text, answers):
    """`text` without the resident's answers and contacts quoted in it (notes, the answer, the history)."""
    if not text:
        return text
    contacts = contacts_in(answers)
    values = sorted(
        {
            value.strip()
            for name, answer in answers.items()
            if not name.startswith(RESERVED_PREFIX)
            for value in (answer if isinstance(answer, list) else [answer])
            if isinstance(value, str) and len(value.strip()) >= 3
        },
        key=len,
        reverse=True,
    )
    for value in values:
        text = re.sub(re.escape(value), REDACTED, text, flags=re.IGNORECASE)
    text = EMAIL.sub(lambda m: REDACTED if "email:" + m.group(0).lower() in contacts else m.group(0), text)
    return PHONE.sub(lambda m: REDACTED if "phone:" + phone_digits(m.group(0)) in contacts else m.group(0), text)
