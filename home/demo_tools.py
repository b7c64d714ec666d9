"""The toolkit every app's demo.py uses: bilingual pages, drawn images, documents.

An app contributes demo content with a module `<app>/demo.py` that defines
`ORDER` (an int; home is 0, apps that link to others come later) and
`load(demo: DemoLoader)`. `manage.py load_demo_content` runs them all.

Pages are written in Russian and translated into English *through wagtail-localize*:
the English values are given as a second, unsaved instance of the same structure, its
strings are matched to the Russian ones in order and imported as a translation, so the
English page is a real wagtail-localize translation that editors can keep in sync.
"""

import io
import json
import random
import uuid
from pathlib import Path

import polib
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

FONT_PATHS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]


# --- StreamField values in raw (JSON) form, shared by every app's demo ----------------


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def heading(text, level="h2"):
    return _block("heading", {"text": text, "level": level})


def paragraph(html):
    return _block("paragraph", html)


def bullets(items, title="", style="bullets"):
    return _block(
        "list",
        {
            "title": title,
            "style": style,
            "items": [{"type": "item", "value": i, "id": str(uuid.uuid4())} for i in items],
        },
    )


def quote(text, attribution=""):
    return _block("quote", {"text": text, "attribution": attribution})


def call_to_action(text, button_label, page=None, url=""):
    return _block(
        "call_to_action", {"text": text, "button_label": button_label, "page": page.pk if page else None, "url": url}
    )


def picture(image, alt_text, caption=""):
    return _block(
        "image", {"image": {"image": image.pk, "alt_text": alt_text, "decorative": False}, "caption": caption}
    )


def document_link(document, title=""):
    return _block("document", {"document": document.pk, "title": title})


def stream(*blocks):
    """A StreamField value from the helpers above."""
    return json.dumps(list(blocks))


# --- drawn images ------------------------------------------------------------------------

PALETTES = {
    "green": ["#1f6b4a", "#3f8f63", "#a9d3b5", "#e6f2ea", "#f6c453"],
    "sun": ["#c9812a", "#f6c453", "#fde6a6", "#fdf3d6", "#1f6b4a"],
    "sky": ["#23527c", "#4f86b8", "#a8c8e6", "#e4eff8", "#f6c453"],
    "rose": ["#8c3b4a", "#c8687a", "#efc1c9", "#fbeef0", "#1f6b4a"],
}


