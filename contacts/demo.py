"""Contacts' demo content: the partner categories from the seed, a directory of fictional partners of a
district with drawn logos, and the contact page. Organisations, addresses and phones are invented."""

from contacts.models import PartnerCategory, PartnerIndexPage, PartnerPage
from home.demo_tools import draw_emblem

ORDER = 20

# (slug, ru name, en name, ru description, en description) — the seed's list of partners on a territory.
CATEGORIES = [
    (
        "local-government",
        "Органы местного самоуправления",
        "Local government",
        "Администрация и совет муниципального округа: благоустройство, праздники, местные программы.",
        "The municipal district's administration and council: improvements, festivals, local programmes.",
    ),
    (
        "housing",
        "Управляющие компании и ЖКХ",
        "Housing management and utilities",
        "Кто отвечает за подъезд, двор, трубы и свет.",
        "Who is responsible for the stairwell, the yard, the pipes and the lights.",
    ),
    (
        "libraries",
        "Библиотеки",
        "Libraries",
        "Книги, клубы, лекции и место для встреч соседей.",
        "Books, clubs, talks and a place where neighbours meet.",
    ),
    (
        "culture",
        "Культура",
        "Culture",
        "Дома культуры, студии и музеи района.",
        "The district's culture centres, studios and museums.",
    ),
    (
        "sport",
        "Спорт",
        "Sport",
        "Секции, площадки и соревнования для всех возрастов.",
        "Clubs, sports grounds and competitions for all ages.",
    ),
    (
        "business",
        "Бизнес",
        "Business",
        "Местные предприниматели, которые поддерживают соседские дела.",
        "Local businesses that support neighbourhood projects.",
    ),
    (
        "ngo-tos",
        "НКО и ТОС",
        "NGOs and neighbourhood self-government",
        "Некоммерческие организации и территориальное общественное самоуправление.",
        "Non-profit organisations and territorial public self-government (TOS).",
    ),
    (
        "social-protection",
        "Социальная защита",
        "Social protection",
        "Помощь пожилым, семьям с детьми и людям с инвалидностью.",
        "Help for older people, families with children and people with disabilities.",
    ),
    (
        "mfc",
        "МФЦ «Мои документы»",
        "“My Documents” public service centres",
        "Госуслуги, справки и документы в одном окне.",
        "Public services, certificates and documents in one place.",
    ),
    (
        "fire-service",
        "Пожарные",
        "Fire service",
        "Пожарная безопасность дома и во дворе.",
        "Fire safety at home and in the yard.",
    ),
    (
        "deputies",
        "Депутаты",
        "Deputies",
        "Приёмные депутатов, куда можно прийти с вопросом о районе.",
        "Deputies' offices where you can bring a question about the district.",
    ),
    (
        "religious",
        "Религиозные организации",
        "Religious organisations",
        "Приходы и общины, которые помогают соседям.",
        "Parishes and communities that help neighbours.",
    ),
    (
        "resource-centres",
        "Ресурсные центры",
        "Resource centres",
        "Обучение, консультации и гранты для инициативных жителей.",
        "Training, advice and grants for active residents.",
    ),
]

INDEX_RU = {
    "title": "Партнёры",
    "intro": (
        "<p>Менеджер территории не заменяет специалистов других служб, но знает, куда направить жителя. "
        "Здесь — организации нашего района, которые помогают соседям: выберите, с чем вам нужна помощь.</p>"
    ),
    "show_in_menus": True,
}
INDEX_EN = {
    "slug": "partners",
    "title": "Partners",
    "intro": (
        "<p>A territory manager does not replace the specialists of other services but knows where to send a "
        "resident. Here are the organisations of our district that help neighbours: choose what you need help with.</p>"
    ),
}


def partner(slugs, category, initials, palette, number, ru, en, email="", website=""):
    return {
        "slug": slugs[0],
        "category": category,
        "initials": initials,
        "palette": palette,
        "shared": {"phone": f"+7 495 000-00-{number:02d}", "email": email, "website": website},
        "ru": ru,
        "en": {"slug": slugs[1], **en},
    }


