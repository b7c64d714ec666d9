"""Materials' demo content: the seed organised into topics and material pages, the quarantine guidance, an
alert banner pointing to it and a PDF handout drawn by the loader itself. The texts are in
materials/demo_content.toml; what is left here adds the directory's partners to the guidance's help contacts
and gives the groups their snippet permissions."""

from django.apps import apps
from django.contrib.auth.models import Group, Permission

from home.demo_content import DemoContent, data_file, read

ORDER = 40
CONTENT = data_file(__file__)
HANDOUT_TITLE = read(CONTENT)["documents"]["handout"]["title"]
HELPFUL_PARTNERS = ("социального обслуживания", "Ресурсный центр", "Библиотека")


def load(demo):
    DemoContent(demo, CONTENT).load(adjust=lambda entry, lang, fields: with_partner_contacts(demo, lang, fields))
    ensure_permissions(demo)


def with_partner_contacts(demo, lang, fields):
    """The help contacts of the data file (our own), then the first partners of the directory (when the
    contacts app made any)."""
    if "help_contacts" not in fields:
        return fields
    return {**fields, "help_contacts": fields["help_contacts"] + partner_contacts(demo, lang)}


def partner_contacts(demo, lang):
    try:
        PartnerPage = apps.get_model("contacts", "PartnerPage")
    except LookupError:
        return []
    partners = list(PartnerPage.objects.filter(locale=demo.ru).live().order_by("path"))
    # Those who help most in a quarantine, when the directory has them; else the first ones.
    helpful = [p for p in partners if any(word in p.title for word in HELPFUL_PARTNERS)] or partners
    contacts = []
    for partner in helpful[:3]:
        shown = partner.get_translation_or_none(demo.en) if lang == "en" else partner
        contacts.append({"contact": {"name": (shown or partner).title, "partner": partner}})
    return contacts


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
