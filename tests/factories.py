"""Factories every app's tests share: images and documents made in memory, translated classifiers,
published pages and their quick English copies, news items and partners.

Fixtures live in the conftest.py files and build on these; tests import these functions, never a
conftest module.
"""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def make_image(title, colour="#1f6b4a", size=(120, 80), image_format="JPEG"):
    """A small plain image: enough for renditions, quick to encode."""
    extension = "png" if image_format == "PNG" else "jpg"
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format=image_format)
    image = get_image_model()(title=title)
    image.file.save(f"{title}.{extension}", ImageFile(buffer, name=f"{title}.{extension}"), save=False)
    image.save()
    return image


def make_logo(title, colour=(31, 107, 74)):
    """A tiny square PNG, as partner logos are."""
    return make_image(title, colour=colour, size=(48, 48), image_format="PNG")


def make_document(title="Памятка", filename="pamyatka.pdf"):
    """A one-page PDF document."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (200, 280), "white").save(buffer, "PDF", resolution=72)
    document = get_document_model()(title=title)
    document.file.save(filename, ContentFile(buffer.getvalue()), save=False)
    document.save()
    return document


def make_classifier(model, demo, slug, name, en_name, en_slug=None, description=None, en_description=None):
    """A Russian direction, partner category or topic with its English translation; returns the Russian one."""
    russian = model.objects.create(locale=demo.ru, slug=slug, name=name, description=description or "")
    english = russian.copy_for_translation(demo.en)
    english.name, english.slug = en_name, en_slug or slug
    english.description = en_description or ""
    english.save()
    return russian


def publish(parent, page):
    """`page` added under `parent` and published, fresh from the database."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def english_copy(page, demo, **fields):
    """A quick English translation (copy_for_translation) for bulk tests; demo.translate is the real one."""
    copy = page.copy_for_translation(demo.en)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def add_news(index, *, title, date, slug=None, tags=(), image=None, intro="", translation_of=None):
    """A live news item under `index` (no revision: fast enough for dozens of items)."""
    from news.models import NewsPage

    news = NewsPage(
        title=title,
        slug=slug or f"news-{date:%Y%m%d}-{abs(hash(title)) % 100000}",
        date=date,
        intro=intro or f"{title}: коротко.",
        image=image,
        image_alt=f"Картинка: {title}",
        locale=index.locale,
    )
    if translation_of is not None:
        news.translation_key = translation_of.translation_key
    news.tags.set(list(tags))
    index.add_child(instance=news)
    return news


def make_partner(directory, slug, title, category=None, logo=None, **fields):
    """A published partner page in `directory`."""
    from contacts.models import PartnerPage

    return publish(directory, PartnerPage(slug=slug, title=title, category=category, logo=logo, **fields))
