"""The seed text organised into topics, materials and the quarantine guidance, in Russian and English.

Every list here has the same structure in both languages: the English page is a wagtail-localize
translation of the Russian one, string for string. `HANDOUT` marks where the PDF handout is attached.
"""

from home.demo_tools import bullets, heading, paragraph, quote

HANDOUT = "handout"

TOPICS = [
    # key, ru (name, slug, description), en (name, slug, description)
    (
        "role",
        ("Роль менеджера", "rol-menedzhera", "Кто такой менеджер территории, кем он не является и кто им становится."),
        ("The manager's role", "managers-role", "Who a territory manager is, who they are not and who becomes one."),
    ),
    (
        "stages",
        ("Этапы работы", "etapy-raboty", "Из чего складывается работа менеджера: от анализа до оценки итогов."),
        ("Stages of work", "stages-of-work", "What the manager's work is made of: from analysis to assessing results."),
    ),
    (
        "residents",
        ("Работа с жителями", "rabota-s-zhitelyami", "Задачи и направления работы с соседями и их талантами."),
        (
            "Working with residents",
            "working-with-residents",
            "Tasks and directions of work with neighbours and their talents.",
        ),
    ),
    (
        "partners",
        ("Работа с партнёрами", "rabota-s-partnerami", "С кем менеджер работает за пределами сообщества."),
        ("Working with partners", "working-with-partners", "Whom the manager works with outside the community."),
    ),
    (
        "skills",
        ("Навыки", "navyki", "Что должен уметь менеджер местного сообщества."),
        ("Skills", "skills", "What a local community manager needs to be able to do."),
    ),
    (
        "technologies",
        ("Социальные технологии", "socialnye-tehnologii", "Собрания, опросы и переговоры: инструменты менеджера."),
        ("Social technologies", "social-technologies", "Meetings, surveys and negotiation: the manager's tools."),
    ),
]

INDEX_RU = {
    "title": "Материалы",
    "intro": (
        "<p>Методические материалы для будущих и действующих менеджеров территории и для всех соседей, "
        "которые хотят понять, как устроена работа с местным сообществом. А ещё — памятка о жизни на "
        "карантине.</p>"
    ),
}
INDEX_EN = {
    "slug": "materials",
    "title": "Materials",
    "intro": (
        "<p>Methodology materials for future and practising territory managers and for all neighbours who "
        "want to understand how work with a local community is done. And a guide to life under quarantine.</p>"
    ),
}


def material(slug, en_slug, topic, ru, en):
    return {"slug": slug, "en_slug": en_slug, "topic": topic, "ru": ru, "en": en}