def texts(title, short, helps, address, hours):
    return {
        "title": title,
        "short_description": short,
        "help_with": "<ul>" + "".join(f"<li>{item}</li>" for item in helps) + "</ul>",
        "address": address,
        "opening_hours": hours,
    }


PARTNERS = [
    partner(
        ("administraciya-okruga", "district-administration"),
        "local-government",
        "АО",
        "sky",
        1,
        texts(
            "Администрация муниципального округа Заречный",
            "Местная власть района: благоустройство дворов, праздники и программы для жителей.",
            ["заявки на благоустройство двора", "районные праздники и конкурсы", "поддержка инициатив жителей"],
            "ул. Садовая, д. 12",
            "Пн–Чт 9:00–18:00\nПт 9:00–16:45",
        ),
        texts(
            "Administration of the Zarechny municipal district",
            "The district's local government: yard improvements, festivals and programmes for residents.",
            ["requests to improve a yard", "district festivals and competitions", "support for residents' initiatives"],
            "12 Sadovaya St.",
            "Mon–Thu 9:00–18:00\nFri 9:00–16:45",
        ),
        email="info@zarechny-mo.example",
        website="https://zarechny-mo.example",
    ),
    partner(
        ("uk-uyutnyj-dom", "cosy-home-housing-company"),
        "housing",
        "УД",
        "sun",
        2,
        texts(
            "Управляющая компания «Уютный дом»",
            "Обслуживает дома на Садовой и Берёзовой улицах: ремонт, уборка, заявки жителей.",
            ["аварийные и плановые заявки", "уборка подъездов и дворов", "общие собрания собственников"],
            "ул. Берёзовая, д. 5, офис 1",
            "Пн–Пт 8:00–20:00\nАварийная служба — круглосуточно",
        ),
        texts(
            "“Cosy Home” housing management company",
            "Looks after the buildings on Sadovaya and Beryozovaya streets: repairs, cleaning, residents' requests.",
            ["emergency and routine requests", "cleaning of stairwells and yards", "general meetings of owners"],
            "5 Beryozovaya St., office 1",
            "Mon–Fri 8:00–20:00\nEmergency service: round the clock",
        ),
        email="dispatch@uyutny-dom.example",
    ),
    partner(
        ("biblioteka-zelenaya-lampa", "green-lamp-library"),
        "libraries",
        "ЗЛ",
        "green",
        3,
        texts(
            "Библиотека № 47 «Зелёная лампа»",
            "Районная библиотека с клубами для детей и взрослых и залом для соседских встреч.",
            ["книги и журналы бесплатно", "клубы, лекции и мастер-классы", "зал для встреч жителей"],
            "ул. Школьная, д. 3",
            "Вт–Сб 11:00–20:00\nВс 11:00–18:00\nПн — выходной",
        ),
        texts(
            "Library No. 47 “Green Lamp”",
            "The district library with clubs for children and adults and a hall for neighbours' meetings.",
            ["books and magazines free of charge", "clubs, talks and workshops", "a hall for residents' meetings"],
            "3 Shkolnaya St.",
            "Tue–Sat 11:00–20:00\nSun 11:00–18:00\nMon: closed",
        ),
        email="lampa47@library.example",
    ),
    partner(
        ("dk-raduga", "rainbow-culture-centre"),
        "culture",
        "ДК",
        "rose",
        4,
        texts(
            "Дом культуры «Радуга»",
            "Студии, кружки и концерты; площадка для районных праздников.",
            ["кружки и студии для детей и взрослых", "концерты и спектакли", "помещение для праздника двора"],
            "пр-т Мира, д. 40",
            "Ежедневно 10:00–21:00",
        ),
        texts(
            "“Rainbow” culture centre",
            "Studios, clubs and concerts; a venue for district festivals.",
            ["clubs and studios for children and adults", "concerts and plays", "a room for a yard festival"],
            "40 Mira Ave.",
            "Daily 10:00–21:00",
        ),
        website="https://dk-raduga.example",
    ),
    partner(
        ("sportklub-start", "start-sports-club"),
        "sport",
        "СС",
        "sky",
        5,
        texts(
            "Спортивный клуб «Старт»",
            "Бесплатные секции и дворовые турниры для детей, взрослых и старшего поколения.",
            ["секции футбола, настольного тенниса и скандинавской ходьбы", "дворовые турниры", "зарядка во дворе"],
            "ул. Спортивная, д. 8",
            "Пн–Пт 15:00–21:00\nСб 10:00–16:00",
        ),
        texts(
            "“Start” sports club",
            "Free clubs and yard tournaments for children, adults and older people.",
            ["football, table tennis and Nordic walking groups", "yard tournaments", "morning exercises in the yard"],
            "8 Sportivnaya St.",
            "Mon–Fri 15:00–21:00\nSat 10:00–16:00",
        ),
    ),
    partner(
        ("pekarnya-teplyj-hleb", "warm-bread-bakery"),
        "business",
        "ТХ",
        "sun",
        6,
        texts(
            "Пекарня «Тёплый хлеб»",
            "Семейная пекарня, которая угощает соседские праздники и помогает собирать продуктовые наборы.",
            [
                "угощение для праздников двора",
                "продуктовые наборы для тех, кому трудно",
                "доска объявлений для соседей",
            ],
            "ул. Садовая, д. 7",
            "Ежедневно 7:30–21:00",
        ),
        texts(
            "“Warm Bread” bakery",
            "A family bakery that treats neighbourhood festivals and helps collect food parcels.",
            ["treats for yard festivals", "food parcels for those in need", "a notice board for neighbours"],
            "7 Sadovaya St.",
            "Daily 7:30–21:00",
        ),
    ),
    partner(
        ("tos-berezovaya", "birch-street-tos"),
        "ngo-tos",
        "ТОС",
        "green",
        7,
        texts(
            "ТОС «Берёзовая улица»",
            "Территориальное общественное самоуправление жителей четырёх домов на Берёзовой улице.",
            ["как объединиться с соседями и создать ТОС", "общие проекты двора", "участие в грантовых конкурсах"],
            "ул. Берёзовая, д. 9, подъезд 2",
            "Приём по средам 18:00–20:00",
        ),
        texts(
            "“Birch Street” neighbourhood self-government",
            "The territorial public self-government of the residents of four buildings on Beryozovaya Street.",
            [
                "how to join up with neighbours and set up a TOS",
                "shared yard projects",
                "taking part in grant competitions",
            ],
            "9 Beryozovaya St., entrance 2",
            "Office hours on Wednesdays 18:00–20:00",
        ),
        email="tos-berezovaya@mail.example",
    ),
    partner(
        ("centr-socobsluzhivaniya", "social-services-centre"),
        "social-protection",
        "ЦС",
        "rose",
        8,
        texts(
            "Центр социального обслуживания «Заречный»",
            "Социальная помощь пожилым людям, семьям с детьми и людям с инвалидностью.",
            ["помощь на дому пожилым и одиноким", "оформление льгот и пособий", "консультации психолога и юриста"],
            "ул. Школьная, д. 14",
            "Пн–Пт 9:00–18:00",
        ),
        texts(
            "“Zarechny” social services centre",
            "Social help for older people, families with children and people with disabilities.",
            [
                "home help for older and lonely people",
                "applying for benefits and allowances",
                "advice from a psychologist and a lawyer",
            ],
            "14 Shkolnaya St.",
            "Mon–Fri 9:00–18:00",
        ),
        email="cso-zarechny@social.example",
    ),
    partner(
        ("mfc-moi-dokumenty", "my-documents-centre"),
        "mfc",
        "МД",
        "sky",
        9,
        texts(
            "МФЦ «Мои документы» района Заречный",
            "Государственные услуги в одном окне: паспорта, справки, льготы, регистрация.",
            ["паспорта и регистрация по месту жительства", "справки и выписки", "оформление льгот"],
            "пр-т Мира, д. 22",
            "Ежедневно 8:00–20:00",
        ),
        texts(
            "“My Documents” public service centre, Zarechny district",
            "Public services in one place: passports, certificates, benefits, registration.",
            ["passports and residence registration", "certificates and extracts", "applying for benefits"],
            "22 Mira Ave.",
            "Daily 8:00–20:00",
        ),
    ),
    partner(
        ("pozharnaya-chast-112", "fire-station-112"),
        "fire-service",
        "112",
        "rose",
        10,
        texts(
            "Пожарно-спасательная часть № 112",
            "Пожарные района проводят занятия по безопасности для жителей и школ.",
            ["занятия по пожарной безопасности", "проверка свободного проезда во дворы", "советы по безопасности дома"],
            "ул. Заводская, д. 1",
            "Круглосуточно; занятия по договорённости",
        ),
        texts(
            "Fire and rescue station No. 112",
            "The district's firefighters run safety lessons for residents and schools.",
            ["fire safety lessons", "checking that fire engines can get into the yards", "home safety advice"],
            "1 Zavodskaya St.",
            "Round the clock; lessons by arrangement",
        ),
    ),
    partner(
        ("priemnaya-deputatov", "deputies-office"),
        "deputies",
        "ПД",
        "sun",
        11,
        texts(
            "Общественная приёмная депутатов Совета депутатов округа Заречный",
            "Здесь депутаты округа принимают жителей по вопросам района.",
            [
                "вопросы о благоустройстве и транспорте",
                "обращения жителей в органы власти",
                "поддержка районных праздников",
            ],
            "ул. Садовая, д. 12, каб. 5",
            "Приём по вторникам 16:00–19:00 по записи",
        ),
        texts(
            "Public office of the deputies of the Zarechny district council",
            "The district's deputies meet residents here about local matters.",
            [
                "questions about improvements and transport",
                "residents' appeals to the authorities",
                "support for district festivals",
            ],
            "12 Sadovaya St., room 5",
            "Tuesdays 16:00–19:00, by appointment",
        ),
        email="priemnaya@zarechny-mo.example",
    ),
    partner(
        ("prihod-svyatoj-troicy", "holy-trinity-parish"),
        "religious",
        "СТ",
        "green",
        12,
        texts(
            "Приход храма Святой Троицы в Заречном",
            "Приход помогает одиноким соседям и собирает вещи для тех, кому они нужны.",
            ["сбор и раздача одежды", "помощь одиноким пожилым соседям", "воскресная школа"],
            "ул. Церковная, д. 2",
            "Ежедневно 8:00–19:00",
        ),
        texts(
            "Holy Trinity parish in Zarechny",
            "The parish helps lonely neighbours and collects clothes for those who need them.",
            ["collecting and handing out clothes", "help for lonely older neighbours", "Sunday school"],
            "2 Tserkovnaya St.",
            "Daily 8:00–19:00",
        ),
    ),
    partner(
        ("resursnyj-centr-tochka-opory", "support-point-resource-centre"),
        "resource-centres",
        "ТО",
        "sky",
        13,
        texts(
            "Ресурсный центр «Точка опоры»",
            "Учит инициативных жителей и НКО: как написать проект, найти партнёров и получить грант.",
            ["консультации по проектам и грантам", "обучение для активных жителей и ТОС", "помещение для встреч"],
            "пр-т Мира, д. 40, 3-й этаж",
            "Пн–Пт 10:00–19:00",
        ),
        texts(
            "“Support Point” resource centre",
            "Trains active residents and NGOs: how to write a project, find partners and win a grant.",
            ["advice on projects and grants", "training for active residents and TOS", "a room for meetings"],
            "40 Mira Ave., 3rd floor",
            "Mon–Fri 10:00–19:00",
        ),
        email="hello@tochka-opory.example",
        website="https://tochka-opory.example",
    ),
]


