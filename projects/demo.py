"""Projects' demo content from the seed: directions of work, the initiatives index, initiatives (board games,
dominoes, the neighbour talent bank, the yard), events (a residents' meeting in December 2026) and the two
resident forms («Предложить инициативу», «Банк соседских талантов»). The texts are in
projects/demo_content.toml; what is left here wires the initiatives to the contacts app's partners and fills
the join form."""

from home.demo_content import DemoContent, data_file, read
from home.models import ResidentSubmission
from projects.models.joins import INITIATIVE_FIELD, INITIATIVE_KEY, ensure_join_form

ORDER = 30
CONTENT = data_file(__file__)
FORMS = ("predlozhit-iniciativu", "bank-talantov")


def load(demo):
    content = DemoContent(demo, CONTENT)
    pages = content.load(after_page=lambda page, entry: attach_partners(demo, page, entry.get("partners", [])))
    index = pages["iniciativy"]
    load_joins(demo, index, pages)
    return index


def load_forms(demo, index):
    """The two resident forms under `index`: propose an initiative, and the neighbour talent bank."""
    content = DemoContent(demo, CONTENT)
    return tuple(content.page(content.entry(slug), index) for slug in FORMS)


def partners_by_slug(demo, slugs):
    """The demo partners of the contacts app with these slugs; none if that app's demo made none."""
    try:
        from contacts.models import PartnerIndexPage, PartnerPage
    except ImportError:
        return []
    directory = PartnerIndexPage.objects.filter(locale=demo.ru).first()
    if directory is None:
        return []
    return list(PartnerPage.objects.child_of(directory).filter(slug__in=slugs))


def attach_partners(demo, page, slugs):
    """Partners, set once on both languages (they are synchronised)."""
    partners = partners_by_slug(demo, slugs) if slugs else []
    if partners and not page.partners.exists():
        for version in (page, page.get_translation(demo.en).specific):
            version.partners.set(partners)
            version.save_revision().publish()
        demo.created(f"partners of «{page.title}»")


def load_joins(demo, index, initiatives):
    """«Присоединиться» for every initiative (made by itself when the first initiative was published; its
    introduction is set here), and the neighbours who already joined."""
    join_texts = read(CONTENT)["join"]
    join = ensure_join_form(index)
    for version in (join, ensure_join_form(index.get_translation(demo.en).specific)):
        if not version.intro:
            version.intro = join_texts[version.locale.language_code]["intro"]
            version.save_revision().publish()
            demo.created(f"introduction of «{version.title}»")
    if ResidentSubmission.objects.filter(page=join).exists():
        return
    for neighbour in join_texts["neighbours"]:
        initiative = initiatives[neighbour["initiative"]]
        submission = ResidentSubmission.objects.create(
            page=join,
            form_data={
                INITIATIVE_FIELD: initiative.title,
                "name": neighbour["name"],
                "contact": neighbour["contact"],
                "message": neighbour["message"],
                INITIATIVE_KEY: str(initiative.translation_key),
            },
            language="ru",
            consent="Я согласен(на) на обработку моих персональных данных (демо)",
        )
        submission.reference = ResidentSubmission.format_reference(submission.submit_time, submission.pk)
        submission.save(update_fields=["reference"])
        demo.created(f"demo join: {neighbour['name']} → «{initiative.title}»")
