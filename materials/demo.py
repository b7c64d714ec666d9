"""Materials' demo content: the seed organised into topics and material pages, the quarantine
guidance, an alert banner pointing to it and a PDF handout drawn by the loader itself."""

import io
import uuid
from datetime import date
from pathlib import Path

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from PIL import Image, ImageDraw, ImageFont

from home.demo_tools import document_link, stream
from materials import demo_texts as texts
from materials.models import AlertBanner, GuidancePage, MaterialIndexPage, MaterialPage, Topic

ORDER = 40

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
GUIDANCE_REVIEWED = date(2026, 11, 20)
HELPFUL_PARTNERS = ("социального обслуживания", "Ресурсный центр", "Библиотека")
HANDOUT_TITLE = "Памятка менеджера территории (PDF)"


def load(demo):
    topics = ensure_topics(demo)
    index = demo.page(
        demo.home(),
        MaterialIndexPage,
        slug="materialy",
        ru={**texts.INDEX_RU, "show_in_menus": True},
        en=dict(texts.INDEX_EN),
    )
    handout = demo.document(HANDOUT_TITLE, "pamyatka-menedzhera-territorii.pdf", handout_pdf())
    for item in texts.MATERIALS:
        demo.page(
            index,
            MaterialPage,
            slug=item["slug"],
            ru=material_fields(item["ru"], handout, "ru"),
            en={"slug": item["en_slug"], **material_fields(item["en"], handout, "en")},
            shared={"topic": topics[item["topic"]]},
        )
    guidance = ensure_guidance(demo, index)
    ensure_banner(demo, guidance)
    ensure_permissions(demo)


def ensure_topics(demo):
    """The Russian topics by key, each with its English translation."""
    topics = {}
    for key, (ru_name, ru_slug, ru_description), (en_name, en_slug, en_description) in texts.TOPICS:
        topic = Topic.objects.filter(locale=demo.ru, slug=ru_slug).first()
        if topic is None:
            topic = Topic.objects.create(locale=demo.ru, name=ru_name, slug=ru_slug, description=ru_description)
            demo.created(f"material topic: {ru_name}")
        if not Topic.objects.filter(translation_key=topic.translation_key, locale=demo.en).exists():
            english = topic.copy_for_translation(demo.en)
            english.name, english.slug, english.description = en_name, en_slug, en_description
            english.save()
            demo.created(f"English material topic: {en_name}")
        topics[key] = topic
    return topics


def material_fields(fields, handout, lang):
    blocks = [
        document_link(handout, texts.HANDOUT_LINK[lang]) if block == texts.HANDOUT else block
        for block in fields["body"]
    ]
    return {**fields, "body": stream(*blocks)}


def help_contact(name, description="", phone="", email="", partner=None):
    value = {"name": name, "description": description, "phone": phone, "email": email, "partner": partner}
    return {"type": "contact", "value": value, "id": str(uuid.uuid4())}


def help_contacts(demo, lang):
    """Our own contact, then the first partners of the directory (when the contacts app made any)."""
    contacts = [help_contact(**texts.OWN_HELP_CONTACT[lang], phone="+7 926 850-78-47", email="proekt-ds@mail.ru")]
    try:
        PartnerPage = apps.get_model("contacts", "PartnerPage")
    except LookupError:
        return stream(*contacts)
    partners = list(PartnerPage.objects.filter(locale=demo.ru).live().order_by("path"))
    # Those who help most in a quarantine, when the directory has them; else the first ones.
    helpful = [p for p in partners if any(word in p.title for word in HELPFUL_PARTNERS)] or partners
    for partner in helpful[:3]:
        shown = partner.get_translation_or_none(demo.en) if lang == "en" else partner
        contacts.append(help_contact((shown or partner).title, partner=partner.pk))
    return stream(*contacts)


def guidance_fields(fields, demo, lang):
    return {**fields, "body": stream(*fields["body"]), "help_contacts": help_contacts(demo, lang)}


