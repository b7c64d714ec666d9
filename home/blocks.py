"""The one StreamBlock every content page shares (news, initiatives, materials, ...)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 for sections, 3 for subsections."""

    text = blocks.CharBlock(label=_("Text"), help_text=_("Short, plain words: residents scan headings on a phone."))
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))],
        default="h2",
        help_text=_("Use subsections only inside a section."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that starts a section of the page.")
        preview_value = {"text": "Банк соседских талантов", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its alternative text and an optional caption."""

    image = ImageBlock(label=_("Image"), help_text=_("Describe the image for people who cannot see it."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, help_text=_("Shown under the image; optional."))

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("A picture with alternative text and a caption.")


class QuoteBlock(blocks.StructBlock):
    """A quotation, with who said it."""

    text = blocks.TextBlock(label=_("Quote"), help_text=_("The words quoted, without quotation marks."))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, help_text=_("A name or a role; optional."))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A highlighted quotation.")
        preview_value = {"text": "Живите дружно и думайте о хорошем!", "attribution": "Добрые Соседи"}


class ListItemsBlock(blocks.StructBlock):
    """A bulleted, numbered or checklist list."""

    title = blocks.CharBlock(label=_("Title"), required=False, help_text=_("An optional line above the list."))
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("bullets", _("Bullets")), ("numbers", _("Numbered steps")), ("checklist", _("Checklist"))],
        default="bullets",
        help_text=_("Numbered for steps in order, checklist for things to do."),
    )
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"), help_text=_("One point per line."))

    class Meta:
        icon = "list-ul"
        template = "blocks/list_block.html"
        label = _("List")
        description = _("A list of points, numbered steps or a checklist.")
        preview_value = {"style": "checklist", "items": ["Изучение", "Постановка вопросов", "Предложения"]}


class CallToActionBlock(blocks.StructBlock):
    """A highlighted invitation with one button: to a page of the site or an address."""

    text = blocks.CharBlock(label=_("Text"), help_text=_("What we invite the resident to do."))
    button_label = blocks.CharBlock(label=_("Button label"), help_text=_("A verb: «Предложить», «Записаться»."))
    page = blocks.PageChooserBlock(label=_("Page"), required=False, help_text=_("A page of this site, or ..."))
    url = blocks.URLBlock(label=_("Address"), required=False, help_text=_("... an address elsewhere."))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted invitation with a button.")
        preview_value = {
            "text": "Есть идея для двора?",
            "button_label": "Предложить инициативу",
            "url": "https://example.org",
        }


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a file from the document library, shown with its type and size."""

    document = DocumentChooserBlock(label=_("Document"), help_text=_("Upload the file to Documents first."))
    title = blocks.CharBlock(label=_("Link text"), required=False, help_text=_("Defaults to the document's title."))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")
        description = _("A file to download, with its type and size.")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        help_text=_("Running text. Keep paragraphs short for phones."),
        description=_("Running text with bold, italics, links and lists."),
        preview_value="<p>Каждый сосед что-то умеет.</p>",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    list = ListItemsBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
