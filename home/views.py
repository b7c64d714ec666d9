from django.http import HttpResponse
from django.urls import reverse


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /search/", "Disallow: /en/search/", ""]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def search(request):
    """Search every live, public page of the active language (each model declares its search fields)."""
    from django.core.paginator import Paginator
    from django.shortcuts import render
    from wagtail.models import Locale, Page

    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(query)
    paginator = Paginator(results, 10)
    page_obj = paginator.get_page(request.GET.get("page"))
    return render(request, "home/search.html", {"query": query, "page_obj": page_obj, "results": page_obj})
