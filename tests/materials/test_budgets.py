"""Every materials page renders with a bounded number of queries, whatever the number of materials."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from materials.models import MaterialIndexPage, MaterialPage
from tests.materials.conftest import material_body

BUDGET = {"index": 24, "material": 24, "guidance": 24}


def add_materials(demo, library, count, start=0):
    """`count` more materials in both languages; the English copies keep pointing at the Russian topic."""
    index, topic, document = library["index"], library["topics"]["skills"], library["document"]
    for number in range(start, start + count):
        page = MaterialPage(
            title=f"Материал {number}",
            slug=f"material-{number}",
            topic=topic,
            summary="Кратко.",
            body=material_body("ru", document),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        english = page.copy_for_translation(demo.en)
        english.title = f"Material {number}"
        english.save_revision().publish()


URLS = [
    ("/materialy/", "index"),
    ("/en/materials/", "index"),
    ("/materialy/?topic=navyki", "index"),
    ("/en/materials/?topic=skills&page=2", "index"),
    ("/materialy/chetyre-etapa/", "material"),
    ("/en/materials/chetyre-etapa-en/", "material"),
    ("/materialy/karantin/", "guidance"),
    ("/en/materials/quarantine/", "guidance"),
]


def queries_per_page(client):
    counts = {}
    for url, kind in URLS:
        assert client.get(url).status_code == 200  # warm-up
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert len(queries) <= BUDGET[kind], (url, len(queries), [q["sql"] for q in queries])
        counts[url] = len(queries)
    return counts


def test_query_budget_is_the_same_with_few_and_many_materials(client, demo, library, make_banner):
    make_banner("ru", link_page=library["guidance"], link_text="Памятка")
    make_banner("en", link_page=library["guidance"].get_translation(demo.en), link_text="Guide")
    # Two pages of English «skills» materials even with few: the paged URL exists.
    MaterialIndexPage.objects.filter(locale=demo.en).update(per_page=5)
    add_materials(demo, library, 10, start=0)
    few = queries_per_page(client)
    add_materials(demo, library, 50, start=10)
    assert "Материал 59" in client.get("/materialy/?page=6").content.decode()
    assert queries_per_page(client) == few


def test_english_listing_shows_english_topics_for_pages_still_pointing_at_russian_ones(client, demo, library):
    add_materials(demo, library, 2)
    html = client.get("/en/materials/").content.decode()
    assert html.count('<span class="tag">Skills</span>') >= 3
    assert "Навыки" not in html