def ensure_guidance(demo, index):
    return demo.page(
        index,
        GuidancePage,
        slug="zhizn-na-karantine",
        ru=guidance_fields(texts.GUIDANCE_RU, demo, "ru"),
        en=guidance_fields(dict(texts.GUIDANCE_EN), demo, "en"),
        shared={"last_reviewed": GUIDANCE_REVIEWED},
    )


def ensure_banner(demo, guidance):
    """An active banner in both languages that leads to the guidance page of its language."""
    banner = AlertBanner.objects.filter(locale=demo.ru, link_page=guidance).first()
    if banner is None:
        banner = AlertBanner.objects.create(locale=demo.ru, link_page=guidance, is_active=True, **texts.BANNER["ru"])
        demo.created("alert banner")
    if not AlertBanner.objects.filter(translation_key=banner.translation_key, locale=demo.en).exists():
        english = banner.copy_for_translation(demo.en)
        english.text, english.link_text = texts.BANNER["en"]["text"], texts.BANNER["en"]["link_text"]
        english.link_page = guidance.get_translation(demo.en)
        english.save()
        demo.created("English alert banner")


# Managers keep the topics; moderators also switch the alert banner on and off.
SNIPPET_PERMISSIONS = {
    "Редакторы": ["add_topic", "change_topic"],
    "Модераторы": [
        "add_topic",
        "change_topic",
        "delete_topic",
        "add_alertbanner",
        "change_alertbanner",
        "delete_alertbanner",
    ],
}


def ensure_permissions(demo):
    for name, codenames in SNIPPET_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        wanted = Permission.objects.filter(content_type__app_label="materials", codename__in=codenames)
        missing = wanted.exclude(pk__in=group.permissions.values("pk"))
        if missing.exists():
            group.permissions.add(*missing)
            demo.created(f"materials permissions for «{name}»")


# --- the PDF handout ------------------------------------------------------------------------


def handout_font(size, bold=False):
    path = FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def list_items(slug, lang):
    item = next(item for item in texts.MATERIALS if item["slug"] == slug)
    return [entry["value"] for entry in item[lang]["body"][0]["value"]["items"]]


def wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line] if line else lines


def handout_page(lang):
    """One A4 page (100 dpi) of the handout in one language."""
    words = texts.HANDOUT_PDF[lang]
    page = Image.new("RGB", (827, 1169), "white")
    draw = ImageDraw.Draw(page)
    margin, width = 60, 827 - 120
    title, heading, body = handout_font(34, bold=True), handout_font(24, bold=True), handout_font(18)
    draw.rectangle((0, 0, 827, 12), fill="#1f6b4a")
    y = 50
    for line in wrap(draw, words["title"], title, width):
        draw.text((margin, y), line, font=title, fill="#1d2b24")
        y += 44
    sections = (
        (words["stages_title"], list_items("chetyre-etapa-raboty", lang)),
        (words["skills_title"], list_items("odinnadcat-navykov", lang)),
    )
    for section_title, items in sections:
        y += 20
        draw.text((margin, y), section_title, font=heading, fill="#1f6b4a")
        y += 38
        for number, item in enumerate(items, start=1):
            for i, line in enumerate(wrap(draw, item, body, width - 40)):
                if i == 0:
                    draw.text((margin, y), f"{number}.", font=body, fill="#1d2b24")
                draw.text((margin + 40, y), line, font=body, fill="#1d2b24")
                y += 26
            y += 4
    draw.text((margin, 1169 - 70), words["footer"], font=body, fill="#4a5a52")
    return page


def handout_pdf():
    """A small valid two-page PDF: the handout in Russian, then in English."""
    buffer = io.BytesIO()
    russian, english = handout_page("ru"), handout_page("en")
    russian.save(buffer, "PDF", resolution=100, save_all=True, append_images=[english], title=HANDOUT_TITLE)
    return buffer.getvalue()
