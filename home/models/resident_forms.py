"""The behaviour every public form page shares: proposals, talents, feedback.

An app makes a form page by subclassing `ResidentFormPage` and `ResidentFormField` (see their
docstrings); managers then design the questions in the admin with Wagtail's form builder.
"""

import logging

from django import forms
from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.forms.utils import ErrorDict
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.form_fields import ResidentFormBuilder
from home.localization import in_language
from home.mail import queue_mail
from home.models.site_settings import ContactSettings
from home.models.submissions import ResidentSubmission
from home.page_head import PageHead
from home.spam import (
    CONSENT_FIELD,
    HONEYPOT_FIELD,
    RESERVED_FIELD_NAMES,
    STARTED_FIELD,
    FillCheck,
    check_fill,
    count_accepted,
    count_refused,
    honeypot_fields,
    is_reserved_field_name,
    over_rate_limit,
    started_token,
    token_nonce,
)

logger = logging.getLogger("dobrye_sosedi.forms")

_THANKS_SALT = "dobrye-sosedi.submission"


class ResidentFormPageAdminForm(WagtailAdminFormPageForm):
    """Refuses a question whose stored name would collide with the form machinery's own fields
    (the spam trap, the fill time, the consent): such a question would silently swallow answers."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("form_fields")
        for form in formset.forms if formset else []:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            name = form.instance.clean_name or form.instance.get_field_clean_name()
            if is_reserved_field_name(name):
                form.add_error(
                    "label",
                    forms.ValidationError(
                        _(
                            "The name “%(name)s” is reserved for the form's own protection and consent fields. "
                            "Please change the label."
                        ),
                        params={"name": name},
                        code="reserved_name",
                    ),
                )
        return cleaned_data


class ResidentFormField(TranslatableMixin, AbstractFormField):
    """One question of a resident form. Labels, help texts and choices are translated;
    the stored key (clean_name) stays the same in every language.

    Subclass with: page = ParentalKey("app.YourFormPage", on_delete=models.CASCADE, related_name="form_fields")
    """

    override_translatable_fields = [
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]


class ResidentFormPage(PageHead, AbstractEmailForm):
    """A page with a form residents fill in. Adds consent, spam protection, a rate limit,
    store-then-mail and a reference number to Wagtail's form builder."""

    head_description_fields = ("intro",)

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What the form is for and what happens after the resident sends it."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after sending, above the reference number."),
    )

    landing_page_template = "home/resident_form_page_landing.html"
    base_form_class = ResidentFormPageAdminForm
    form_builder = ResidentFormBuilder

    # A translated address would fail validation, and managers are the same for both languages.
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        SynchronizedField("subject"),
    ]

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Questions"), help_text=_("The fields residents fill in, in order.")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Notification e-mail"),
        ),
    ]
    search_fields = AbstractEmailForm.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    # The form

    def get_form_class(self):
        consent = forms.BooleanField(
            required=True,
            label=_("I agree to the processing of my personal data"),
            error_messages={"required": _("Please give your consent so that we can accept your message.")},
        )
        fields = {CONSENT_FIELD: consent, **honeypot_fields()}
        return type("ResidentForm", (super().get_form_class(),), fields)

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.fields[STARTED_FIELD].initial = started_token(self)
        return form

    def privacy_policy_page(self, request):
        """The personal-data policy in the page's language (or in Russian where there is no translation)."""
        policy = ContactSettings.for_request(request).privacy_policy if request else None
        if policy is None:
            return None
        return in_language(policy, self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["privacy_policy"] = self.privacy_policy_page(request)
        return context

    # Serving

    def get_template(self, request, *args, **kwargs):
        # A subclass may bring its own template (Wagtail names one per model); else the shared one.
        return [super().get_template(request, *args, **kwargs), "home/resident_form_page.html"]

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return self.serve_post(request)
        submission = self.submission_from_thanks(request.GET.get("thanks"))
        if submission is not None:
            return self.render_landing_page(request, submission)
        return self.render_form(request, self.get_form(page=self, user=request.user))

    def serve_post(self, request):
        """Spam checks and the rate limit run before anything is stored; a refused person keeps every answer.

        Two allowances per client: accepted submissions (FORMS_RATE_LIMIT) and refused posts such as
        invalid answers (FORMS_REFUSED_RATE_LIMIT, larger), so fixing a typo does not cost a submission.
        """
        if over_rate_limit(request):
            return self.render_kept(request, status=429, rate_limited=True)
        verdict = check_fill(request.POST, self)
        if verdict == FillCheck.BOT:
            count_refused(request)
            # A neutral answer: the bot learns nothing, nothing is stored.
            return self.render_landing_page(request, None)
        if verdict == FillCheck.STALE:
            count_refused(request)
            return self.render_kept(request, status=400, stale=True)
        # Form pages take no files: whatever is attached is never read into a form.
        form = self.get_form(request.POST, page=self, user=request.user)
        if not form.is_valid():
            count_refused(request)
            return self.render_form(request, form, status=400)
        # The form's one-time token, counting and the submission in one transaction: on SQLite one turn at
        # the single writer's lock, and nothing half-done if storing fails (an allowance spent on a
        # submission that was not kept). The rate limit's cache may be Redis, outside the transaction.
        # The same form sent again (a double click, a resend, the front retrying a post on another host
        # after the first died) gets the first submission's thank-you page: one submission, one reference.
        policy = self.privacy_policy_page(request)  # read before the write lock is taken
        nonce = token_nonce(request.POST)
        try:
            with transaction.atomic():
                refused, submission = None, ResidentSubmission.objects.filter(form_token=nonce, page=self).first()
                if submission is None:
                    if count_accepted(request):
                        refused = {"status": 429, "rate_limited": True}
                    else:
                        submission = self.process_form_submission(form, request, policy=policy, token=nonce)
        except IntegrityError:
            # The same form committed by a concurrent request a moment ago (PostgreSQL's unique index).
            refused, submission = None, ResidentSubmission.objects.filter(form_token=nonce, page=self).first()
            if submission is None:
                raise
        if refused:
            return self.render_kept(request, **refused)
        thanks = signing.dumps(submission.pk, salt=_THANKS_SALT)
        return HttpResponseRedirect(f"{self.get_url(request)}?thanks={thanks}")

    def render_kept(self, request, status, **flags):
        """The form again with everything the resident typed, no field errors, and a fresh token when
        the old one can no longer be accepted."""
        data = request.POST.copy()
        if flags.get("stale"):
            data[STARTED_FIELD] = started_token(self)
        form = self.get_form(data, page=self, user=request.user)
        form._errors = ErrorDict()  # not validated: the message at the top says what happened
        return self.render_form(request, form, status=status, **flags)

    def render_form(self, request, form, rate_limited=False, stale=False, status=200):
        describe_fields(form)
        context = self.get_context(request)
        context.update(
            form=form,
            rate_limited=rate_limited,
            stale=stale,
            questions=[field for field in form if field.name not in RESERVED_FIELD_NAMES],
            consent_field=form[CONSENT_FIELD],
            trap_field=form[HONEYPOT_FIELD],
            started_field=form[STARTED_FIELD],
        )
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def submission_from_thanks(self, token):
        if not token:
            return None
        try:
            pk = signing.loads(token, salt=_THANKS_SALT, max_age=60 * 60 * 24)
        except signing.BadSignature:
            return None
        return ResidentSubmission.objects.filter(pk=pk, page=self).first()

    # Storing and notifying

    def get_submission_class(self):
        return ResidentSubmission

    def get_data_fields(self):
        return [("reference", _("Reference number")), *super().get_data_fields()]

    def get_submissions_list_view_class(self):
        # Safe, local-time CSV and XLSX exports (home/exports.py); imported here, the admin imports the models.
        from home.admin_views import ResidentFormSubmissionsListView

        return ResidentFormSubmissionsListView

    def process_form_submission(self, form, request=None, policy=..., token=None):
        """Store the submission and its pending notification in one transaction; a worker sends the
        mail (home.mail), so a slow or absent mail server never reaches the resident. `policy`: the
        personal-data policy page (or None) when the caller has looked it up already; `token`: the
        form's one-time number (home.spam.token_nonce)."""
        data = {name: value for name, value in form.cleaned_data.items() if name not in RESERVED_FIELD_NAMES}
        policy = self.privacy_policy_page(request) if policy is ... else policy
        with transaction.atomic():
            submission = ResidentSubmission.objects.create(
                page=self,
                form_token=token,
                form_data=data,
                language=self.locale.language_code,
                consent=str(form.fields[CONSENT_FIELD].label) + (f" ({policy.full_url})" if policy else ""),
                policy_version=(
                    f"{policy.pk}:{policy.last_published_at:%Y-%m-%d %H:%M}"
                    if policy and policy.last_published_at
                    else ""
                ),
            )
            submission.reference = ResidentSubmission.format_reference(submission.submit_time, submission.pk)
            # An UPDATE of one column: saving the model again would rerun its post_save handlers
            # (Wagtail's reference index) for a number that refers to nothing.
            ResidentSubmission.objects.filter(pk=submission.pk).update(reference=submission.reference)
            self.notify_managers(form, submission)
        return submission

    def notify_managers(self, form, submission):
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        addresses = addresses or [settings.FORMS_NOTIFY_EMAIL]
        # Managers read Russian, whichever language the resident wrote in.
        with translation.override("ru"):
            subject = f"{self.subject or self.title}: {submission.reference}"
            labels = (_("Reference number"), _("Form"), _("Language"))
            values = (submission.reference, f"{self.title} ({self.full_url})", submission.language)
            lines = [f"{label}: {value}" for label, value in zip(labels, values, strict=True)]
            lines += ["", self.render_email(form)]
        queue_mail(subject, "\n".join(lines), addresses, from_email=self.from_address, submission=submission)

    def render_email(self, form):
        content = []
        for field in form:
            if field.name in RESERVED_FIELD_NAMES or field.name not in form.cleaned_data:
                continue
            value = form.cleaned_data[field.name]
            if isinstance(value, list):
                value = ", ".join(value)
            # A multi-line answer is indented under its question: it cannot pass for a line of its own.
            value = "\n    ".join(str(value).splitlines())
            content.append(f"{field.label}: {value}")
        return "\n".join(content)


def describe_fields(form):
    """Tie each input to its help text and errors, so screen readers announce them."""
    for name, field in form.fields.items():
        ids = []
        if field.help_text:
            ids.append(f"help_{name}")
        if form.is_bound and form.errors.get(name):
            ids.append(f"err_{name}")
            field.widget.attrs["aria-invalid"] = "true"
        if ids:
            field.widget.attrs["aria-describedby"] = " ".join(ids)
