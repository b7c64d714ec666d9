"""The generic demo loader: an app's demo content as data, made real by the DemoLoader.

Each app keeps its demo texts in `<app>/demo_content.toml`, Russian and English side by side:

- `[images]` and `[documents]`: what home/demo_drawing.py draws, by key (`draw = "neighbourhood"`, ...);
- `[[snippets]]`: a model, its Russian and English fields (`[snippets.ru]`, `[snippets.en]`), what both
  share and the `key` field that finds it again (its slug unless said otherwise);
- `[[pages]]`: a model, the parent (`home` or the Russian slug of a demo page), the slug, what both
  languages share (`shared`) and the translatable fields of each (`[pages.ru]`, `[pages.en]`, the
  English slug among them), with `tags` named in Russian and translated by the file's `[tags]`.

StreamFields are lists of blocks: `{heading = "..."}` (or `{text, level}`), `{paragraph = "<p>…</p>"}`,
`{list = [...]}` (or `{title, style, items}`), `{quote = "..."}` (or `{text, attribution}`),
`{image = {image = "<image key>", alt_text, caption}}`, `{document = {document = "<doc key>", title}}`,
and any other struct block by its fields. Relations are named: an image or a document by its key, a
snippet by its Russian slug, a page by its Russian slug; form fields are lists of their fields.
"""

import tomllib
from functools import cache
from pathlib import Path

from django.apps import apps
from django.db import models
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from home import demo_drawing
from home.demo_tools import _block, bullets, document_link, heading, paragraph, picture, quote, stream


@cache
def read(path):
    """The data file at `path` (read once; never change what it returns)."""
    with Path(path).open("rb") as data:
        return tomllib.load(data)


def data_file(module_file):
    """The data file beside an app's demo module: `DemoContent(demo, data_file(__file__))`."""
    return Path(module_file).with_name("demo_content.toml")


def list_items(entry, lang):
    """The items of the first list in a page entry's body, in one language."""
    for block in entry[lang]["body"]:
        if "list" in block:
            value = block["list"]
            return value if isinstance(value, list) else value["items"]
    raise ValueError(f"{entry['slug']} has no list")