MATERIALS = [
    material(
        "kto-takoj-menedzher-territorii",
        "who-is-a-territory-manager",
        "role",
        {
            "title": "Кто такой менеджер территории",
            "summary": "Новая специальность, которая вобрала в себя черты тех, кто работал с жителями раньше.",
            "body": [
                paragraph(
                    "<p>Менеджер территории, или местного сообщества, — это современная, новая специальность. Она "
                    "вобрала в себя характеристики разных специальностей, которые действовали в этой сфере раньше.</p>"
                ),
                bullets(
                    [
                        "со стороны администрации",
                        "со стороны учреждений культуры и спорта",
                        "со стороны управляющих компаний и ЖКХ",
                        "со стороны застройщиков",
                        "со стороны бизнеса",
                    ],
                    title="С жителями работали и работают:",
                ),
                heading("С кем можно сравнить?"),
                bullets(
                    [
                        "педагоги-организаторы по внешкольной работе с детьми при ЖЭКах",
                        "социальные педагоги",
                        "организаторы по месту жительства",
                        "социальные работники со специализацией «территориальная община»",
                        "управляющий микрорайоном",
                        "менеджер по работе с населением в управляющей компании",
                    ]
                ),
                heading("Менеджер территории сегодня"),
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
                    title="Это особенный универсальный специалист: у него знания, таланты и навыки сразу нескольких специалистов.",
                ),
                heading("Тот самый менеджер…", "h3"),
                bullets(
                    ["лидера", "предпринимателя", "координатора", "воспитателя", "наставника", "аниматора"],
                    title="…совмещает в себе характеристики:",
                ),
            ],
        },
        {
            "title": "Who a territory manager is",
            "summary": "A new profession that brings together the traits of those who worked with residents before.",
            "body": [
                paragraph(
                    "<p>A territory, or local community, manager is a modern, new profession. It brings together "
                    "the traits of different professions that worked in this field before.</p>"
                ),
                bullets(
                    [
                        "on the side of the local administration",
                        "on the side of cultural and sports institutions",
                        "on the side of management companies and housing services",
                        "on the side of developers",
                        "on the side of business",
                    ],
                    title="People have worked and still work with residents:",
                ),
                heading("Whom can they be compared with?"),
                bullets(
                    [
                        "out-of-school youth organisers at housing offices",
                        "social educators",
                        "neighbourhood organisers",
                        "social workers specialising in the “territorial community”",
                        "a district manager",
                        "a community relations manager at a management company",
                    ]
                ),
                heading("The territory manager today"),
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
                    title="A special, versatile specialist with the knowledge, talents and skills of several specialists at once.",
                ),
                heading("That very manager…", "h3"),
                bullets(
                    ["a leader", "an entrepreneur", "a coordinator", "an educator", "a mentor", "an animator"],
                    title="…combines the traits of:",
                ),
            ],
        },
    ),
    material(
        "kem-menedzher-ne-yavlyaetsya",
        "who-the-manager-is-not",
        "role",
        {
            "title": "Кем менеджер не является",
            "summary": "Не представитель управляющей компании, не депутат и не чиновник: важны аудитория, территория и все партнёры.",
            "body": [
                paragraph(
                    "<p>Но! Организатор соседского сообщества и, например, менеджер соседского центра — это разные "
                    "специалисты.</p>"
                ),
                bullets(
                    [
                        "Менеджер — не представитель управляющей компании.",
                        "Не депутат и не чиновник.",
                        "Не представитель НКО (если только это не ТОС — территориальное общественное самоуправление).",
                    ],
                    title="Кем менеджер не является:",
                ),
                quote("Важна аудитория или территория! И все партнёры!"),
            ],
        },
        {
            "title": "Who the manager is not",
            "summary": "Not a management-company representative, not a deputy and not an official: what matters is the audience, the territory and all the partners.",
            "body": [
                paragraph(
                    "<p>But! A neighbourhood community organiser and, for example, the manager of a neighbourhood "
                    "centre are different specialists.</p>"
                ),
                bullets(
                    [
                        "The manager is not a representative of the management company.",
                        "Not a deputy and not an official.",
                        "Not a representative of an NGO (unless it is a TOS, a territorial public self-government).",
                    ],
                    title="Who the manager is not:",
                ),
                quote("What matters is the audience or the territory! And all the partners!"),
            ],
        },
    ),
    material(
        "kto-stanovitsya-menedzherom",
        "who-becomes-a-manager",
        "role",
        {
            "title": "Кто становится менеджером",
            "summary": "Чаще всего менеджерами местного сообщества становятся люди, которые уже работают с людьми.",
            "body": [
                bullets(
                    [
                        "работник культуры",
                        "учитель",
                        "социальный работник",
                        "лидер общественной организации",
                        "мэр города",
                        "журналист или бизнесмен",
                        "заинтересованный житель",
                    ],
                    title="Менеджером территории, или местного сообщества, чаще всего становятся:",
                ),
                paragraph("<p>Если вы узнали себя в этом списке — приходите к нам учиться.</p>"),
            ],
        },
        {
            "title": "Who becomes a manager",
            "summary": "Local community managers most often come from among people who already work with people.",
            "body": [
                bullets(
                    [
                        "a cultural worker",
                        "a teacher",
                        "a social worker",
                        "the leader of a civic organisation",
                        "a town mayor",
                        "a journalist or a businessperson",
                        "a resident who cares",
                    ],
                    title="Territory, or local community, managers most often are:",
                ),
                paragraph("<p>If you see yourself in this list, come and study with us.</p>"),
            ],
        },
    ),
    material(
        "missiya-menedzhera",
        "the-managers-mission",
        "role",
        {
            "title": "Миссия менеджера",
            "summary": "Помочь людям развивать местное сообщество: найти проблемы, путь их решения и нужных партнёров.",
            "body": [
                bullets(
                    [
                        "Помочь людям в развитии местных сообществ путём выявления существующих проблем и потребностей,",
                        "чтобы максимально эффективно найти путь их решения и пригласить важных партнёров.",
                    ],
                    title="Миссия менеджера:",
                ),
                heading("Внутренние и внешние вопросы"),
                paragraph(
                    "<p><b>Решает внутренние вопросы.</b> Выстраивает отношения так, чтобы участники <b>учились "
                    "договариваться</b> и вместе работать с <b>общей повесткой</b>.</p>"
                ),
                paragraph(
                    "<p><b>Встречает и решает внешние вопросы.</b> Помогает соседям в коммуникации с другими игроками "
                    "на территории: бизнесом, органами власти, общественными организациями. Менеджер — «точка входа» "
                    "для инициатив извне и поддержка вопросов изнутри.</p>"
                ),
            ],
        },
        {
            "title": "The manager's mission",
            "summary": "To help people develop their local community: find the problems, the way to solve them and the right partners.",
            "body": [
                bullets(
                    [
                        "To help people develop local communities by identifying existing problems and needs,",
                        "so as to find the most effective way to solve them and to invite the right partners.",
                    ],
                    title="The manager's mission:",
                ),
                heading("Internal and external matters"),
                paragraph(
                    "<p><b>Settles internal matters.</b> Builds relationships so that the participants <b>learn to "
                    "reach agreements</b> and work together on a <b>shared agenda</b>.</p>"
                ),
                paragraph(
                    "<p><b>Meets and settles external matters.</b> Helps neighbours communicate with the other players "
                    "on the territory: business, the authorities, civic organisations. The manager is the “entry "
                    "point” for initiatives from outside and the support for issues from inside.</p>"
                ),
            ],
        },
    ),
    material(
        "chetyre-etapa-raboty",
        "four-stages-of-work",
        "stages",
        {
            "title": "Четыре этапа работы",
            "summary": "Работа менеджера состоит из четырёх базовых этапов: от анализа настоящего до оценки последствий.",
            "body": [
                bullets(
                    [
                        "Анализ настоящего.",
                        "Проектирование того, чего ещё нет.",
                        "Реализация того, что спроектировано и придумано.",
                        "Подведение итогов и оценка последствий.",
                    ],
                    title="Работа менеджера состоит из четырёх базовых этапов:",
                    style="numbers",
                ),
                HANDOUT,
            ],
        },
        {
            "title": "The four stages of work",
            "summary": "The manager's work consists of four basic stages: from analysing the present to assessing the consequences.",
            "body": [
                bullets(
                    [
                        "Analysing the present.",
                        "Designing what does not exist yet.",
                        "Carrying out what has been designed and thought up.",
                        "Summing up and assessing the consequences.",
                    ],
                    title="The manager's work consists of four basic stages:",
                    style="numbers",
                ),
                HANDOUT,
            ],
        },
    ),
    material(
        "obshchie-zadachi-raboty-s-zhitelyami",
        "general-tasks-with-residents",
        "residents",
        {
            "title": "Общие задачи работы с жителями",
            "summary": "Четыре самые общие задачи, с которыми менеджер приходит к соседям.",
            "body": [
                bullets(
                    [
                        "привлечь к работе, мобилизовать жителей",
                        "выявить мнения и принять наиболее обоснованное решение",
                        "создать благоприятное общественное мнение",
                        "привлечь дополнительные ресурсы к финансированию проектов и программ",
                    ],
                    title="Самые общие задачи работы с жителями:",
                    style="checklist",
                ),
            ],
        },
        {
            "title": "General tasks of work with residents",
            "summary": "The four most general tasks a manager brings to the neighbours.",
            "body": [
                bullets(
                    [
                        "to involve residents in the work and mobilise them",
                        "to find out opinions and take the best-grounded decision",
                        "to create favourable public opinion",
                        "to attract additional resources to fund projects and programmes",
                    ],
                    title="The most general tasks of work with residents:",
                    style="checklist",
                ),
            ],
        },
    ),
    material(
        "napravleniya-raboty-s-zhitelyami",
        "directions-of-work-with-residents",
        "residents",
        {
            "title": "Направления работы по развитию местного сообщества",
            "summary": "Повседневные мероприятия, поддержка инициатив, добрососедские программы и сообщества по интересам.",
            "body": [
                paragraph(
                    "<ul>"
                    "<li>Организация и проведение <b>повседневных мероприятий</b> на территории вместе с жителями "
                    "(досуг, жилищные вопросы, благоустройство территории).</li>"
                    "<li><b>Поддержка инициативных идей жителей</b> и <b>содействие</b> в реализации этих инициатив.</li>"
                    "<li><b>Участие в разработке</b> и создании программ, направленных на развитие <b>добрососедских</b> "
                    "отношений в районе.</li>"
                    "<li>Формирование и развитие локальных <b>сообществ по интересам</b> (клубы по интересам, "
                    "социальный консалтинг, культурные услуги и т. п.).</li>"
                    "</ul>"
                ),
            ],
        },
        {
            "title": "Directions of work to develop the local community",
            "summary": "Everyday events, support for initiatives, good-neighbourly programmes and communities of interest.",
            "body": [
                paragraph(
                    "<ul>"
                    "<li>Organising and running <b>everyday events</b> on the territory together with residents "
                    "(leisure, housing issues, improvement of the territory).</li>"
                    "<li><b>Supporting residents’ initiative ideas</b> and <b>helping</b> to carry them out.</li>"
                    "<li><b>Taking part in designing</b> and creating programmes that develop <b>good-neighbourly</b> "
                    "relations in the district.</li>"
                    "<li>Building and developing local <b>communities of interest</b> (hobby clubs, social "
                    "consulting, cultural services and so on).</li>"
                    "</ul>"
                ),
            ],
        },
    ),
    material(
        "napravleniya-raboty-s-partnerami",
        "directions-of-work-with-partners",
        "partners",
        {
            "title": "Направления работы с внешними партнёрами",
            "summary": "С кем и о чём менеджер договаривается за пределами сообщества.",
            "body": [
                bullets(
                    [
                        "социальная работа",
                        "вопросы территории",
                        "сотрудничество с бизнесом",
                        "сфера культуры",
                        "тематика религии",
                        "вопросы ЖКХ",
                        "разные новации",
                    ],
                    title="Направления работы с внешними партнёрами:",
                ),
                heading("Внутренний или внешний?"),
                bullets(
                    [
                        "органы местного самоуправления",
                        "пожарные",
                        "библиотеки",
                        "собесы",
                        "НКО",
                        "«Мои документы»",
                        "депутаты",
                    ],
                    title="Партнёры на территории — подумайте, кто из них для вашего сообщества внутренний, а кто внешний:",
                ),
            ],
        },
        {
            "title": "Directions of work with external partners",
            "summary": "With whom and about what the manager reaches agreements outside the community.",
            "body": [
                bullets(
                    [
                        "social work",
                        "issues of the territory",
                        "cooperation with business",
                        "culture",
                        "religion",
                        "housing and utilities",
                        "various innovations",
                    ],
                    title="Directions of work with external partners:",
                ),
                heading("Internal or external?"),
                bullets(
                    [
                        "local self-government bodies",
                        "the fire service",
                        "libraries",
                        "social security offices",
                        "NGOs",
                        "“My Documents” public service centres",
                        "deputies",
                    ],
                    title="Partners on the territory: think which of them are internal and which external for your community:",
                ),
            ],
        },
    ),
    material(
        "odinnadcat-navykov",
        "eleven-skills",
        "skills",
        {
            "title": "Одиннадцать навыков менеджера",
            "summary": "Навыки, которыми обладают такие специалисты, по опыту разных стран.",
            "body": [
                bullets(
                    [
                        "Навыки исследовательской работы и сбора информации",
                        "Навыки взаимодействия, обмена информацией и навыки связи",
                        "Коммуникативные навыки",
                        "Умение работать в группе (навыки групповой работы)",
                        "Умение разрабатывать стратегию и тактику",
                        "Умение проводить встречи, совещания и переговоры",
                        "Знание технологий фандрайзинга и привлечения ресурсов (включая инициативное бюджетирование)",
                        "Способность к обучению (и самообучению)",
                        "Самомотивация",
                        "Знание технологий защиты интересов",
                        "Управление людьми",
                    ],
                    title="Навыки, которыми обладают такие специалисты (опыт разных стран):",
                    style="numbers",
                ),
                heading("Особенные универсальные специалисты"),
                bullets(
                    [
                        "одновременно психологи, и инженеры, и юристы",
                        "координаторы, бухгалтеры, социальные работники",
                        "а в будущем ещё и гостеприимство, питание и забота",
                    ],
                    title="Менеджеры местного сообщества — это особенные универсальные специалисты:",
                ),
            ],
        },
        {
            "title": "The manager's eleven skills",
            "summary": "The skills such specialists have, from the experience of different countries.",
            "body": [
                bullets(
                    [
                        "Research and information-gathering skills",
                        "Skills of interaction, information exchange and liaison",
                        "Communication skills",
                        "Ability to work in a group (group work skills)",
                        "Ability to develop a strategy and tactics",
                        "Ability to hold meetings, sessions and negotiations",
                        "Knowledge of fundraising and resource-raising techniques (including participatory budgeting)",
                        "Ability to learn (and to teach oneself)",
                        "Self-motivation",
                        "Knowledge of advocacy techniques",
                        "Managing people",
                    ],
                    title="The skills such specialists have (the experience of different countries):",
                    style="numbers",
                ),
                heading("Special, versatile specialists"),
                bullets(
                    [
                        "psychologists, engineers and lawyers at the same time",
                        "coordinators, accountants, social workers",
                        "and in the future hospitality, food and care as well",
                    ],
                    title="Local community managers are special, versatile specialists:",
                ),
            ],
        },
    ),
    material(
        "bank-sosedskih-talantov",
        "neighbour-talent-bank",
        "residents",
        {
            "title": "Банк соседских талантов",
            "summary": "Каждый сосед что-то умеет: банк талантов помогает соседям найти друг друга.",
            "body": [
                quote("Каждый сосед что-то умеет."),
                paragraph(
                    "<p>У каждого соседа есть свои увлечения, профессиональные навыки, нереализованные потребности. "
                    "Кто-то дизайнер, кто-то электрик, кто-то гениальный флорист, а кто-то умеет играть на "
                    "экзотическом музыкальном инструменте.</p>"
                ),
                paragraph(
                    "<p>Кто-то всю жизнь ищет партнёра для игры в домино, а кто-то хочет организовать клуб "
                    "настольных игр. Банк соседских талантов помогает им встретиться.</p>"
                ),
            ],
        },
        {
            "title": "The neighbour talent bank",
            "summary": "Every neighbour can do something: the talent bank helps neighbours find each other.",
            "body": [
                quote("Every neighbour can do something."),
                paragraph(
                    "<p>Every neighbour has their own hobbies, professional skills and unmet needs. One is a "
                    "designer, another an electrician, another a brilliant florist, and someone else plays an "
                    "exotic musical instrument.</p>"
                ),
                paragraph(
                    "<p>Someone has been looking all their life for a partner to play dominoes with, and someone "
                    "else wants to start a board-game club. The neighbour talent bank helps them meet.</p>"
                ),
            ],
        },
    ),
    material(
        "socialnye-tehnologii",
        "social-technologies",
        "technologies",
        {
            "title": "Социальные технологии",
            "summary": "Что нужно знать, уметь и использовать: события для общих решений, изучение мнений, переговоры.",
            "body": [
                paragraph(
                    "<ul>"
                    "<li><b>Организация событий</b> по принятию общественно важных решений: проведение "
                    "собраний, сходов, общественных слушаний и других форм участия в местном самоуправлении.</li>"
                    "<li><b>Изучение мнения жителей</b>: простые регулярные опросы по оценке качества, "
                    "анкетирование, мониторинг.</li>"
                    "<li><b>Умение вести переговоры</b> и договариваться.</li>"
                    "</ul>"
                ),
            ],
        },
        {
            "title": "Social technologies",
            "summary": "What to know, to be able to do and to use: events for shared decisions, opinion research, negotiation.",
            "body": [
                paragraph(
                    "<ul>"
                    "<li><b>Organising events</b> for taking publicly important decisions: holding meetings, "
                    "residents’ gatherings, public hearings and other forms of taking part in local "
                    "self-government.</li>"
                    "<li><b>Studying residents’ opinions</b>: simple regular quality surveys, questionnaires, "
                    "monitoring.</li>"
                    "<li><b>The ability to negotiate</b> and to reach agreements.</li>"
                    "</ul>"
                ),
            ],
        },
    ),
    material(
        "ne-zamenyat-specialistov",
        "do-not-replace-other-specialists",
        "role",
        {
            "title": "Не заменять специалистов других служб",
            "summary": "Широкий кругозор не значит брать на себя чужие функции.",
            "body": [
                paragraph(
                    "<p>При том, что такой менеджер должен обладать широким кругозором и разнообразными "
                    "профессиональными знаниями, <b>он не должен заменять других специалистов, которые работают на "
                    "территории</b>.</p>"
                ),
                paragraph(
                    "<p>Например, он может подсказать жителю возможность обсудить какую-то проблему с представителем "
                    "социальной службы, передать информацию об этом человеке в отдел социального обеспечения, но "
                    "<b>не брать на себя чужие функции</b> (социального работника).</p>"
                ),
            ],
        },
        {
            "title": "Do not replace the specialists of other services",
            "summary": "A broad outlook does not mean taking on other people’s functions.",
            "body": [
                paragraph(
                    "<p>Although such a manager must have a broad outlook and varied professional knowledge, <b>they "
                    "must not replace the other specialists who work on the territory</b>.</p>"
                ),
                paragraph(
                    "<p>For example, they can suggest that a resident discuss a problem with a representative of the "
                    "social services, or pass information about this person to the social security department, but "
                    "<b>must not take on other people’s functions</b> (those of a social worker).</p>"
                ),
            ],
        },
    ),
    material(
        "menedzher-na-territorii",
        "the-manager-on-the-territory",
        "partners",
        {
            "title": "Менеджер на территории — посредник",
            "summary": "Посредник между управляющей компанией и жителями, переговорщик и союзник соседей.",
            "body": [
                bullets(
                    [
                        "Посредник во всех отношениях между управляющей компанией и жителями.",
                        "Контакт с жителями: он своеобразный «переговорщик».",
                        "Он союзник жителей и находится «на баррикадах» на их стороне.",
                        "От его умения, знаний, терпения и доброжелательности в большей степени, чем от других служб, "
                        "зависят настроение жителей и устойчивость положения управляющей компании.",
                    ],
                    title="Менеджер на территории:",
                ),
                heading("А ещё это…"),
                bullets(
                    [
                        "вовлечение в работу, мероприятия, полезные и интересные дела",
                        "взаимодействие друг с другом, с администрацией, бизнесом, учреждениями и т. д.",
                        "консультации по вопросам дома, двора, взаимодействия, законодательства и т. д.",
                        "переговоры: коммуникация и разрешение конфликтов",
                    ]
                ),
            ],
        },
        {
            "title": "The manager on the territory: an intermediary",
            "summary": "An intermediary between the management company and residents, a negotiator and the neighbours’ ally.",
            "body": [
                bullets(
                    [
                        "An intermediary in all relations between the management company and residents.",
                        "The contact with residents: a negotiator of a kind.",
                        "An ally of the residents, standing “on the barricades” on their side.",
                        "The residents’ mood and the stability of the management company’s position depend on their "
                        "skill, knowledge, patience and goodwill more than on any other service.",
                    ],
                    title="The manager on the territory is:",
                ),
                heading("And it is also…"),
                bullets(
                    [
                        "involving people in work, events and useful, interesting activities",
                        "interaction with each other, the administration, business, institutions and so on",
                        "advice on matters of the building, the yard, cooperation, legislation and so on",
                        "negotiation: communication and conflict resolution",
                    ]
                ),
            ],
        },
    ),
]

