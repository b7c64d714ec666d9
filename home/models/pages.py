from django.db import models
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.page_cache import remembered
from home.page_head import PageHead, organisation_json_ld, website_json_ld


def home_page_sections(page, request):
    """What other apps show on the home page, in their order.

    An app registers `@hooks.register("home_page_sections")` in its wagtail_hooks.py: a
    function (home_page, request) -> (order, html) or None. Home knows none of them. A section is
    the same for every reader of a language on a given day (no form, nothing per visitor): the list
    is built once per content version, home page and day (upcoming events move with the date).
    """

    def build():
        sections = [section for hook in hooks.get_hooks("home_page_sections") if (section := hook(page, request))]
        return [str(html) for _order, html in sorted(sections, key=lambda section: section[0])]

    name = f"home-sections:{page.pk}:{translation.get_language()}:{timezone.localdate().isoformat()}"
    return [mark_safe(html) for html in remembered(name, build)]


class HomePage(PageHead, Page):
    """The front page of one language: hero, mission and what is happening now."""

    head_description_fields = ("hero_text",)
    og_type = "website"

    def structured_data(self, request):
        return [organisation_json_ld(request), website_json_ld(self, request)]

    hero_text = models.TextField(
        _("hero text"), blank=True, help_text=_("One or two sentences under the site name at the top of the page.")
    )
    mission = RichTextField(
        _("mission"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("What the community and its manager are here for."),
    )
    body = StreamField(
        BaseStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("Anything else the front page should say.")
    )

    content_panels = Page.content_panels + [FieldPanel("hero_text"), FieldPanel("mission"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("hero_text"), index.SearchField("mission")]

    parent_page_types = ["wagtailcore.Page"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_page_sections(self, request)
        return context

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(PageHead, Page):
    """A plain page: «О проекте», the personal-data policy and the like."""

    head_description_fields = ("intro",)

    intro = models.TextField(_("introduction"), blank=True, help_text=_("A short lead shown under the title."))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("The text of the page."))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
