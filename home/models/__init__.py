# Form pages build on home.forms, which needs the models above.
from .form_pages import FormPage, FormPageField  # noqa: E402, I001
from .outbox import OutgoingMail
from .pages import HomePage, StandardPage
from .site_settings import ContactSettings
from .submissions import ResidentSubmission

__all__ = [
    "ContactSettings",
    "FormPage",
    "FormPageField",
    "HomePage",
    "OutgoingMail",
    "ResidentSubmission",
    "StandardPage",
]