def load(demo):
    directory = load_partners(demo, PARTNERS)
    load_contact_page(demo)
    return directory


def load_partners(demo, partners):
    """The categories, the directory «Партнёры» and `partners` (items of PARTNERS), in both languages."""
    categories = ensure_categories(demo)
    directory = demo.page(demo.home(), PartnerIndexPage, slug="partnery", ru=dict(INDEX_RU), en=dict(INDEX_EN))
    for item in partners:
        logo = demo.image(
            f"Логотип: {item['ru']['title']}", lambda item=item: draw_emblem(item["initials"], item["palette"])
        )
        shared = {**item["shared"], "category": categories[item["category"]], "logo": logo}
        demo.page(directory, PartnerPage, slug=item["slug"], ru=dict(item["ru"]), en=dict(item["en"]), shared=shared)
    return directory


def ensure_categories(demo):
    """The Russian categories by slug, each with its English translation."""
    categories = {}
    for slug, ru_name, en_name, ru_description, en_description in CATEGORIES:
        category = PartnerCategory.objects.filter(locale=demo.ru, slug=slug).first()
        if category is None:
            category = PartnerCategory.objects.create(
                locale=demo.ru, slug=slug, name=ru_name, description=ru_description
            )
            demo.created(f"partner category: {ru_name}")
        if not PartnerCategory.objects.filter(translation_key=category.translation_key, locale=demo.en).exists():
            english = category.copy_for_translation(demo.en)
            english.name, english.description = en_name, en_description
            english.save()
            demo.created(f"partner category: {en_name}")
        categories[slug] = category
    return categories


