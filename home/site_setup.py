"""The site's structure without its content: what a real deployment needs before anyone writes.

`manage.py setup_site` runs `setup_site()`: the default Site at SITE_URL, the home page in
Russian with its English translation, the personal-data policy the forms' consent links to,
the contact site settings pointing at it, the groups «Редакторы» and «Модераторы» with their
permissions and the moderation workflow «Модерация». Running it again changes nothing (and
says so); `load_demo_content` builds on it and only adds content.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.demo_tools import DemoLoader, bullets, heading, paragraph, stream
from home.models import ContactSettings, HomePage, StandardPage
from home.site_address import parse_site_url

POLICY_SLUG = "personalnye-dannye"

HOME_RU = {
    "title": "Добрые Соседи",
    "hero_text": "Мы помогаем соседям знакомиться, договариваться и вместе делать двор, дом и район лучше.",
    "mission": (
        "<p>Помочь людям в развитии местных сообществ путём выявления существующих проблем и потребностей, "
        "чтобы максимально эффективно найти путь их решения и пригласить важных партнёров.</p>"
    ),
}
HOME_EN = {
    "title": "Good Neighbours",
    "hero_text": "We help neighbours get to know each other, reach agreements and make their yard, building and district better together.",
    "mission": (
        "<p>To help people develop local communities by identifying existing problems and needs, "
        "so as to find the most effective way to solve them and to invite the right partners.</p>"
    ),
}


def policy_body(lang):
    if lang == "ru":
        return stream(
            paragraph(
                "<p>Отправляя форму на сайте, вы даёте согласие на обработку ваших персональных данных в "
                "соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных».</p>"
            ),
            heading("Какие данные мы получаем"),
            bullets(["имя", "адрес электронной почты и телефон, если вы их указали", "текст вашего обращения"]),
            heading("Зачем"),
            paragraph(
                "<p>Только чтобы ответить вам, рассмотреть вашу инициативу или предложение и связать вас с соседями "
                "и партнёрами, если вы об этом просите. Мы не передаём данные третьим лицам без вашего согласия.</p>"
            ),
            heading("Как отозвать согласие"),
            paragraph(
                '<p>Напишите нам на <a href="mailto:proekt-ds@mail.ru">proekt-ds@mail.ru</a>, и мы удалим ваши '
                "данные в течение 30 дней.</p>"
            ),
        )
    return stream(
        paragraph(
            "<p>By sending a form on this site you consent to the processing of your personal data in accordance "
            "with Russian Federal Law No. 152-FZ of 27 July 2006 “On Personal Data”.</p>"
        ),
        heading("What data we receive"),
        bullets(["your name", "your e-mail address and phone number, if you gave them", "the text of your message"]),
        heading("Why"),
        paragraph(
            "<p>Only to answer you, to consider your initiative or proposal and to put you in touch with neighbours "
            "and partners if you ask us to. We do not pass your data to third parties without your consent.</p>"
        ),
        heading("How to withdraw your consent"),
        paragraph(
            '<p>Write to us at <a href="mailto:proekt-ds@mail.ru">proekt-ds@mail.ru</a> and we will delete your '
            "data within 30 days.</p>"
        ),
    )


def setup_site(loader=None):
    """Create whatever of the structure is missing; returns the Russian home page."""
    loader = loader or DemoLoader()
    ensure_root_title(loader)
    home = ensure_home(loader)
    ensure_site_address(loader)
    policy = ensure_policy(loader, home)
    ensure_contact_settings(loader, policy)
    ensure_groups_and_workflow(loader)
    return home


ROOT_TITLE = "Все сайты"


def ensure_root_title(loader):
    """Wagtail's tree root is titled "Root" by its migration and the page explorer shows that title to
    managers: give it a Russian one (it is never published)."""
    root = Page.get_first_root_node()
    if root is not None and root.title == "Root":
        root.title = root.draft_title = ROOT_TITLE
        root.save(update_fields=["title", "draft_title"])
        loader.created(f"the page tree's root: «{ROOT_TITLE}»")


def ensure_home(loader):
    home = HomePage.objects.filter(locale=loader.ru).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(slug="dobrye-sosedi", locale=loader.ru, **HOME_RU)
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        previous_root = site.root_page_id
        site.site_name, site.root_page = settings.WAGTAIL_SITE_NAME, home
        site.hostname, site.port = parse_site_url(settings.SITE_URL)
        site.save()
        # Wagtail's "Welcome" page is not part of our site.
        welcome = Page.objects.filter(pk=previous_root, depth=2).exclude(pk=home.pk).first()
        if welcome is not None:
            welcome.delete()
        loader.created("home page")
    if not home.has_translation(loader.en):
        loader.translate(home, HomePage(slug="good-neighbours", **HOME_EN))
    return home


def ensure_site_address(loader):
    """The default Site answers at SITE_URL, so every absolute URL points where the site is served."""
    site = Site.objects.get(is_default_site=True)
    hostname, port = parse_site_url(settings.SITE_URL)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()
        loader.created(f"site address: {site.root_url}")


def ensure_policy(loader, home):
    return loader.page(
        home,
        StandardPage,
        slug=POLICY_SLUG,
        ru={
            "title": "Согласие на обработку персональных данных",
            "intro": "Как мы обращаемся с тем, что вы нам пишете.",
            "body": policy_body("ru"),
        },
        en={
            "slug": "personal-data",
            "title": "Consent to the processing of personal data",
            "intro": "How we handle what you send us.",
            "body": policy_body("en"),
        },
    )


def ensure_contact_settings(loader, policy):
    contacts = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    if contacts.privacy_policy_id is None:
        contacts.privacy_policy = policy
        contacts.save()
        loader.created("site settings: the personal-data policy for the forms' consent")


EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
MODERATOR_PAGE_PERMISSIONS = EDITOR_PAGE_PERMISSIONS + ["publish_page"]
MEDIA_PERMISSIONS = ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"]
MODEL_PERMISSIONS = ["access_admin", "submit_translation"]
# What residents send is personal data: only moderators read, export and erase it; nobody alters it.
PERSONAL_DATA_PERMISSIONS = ["view_residentsubmission", "delete_residentsubmission"]


def ensure_groups_and_workflow(loader):
    root = Page.get_first_root_node()
    collection = Collection.get_first_root_node()
    editors, new_editors = Group.objects.get_or_create(name="Редакторы")
    moderators, new_moderators = Group.objects.get_or_create(name="Модераторы")
    for group, page_permissions in ((editors, EDITOR_PAGE_PERMISSIONS), (moderators, MODERATOR_PAGE_PERMISSIONS)):
        group.permissions.add(*Permission.objects.filter(codename__in=MODEL_PERMISSIONS))
        for codename in page_permissions:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        for codename in MEDIA_PERMISSIONS:
            permission = Permission.objects.get(codename=codename)
            GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    # Moderators also keep the contacts and every snippet up to date.
    moderators.permissions.add(
        *Permission.objects.filter(content_type__app_label="home", codename__startswith="change_")
    )
    personal_data = Permission.objects.filter(content_type__app_label="home", codename__in=PERSONAL_DATA_PERMISSIONS)
    moderators.permissions.add(*personal_data)
    if editors.permissions.filter(pk__in=personal_data).exists():
        # Earlier versions let editors read submissions: take that back on the next run.
        editors.permissions.remove(*personal_data)
        loader.created("«Редакторы» no longer see residents' submissions")
    if new_editors or new_moderators:
        loader.created("groups «Редакторы» and «Модераторы»")

    workflow, _ = Workflow.objects.get_or_create(name="Модерация", defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task, _ = GroupApprovalTask.objects.get_or_create(name="Одобрение модератором")
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        loader.created("moderation workflow «Модерация»")
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
