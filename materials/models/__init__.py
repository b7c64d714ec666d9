from .banners import AlertBanner
from .pages import GuidancePage, MaterialIndexPage, MaterialPage
from .topics import Topic

__all__ = ["AlertBanner", "GuidancePage", "MaterialIndexPage", "MaterialPage", "Topic"]
