"""News demo content: «Новости» / «News» and news items drawn from the seed, with tags in both languages."""

import datetime

from home.demo_tools import bullets, draw_neighbourhood, heading, paragraph, quote, stream
from news.models import NewsIndexPage, NewsPage

ORDER = 10

# Every demo tag and its English name (tags are translated with the page, like its text).
TAGS = {
    "обучение": "learning",
    "менеджер территории": "territory manager",
    "банк талантов": "talent bank",
    "соседи": "neighbours",
    "собрания жителей": "residents' meetings",
    "двор": "our yard",
    "карантин": "quarantine",
    "здоровье": "health",
    "гранты и субсидии": "grants and subsidies",
    "партнёры": "partners",
    "опросы": "surveys",
}

NEWS = [
    {
        "slug": "prihodite-k-nam-uchitsya",
        "date": datetime.date(2026, 11, 20),
        "image": ("Новости: курс для менеджеров территории", "course", "sky"),
        "tags": ["обучение", "менеджер территории"],
        "ru": {
            "title": "Приходите к нам учиться: курс для менеджеров территории",
            "intro": "Открыт набор на курс для менеджеров местного сообщества — тех, кто работает с жителями двора, дома и района.",
            "image_alt": "Нарисованная улица с домами под голубым небом",
            "body": stream(
                paragraph(
                    "<p>Менеджер территории — современная специальность: он одновременно модератор социальных "
                    "изменений, социальный организатор, координатор и культурный аниматор. Всему этому можно и "
                    "нужно учиться.</p>"
                ),
                heading("Чему учат на курсе"),
                bullets(
                    [
                        "развивать местное сообщество и выстраивать отношения с жителями",
                        "работать с партнёрами на территории",
                        "проводить встречи, совещания и переговоры",
                        "привлекать ресурсы, включая инициативное бюджетирование",
                    ]
                ),
                paragraph(
                    '<p>Подробности и запись — на сайте курса: <a href="http://mms-kurs.hse.ru/">mms-kurs.hse.ru</a>.</p>'
                ),
                quote("С нами интересно!", "Добрые Соседи"),
            ),
        },
        "en": {
            "slug": "come-and-learn-with-us",
            "title": "Come and learn with us: a course for territory managers",
            "intro": "Enrolment is open for a course for local community managers — those who work with the residents of a yard, a building and a district.",
            "image_alt": "A drawn street of houses under a blue sky",
            "body": stream(
                paragraph(
                    "<p>A territory manager is a modern profession: at once a moderator of social change, a social "
                    "organiser, a coordinator and a cultural animator. All of this can and should be learned.</p>"
                ),
                heading("What the course teaches"),
                bullets(
                    [
                        "developing the local community and building relations with residents",
                        "working with the partners on the territory",
                        "running meetings, working sessions and negotiations",
                        "raising resources, including participatory budgeting",
                    ]
                ),
                paragraph(
                    '<p>Details and enrolment are on the course website: <a href="http://mms-kurs.hse.ru/">mms-kurs.hse.ru</a>.</p>'
                ),
                quote("It is interesting with us!", "Good Neighbours"),
            ),
        },
    },
    {
        "slug": "zapusk-banka-sosedskih-talantov",
        "date": datetime.date(2026, 10, 28),
        "image": ("Новости: банк соседских талантов", "talents", "sun"),
        "tags": ["банк талантов", "соседи"],
        "ru": {
            "title": "Запускаем банк соседских талантов",
            "intro": "Каждый сосед что-то умеет. Расскажите, чем вы можете поделиться, — и найдите тех, кто разделит ваши увлечения.",
            "image_alt": "Нарисованные дома в солнечный день",
            "body": stream(
                paragraph(
                    "<p>У каждого соседа есть свои увлечения, профессиональные навыки и нереализованные "
                    "потребности. Банк соседских талантов помогает им встретиться.</p>"
                ),
                heading("Кого мы ищем"),
                bullets(
                    [
                        "дизайнеров и электриков",
                        "флористов — даже гениальных",
                        "тех, кто играет на экзотических музыкальных инструментах",
                        "партнёров для игры в домино и организаторов клуба настольных игр",
                    ]
                ),
                paragraph("<p>Напишите менеджеру территории, что вы умеете и что хотели бы найти рядом с домом.</p>"),
            ),
        },
        "en": {
            "slug": "neighbour-talent-bank-launched",
            "title": "We are launching the neighbour talent bank",
            "intro": "Every neighbour can do something. Tell us what you can share — and find people who share your interests.",
            "image_alt": "Drawn houses on a sunny day",
            "body": stream(
                paragraph(
                    "<p>Every neighbour has hobbies, professional skills and needs that are still unmet. The "
                    "neighbour talent bank helps them meet.</p>"
                ),
                heading("Who we are looking for"),
                bullets(
                    [
                        "designers and electricians",
                        "florists — brilliant ones too",
                        "people who play exotic musical instruments",
                        "partners for a game of dominoes and organisers of a board-game club",
                    ]
                ),
                paragraph(
                    "<p>Write to the territory manager about what you can do and what you would like to find near home.</p>"
                ),
            ),
        },
    },
    {
        "slug": "sobranie-zhitelej",
        "date": datetime.date(2026, 10, 5),
        "image": ("Новости: собрание жителей", "meeting", "green"),
        "tags": ["собрания жителей", "двор"],
        "ru": {
            "title": "Собрание жителей: решаем вместе, каким будет двор",
            "intro": "Соседи собрались, чтобы обсудить благоустройство двора и договориться о первых шагах.",
            "image_alt": "Нарисованный двор с домами и деревьями",
            "body": stream(
                paragraph(
                    "<p>Собрания, сходы и общественные слушания — формы участия жителей в местном "
                    "самоуправлении. На встрече мы обсудили, что во дворе нужно изменить в первую очередь.</p>"
                ),
                heading("Как мы работали"),
                bullets(["изучение", "постановка вопросов", "предложения", "решения", "внедрение"], style="numbered"),
                paragraph("<p>Менеджер территории помогал договариваться и записал все предложения.</p>"),
            ),
        },
        "en": {
            "slug": "residents-meeting",
            "title": "Residents' meeting: deciding together what our yard will be like",
            "intro": "Neighbours met to discuss improving the yard and to agree on the first steps.",
            "image_alt": "A drawn yard with houses and trees",
            "body": stream(
                paragraph(
                    "<p>Meetings, gatherings and public hearings are ways for residents to take part in local "
                    "self-government. At the meeting we discussed what should change in the yard first.</p>"
                ),
                heading("How we worked"),
                bullets(
                    ["study", "raising questions", "proposals", "decisions", "putting them into practice"],
                    style="numbered",
                ),
                paragraph("<p>The territory manager helped people reach agreement and recorded every proposal.</p>"),
            ),
        },
    },
    {
        "slug": "opros-zhitelej",
        "date": datetime.date(2026, 9, 10),
        "image": ("Новости: опрос жителей", "survey", "rose"),
        "tags": ["опросы", "двор"],
        "ru": {
            "title": "Опрос жителей: оцените, как живёт наш дом",
            "intro": "Простые регулярные опросы помогают понять, что важно жителям. Ответьте на несколько вопросов.",
            "image_alt": "Нарисованные дома в розовых тонах",
            "body": stream(
                paragraph(
                    "<p>Изучение мнения жителей — одна из социальных технологий, которую должен уметь "
                    "использовать менеджер территории.</p>"
                ),
                bullets(
                    ["простые регулярные опросы по оценке качества", "анкетирование", "мониторинг"],
                    title="Что мы делаем:",
                ),
            ),
        },
        "en": {
            "slug": "residents-survey",
            "title": "Residents' survey: tell us how our building is doing",
            "intro": "Simple regular surveys help us understand what matters to residents. Answer a few questions.",
            "image_alt": "Drawn houses in shades of pink",
            "body": stream(
                paragraph(
                    "<p>Learning residents' opinions is one of the social technologies a territory manager must "
                    "be able to use.</p>"
                ),
                bullets(
                    ["simple regular surveys of quality", "questionnaires", "monitoring"],
                    title="What we do:",
                ),
            ),
        },
    },
    {
        "slug": "partnery-na-territorii",
        "date": datetime.date(2026, 8, 18),
        "image": ("Новости: партнёры на территории", "partners", "green"),
        "tags": ["партнёры"],
        "ru": {
            "title": "С кем мы работаем: партнёры на нашей территории",
            "intro": "Бизнес, библиотеки, управляющие компании, спорт и культура — все, кто помогает соседям.",
            "image_alt": "Нарисованная улица с деревьями",
            "body": stream(
                paragraph(
                    "<p>Менеджер — не представитель управляющей компании и не чиновник. Для него важны "
                    "аудитория, территория и все партнёры.</p>"
                ),
                bullets(["бизнес", "библиотеки", "управляющие компании", "ресурсные центры", "спорт", "культура"]),
                paragraph("<p>Кто ещё? Подскажите нам партнёров, которых мы пока не знаем.</p>"),
            ),
        },
        "en": {
            "slug": "partners-on-our-territory",
            "title": "Who we work with: the partners on our territory",
            "intro": "Business, libraries, management companies, sport and culture — everyone who helps neighbours.",
            "image_alt": "A drawn street with trees",
            "body": stream(
                paragraph(
                    "<p>The manager is not a representative of the management company and not an official. What "
                    "matters is the audience, the territory and all the partners.</p>"
                ),
                bullets(["business", "libraries", "management companies", "resource centres", "sport", "culture"]),
                paragraph("<p>Who else? Tell us about partners we do not know yet.</p>"),
            ),
        },
    },
    {
        "slug": "grantovye-konkursy-i-subsidii",
        "date": datetime.date(2026, 7, 9),
        "image": ("Новости: гранты и субсидии", "grants", "sun"),
        "tags": ["гранты и субсидии", "партнёры"],
        "ru": {
            "title": "Новые возможности: грантовые конкурсы и субсидии",
            "intro": "Объявлены дополнительные грантовые конкурсы. Рассказываем, где искать помощь, субсидии и обучение.",
            "image_alt": "Нарисованные дома под ярким солнцем",
            "body": stream(
                paragraph(
                    "<p>Новые задачи, новые форматы, новая реальность — а законы и бюрократия меняются медленно. "
                    "Но есть много новых возможностей.</p>"
                ),
                bullets(["помощь", "субсидии", "дополнительные грантовые конкурсы"], title="Что доступно уже сейчас:"),
                paragraph(
                    "<p>А ещё масса методических материалов, обучения и обмена опытом, в том числе мировой "
                    "практики. Менеджер территории поможет подготовить заявку.</p>"
                ),
            ),
        },
        "en": {
            "slug": "grant-competitions-and-subsidies",
            "title": "New opportunities: grant competitions and subsidies",
            "intro": "Additional grant competitions have been announced. Here is where to look for help, subsidies and training.",
            "image_alt": "Drawn houses under a bright sun",
            "body": stream(
                paragraph(
                    "<p>New tasks, new formats, a new reality — while laws and bureaucracy change slowly. But there "
                    "are many new opportunities.</p>"
                ),
                bullets(["help", "subsidies", "additional grant competitions"], title="What is available now:"),
                paragraph(
                    "<p>There is also plenty of methodological material, training and exchange of experience, "
                    "including practice from around the world. The territory manager will help you prepare an "
                    "application.</p>"
                ),
            ),
        },
    },
    {
        "slug": "karantin-skoro-zakonchitsya",
        "date": datetime.date(2026, 5, 20),
        "image": ("Новости: карантин скоро закончится", "after", "sky"),
        "tags": ["карантин", "здоровье", "соседи"],
        "ru": {
            "title": "«Карантин скоро закончится»",
            "intro": "Жизнь дальше потечёт своим чередом. Будьте внимательны к своему здоровью и друг к другу.",
            "image_alt": "Нарисованная тихая улица под небом",
            "body": stream(
                paragraph(
                    "<p>Помните, что люди, которые живут с вами рядом, — ваши соседи, такие же славные люди, с "
                    "которыми вас объединяет не только одна крыша, но и наверняка общие интересы.</p>"
                ),
                quote("Живите дружно и думайте о хорошем!", "Добрые Соседи"),
            ),
        },
        "en": {
            "slug": "quarantine-will-end-soon",
            "title": "“The quarantine will end soon”",
            "intro": "Life will go on as usual. Take care of your health and of each other.",
            "image_alt": "A drawn quiet street under the sky",
            "body": stream(
                paragraph(
                    "<p>Remember that the people who live next to you are your neighbours, the same good people, "
                    "who share not only a roof with you but surely common interests too.</p>"
                ),
                quote("Live in harmony and think good thoughts!", "Good Neighbours"),
            ),
        },
    },
    {
        "slug": "poka-vse-doma",
        "date": datetime.date(2026, 4, 14),
        "image": ("Новости: пока все дома", "home", "rose"),
        "tags": ["карантин", "собрания жителей"],
        "ru": {
            "title": "«Пока все дома»: что делать соседям на карантине",
            "intro": "Карантин — ситуация неожиданная и сложная. Но это время можно использовать, чтобы подготовить перемены.",
            "image_alt": "Нарисованные дома с освещёнными окнами",
            "body": stream(
                paragraph(
                    "<p>Ситуация непонятная, стремительно развивающаяся и сложно прогнозируемая. Она требует "
                    "мужества, терпения и деликатности. Пока все дома, можно многое сделать вместе.</p>"
                ),
                bullets(
                    [
                        "изучение",
                        "постановка вопросов",
                        "предложения",
                        "собрания",
                        "решения",
                        "внедрение",
                        "перспективы",
                    ],
                    title="Пока все дома:",
                    style="numbered",
                ),
                paragraph("<p>Собрания можно провести онлайн, а решения — подготовить к концу карантина.</p>"),
            ),
        },
        "en": {
            "slug": "while-everyone-is-at-home",
            "title": "“While everyone is at home”: what neighbours can do in quarantine",
            "intro": "Quarantine is an unexpected and difficult situation. But the time can be used to prepare for change.",
            "image_alt": "Drawn houses with lit windows",
            "body": stream(
                paragraph(
                    "<p>The situation is unclear, fast-moving and hard to predict. It takes courage, patience and "
                    "tact. While everyone is at home, a lot can be done together.</p>"
                ),
                bullets(
                    [
                        "study",
                        "raising questions",
                        "proposals",
                        "meetings",
                        "decisions",
                        "putting them into practice",
                        "prospects",
                    ],
                    title="While everyone is at home:",
                    style="numbered",
                ),
                paragraph("<p>Meetings can be held online, and decisions prepared for the end of the quarantine.</p>"),
            ),
        },
    },
]


def load(demo):
    index = demo.page(
        demo.home(),
        NewsIndexPage,
        slug="novosti",
        ru={"title": "Новости", "intro": "Что происходит у нас во дворе, в доме и в районе."},
        en={"slug": "news", "title": "News", "intro": "What is happening in our yard, our building and our district."},
        shared={"show_in_menus": True},
    )
    for item in NEWS:
        title, seed, palette = item["image"]
        image = demo.image(title, lambda seed=seed, palette=palette: draw_neighbourhood(seed, palette))
        news = demo.page(
            index,
            NewsPage,
            slug=item["slug"],
            ru=dict(item["ru"]),
            en=dict(item["en"]),
            shared={"date": item["date"], "image": image},
        )
        tag_news(demo, news, item["tags"])


def tag_news(demo, news, names):
    """Give the Russian news its tags and its English translation their English names, once."""
    demo.tag(news, {name: TAGS[name] for name in names})
