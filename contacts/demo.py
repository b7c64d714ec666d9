"""Contacts' demo content: the partner categories from the seed, a directory of fictional partners of a
district with drawn logos, and the contact page. Organisations, addresses and phones are invented; they
are in contacts/demo_content.toml."""

from home.demo_content import DemoContent, data_file, read

ORDER = 20
CONTENT = data_file(__file__)
# The partners' page entries, in order (a test may load a few of them).
PARTNERS = [entry for entry in read(CONTENT)["pages"] if entry["model"] == "contacts.PartnerPage"]


def load(demo):
    directory = load_partners(demo, PARTNERS)
    load_contact_page(demo)
    return directory


def load_partners(demo, partners):
    """The categories, the directory «Партнёры» and `partners` (entries of PARTNERS), in both languages."""
    content = DemoContent(demo, CONTENT)
    content.snippets()
    directory = content.page(content.entry("partnery"))
    for entry in partners:
        content.page(entry)
    return directory


def load_contact_page(demo):
    """«Контакты»: the organisation's contacts (site settings), the course and the feedback form."""
    content = DemoContent(demo, CONTENT)
    return content.page(content.entry("kontakty"))
