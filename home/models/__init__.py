from .pages import HomePage, StandardPage
from .site_settings import ContactSettings

__all__ = ["ContactSettings", "HomePage", "StandardPage"]
