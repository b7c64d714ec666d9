"""The materials demo: every section of the seed in both languages, a working PDF, an active banner."""

import pytest
from wagtail.documents import get_document_model

from materials import demo as materials_demo
from materials.models import AlertBanner, GuidancePage, MaterialPage, Topic

SEED_SECTIONS_RU = [
    ("/materialy/kto-takoj-menedzher-territorii/", "педагоги-организаторы по внешкольной работе с детьми при ЖЭКах"),
    ("/materialy/kem-menedzher-ne-yavlyaetsya/", "Не представитель НКО (если только это не ТОС"),
    ("/materialy/kto-stanovitsya-menedzherom/", "заинтересованный житель"),
    ("/materialy/missiya-menedzhera/", "«точка входа»"),
    ("/materialy/chetyre-etapa-raboty/", "Подведение итогов и оценка последствий."),
    ("/materialy/obshchie-zadachi-raboty-s-zhitelyami/", "создать благоприятное общественное мнение"),
    ("/materialy/napravleniya-raboty-s-zhitelyami/", "сообществ по интересам"),
    ("/materialy/napravleniya-raboty-s-partnerami/", "Внутренний или внешний?"),
    ("/materialy/odinnadcat-navykov/", "Знание технологий защиты интересов"),
    ("/materialy/bank-sosedskih-talantov/", "Каждый сосед что-то умеет."),
    ("/materialy/socialnye-tehnologii/", "Изучение мнения жителей"),
    ("/materialy/ne-zamenyat-specialistov/", "не брать на себя чужие функции"),
    ("/materialy/menedzher-na-territorii/", "Посредник во всех отношениях"),
    ("/materialy/zhizn-na-karantine/", "Стремительно развивающаяся".lower()),
    ("/materialy/zhizn-na-karantine/", "Очень важно!!!"),
]
SEED_SECTIONS_EN = [
    ("/en/materials/who-is-a-territory-manager/", "out-of-school youth organisers at housing offices"),
    ("/en/materials/who-the-manager-is-not/", "Not a deputy and not an official."),
    ("/en/materials/who-becomes-a-manager/", "a resident who cares"),
    ("/en/materials/the-managers-mission/", "entry point"),
    ("/en/materials/four-stages-of-work/", "Summing up and assessing the consequences."),
    ("/en/materials/general-tasks-with-residents/", "to create favourable public opinion"),
    ("/en/materials/directions-of-work-with-residents/", "communities of interest"),
    ("/en/materials/directions-of-work-with-partners/", "Internal or external?"),
    ("/en/materials/eleven-skills/", "Knowledge of advocacy techniques"),
    ("/en/materials/neighbour-talent-bank/", "Every neighbour can do something."),
    ("/en/materials/social-technologies/", "Studying residents’ opinions"),
    ("/en/materials/do-not-replace-other-specialists/", "must not take on other people’s functions"),
    ("/en/materials/the-manager-on-the-territory/", "An intermediary in all relations"),
    ("/en/materials/life-under-quarantine/", "developing rapidly"),
    ("/en/materials/life-under-quarantine/", "Very important!!!"),
]


@pytest.fixture
def loaded(demo):
    materials_demo.load(demo)
    return demo


def test_every_section_of_the_seed_is_on_the_site_in_both_languages(client, loaded):
    for url, text in SEED_SECTIONS_RU + SEED_SECTIONS_EN:
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), (url, text)
    assert MaterialPage.objects.filter(locale__language_code="ru").count() == 13
    assert MaterialPage.objects.filter(locale__language_code="en").count() == 13
    assert GuidancePage.objects.filter(locale__language_code="en").count() == 1


def test_demo_topics_filter_the_library_in_both_languages(client, loaded):
    assert (
        Topic.objects.filter(locale__language_code="ru").count()
        == Topic.objects.filter(locale__language_code="en").count()
    )
    ru = client.get("/materialy/?topic=navyki").content.decode()
    assert "Одиннадцать навыков менеджера" in ru and "Как устроен банк соседских талантов" not in ru
    en = client.get("/en/materials/?topic=skills").content.decode()
    assert "The manager&#x27;s eleven skills" in en and "How the neighbour talent bank works" not in en


def test_demo_handout_is_a_valid_pdf_attached_to_a_material(client, loaded):
    document = get_document_model().objects.get(title=materials_demo.HANDOUT_TITLE)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    content = b"".join(response.streaming_content)
    assert content.startswith(b"%PDF") and b"%%EOF" in content[-32:]
    assert content.count(b"/Type /Page\n") + content.count(b"/Type /Page ") + content.count(b"/Type /Page/") >= 1
    html = client.get("/materialy/chetyre-etapa-raboty/").content.decode()
    assert f'href="{document.url}"' in html and "(PDF, " in html
    assert "(PDF, " in client.get("/en/materials/four-stages-of-work/").content.decode()


def test_demo_banner_points_to_the_guidance_in_each_language(client, loaded):
    assert AlertBanner.objects.shown_now("ru").count() == 1
    assert AlertBanner.objects.shown_now("en").count() == 1
    assert 'href="/materialy/zhizn-na-karantine/"' in client.get("/").content.decode().split("<header")[0]
    assert 'href="/en/materials/life-under-quarantine/"' in client.get("/en/").content.decode().split("<header")[0]


def test_demo_second_run_changes_nothing(loaded):
    counts = (MaterialPage.objects.count(), Topic.objects.count(), AlertBanner.objects.count())
    before = loaded.changes
    materials_demo.load(loaded)
    assert loaded.changes == before
    assert (MaterialPage.objects.count(), Topic.objects.count(), AlertBanner.objects.count()) == counts


def test_demo_lets_moderators_switch_banners_and_editors_keep_topics(demo):
    from django.contrib.auth.models import Group

    materials_demo.load(demo)
    moderators = Group.objects.get(name="Модераторы").permissions.values_list("codename", flat=True)
    editors = Group.objects.get(name="Редакторы").permissions.values_list("codename", flat=True)
    assert {"change_alertbanner", "change_topic"} <= set(moderators)
    assert "change_topic" in editors and "change_alertbanner" not in editors
