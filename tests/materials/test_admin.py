import pytest
from django.contrib.auth import get_user_model

from materials.models import AlertBanner, GuidancePage, MaterialIndexPage, MaterialPage, Topic


@pytest.mark.parametrize("model", [AlertBanner, GuidancePage, MaterialIndexPage, MaterialPage, Topic])
def test_every_field_editors_fill_has_a_label_and_help_text(model):
    own_fields = [
        field
        for field in model._meta.get_fields()
        if getattr(field, "model", None) is model and field.concrete and not field.auto_created
    ]
    for field in own_fields:
        if field.name in {"translation_key", "locale", "page_ptr"}:
            continue
        assert field.help_text, f"{model.__name__}.{field.name} has no help text"


def test_page_types_live_only_in_their_places():
    assert MaterialIndexPage.parent_page_types == ["home.HomePage"]
    assert set(MaterialIndexPage.subpage_types) == {"materials.MaterialPage", "materials.GuidancePage"}
    assert MaterialPage.parent_page_types == GuidancePage.parent_page_types == ["materials.MaterialIndexPage"]
    assert MaterialPage.subpage_types == GuidancePage.subpage_types == []


def test_managers_find_topics_and_banners_in_the_admin(client, library, make_banner):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(admin)
    make_banner("ru", text="Объявление для админки")
    topics = client.get("/admin/snippets/materials/topic/")
    assert topics.status_code == 200 and "Навыки" in topics.content.decode()
    banners = client.get("/admin/snippets/materials/alertbanner/")
    assert banners.status_code == 200 and "Объявление для админки" in banners.content.decode()
    add = client.get("/admin/snippets/materials/alertbanner/add/")
    assert add.status_code == 200
    guidance = library["guidance"]
    assert client.get(f"/admin/pages/{guidance.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{library['stages'].pk}/edit/").status_code == 200
