"""One case's page: what the resident wrote, state and assignee, the public answer, notes, history, and
the proposal → initiative action."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin

from cases.answers import resident_email, send_answer
from cases.initiatives import make_initiative
from cases.models import Case, CaseState, EmailStatus
from cases.models.cases import display_name
from cases.permissions import case_handlers


class HandlerChoiceField(forms.ModelChoiceField):
    """A moderator, by name."""

    def label_from_instance(self, user):
        return display_name(user)


class WorkflowForm(forms.Form):
    state = forms.ChoiceField(label=_("State"))
    assignee = HandlerChoiceField(label=_("Assignee"), queryset=case_handlers(), required=False)
    rejection_reason = forms.CharField(
        label=_("Reason for rejection"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required to reject; seen by moderators only. Explain the decision to the resident in the answer."),
    )

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.case = case
        states = [case.state, *case.next_states()]
        self.fields["state"].choices = [(state, CaseState(state).label) for state in states]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("state") == CaseState.REJECTED and self.case.state != CaseState.REJECTED:
            if not cleaned.get("rejection_reason", "").strip():
                self.add_error("rejection_reason", _("Give the reason for the rejection."))
        return cleaned


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Public answer"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The resident sees it on the status page; it is e-mailed when they gave an e-mail address."),
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Internal note"), widget=forms.Textarea(attrs={"rows": 3}), help_text=_("Seen by moderators only.")
    )


class CaseView(BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView):
    """One case: the resident's answers, the state and assignee, the public answer, notes and history."""

    model = Case
    template_name = "cases/admin/case.html"
    header_icon = "mail"
    index_url_name = None
    edit_url_name = None

    def get_base_object_queryset(self):
        return Case.objects.select_related("submission__page__locale", "assignee", "initiative")

    def get_page_title(self):
        return _("Case %(reference)s") % {"reference": self.object.reference}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": Case._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.object.reference},
        ]

    def answers(self):
        """The resident's answers with the questions as the form asks them."""
        page = self.object.submission.page.specific
        questions = page.get_form_fields() if hasattr(page, "get_form_fields") else []
        labels = {question.clean_name: question.label for question in questions}
        return [
            (labels.get(name, name), ", ".join(map(str, value)) if isinstance(value, list) else value)
            for name, value in self.object.submission.form_data.items()
        ]

    def get_context_data(self, **kwargs):
        case = self.object
        forms_ = {
            "workflow_form": WorkflowForm(
                case=case,
                initial={"state": case.state, "assignee": case.assignee_id, "rejection_reason": case.rejection_reason},
            ),
            "answer_form": AnswerForm(initial={"answer": case.answer}),
            "note_form": NoteForm(),
        }
        forms_.update(kwargs)
        return super().get_context_data(
            case=case,
            answers=self.answers(),
            email=resident_email(case),
            notes=case.notes.select_related("author"),
            events=case.events.select_related("actor").order_by("-at", "-pk"),
            **forms_,
        )

    def post(self, request, *args, **kwargs):
        handler = {
            "workflow": self.save_workflow,
            "answer": self.save_answer,
            "note": self.save_note,
            "initiative": self.save_initiative,
        }.get(request.POST.get("action"))
        if handler is None:
            return HttpResponseBadRequest()
        return handler()

    def done(self, message):
        messages.success(self.request, message)
        return redirect(self.request.path)

    def save_workflow(self):
        form = WorkflowForm(self.request.POST, case=self.object)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(workflow_form=form))
        case, user = self.object, self.request.user
        try:
            with transaction.atomic():  # both or neither
                case.assign(form.cleaned_data["assignee"], user)
                case.move_to(form.cleaned_data["state"], user, reason=form.cleaned_data["rejection_reason"])
        except ValidationError as error:
            case.refresh_from_db()
            form.add_error(None, error)
            return self.render_to_response(self.get_context_data(workflow_form=form))
        return self.done(_("The case is saved."))

    def save_answer(self):
        form = AnswerForm(self.request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(answer_form=form))
        self.object.write_answer(form.cleaned_data["answer"], self.request.user)
        status = send_answer(self.object, self.request)
        if status in (EmailStatus.SENT, EmailStatus.PENDING):
            return self.done(_("The answer is saved and e-mailed to the resident."))
        if status == EmailStatus.FAILED:
            messages.warning(
                self.request,
                _(
                    "The answer is saved and shown on the status page, but the e-mail could not be sent. Try again later."
                ),
            )
            return redirect(self.request.path)
        return self.done(_("The answer is saved; the resident sees it on the status page (they gave no e-mail)."))

    def save_note(self):
        form = NoteForm(self.request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(note_form=form))
        self.object.add_note(form.cleaned_data["text"], self.request.user)
        return self.done(_("The note is added."))

    def save_initiative(self):
        try:
            initiative = make_initiative(self.object, self.request.user)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
            return redirect(self.request.path)
        messages.success(
            self.request,
            _("The draft initiative «%(title)s» is made; complete and publish it.") % {"title": initiative.title},
            buttons=[messages.button(reverse("wagtailadmin_pages:edit", args=[initiative.pk]), _("Edit"))],
        )
        return redirect(self.request.path)
