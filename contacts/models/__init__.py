from .partners import PartnerCategory, PartnerIndexPage, PartnerPage

__all__ = ["PartnerCategory", "PartnerIndexPage", "PartnerPage"]
