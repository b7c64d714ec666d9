"""Home's demo content: «О проекте», the organisation's contacts and the demo admin account.

The structure it builds on (home pages, the personal-data policy, groups, the workflow) is
`setup_site`'s (home/site_setup.py); `load_demo_content` runs it first.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from wagtail.models import Site
from wagtail.users.models import UserProfile

from home.demo_tools import bullets, draw_neighbourhood, heading, paragraph, picture, quote, stream
from home.models import ContactSettings, HomePage, StandardPage

ORDER = 0


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


def load(demo):
    home = HomePage.objects.get(locale=demo.ru)
    load_pages(demo, home)
    ensure_contacts(demo)
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


def ensure_contacts(demo):
    """The organisation's contacts and social links, as the seed gives them."""
    contacts = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    if contacts.email:
        return
    contacts.email = "proekt-ds@mail.ru"
    contacts.phone = "+7 926 850-78-47"
    contacts.vk_url = "https://vk.com/proektds"
    contacts.facebook_url = "https://www.facebook.com/dobriesosedi/"
    contacts.zen_url = "https://zen.yandex.ru/id/5d48a2afd7859b00af35df9a"
    contacts.course_url = "http://mms-kurs.hse.ru/"
    contacts.save()
    demo.created("site settings: contacts and social links")


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
