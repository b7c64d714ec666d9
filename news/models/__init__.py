from news.models.pages import NewsIndexPage, NewsPage
from news.models.tags import NewsPageTag

__all__ = ["NewsIndexPage", "NewsPage", "NewsPageTag"]