HANDOUT_LINK = {
    "ru": "Памятка менеджера территории: этапы работы и навыки",
    "en": "Territory manager’s handout: stages of work and skills (Russian and English)",
}

GUIDANCE_RU = {
    "title": "Жизнь на карантине: что происходит и что делать",
    "summary": "Какая сейчас ситуация, какие меры принимаются, какие открываются возможности и чем соседи могут заняться, пока все дома.",
    "important_notice": (
        "Ситуация меняется быстро. Следите за обновлениями этой страницы и пишите нам, если вам или вашим "
        "соседям нужна помощь."
    ),
    "body": [
        heading("Сегодня карантин — ситуация"),
        bullets(
            [
                "неожиданная",
                "непонятная",
                "сложно управляемая",
                "стремительно развивающаяся",
                "сложно прогнозируемая",
                "требует большого мужества",
                "требует терпения",
                "требует деликатности",
            ]
        ),
        heading("Принимаемые меры"),
        bullets(
            [
                "непопулярные",
                "согласно сиюминутной ситуации",
                "опережая возможности системы",
                "организуя сложное взаимодействие",
                "в ситуации вынужденных остановок всех механизмов",
                "трудная логистика",
            ]
        ),
        quote("Это всё очень сложно!"),
        heading("В будущем"),
        bullets(["новые задачи", "новые форматы", "новая реальность"]),
        bullets(
            [
                "старые законы (медленно меняющиеся)",
                "старая бюрократия",
                "всё по-прежнему вдалеке от больших городов; территории разные",
            ],
            title="Но!",
        ),
        heading("Но есть много новых возможностей"),
        bullets(
            [
                "помощь",
                "субсидии",
                "дополнительные грантовые конкурсы",
                "масса методических материалов и всякого обучения",
                "много обмена опытом",
                "мировая практика",
            ]
        ),
        heading("Партнёры"),
        bullets(
            [
                "бизнес",
                "библиотеки",
                "управляющие компании",
                "ресурсные центры",
                "спорт",
                "культура",
                "кто ещё? Напишите нам!",
            ]
        ),
        heading("Пока все дома"),
        bullets(
            ["изучение", "постановка вопросов", "предложения", "собрания", "решения", "внедрение", "перспективы"],
            title="Чем сообщество может заняться, пока все дома, — шаг за шагом:",
            style="checklist",
        ),
    ],
    "closing_title": "Очень важно!!!",
    "closing_message": (
        "<ul>"
        "<li>Карантин скоро закончится, жизнь дальше потечёт своим чередом.</li>"
        "<li>Будьте внимательны к своему здоровью и друг к другу.</li>"
        "<li>Помните, что те люди, которые живут с вами рядом, — ваши соседи, такие же славные люди, с которыми "
        "вас объединяет не только одна крыша, но и наверняка ещё общие интересы.</li>"
        "<li>Живите дружно и думайте о хорошем!</li>"
        "</ul>"
    ),
}
GUIDANCE_EN = {
    "slug": "life-under-quarantine",
    "title": "Life under quarantine: what is happening and what to do",
    "summary": "What the situation is now, what measures are being taken, what new opportunities are opening and what neighbours can do while everyone is at home.",
    "important_notice": (
        "The situation is changing fast. Watch for updates to this page and write to us if you or your "
        "neighbours need help."
    ),
    "body": [
        heading("Quarantine today: the situation is"),
        bullets(
            [
                "unexpected",
                "unclear",
                "hard to manage",
                "developing rapidly",
                "hard to predict",
                "calling for great courage",
                "calling for patience",
                "calling for tact",
            ]
        ),
        heading("The measures being taken are"),
        bullets(
            [
                "unpopular",
                "in line with the situation of the moment",
                "ahead of what the system can do",
                "organising complex cooperation",
                "in a situation where every mechanism has been forced to stop",
                "difficult logistics",
            ]
        ),
        quote("All of this is very difficult!"),
        heading("In the future"),
        bullets(["new tasks", "new formats", "a new reality"]),
        bullets(
            [
                "old laws (slow to change)",
                "the old bureaucracy",
                "everything is still far from the big cities; territories differ",
            ],
            title="But!",
        ),
        heading("But there are many new opportunities"),
        bullets(
            [
                "help",
                "subsidies",
                "additional grant competitions",
                "plenty of methodology materials and all kinds of training",
                "a lot of sharing of experience",
                "international practice",
            ]
        ),
        heading("Partners"),
        bullets(
            [
                "business",
                "libraries",
                "management companies",
                "resource centres",
                "sport",
                "culture",
                "who else? Write to us!",
            ]
        ),
        heading("While everyone is at home"),
        bullets(
            ["study", "raising questions", "proposals", "meetings", "decisions", "putting into practice", "prospects"],
            title="What the community can do while everyone is at home, step by step:",
            style="checklist",
        ),
    ],
    "closing_title": "Very important!!!",
    "closing_message": (
        "<ul>"
        "<li>The quarantine will end soon, and life will go on as usual.</li>"
        "<li>Take care of your health and of each other.</li>"
        "<li>Remember that the people who live next to you are your neighbours, the same good people with whom "
        "you share not only a roof but surely common interests as well.</li>"
        "<li>Live in harmony and think good thoughts!</li>"
        "</ul>"
    ),
}
OWN_HELP_CONTACT = {
    "ru": {"name": "Добрые Соседи", "description": "Поможем найти соседей, партнёров и ответы на вопросы."},
    "en": {"name": "Good Neighbours", "description": "We help you find neighbours, partners and answers."},
}
BANNER = {
    "ru": {
        "text": "Карантин: что происходит, какие меры принимаются и чем соседи могут помочь друг другу.",
        "link_text": "Читать памятку",
    },
    "en": {
        "text": "Quarantine: what is happening, what measures are being taken and how neighbours can help each other.",
        "link_text": "Read the guide",
    },
}

HANDOUT_PDF = {
    "ru": {
        "title": "Памятка менеджера территории",
        "stages_title": "Четыре этапа работы",
        "skills_title": "Одиннадцать навыков",
        "footer": "Добрые Соседи · proekt-ds@mail.ru · +7 926 850-78-47",
    },
    "en": {
        "title": "Territory manager's handout",
        "stages_title": "The four stages of work",
        "skills_title": "The eleven skills",
        "footer": "Good Neighbours · proekt-ds@mail.ru · +7 926 850-78-47",
    },
}
