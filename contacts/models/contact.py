"""The contact page: the organisation's contacts, social links, the course and a feedback form."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey

from home.models.resident_forms import ResidentFormField, ResidentFormPage


class ContactFormField(ResidentFormField):
    """A question of the feedback form on the contact page."""

    page = ParentalKey("contacts.ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(ResidentFormPage):
    """«Контакты»: how to reach the organisation (from the site settings «Contacts and social links»), the
    «Come and study with us» course and a feedback form whose questions managers design here."""

    template = "contacts/contact_page.html"

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")
