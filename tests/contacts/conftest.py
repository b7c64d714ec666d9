"""Factories for the partner directory: categories, a bilingual directory and partners."""

import pytest

from contacts.models import PartnerCategory, PartnerIndexPage, PartnerPage
from tests.factories import make_classifier, make_logo, make_partner


@pytest.fixture
def categories(demo):
    return {
        slug: make_classifier(
            PartnerCategory, demo, slug, name, en_name, description=f"Про {name}", en_description=f"About {en_name}"
        )
        for slug, name, en_name in [("libraries", "Библиотеки", "Libraries"), ("sport", "Спорт", "Sport")]
    }


@pytest.fixture
def directory(demo, home_page):
    """«Партнёры» at /partnery/ and its English translation at /en/partners/."""
    page = PartnerIndexPage(slug="partnery", title="Партнёры", intro="<p>Кто помогает жителям.</p>")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    demo.translate(page, PartnerIndexPage(slug="partners", title="Partners", intro="<p>Who helps residents.</p>"))
    return PartnerIndexPage.objects.get(pk=page.pk)


@pytest.fixture
def en_directory(directory, demo):
    return directory.get_translation(demo.en)


@pytest.fixture
def library(directory, categories, demo):
    """A library with every detail filled in, translated into English through wagtail-localize."""
    fields = {
        "short_description": "Районная библиотека с клубами.",
        "help_with": "<ul><li>книги бесплатно</li><li>зал для встреч</li></ul>",
        "address": "ул. Школьная, д. 3",
        "opening_hours": "Вт–Сб 11:00–20:00\nВс 11:00–18:00",
    }
    partner = make_partner(
        directory,
        "zelenaya-lampa",
        "Библиотека «Зелёная лампа»",
        category=categories["libraries"],
        logo=make_logo("lampa"),
        phone="+7 495 000-00-03",
        email="lampa@library.example",
        website="https://lampa.example",
        **fields,
    )
    demo.translate(
        partner,
        PartnerPage(
            slug="green-lamp",
            title="“Green Lamp” library",
            short_description="The district library with clubs.",
            help_with="<ul><li>free books</li><li>a hall for meetings</li></ul>",
            address="3 Shkolnaya St.",
            opening_hours="Tue–Sat 11:00–20:00\nSun 11:00–18:00",
            category=categories["libraries"],
        ),
    )
    return partner


@pytest.fixture
def contact_page(demo, home_page):
    """«Контакты» with its feedback form (name, e-mail or phone, message), in Russian and English."""
    from contacts.demo import load_contact_page

    return load_contact_page(demo)
