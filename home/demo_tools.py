"""The toolkit every app's demo.py uses: bilingual pages, drawn images, documents.

An app contributes demo content with a module `<app>/demo.py` that defines
`ORDER` (an int; home is 0, apps that link to others come later) and
`load(demo: DemoLoader)`. `manage.py load_demo_content` runs them all. Its texts live
in a data file beside it, `<app>/demo_content.toml`, read by home/demo_content.py.

Pages and snippets are written in Russian and translated into English *through wagtail-localize*:
the English values are given as a second, unsaved instance of the same structure, its
strings are matched to the Russian ones in order and imported as a translation, so the
English page is a real wagtail-localize translation that editors can keep in sync.
"""

import io
import json
import uuid

import polib
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.demo_drawing import PALETTES, draw_emblem, draw_neighbourhood, font  # noqa: F401 (the toolkit's drawings)

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
        """Translate `source` (a page or a snippet) into English through wagtail-localize with the strings
        of `english`, an unsaved instance of the same model holding the English values."""
        if isinstance(source, Page):
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
        if isinstance(source, DraftStateMixin):
            translation.save_target(publish=False)
            target = source.get_translation(self.en)
            target = target.specific if isinstance(target, Page) else target
            target.get_latest_revision().publish()
        else:
            translation.save_target()
            target = source.get_translation(self.en)
        self.created(f"English: {english}")
        return target

    # Snippets

    def snippet(self, model, *, ru, en, shared=None, key="slug"):
        """The Russian snippet whose `key` field (or fields) has the value in `ru`/`shared`, made if missing,
        with its English translation made through wagtail-localize like a page's (see translate).

        Page links are synchronised by wagtail-localize; the English snippet is pointed at the English
        translation of the page, as an editor would.
        """
        shared = shared or {}
        values = {**shared, **ru}
        keys = [key] if isinstance(key, str) else list(key)
        snippet = model.objects.filter(locale=self.ru, **{name: values[name] for name in keys}).first()
        if snippet is None:
            snippet = model.objects.create(locale=self.ru, **values)
            self.created(f"{model._meta.verbose_name}: {snippet}")
        if not snippet.has_translation(self.en):
            english = self.translate(snippet, model(**shared, **en))
            pages = {name: value for name, value in shared.items() if isinstance(value, Page)}
            for name, page in pages.items():
                setattr(english, name, page.get_translation_or_none(self.en) or page)
            if pages:
                english.save(update_fields=list(pages))
        return snippet

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
        """The document titled `title`, with `content` (bytes, or a function making them) the first time."""
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        document = Document(title=title)
        document.file.save(filename, ContentFile(content() if callable(content) else content), save=False)
        document.save()
        self.created(f"document: {title}")
        return document
