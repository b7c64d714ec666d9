"""What `make bench` measures: one URL per public page type and language, found in the site's database.

`discover(env)` runs DISCOVER inside the site (manage.py shell, the environment's settings and
database) and returns a list of targets, each a dict:

    {"name": "news item", "lang": "ru", "path": "/novosti/...", "kind": "page"}

kind is "page" (HTML with the site's chrome), "feed", "xml" or "text". The list is plain data, so a
cluster run (issue 16) can reuse it against other hosts. `form_target(env)` gives the form page
whose POST is measured, with answers that pass its validation.
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (name, "app.Model", kind): the first live page of each model in each language, by tree order.
PAGE_TYPES = [
    ("home", "home.HomePage"),
    ("news index", "news.NewsIndexPage"),
    ("news item", "news.NewsPage"),
    ("initiatives", "projects.ProjectIndexPage"),
    ("initiative", "projects.InitiativePage"),
    ("event", "projects.EventPage"),
    ("partners", "contacts.PartnerIndexPage"),
    ("partner", "contacts.PartnerPage"),
    ("materials", "materials.MaterialIndexPage"),
    ("material", "materials.MaterialPage"),
    ("guidance", "materials.GuidancePage"),
    ("form page", "projects.ProposalFormPage"),
]

DISCOVER = """
import json, re
from urllib.parse import quote, urlsplit
from django.apps import apps
from django.urls import reverse
from django.utils import translation
from news.models import NewsIndexPage, NewsPage

PAGE_TYPES = json.loads('''%s''')
targets = []
for lang in ("ru", "en"):
    for name, label in PAGE_TYPES:
        model = apps.get_model(label)
        page = model.objects.live().public().filter(locale__language_code=lang).order_by("path").first()
        if page is None:
            targets.append({"name": name, "lang": lang, "path": None, "kind": "page"})
            continue
        targets.append({"name": name, "lang": lang, "path": urlsplit(page.full_url).path, "kind": "page"})
    # A word that is in the site: the longest word of the first news title in this language.
    news = NewsPage.objects.live().filter(locale__language_code=lang).order_by("path").first()
    words = sorted(re.findall(r"\\w{4,}", news.title if news else ""), key=len, reverse=True) or ["news"]
    with translation.override(lang):
        targets.append({"name": "search", "lang": lang, "path": reverse("search") + "?q=" + quote(words[0].lower()), "kind": "page"})
    index = NewsIndexPage.objects.live().filter(locale__language_code=lang).first()
    if index is not None:
        targets.append({"name": "feed (RSS)", "lang": lang, "path": urlsplit(index.feed_urls()["rss"]).path, "kind": "feed"})
targets.append({"name": "sitemap.xml", "lang": "-", "path": "/sitemap.xml", "kind": "xml"})
targets.append({"name": "robots.txt", "lang": "-", "path": "/robots.txt", "kind": "text"})
print("BENCH-TARGETS " + json.dumps(targets, ensure_ascii=False))
"""

FORM = """
import json
from urllib.parse import urlsplit
from projects.models import ProposalFormPage
from tests.form_contract import answers_for
page = ProposalFormPage.objects.live().filter(locale__language_code="ru").order_by("path").first()
answers = answers_for(page)
multiline = [f.clean_name for f in page.get_form_fields() if f.field_type == "multiline"][0]
print("BENCH-FORM " + json.dumps({"path": urlsplit(page.full_url).path, "answers": answers, "marker_field": multiline}, ensure_ascii=False))
"""


def _shell(env, code, marker):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith(marker))
    return json.loads(line[len(marker) :])


def discover(env):
    """The targets of the site that `env` (DJANGO_SETTINGS_MODULE, VAR_DIR/DATABASE_URL) points at."""
    return _shell(env, DISCOVER % json.dumps(PAGE_TYPES, ensure_ascii=False), "BENCH-TARGETS ")


def form_target(env):
    """The Russian proposal form: its path, valid answers and a multi-line field to mark each post with."""
    return _shell(env, FORM, "BENCH-FORM ")
