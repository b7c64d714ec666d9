"""«Присоединиться»: a neighbour offers to join an initiative.

One join form per initiatives index (and language) serves every initiative in it: the initiative
page links to it with `?initiative=<id>`, the form asks which initiative (preselected) and stores
its title and translation key with the answers, so both languages count together. The form is
created by itself the first time an initiative is published in an index that has none, and it asks
the standard questions (name, contact, how I can help) until a manager designs others.
"""

from django import forms
from django.db import models
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import InlinePanel
from wagtail.signals import page_published

from home.models import ResidentSubmission
from home.models.resident_forms import ResidentFormField, ResidentFormPage
from home.slugs import latin_slug

from .initiatives import InitiativePage, InitiativeStatus

# Stored with every join; the `ds_` namespace keeps them apart from a manager's questions.
INITIATIVE_FIELD = "ds_initiative"
INITIATIVE_KEY = "ds_initiative_key"


class JoinFormField(ResidentFormField):
    """A question of the «Присоединиться» form (label translated, stored key shared by both languages)."""

    page = ParentalKey("projects.JoinFormPage", on_delete=models.CASCADE, related_name="form_fields")


def standard_questions():
    """The questions every join form asks until a manager designs its own (labels in the active language)."""
    return [
        JoinFormField(
            sort_order=0,
            clean_name="name",
            field_type="singleline",
            required=True,
            label=_("Your name"),
            help_text=_("How we should address you."),
        ),
        JoinFormField(
            sort_order=1,
            clean_name="contact",
            field_type="singleline",
            required=True,
            label=_("Phone or e-mail"),
            help_text=_("So that the organisers can contact you."),
        ),
        JoinFormField(
            sort_order=2,
            clean_name="message",
            field_type="multiline",
            required=False,
            label=_("How I can help"),
            help_text=_("For example: come to the clean-up day, bring tools, tell the neighbours, lead a meeting."),
        ),
    ]


class JoinFormPage(ResidentFormPage):
    """«Присоединиться»: neighbours offer to take part in an initiative of this index. Every initiative page
    links here and shows how many neighbours joined; each answer records the initiative it was for."""

    template = "projects/join_form_page.html"

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [
        panel
        if not isinstance(panel, InlinePanel)
        else InlinePanel(
            "form_fields",
            label=_("Questions"),
            help_text=_(
                "The fields residents fill in, in order. Leave empty to ask the standard questions: "
                "name, phone or e-mail, how I can help."
            ),
        )
        for panel in ResidentFormPage.content_panels
    ]

    class Meta:
        verbose_name = _("join form")
        verbose_name_plural = _("join forms")

    # Which initiatives

    def initiatives(self):
        """The initiatives a neighbour can still join here: live, not finished, in this page's language."""
        return (
            InitiativePage.objects.live()
            .child_of(self.get_parent())
            .filter(locale_id=self.locale_id)
            .exclude(status=InitiativeStatus.FINISHED)
            .order_by("title")
        )

    @staticmethod
    def joined_count(initiative):
        """How many neighbours joined `initiative`, in every language (never who)."""
        return ResidentSubmission.objects.filter(
            **{f"form_data__{INITIATIVE_KEY}": str(initiative.translation_key)}
        ).count()

    @classmethod
    def for_initiative(cls, initiative):
        """The live join form an initiative page links to, or None."""
        return cls.objects.live().filter(locale_id=initiative.locale_id).child_of(initiative.get_parent()).first()

    # The form

    def get_form_fields(self):
        fields = list(super().get_form_fields())
        return fields or standard_questions()

    def get_form_class(self):
        base = super().get_form_class()
        page = self

        class JoinForm(base):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields[INITIATIVE_FIELD] = forms.ModelChoiceField(
                    queryset=page.initiatives(),
                    label=_("Initiative"),
                    empty_label=_("Choose an initiative"),
                    error_messages={
                        "required": _("Please choose the initiative you want to join."),
                        "invalid_choice": _("This initiative cannot be joined any more. Please choose another one."),
                    },
                )
                self.order_fields([INITIATIVE_FIELD])

            def clean(self):
                cleaned_data = super().clean()
                initiative = cleaned_data.get(INITIATIVE_FIELD)
                if initiative is not None:
                    # Stored as text: the title as the neighbour saw it, the key shared by both languages.
                    cleaned_data[INITIATIVE_FIELD] = initiative.title
                    cleaned_data[INITIATIVE_KEY] = str(initiative.translation_key)
                return cleaned_data

        return JoinForm

    def get_form(self, *args, initiative_id=None, **kwargs):
        form = super().get_form(*args, **kwargs)
        chosen = self.chosen_initiative(initiative_id)
        if chosen is not None and not form.is_bound:
            form.fields[INITIATIVE_FIELD].initial = chosen.pk
        return form

    def chosen_initiative(self, initiative_id):
        if not str(initiative_id or "").isdigit():
            return None
        return self.initiatives().filter(pk=int(initiative_id)).first()

    def serve(self, request, *args, **kwargs):
        if request.method == "GET" and "thanks" not in request.GET:
            form = self.get_form(page=self, user=request.user, initiative_id=request.GET.get("initiative"))
            return self.render_form(request, form)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chosen_initiative"] = self.chosen_initiative(request.GET.get("initiative"))
        return context

    # Listing and exporting

    def get_data_fields(self):
        reference, submit_time, *questions = super().get_data_fields()
        with translation.override(self.locale.language_code):
            # The standard questions' labels are lazy: give them in the page's language, as managers' ones are.
            questions = [(name, str(label)) for name, label in questions]
        return [reference, submit_time, (INITIATIVE_FIELD, _("Initiative")), *questions]


def ensure_join_form(index):
    """The join form of `index`, made (and published) if missing: a translation of the one under another
    language's index where there is one, so the language switcher links them."""
    existing = JoinFormPage.objects.child_of(index).first()
    if existing is not None:
        return existing.specific
    language = index.locale.language_code
    with translation.override(language):
        title = str(_("Join an initiative"))
    slug = latin_slug(title)
    for other in index.get_translations().exclude(locale_id=index.locale_id):
        source = JoinFormPage.objects.child_of(other).first()
        if source is not None:
            page = source.specific.copy_for_translation(index.locale)
            page.title, page.slug, page.draft_title = title, slug, title
            page.save()
            page.save_revision().publish()
            return page
    page = JoinFormPage(title=title, slug=slug, locale=index.locale, show_in_menus=False)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@receiver(page_published, sender=InitiativePage)
def give_the_index_a_join_form(sender, instance, **kwargs):
    """A new initiative can be joined without a manager doing anything."""
    index = instance.get_parent()
    if index is not None and not JoinFormPage.objects.child_of(index).exists():
        ensure_join_form(index.specific)
