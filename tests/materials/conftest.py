"""Factories for the materials tests: topics, the library, material and guidance pages, banners."""

import datetime
import uuid

import pytest

from home.demo_tools import bullets, document_link, heading, paragraph, stream
from materials.models import AlertBanner, GuidancePage, MaterialIndexPage, MaterialPage, Topic
from tests.factories import make_classifier, make_document


def material_body(lang, document=None):
    ru = lang == "ru"
    blocks = [
        heading("Четыре этапа" if ru else "Four stages"),
        bullets(
            ["Анализ", "Проектирование"] if ru else ["Analysis", "Design"],
            title="Шаги:" if ru else "Steps:",
            style="numbers",
        ),
        paragraph("<p>Каждый сосед что-то умеет.</p>" if ru else "<p>Every neighbour can do something.</p>"),
    ]
    if document is not None:
        blocks.append(document_link(document, "Памятка менеджера" if ru else "Manager's handout"))
    return stream(*blocks)


def make_material(demo, index, slug, topic, title_ru, title_en, document=None):
    return demo.page(
        index,
        MaterialPage,
        slug=slug,
        ru={"title": title_ru, "summary": f"Кратко: {title_ru}", "body": material_body("ru", document)},
        en={
            "slug": f"{slug}-en",
            "title": title_en,
            "summary": f"In short: {title_en}",
            "body": material_body("en", document),
        },
        shared={"topic": topic},
    )


def guidance_contacts(name):
    value = {
        "name": name,
        "description": "",
        "phone": "+7 926 850-78-47",
        "email": "proekt-ds@mail.ru",
        "partner": None,
    }
    return stream({"type": "contact", "value": value, "id": str(uuid.uuid4())})


def make_guidance(demo, index):
    return demo.page(
        index,
        GuidancePage,
        slug="karantin",
        ru={
            "title": "Жизнь на карантине",
            "summary": "Что делать, пока все дома.",
            "important_notice": "Ситуация меняется быстро.",
            "body": stream(
                heading("Пока все дома"),
                bullets(["Изучение", "Постановка вопросов", "Решения"], style="checklist"),
            ),
            "help_contacts": guidance_contacts("Добрые Соседи"),
            "closing_title": "Очень важно!!!",
            "closing_message": "<ul><li>Живите дружно и думайте о хорошем!</li></ul>",
        },
        en={
            "slug": "quarantine",
            "title": "Life under quarantine",
            "summary": "What to do while everyone is at home.",
            "important_notice": "The situation is changing fast.",
            "body": stream(
                heading("While everyone is at home"),
                bullets(["Study", "Raising questions", "Decisions"], style="checklist"),
            ),
            "help_contacts": guidance_contacts("Good Neighbours"),
            "closing_title": "Very important!!!",
            "closing_message": "<ul><li>Live in harmony and think good thoughts!</li></ul>",
        },
        shared={"last_reviewed": datetime.date(2026, 11, 20)},
    )


def build_library(demo, home):
    """The library in both languages: two topics, two materials (one with a PDF), one guidance page."""
    index = demo.page(
        home,
        MaterialIndexPage,
        slug="materialy",
        ru={"title": "Материалы", "intro": "<p>Методические материалы.</p>", "show_in_menus": True},
        en={"slug": "materials", "title": "Materials", "intro": "<p>Methodology materials.</p>"},
    )
    skills = make_classifier(
        Topic,
        demo,
        "navyki",
        "Навыки",
        "Skills",
        en_slug="skills",
        description="О теме «Навыки».",
        en_description="About “Skills”.",
    )
    stages = make_classifier(
        Topic,
        demo,
        "etapy-raboty",
        "Этапы работы",
        "Stages of work",
        en_slug="stages-of-work",
        description="О теме «Этапы работы».",
        en_description="About “Stages of work”.",
    )
    document = make_document()
    stages_page = make_material(
        demo, index, "chetyre-etapa", stages, "Четыре этапа работы", "The four stages of work", document
    )
    skills_page = make_material(demo, index, "odinnadcat-navykov", skills, "Одиннадцать навыков", "Eleven skills")
    guidance = make_guidance(demo, index)
    return {
        "index": index,
        "topics": {"skills": skills, "stages": stages},
        "document": document,
        "stages": stages_page,
        "skills": skills_page,
        "guidance": guidance,
    }


@pytest.fixture
def library(demo, home_page):
    return build_library(demo, home_page)


@pytest.fixture
def make_banner(demo):
    def make(language="ru", **fields):
        locale = demo.ru if language == "ru" else demo.en
        fields.setdefault("text", "Карантин: читайте памятку." if language == "ru" else "Quarantine: read the guide.")
        fields.setdefault("is_active", True)
        return AlertBanner.objects.create(locale=locale, **fields)

    return make
