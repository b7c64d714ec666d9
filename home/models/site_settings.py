from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """The organisation's contacts, shown in the footer and on the contact page."""

    email = models.EmailField(_("e-mail"), blank=True, help_text=_("The organisation's public address."))
    phone = models.CharField(
        _("phone"), max_length=32, blank=True, help_text=_("As residents should dial it, e.g. +7 926 850-78-47.")
    )
    vk_url = models.URLField(_("VK"), blank=True, help_text=_("Address of the VK community."))
    facebook_url = models.URLField(_("Facebook"), blank=True, help_text=_("Address of the Facebook page."))
    zen_url = models.URLField(_("Zen"), blank=True, help_text=_("Address of the Yandex Zen channel."))
    course_url = models.URLField(
        _("course"), blank=True, help_text=_("The «Come and study with us» course for territory managers.")
    )

    privacy_policy = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("personal-data policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page every form's consent checkbox links to (its translation in English)."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Contacts")),
        MultiFieldPanel(
            [FieldPanel("vk_url"), FieldPanel("facebook_url"), FieldPanel("zen_url"), FieldPanel("course_url")],
            heading=_("Links"),
        ),
        FieldPanel("privacy_policy"),
    ]

    class Meta:
        verbose_name = _("contacts and social links")

    @classmethod
    def for_site(cls, site):
        # Every page shows them (footer, structured data): read once per content version, not per request.
        from home.page_cache import remembered

        if site is None:
            return super().for_site(site)
        return remembered(f"contact-settings:{site.pk}", lambda: super(ContactSettings, cls).for_site(site))

    @property
    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    @property
    def social_links(self):
        return [
            (label, url)
            for label, url in (("VK", self.vk_url), ("Facebook", self.facebook_url), ("Дзен", self.zen_url))
            if url
        ]