class DemoContent:
    """One app's demo data file, loaded through a DemoLoader: idempotent, like the loader itself."""

    def __init__(self, demo, path):
        self.demo = demo
        self.data = read(path)
        self.pages = {}

    # What the file holds

    def entry(self, slug):
        """The page entry with this (Russian) slug."""
        return next(entry for entry in self.data.get("pages", []) if entry["slug"] == slug)

    def entries(self, model):
        """The page entries of one model ("contacts.PartnerPage"), in order."""
        return [entry for entry in self.data.get("pages", []) if entry["model"] == model]

    # Loading

    def load(self, *, after_page=None, adjust=None):
        """Everything in the file, in its order: snippets, pages (with their tags), then the snippets that
        link to a page. `after_page(page, entry)` wires what only the app knows (before the tags);
        `adjust(entry, lang, fields)` may add to a page's fields before they are made. Returns the pages
        by Russian slug."""
        later = []
        for entry in self.data.get("snippets", []):
            if self.links_to_page(entry):
                later.append(entry)
            else:
                self.snippet(entry)
        for entry in self.data.get("pages", []):
            self.page(entry, after_page=after_page, adjust=adjust)
        for entry in later:
            self.snippet(entry)
        return self.pages

    def snippets(self):
        return [self.snippet(entry) for entry in self.data.get("snippets", [])]

    def snippet(self, entry):
        model = apps.get_model(entry["model"])
        return self.demo.snippet(
            model,
            ru=self.fields(model, entry["ru"]),
            en=self.fields(model, entry["en"]),
            shared=self.fields(model, entry.get("shared", {})),
            key=entry.get("key", "slug"),
        )

    def links_to_page(self, entry):
        model = apps.get_model(entry["model"])
        return any(self.related(model, name, Page) for name in entry.get("shared", {}))

    def page(self, entry, parent=None, *, after_page=None, adjust=None):
        """The page of `entry` under `parent` (else the entry's own), with its English translation."""
        model = apps.get_model(entry["model"])
        parent = parent or self.page_named(entry["parent"])
        ru, en = entry["ru"], entry["en"]
        if adjust is not None:
            ru, en = adjust(entry, "ru", ru), adjust(entry, "en", en)
        page = self.demo.page(
            parent,
            model,
            slug=entry["slug"],
            ru=self.fields(model, ru),
            en=self.fields(model, en),
            shared=self.fields(model, entry.get("shared", {})),
        )
        self.pages[entry["slug"]] = page
        if after_page is not None:
            after_page(page, entry)
        if entry.get("tags"):
            self.demo.tag(page, {name: self.data["tags"][name] for name in entry["tags"]})
        return page

    def page_named(self, slug):
        """A demo page by its Russian slug: one made by this file, the home page, or any other app's."""
        if isinstance(slug, Page) or slug is None:
            return slug
        if slug == "home":
            return self.demo.home()
        if slug not in self.pages:
            self.pages[slug] = Page.objects.get(locale=self.demo.ru, slug=slug).specific
        return self.pages[slug]

    # Values

    def related(self, model, name, target):
        try:
            field = model._meta.get_field(name)
        except Exception:
            return False
        return isinstance(field, models.ForeignKey) and issubclass(field.related_model, target)

    def fields(self, model, values):
        return {name: self.field(model, name, value) for name, value in values.items()}

    def field(self, model, name, value):
        field = model._meta.get_field(name)
        if isinstance(field, StreamField):
            return stream(*(self.block(field.stream_block, block) for block in value))
        if isinstance(field, models.ManyToOneRel):  # a form's fields: inline child objects
            return [field.related_model(sort_order=number, **item) for number, item in enumerate(value)]
        if isinstance(field, models.ForeignKey):
            target = field.related_model
            if issubclass(target, get_image_model()):
                return self.image(value)
            if issubclass(target, get_document_model()):
                return self.document(value)
            if issubclass(target, Page):
                return self.page_named(value)
            return target.objects.get(locale=self.demo.ru, slug=value)
        return value

    def block(self, stream_block, block):
        [(kind, value)] = block.items()
        plain = not isinstance(value, dict)
        if kind == "heading":
            return heading(value) if plain else heading(value["text"], value.get("level", "h2"))
        if kind == "paragraph":
            return paragraph(value)
        if kind == "list":
            if isinstance(value, list):
                return bullets(value)
            return bullets(value["items"], title=value.get("title", ""), style=value.get("style", "bullets"))
        if kind == "quote":
            return quote(value) if plain else quote(value["text"], value.get("attribution", ""))
        if kind == "image":
            return picture(self.image(value["image"]), value["alt_text"], value.get("caption", ""))
        if kind == "document":
            return document_link(self.document(value["document"]), value.get("title", ""))
        return _block(kind, self.struct(stream_block.child_blocks[kind], value))

    def struct(self, struct_block, value):
        """Any other struct block: its fields, the missing ones empty, choosers resolved to ids."""
        result = {}
        for name, child in struct_block.child_blocks.items():
            item = value.get(name)
            if isinstance(child, blocks.PageChooserBlock):
                item = self.page_named(item).pk if item else None
            elif isinstance(child, ImageChooserBlock):
                item = self.image(item).pk if item else None
            elif isinstance(child, DocumentChooserBlock):
                item = self.document(item).pk if item else None
            elif item is None:
                item = ""
            result[name] = item
        return result

    # Media

    def image(self, key):
        spec = dict(self.data["images"][key])
        title, draw = spec.pop("title"), demo_drawing.DRAWINGS[spec.pop("draw")]
        return self.demo.image(title, lambda: draw(**spec))

    def document(self, key):
        spec = self.data["documents"][key]
        return self.demo.document(spec["title"], spec["filename"], lambda: self.draw_document(spec))

    def draw_document(self, spec):
        pages = []
        for lang in ("ru", "en"):
            words = spec[lang]
            sections = [
                (section["title"], list_items(self.entry(section["list_of"]), lang)) for section in words["sections"]
            ]
            pages.append({"title": words["title"], "sections": sections, "footer": words["footer"]})
        return demo_drawing.DOCUMENTS[spec["draw"]](spec["title"], pages)
