"""Home's demo content: the home page, «О проекте», the personal-data policy, site settings,
editor and moderator groups with a moderation workflow, and the admin account."""

import os
import secrets

from django.contrib.auth import get_user_model
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
from wagtail.users.models import UserProfile

from home.demo_tools import bullets, draw_neighbourhood, heading, paragraph, picture, quote, stream
from home.models import ContactSettings, HomePage, StandardPage

ORDER = 0

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


def about_body(lang, image):
    if lang == "ru":
        return stream(
            paragraph(
                "<p>«Добрые Соседи» — сообщество жителей и менеджеров территории. Менеджер территории, или "
                "местного сообщества, — современная специальность, которая вобрала в себя черты тех, кто работал "
                "с жителями раньше: педагогов-организаторов при ЖЭКах, социальных педагогов, организаторов по месту "
                "жительства, управляющих микрорайоном.</p>"
            ),
            picture(image, "Улица с домами и деревьями под солнцем", "Наш район"),
            heading("Кто такой менеджер территории"),
            bullets(
                [
                    "модератор социальных изменений",
                    "социальный организатор",
                    "социальный работник",
                    "координатор",
                    "менеджер",
                    "предприниматель",
                    "культурный аниматор",
                    "воспитатель",
                ],
                title="Это универсальный специалист, который одновременно:",
            ),
            heading("Кем он не является"),
            paragraph(
                "<p>Менеджер — не представитель управляющей компании, не депутат и не чиновник, не представитель НКО "
                "(если только это не ТОС). Для него важны аудитория, территория и все партнёры.</p>"
            ),
            quote("Живите дружно и думайте о хорошем!", "Добрые Соседи"),
        )
    return stream(
        paragraph(
            "<p>Good Neighbours is a community of residents and territory managers. A territory, or local "
            "community, manager is a modern profession that brings together the traits of those who worked with "
            "residents before: youth organisers at housing offices, social educators, neighbourhood organisers "
            "and district managers.</p>"
        ),
        picture(image, "A street of houses and trees under the sun", "Our neighbourhood"),
        heading("Who a territory manager is"),
        bullets(
            [
                "a moderator of social change",
                "a social organiser",
                "a social worker",
                "a coordinator",
                "a manager",
                "an entrepreneur",
                "a cultural animator",
                "an educator",
            ],
            title="A versatile specialist who is at the same time:",
        ),
        heading("Who they are not"),
        paragraph(
            "<p>The manager is not a representative of the management company, not a deputy and not an official, "
            "and not a representative of an NGO (unless it is a territorial public self-government, TOS). What "
            "matters is the audience, the territory and all the partners.</p>"
        ),
        quote("Live in harmony and think good thoughts!", "Good Neighbours"),
    )


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


def load(demo):
    home = ensure_home(demo)
    load_pages(demo, home)
    ensure_settings(demo)
    ensure_groups_and_workflow(demo, home)
    ensure_admin(demo)


def load_pages(demo, home):
    image = demo.image("Наш район", lambda: draw_neighbourhood("about", "green"))
    demo.page(
        home,
        StandardPage,
        slug="o-proekte",
        ru={
            "title": "О проекте",
            "intro": "Кто такой менеджер территории и зачем он нужен соседям.",
            "body": about_body("ru", image),
            "show_in_menus": True,
        },
        en={
            "slug": "about",
            "title": "About the project",
            "intro": "Who a territory manager is and why neighbours need one.",
            "body": about_body("en", image),
        },
    )
    demo.page(
        home,
        StandardPage,
        slug="personalnye-dannye",
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


def ensure_home(demo):
    home = HomePage.objects.filter(locale=demo.ru).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(slug="dobrye-sosedi", locale=demo.ru, **HOME_RU)
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        previous_root = site.root_page_id
        site.hostname, site.port, site.site_name, site.root_page = "localhost", 80, "Добрые Соседи", home
        site.save()
        # Wagtail's "Welcome" page is not part of our site.
        welcome = Page.objects.filter(pk=previous_root, depth=2).exclude(pk=home.pk).first()
        if welcome is not None:
            welcome.delete()
        demo.created("home page")
    if not home.has_translation(demo.en):
        demo.translate(home, HomePage(slug="good-neighbours", **HOME_EN))
    return home


def ensure_settings(demo):
    site = Site.objects.get(is_default_site=True)
    contacts = ContactSettings.for_site(site)
    if contacts.email:
        return
    contacts.email = "proekt-ds@mail.ru"
    contacts.phone = "+7 926 850-78-47"
    contacts.vk_url = "https://vk.com/proektds"
    contacts.facebook_url = "https://www.facebook.com/dobriesosedi/"
    contacts.zen_url = "https://zen.yandex.ru/id/5d48a2afd7859b00af35df9a"
    contacts.course_url = "http://mms-kurs.hse.ru/"
    contacts.privacy_policy = StandardPage.objects.get(locale=demo.ru, slug="personalnye-dannye")
    contacts.save()
    demo.created("site settings: contacts and social links")


EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
MODERATOR_PAGE_PERMISSIONS = EDITOR_PAGE_PERMISSIONS + ["publish_page"]
MEDIA_PERMISSIONS = ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"]
# Both groups read and export what residents send; neither can alter it.
MODEL_PERMISSIONS = ["access_admin", "submit_translation", "view_residentsubmission"]


def ensure_groups_and_workflow(demo, home):
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
    if new_editors or new_moderators:
        demo.created("groups «Редакторы» and «Модераторы»")

    workflow, _ = Workflow.objects.get_or_create(name="Модерация", defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task, _ = GroupApprovalTask.objects.get_or_create(name="Одобрение модератором")
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        demo.created("moderation workflow «Модерация»")
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def ensure_admin(demo):
    User = get_user_model()
    if User.objects.filter(username="admin").exists():
        demo.say("admin account exists (password unchanged)")
        return
    password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
    user = User.objects.create_superuser("admin", "admin@dobrye-sosedi.local", password, first_name="Администратор")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    demo.created("admin account")
    shown = "from DEMO_ADMIN_PASSWORD" if os.environ.get("DEMO_ADMIN_PASSWORD") else password
    demo.say(f"Admin login: admin / {shown}  (shown once; keep it)")
