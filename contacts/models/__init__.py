from .contact import ContactFormField, ContactPage
from .partners import PartnerCategory, PartnerIndexPage, PartnerPage

__all__ = ["ContactFormField", "ContactPage", "PartnerCategory", "PartnerIndexPage", "PartnerPage"]
