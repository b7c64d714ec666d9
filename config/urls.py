from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cases import views as cases_views
from home import operations
from home import views as home_views
from home.sitemaps import MultilingualSitemap

urlpatterns = [
    # Ahead of Wagtail's own: the same view, limited per address (home.views.password_reset).
    path("admin/password_reset/", home_views.password_reset, name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # For the load balancer and monitoring (home.operations): 503 names the failing part.
    path("health/", operations.health, name="health"),
    # Ahead of Django's own: reads `next` in its language (home.views.set_language).
    path("i18n/setlang/", home_views.set_language, name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.SERVE_MEDIA and settings.AWS_STORAGE_BUCKET_NAME:
    # Several hosts: images from the shared bucket, whichever host is asked (home.operations.media).
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", operations.media, name="media")]
elif settings.SERVE_MEDIA:
    # One host serves its uploads from disk; production may let the proxy serve MEDIA_ROOT instead.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("status/", cases_views.case_status, name="case_status"),
    path("open-numbers/", cases_views.open_numbers_page, name="open_numbers"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "home.views.bad_request"
