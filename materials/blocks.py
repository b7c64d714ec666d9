"""Blocks only the guidance page needs; the page bodies use home's BaseStreamBlock."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HelpContactBlock(blocks.StructBlock):
    """Where a resident can turn for help: a service, a hotline or a partner of the directory."""

    name = blocks.CharBlock(label=_("Name"), help_text=_("Who helps, e.g. «Горячая линия соцзащиты»."))
    description = blocks.CharBlock(
        label=_("What they help with"), required=False, help_text=_("One short line; optional.")
    )
    phone = blocks.CharBlock(
        label=_("Phone"),
        required=False,
        max_length=32,
        help_text=_("As residents should dial it; optional: when empty, the chosen partner page's phone is shown."),
    )
    hours = blocks.CharBlock(
        label=_("Hours"),
        required=False,
        default="",  # contacts stored before this field existed have no value: wagtail-localize needs a string
        max_length=120,
        help_text=_(
            "When they answer, e.g. «пн–пт 9:00–18:00»; optional: when empty, the chosen partner page's hours are shown."
        ),
    )
    address = blocks.CharBlock(
        label=_("Address"),
        required=False,
        default="",
        max_length=200,
        help_text=_("Where to come; optional: when empty, the chosen partner page's address is shown."),
    )
    email = blocks.EmailBlock(label=_("E-mail"), required=False, help_text=_("Optional."))
    partner = blocks.PageChooserBlock(
        page_type="contacts.PartnerPage",
        label=_("Partner page"),
        required=False,
        help_text=_("The partner's page in the directory, if they have one; optional."),
    )

    class Meta:
        icon = "mail"
        template = "materials/blocks/help_contact_block.html"
        label = _("Help contact")
        description = _("A name with a phone, hours, an address, an e-mail and a link to the partner's page.")
        preview_value = {"name": "Добрые Соседи", "phone": "+7 926 850-78-47", "email": "proekt-ds@mail.ru"}


class HelpContactsBlock(blocks.StreamBlock):
    contact = HelpContactBlock()