def font(size):
    for path in FONT_PATHS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def draw_neighbourhood(seed, palette="green", size=(1200, 800)):
    """A small street of houses under the sky: varied by seed, made here, never downloaded."""
    rnd = random.Random(seed)
    colours = PALETTES[palette]
    width, height = size
    img = PILImage.new("RGB", size, colours[3])
    draw = ImageDraw.Draw(img)
    sun_x = rnd.randint(width // 6, width - width // 6)
    draw.ellipse((sun_x - 70, 80, sun_x + 70, 220), fill=colours[4])
    ground = int(height * 0.78)
    draw.rectangle((0, ground, width, height), fill=colours[2])
    x = rnd.randint(-40, 20)
    while x < width:
        w = rnd.randint(140, 240)
        h = rnd.randint(160, 360)
        body = colours[rnd.choice([0, 1])]
        draw.rectangle((x, ground - h, x + w, ground), fill=body)
        draw.polygon(
            [(x - 12, ground - h), (x + w // 2, ground - h - rnd.randint(50, 110)), (x + w + 12, ground - h)],
            fill=colours[4] if rnd.random() < 0.4 else colours[0],
        )
        for wy in range(ground - h + 30, ground - 50, 60):
            for wx in range(x + 20, x + w - 40, 55):
                draw.rectangle((wx, wy, wx + 28, wy + 34), fill="#fff8e0" if rnd.random() < 0.6 else colours[3])
        x += w + rnd.randint(10, 60)
    for _ in range(rnd.randint(2, 5)):
        tx = rnd.randint(0, width)
        draw.rectangle((tx - 6, ground - 60, tx + 6, ground + 10), fill="#6b4a2b")
        draw.ellipse((tx - 45, ground - 140, tx + 45, ground - 40), fill=colours[1])
    return img


def draw_emblem(text, palette="green", size=(600, 600)):
    """A round logo with initials, for partners and documents."""
    colours = PALETTES[palette]
    img = PILImage.new("RGB", size, colours[3])
    draw = ImageDraw.Draw(img)
    w, h = size
    draw.ellipse((40, 40, w - 40, h - 40), fill=colours[0])
    draw.ellipse((70, 70, w - 70, h - 70), outline=colours[4], width=10)
    label = font(int(h * 0.28))
    draw.text((w / 2, h / 2), text, fill="#ffffff", font=label, anchor="mm")
    return img


# --- the loader ---------------------------------------------------------------------------


class DemoLoader:
    """Creates demo content idempotently and reports what it did."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.ru = Locale.objects.get(language_code="ru")
        self.en = Locale.objects.get(language_code="en")
        self.changes = 0

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(f"  {message}")

    def created(self, what):
        self.changes += 1
        self.say(f"+ {what}")

    # Pages

    def home(self):
        from home.models import HomePage

        return HomePage.objects.get(locale=self.ru)

    def page(self, parent, model, *, slug, ru, en, shared=None, publish=True):
        """The Russian page `slug` under `parent`, made if missing, with its English translation.

        `ru` and `en` hold the translatable fields (StreamFields built with `stream()`, in the
        same structure in both); `shared` holds what both languages share (dates, images,
        choices, relations).
        """
        shared = shared or {}
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            page = existing.specific
        else:
            page = model(slug=slug, locale=self.ru, **shared, **ru)
            parent.add_child(instance=page)
            revision = page.save_revision()
            if publish:
                revision.publish()
            page.refresh_from_db()
            self.created(f"{model._meta.verbose_name}: {page.title}")
        if not page.has_translation(self.en):
            self.translate(page, model(slug=en.pop("slug", slug), **shared, **en))
        return page

    def translate(self, source, english):
        """Translate `source` into English through wagtail-localize with the strings of `english`."""
        source = source.specific
        translation_source, _ = TranslationSource.get_or_create_from_instance(source)
        translation, _ = Translation.objects.get_or_create(
            source=translation_source, target_locale=self.en, defaults={"enabled": True}
        )
        russian = [s for s in extract_segments(source) if isinstance(s, StringSegmentValue)]
        target = [s for s in extract_segments(english) if isinstance(s, StringSegmentValue)]
        if [s.path.split(".")[0] for s in russian] != [s.path.split(".")[0] for s in target]:
            raise CommandError(
                f"The English version of «{source}» has another structure than the Russian one:\n"
                f"  ru: {[s.path for s in russian]}\n  en: {[s.path for s in target]}"
            )
        po = polib.POFile()
        po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
        for ru_segment, en_segment in zip(russian, target, strict=True):
            po.append(
                polib.POEntry(msgid=ru_segment.string.data, msgctxt=ru_segment.path, msgstr=en_segment.string.data)
            )
        translation.import_po(po)
        # wagtail-localize 1.14.5 publishes a new translation in transaction.on_commit with the
        # page object it had in memory, which resets the tree's child counts that changed
        # meanwhile (and never runs inside a test transaction). Save a draft, then publish it
        # from a fresh copy. Delete this once save_target(publish=True) publishes at once.
        translation.save_target(publish=False)
        target = source.get_translation(self.en).specific
        target.get_latest_revision().publish()
        self.created(f"English: {english}")
        return target

    def tag(self, page, names):
        """Give the Russian `page` its tags (`names`: Russian name -> English name) and its English
        translation the English ones, through wagtail-localize; once (and again where an older demo
        left the Russian tags on the English page)."""
        english = page.get_translation(self.en).specific
        if not names or sorted(tag.name for tag in english.tags.all()) == sorted(names.values()):
            return
        page.tags.set(list(names))
        page.save_revision().publish()
        page.refresh_from_db()
        source, _ = TranslationSource.update_or_create_from_instance(page)
        translation = Translation.objects.get(source=source, target_locale=self.en)
        po = polib.POFile()
        po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
        for tag in page.tags.all():
            po.append(polib.POEntry(msgid=tag.name, msgctxt=f"tags.{tag.slug}", msgstr=names[tag.name]))
        translation.import_po(po)
        # Publish from a fresh copy, as translate() does (wagtail-localize 1.14.5).
        translation.save_target(publish=False)
        page.get_translation(self.en).specific.get_latest_revision().publish()
        self.created(f"tags of «{page.title}»: {', '.join(sorted(names))}")

    # Media

    def image(self, title, draw):
        """The image titled `title`, drawn by `draw()` (a PIL image) the first time."""
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        buffer = io.BytesIO()
        draw().save(buffer, format="JPEG", quality=85)
        name = f"demo-{uuid.uuid5(uuid.NAMESPACE_URL, title).hex[:12]}.jpg"
        image = Image(title=title)
        image.file.save(name, ImageFile(buffer, name=name), save=False)
        image.save()
        self.created(f"image: {title}")
        return image

    def document(self, title, filename, content):
        """The document titled `title`, with `content` (bytes) the first time."""
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        document = Document(title=title)
        document.file.save(filename, ContentFile(content), save=False)
        document.save()
        self.created(f"document: {title}")
        return document