def contact_fields(lang):
    from contacts.models import ContactFormField

    texts = {
        "ru": [
            ("Ваше имя", "Как к вам обращаться."),
            ("E-mail или телефон", "Чтобы мы могли ответить."),
            ("Сообщение", "Вопрос, предложение или просьба о помощи."),
        ],
        "en": [
            ("Your name", "How we should address you."),
            ("E-mail or phone", "So that we can answer you."),
            ("Message", "A question, a proposal or a request for help."),
        ],
    }[lang]
    kinds = [("name", "singleline"), ("contact", "singleline"), ("message", "multiline")]
    return [
        ContactFormField(
            sort_order=n, clean_name=clean_name, field_type=field_type, required=True, label=label, help_text=help_text
        )
        for n, ((clean_name, field_type), (label, help_text)) in enumerate(zip(kinds, texts, strict=True))
    ]


def load_contact_page(demo):
    """«Контакты»: the organisation's contacts (site settings), the course and the feedback form."""
    from contacts.models import ContactPage

    return demo.page(
        demo.home(),
        ContactPage,
        slug="kontakty",
        ru={
            "title": "Контакты",
            "show_in_menus": True,
            "intro": (
                "<p>Хотите познакомиться с соседями, предложить идею для двора или не знаете, куда обратиться "
                "с вопросом? Напишите: мы ответим и подскажем, кто из партнёров сможет помочь.</p>"
            ),
            "thank_you_text": "<p>Спасибо! Мы получили ваше сообщение и ответим в ближайшие дни.</p>",
            "form_fields": contact_fields("ru"),
        },
        en={
            "slug": "contacts",
            "title": "Contacts",
            "intro": (
                "<p>Want to get to know your neighbours, suggest an idea for your yard, or not sure where to take "
                "a question? Write to us: we will answer and tell you which partner can help.</p>"
            ),
            "thank_you_text": "<p>Thank you! We have received your message and will answer in the next few days.</p>",
            "form_fields": contact_fields("en"),
        },
        shared={"to_address": "proekt-ds@mail.ru", "subject": "Сообщение с сайта «Добрые Соседи»"},
    )
