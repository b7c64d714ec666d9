"""Projects' demo content from the seed: directions of work, the initiatives index, initiatives (board games,
dominoes, the neighbour talent bank, the yard), events (a residents' meeting in December 2026) and the two
resident forms («Предложить инициативу», «Банк соседских талантов»)."""

import datetime
import random
from zoneinfo import ZoneInfo

from PIL import Image as PILImage
from PIL import ImageDraw

from home.demo_tools import PALETTES, bullets, heading, paragraph, picture, quote, stream
from home.models import ResidentSubmission
from projects.models import Direction, EventPage, InitiativePage, ProjectIndexPage, ProposalFormField, ProposalFormPage
from projects.models.joins import INITIATIVE_FIELD, INITIATIVE_KEY, ensure_join_form

ORDER = 30
MOSCOW = ZoneInfo("Europe/Moscow")

# (slug, ru name, en slug, en name, ru description, en description): the seed's directions of work.
DIRECTIONS = [
    (
        "dosug",
        "Досуг",
        "leisure",
        "Leisure",
        "Повседневные мероприятия на территории, которые соседи придумывают и проводят вместе.",
        "Everyday events on the territory that neighbours come up with and run together.",
    ),
    (
        "zhilishchnye-voprosy",
        "Жилищные вопросы",
        "housing",
        "Housing",
        "Вопросы дома и ЖКХ: от подъезда до общего собрания собственников.",
        "Questions of the building and housing services: from the stairwell to the owners' general meeting.",
    ),
    (
        "blagoustrojstvo",
        "Благоустройство",
        "improvement",
        "Neighbourhood improvement",
        "Двор, детская площадка, озеленение — всё, что делает территорию удобнее.",
        "The yard, the playground, greenery: everything that makes the territory nicer to live in.",
    ),
    (
        "dobrososedstvo",
        "Добрососедские отношения",
        "good-neighbourliness",
        "Good-neighbourly relations",
        "Программы, которые помогают соседям знакомиться, договариваться и помогать друг другу.",
        "Programmes that help neighbours get to know each other, agree and help each other.",
    ),
    (
        "kluby-po-interesam",
        "Клубы по интересам",
        "interest-clubs",
        "Interest clubs",
        "Локальные сообщества по интересам: игры, рукоделие, музыка, спорт.",
        "Local communities of interest: games, crafts, music, sport.",
    ),
    (
        "socialnyj-konsalting",
        "Социальный консалтинг",
        "social-consulting",
        "Social consulting",
        "Консультации по вопросам дома, двора, взаимодействия и законодательства.",
        "Advice on questions of the building, the yard, getting along and the law.",
    ),
    (
        "kulturnye-uslugi",
        "Культурные услуги",
        "cultural-services",
        "Cultural services",
        "Концерты, выставки, праздники и встречи вместе с учреждениями культуры.",
        "Concerts, exhibitions, festivals and meetings together with cultural institutions.",
    ),
]


def draw_game_table(seed, palette="sun", size=(1200, 800)):
    """A table seen from above with a game board, dice and dominoes: drawn here, never downloaded."""
    rnd = random.Random(seed)
    colours = PALETTES[palette]
    width, height = size
    img = PILImage.new("RGB", size, "#8a5a35")
    draw = ImageDraw.Draw(img)
    for y in range(0, height, 40):
        draw.line((0, y + rnd.randint(-4, 4), width, y + rnd.randint(-4, 4)), fill="#7a4e2d", width=3)
    cell, left, top = 48, 120, 160
    for row in range(8):
        for col in range(8):
            fill = colours[3] if (row + col) % 2 == 0 else colours[0]
            draw.rectangle(
                (left + col * cell, top + row * cell, left + (col + 1) * cell, top + (row + 1) * cell), fill=fill
            )
    for _ in range(6):
        col, row = rnd.randrange(8), rnd.randrange(8)
        cx, cy = left + col * cell + cell // 2, top + row * cell + cell // 2
        draw.ellipse(
            (cx - 17, cy - 17, cx + 17, cy + 17), fill=rnd.choice(["#ffffff", "#1d2b24"]), outline=colours[4], width=3
        )
    for index in range(5):
        x, y = 620 + index * 105, 200 + rnd.randint(-30, 30)
        draw.rounded_rectangle((x, y, x + 80, y + 160), radius=10, fill="#fbfaf6", outline="#1d2b24", width=3)
        draw.line((x + 6, y + 80, x + 74, y + 80), fill="#1d2b24", width=3)
        for half in (0, 80):
            for _ in range(rnd.randint(1, 4)):
                px, py = x + rnd.randint(18, 62), y + half + rnd.randint(18, 62)
                draw.ellipse((px - 6, py - 6, px + 6, py + 6), fill="#1d2b24")
    for index in range(2):
        x, y = 700 + index * 170, 520
        draw.rounded_rectangle((x, y, x + 110, y + 110), radius=16, fill=colours[4], outline="#1d2b24", width=3)
        for _ in range(rnd.randint(2, 6)):
            px, py = x + rnd.randint(22, 88), y + rnd.randint(22, 88)
            draw.ellipse((px - 8, py - 8, px + 8, py + 8), fill="#1d2b24")
    return img


def ensure_directions(demo):
    """The Russian directions by slug, each with its English translation."""
    directions = {}
    for slug, ru_name, en_slug, en_name, ru_description, en_description in DIRECTIONS:
        direction = Direction.objects.filter(locale=demo.ru, slug=slug).first()
        if direction is None:
            direction = Direction.objects.create(locale=demo.ru, slug=slug, name=ru_name, description=ru_description)
            demo.created(f"direction: {ru_name}")
        if not direction.has_translation(demo.en):
            english = direction.copy_for_translation(demo.en)
            english.slug, english.name, english.description = en_slug, en_name, en_description
            english.save()
            demo.created(f"English direction: {en_name}")
        directions[slug] = direction
    return directions


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


# Every demo tag of an initiative and its English name (tags are translated with the page).
TAGS = {
    "настольные игры": "board games",
    "клуб": "club",
    "домино": "dominoes",
    "двор": "our yard",
    "таланты": "talents",
    "взаимопомощь": "mutual help",
    "детская площадка": "playground",
    "субботник": "clean-up day",
}


def attach(demo, page, tags, partners):
    """Partners, set once on both languages (they are synchronised), and tags translated into English."""
    english = page.get_translation(demo.en).specific
    if partners and not page.partners.exists():
        for version in (page, english):
            version.partners.set(partners)
            version.save_revision().publish()
        demo.created(f"partners of «{page.title}»")
    demo.tag(page, {name: TAGS[name] for name in tags})


def load(demo):
    directions = ensure_directions(demo)
    index = demo.page(
        demo.home(),
        ProjectIndexPage,
        slug="iniciativy",
        ru={
            "title": "Инициативы",
            "intro": (
                "<p>Каждый сосед что-то умеет, и у многих есть идеи для дома и двора. Здесь — инициативы жителей: "
                "от идеи до итогов. Менеджер территории помогает найти партнёров и довести дело до конца.</p>"
            ),
        },
        en={
            "slug": "initiatives",
            "title": "Initiatives",
            "intro": (
                "<p>Every neighbour can do something, and many have ideas for their building and yard. Here are "
                "residents' initiatives, from the idea to the results. The territory manager helps find partners "
                "and see things through.</p>"
            ),
        },
        shared={"show_in_menus": True},
    )
    initiatives = load_initiatives(demo, index, directions)
    load_events(demo, index, initiatives)
    load_forms(demo, index)
    load_joins(demo, index, initiatives)
    return index


def load_initiatives(demo, index, directions):
    games_image = demo.image("Клуб настольных игр", lambda: draw_game_table("games", "sun"))
    dominoes_image = demo.image("Домино во дворе", lambda: draw_game_table("dominoes", "green"))
    yard_image = demo.image("Двор на улице Берёзовой", lambda: draw_neighbourhood_yard("yard"))
    talents_image = demo.image("Банк соседских талантов", lambda: draw_neighbourhood_yard("talents", "rose"))
    cleanup_image = demo.image("Осенний субботник", lambda: draw_neighbourhood_yard("cleanup", "sun"))

    made = {}
    made["games"] = demo.page(
        index,
        InitiativePage,
        slug="klub-nastolnyh-igr",
        ru={
            "title": "Клуб настольных игр",
            "summary": "Соседи собираются по пятницам в библиотеке и играют в настольные игры: от шахмат до новинок.",
            "place": "Библиотека «Зелёная лампа», ул. Школьная, д. 3",
            "body": stream(
                paragraph(
                    "<p>Идея пришла из «банка соседских талантов»: кто-то хочет организовать клуб настольных игр, "
                    "а у кого-то дома полка с играми, в которые не с кем играть. Библиотека дала зал, соседи "
                    "принесли игры.</p>"
                ),
                quote("Каждый сосед что-то умеет, у каждого соседа есть свои увлечения.", "Банк соседских талантов"),
            ),
            "gallery": stream(
                picture(games_image, "Шахматная доска, домино и кубики на столе", "Игровой стол в библиотеке"),
            ),
            "how_to_take_part": (
                "<p>Приходите в пятницу к 18:00, можно со своей игрой. Детям до 12 лет — вместе со взрослыми.</p>"
            ),
        },
        en={
            "slug": "board-games-club",
            "title": "Board games club",
            "summary": "Neighbours meet on Fridays at the library to play board games, from chess to new releases.",
            "place": "Green Lamp Library, 3 Shkolnaya St",
            "body": stream(
                paragraph(
                    "<p>The idea came from the neighbour talent bank: someone wanted to start a board games club, "
                    "and someone else had a shelf of games and nobody to play with. The library gave a room, the "
                    "neighbours brought the games.</p>"
                ),
                quote("Every neighbour can do something, every neighbour has their hobbies.", "Neighbour talent bank"),
            ),
            "gallery": stream(
                picture(games_image, "A chessboard, dominoes and dice on a table", "The games table at the library"),
            ),
            "how_to_take_part": (
                "<p>Come on Friday by 6 pm, bring your own game if you like. Children under 12 with an adult.</p>"
            ),
        },
        shared={
            "status": "running",
            "direction": directions["kluby-po-interesam"],
            "start_date": datetime.date(2026, 10, 2),
            "image": games_image,
        },
    )
    attach(demo, made["games"], ["настольные игры", "клуб"], partners_by_slug(demo, ["biblioteka-zelenaya-lampa"]))

    made["dominoes"] = demo.page(
        index,
        InitiativePage,
        slug="partner-dlya-domino",
        ru={
            "title": "Партнёр для игры в домино",
            "summary": "Кто-то всю жизнь ищет партнёра для игры в домино. Ищем вторую пару и стол во дворе.",
            "place": "Двор домов 5 и 7 по ул. Берёзовой",
            "body": stream(
                paragraph(
                    "<p>Василий Петрович с третьего этажа играет в домино с детства, но во дворе не с кем. "
                    "Нужны ещё трое игроков и стол с лавками: его можно поставить вместе с управляющей "
                    "компанией.</p>"
                ),
            ),
            "how_to_take_part": (
                "<p>Откликнитесь через «Банк соседских талантов» и напишите, в какие дни вам удобно.</p>"
            ),
        },
        en={
            "slug": "dominoes-partner",
            "title": "A partner for dominoes",
            "summary": "Some people look all their lives for a partner to play dominoes with. We need a second pair "
            "and a table in the yard.",
            "place": "The yard of 5 and 7 Berezovaya St",
            "body": stream(
                paragraph(
                    "<p>Vasily Petrovich from the third floor has played dominoes since childhood, but has nobody "
                    "to play with in the yard. Three more players are needed, and a table with benches, which can "
                    "be put up together with the housing company.</p>"
                ),
            ),
            "how_to_take_part": ("<p>Answer through the neighbour talent bank and say which days suit you.</p>"),
        },
        shared={"status": "idea", "direction": directions["dobrososedstvo"], "image": dominoes_image},
    )
    attach(demo, made["dominoes"], ["домино", "двор"], partners_by_slug(demo, ["uk-uyutnyj-dom"]))

    made["talents"] = demo.page(
        index,
        InitiativePage,
        slug="bank-sosedskih-talantov",
        ru={
            "title": "Банк соседских талантов",
            "summary": "Кто-то дизайнер, кто-то электрик, кто-то гениальный флорист. Собираем умения соседей, "
            "чтобы помогать друг другу и затевать общие дела.",
            "place": "Весь район Заречный",
            "body": stream(
                paragraph(
                    "<p>Каждый сосед что-то умеет, у каждого есть увлечения, профессиональные навыки и "
                    "нереализованные потребности. Банк соседских талантов соединяет тех, кто умеет, с теми, "
                    "кому это нужно.</p>"
                ),
                bullets(
                    [
                        "Кто-то дизайнер, кто-то электрик, кто-то гениальный флорист",
                        "А кто-то умеет играть на экзотическом музыкальном инструменте",
                        "Кто-то всю жизнь ищет партнёра для игры в домино",
                        "А кто-то хочет организовать клуб настольных игр",
                    ],
                    title="В банке уже есть:",
                ),
            ),
            "how_to_take_part": (
                "<p>Заполните форму «Банк соседских талантов»: расскажите, что вы умеете, или кого ищете.</p>"
            ),
        },
        en={
            "slug": "neighbour-talent-bank",
            "title": "Neighbour talent bank",
            "summary": "Someone is a designer, someone an electrician, someone a brilliant florist. We collect "
            "neighbours' skills to help each other and start things together.",
            "place": "The whole Zarechny district",
            "body": stream(
                paragraph(
                    "<p>Every neighbour can do something; everyone has hobbies, professional skills and unmet "
                    "needs. The talent bank connects those who can with those who need it.</p>"
                ),
                bullets(
                    [
                        "Someone is a designer, someone an electrician, someone a brilliant florist",
                        "And someone can play an exotic musical instrument",
                        "Someone has been looking all their life for a partner to play dominoes with",
                        "And someone wants to start a board games club",
                    ],
                    title="The bank already holds:",
                ),
            ),
            "how_to_take_part": (
                "<p>Fill in the neighbour talent bank form: tell us what you can do, or whom you are looking for.</p>"
            ),
        },
        shared={
            "status": "running",
            "direction": directions["dobrososedstvo"],
            "start_date": datetime.date(2026, 9, 1),
            "image": talents_image,
        },
    )
    attach(
        demo,
        made["talents"],
        ["таланты", "взаимопомощь"],
        partners_by_slug(demo, ["tos-berezovaya", "resursnyj-centr-tochka-opory"]),
    )

    made["yard"] = demo.page(
        index,
        InitiativePage,
        slug="blagoustrojstvo-dvora",
        ru={
            "title": "Благоустройство двора",
            "summary": "Жители домов на Берёзовой решают, каким будет двор: детская площадка, лавочки, "
            "освещение и цветники.",
            "place": "Двор домов 5, 7 и 9 по ул. Берёзовой",
            "body": stream(
                heading("Как мы работаем"),
                bullets(
                    [
                        "Изучение: опрос жителей о том, чего не хватает во дворе",
                        "Проектирование: общий план вместе с управляющей компанией",
                        "Решение: собрание жителей голосует за проект",
                        "Реализация и подведение итогов",
                    ],
                    style="numbers",
                ),
                paragraph(
                    "<p>Часть работ можно профинансировать через инициативное бюджетирование: менеджер "
                    "территории поможет подготовить заявку в администрацию округа.</p>"
                ),
            ),
            "gallery": stream(
                picture(yard_image, "Двор с домами и деревьями под солнцем", "Двор сегодня"),
            ),
            "how_to_take_part": (
                "<p>Приходите на собрание жителей 10 декабря и заполните опрос у старшего по подъезду.</p>"
            ),
        },
        en={
            "slug": "improving-the-yard",
            "title": "Improving the yard",
            "summary": "Residents of the buildings on Berezovaya St decide what their yard will be like: a "
            "playground, benches, lighting and flower beds.",
            "place": "The yard of 5, 7 and 9 Berezovaya St",
            "body": stream(
                heading("How we work"),
                bullets(
                    [
                        "Study: a survey of residents on what the yard lacks",
                        "Design: a common plan together with the housing company",
                        "Decision: the residents' meeting votes on the plan",
                        "Carrying it out and taking stock",
                    ],
                    style="numbers",
                ),
                paragraph(
                    "<p>Part of the work can be funded through participatory budgeting: the territory manager will "
                    "help prepare the application to the district administration.</p>"
                ),
            ),
            "gallery": stream(
                picture(yard_image, "A yard with houses and trees under the sun", "The yard today"),
            ),
            "how_to_take_part": (
                "<p>Come to the residents' meeting on 10 December and fill in the survey with your stairwell "
                "representative.</p>"
            ),
        },
        shared={
            "status": "preparing",
            "direction": directions["blagoustrojstvo"],
            "start_date": datetime.date(2026, 11, 1),
            "end_date": datetime.date(2027, 9, 30),
            "image": yard_image,
        },
    )
    attach(
        demo,
        made["yard"],
        ["двор", "детская площадка"],
        partners_by_slug(demo, ["administraciya-okruga", "uk-uyutnyj-dom", "tos-berezovaya"]),
    )

    made["cleanup"] = demo.page(
        index,
        InitiativePage,
        slug="osennij-subbotnik",
        ru={
            "title": "Осенний субботник",
            "summary": "Соседи вместе убрали двор, покрасили лавочки и посадили кусты сирени.",
            "place": "Двор домов 5 и 7 по ул. Берёзовой",
            "body": stream(
                paragraph("<p>Инструменты дала управляющая компания, чай с пирогами — пекарня «Тёплый хлеб».</p>")
            ),
            "results": (
                "<ul><li>пришли 34 соседа из трёх домов</li><li>вывезли 40 мешков листвы</li>"
                "<li>покрасили 6 лавочек и посадили 12 кустов сирени</li></ul>"
            ),
        },
        en={
            "slug": "autumn-clean-up",
            "title": "Autumn clean-up day",
            "summary": "Neighbours cleaned the yard together, painted the benches and planted lilac bushes.",
            "place": "The yard of 5 and 7 Berezovaya St",
            "body": stream(
                paragraph("<p>The housing company lent the tools; the Warm Bread bakery brought tea and pies.</p>")
            ),
            "results": (
                "<ul><li>34 neighbours from three buildings came</li><li>40 bags of leaves were taken away</li>"
                "<li>6 benches painted and 12 lilac bushes planted</li></ul>"
            ),
        },
        shared={
            "status": "finished",
            "direction": directions["blagoustrojstvo"],
            "start_date": datetime.date(2026, 10, 10),
            "end_date": datetime.date(2026, 10, 10),
            "image": cleanup_image,
        },
    )
    attach(
        demo,
        made["cleanup"],
        ["двор", "субботник"],
        partners_by_slug(demo, ["uk-uyutnyj-dom", "pekarnya-teplyj-hleb"]),
    )
    return made


def draw_neighbourhood_yard(seed, palette="green"):
    from home.demo_tools import draw_neighbourhood

    return draw_neighbourhood(seed, palette)


def moscow(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=MOSCOW)


def load_events(demo, index, initiatives):
    demo.page(
        index,
        EventPage,
        slug="sobranie-zhitelej-dekabr-2026",
        ru={
            "title": "Собрание жителей: каким будет наш двор",
            "summary": "Обсуждаем и голосуем за план благоустройства двора домов 5, 7 и 9 по ул. Берёзовой.",
            "place": "Библиотека «Зелёная лампа», ул. Школьная, д. 3, большой зал",
            "what_to_bring": "Свои предложения по двору.\nСобственникам — документ о праве собственности для "
            "подсчёта голосов.",
            "body": stream(
                heading("Повестка"),
                bullets(
                    [
                        "Итоги опроса жителей",
                        "План двора: детская площадка, лавочки, освещение",
                        "Заявка на инициативное бюджетирование",
                        "Выборы инициативной группы",
                    ],
                    style="numbers",
                ),
                paragraph(
                    "<p>На собрании будут представители управляющей компании и администрации округа. "
                    "Решения принимаем вместе — учимся договариваться и работать с общей повесткой.</p>"
                ),
            ),
        },
        en={
            "slug": "residents-meeting-december-2026",
            "title": "Residents' meeting: what our yard will be like",
            "summary": "We discuss and vote on the plan for the yard of 5, 7 and 9 Berezovaya St.",
            "place": "Green Lamp Library, 3 Shkolnaya St, main hall",
            "what_to_bring": "Your ideas for the yard.\nOwners: a document proving ownership, for counting the votes.",
            "body": stream(
                heading("Agenda"),
                bullets(
                    [
                        "Results of the residents' survey",
                        "The plan of the yard: a playground, benches, lighting",
                        "The application for participatory budgeting",
                        "Electing an initiative group",
                    ],
                    style="numbers",
                ),
                paragraph(
                    "<p>Representatives of the housing company and the district administration will attend. "
                    "We take decisions together, learning to agree and to work on a common agenda.</p>"
                ),
            ),
        },
        shared={
            "kind": "meeting",
            "start": moscow(2026, 12, 10, 19),
            "end": moscow(2026, 12, 10, 21),
            "related_initiative": initiatives["yard"],
        },
    )
    demo.page(
        index,
        EventPage,
        slug="vecher-nastolnyh-igr",
        ru={
            "title": "Вечер настольных игр",
            "summary": "Пятничная встреча клуба: новичков научим правилам.",
            "place": "Библиотека «Зелёная лампа», ул. Школьная, д. 3",
            "what_to_bring": "Любимую настольную игру, если хочется.",
            "body": stream(paragraph("<p>Играем с 18:00 до 21:00. Вход свободный.</p>")),
        },
        en={
            "slug": "board-games-evening",
            "title": "Board games evening",
            "summary": "The club's Friday meeting: newcomers will be taught the rules.",
            "place": "Green Lamp Library, 3 Shkolnaya St",
            "what_to_bring": "Your favourite board game, if you like.",
            "body": stream(paragraph("<p>We play from 6 pm to 9 pm. Admission free.</p>")),
        },
        shared={
            "kind": "event",
            "start": moscow(2026, 12, 4, 18),
            "end": moscow(2026, 12, 4, 21),
            "related_initiative": initiatives["games"],
        },
    )
    demo.page(
        index,
        EventPage,
        slug="ukrashaem-dvor-k-novomu-godu",
        ru={
            "title": "Украшаем двор к Новому году",
            "summary": "Наряжаем ёлку во дворе и развешиваем гирлянды вместе с детьми.",
            "place": "Двор домов 5 и 7 по ул. Берёзовой",
            "what_to_bring": "Тёплые перчатки и ёлочные игрушки, которые не жалко.",
            "body": stream(paragraph("<p>После — горячий чай и пироги от пекарни «Тёплый хлеб».</p>")),
        },
        en={
            "slug": "decorating-the-yard-for-new-year",
            "title": "Decorating the yard for New Year",
            "summary": "We dress the tree in the yard and hang garlands together with the children.",
            "place": "The yard of 5 and 7 Berezovaya St",
            "what_to_bring": "Warm gloves and tree decorations you don't mind parting with.",
            "body": stream(paragraph("<p>Afterwards: hot tea and pies from the Warm Bread bakery.</p>")),
        },
        shared={
            "kind": "event",
            "start": moscow(2026, 12, 20, 12),
            "end": moscow(2026, 12, 20, 14),
            "related_initiative": initiatives["yard"],
        },
    )


def form_fields(questions):
    """ProposalFormField objects from (clean_name, field_type, required, label, help_text) in order."""
    return [
        ProposalFormField(
            sort_order=number,
            clean_name=clean_name,
            field_type=field_type,
            required=required,
            label=label,
            help_text=help_text,
        )
        for number, (clean_name, field_type, required, label, help_text) in enumerate(questions)
    ]


PROPOSAL_QUESTIONS = {
    "ru": [
        ("name", "singleline", True, "Ваше имя", "Как к вам обращаться."),
        ("contact", "singleline", True, "Телефон или e-mail", "Чтобы менеджер территории мог с вами связаться."),
        ("address", "singleline", False, "Ваш дом или двор", "Например: ул. Берёзовая, д. 5."),
        ("message", "multiline", True, "Ваша идея", "Что вы хотите сделать и какую проблему это решит."),
        ("help_needed", "multiline", False, "Какая помощь нужна", "Люди, место, инструменты, партнёры."),
        ("ready_to_organise", "checkbox", False, "Я готов(а) участвовать в организации", ""),
    ],
    "en": [
        ("name", "singleline", True, "Your name", "How we should address you."),
        ("contact", "singleline", True, "Phone or e-mail", "So that the territory manager can contact you."),
        ("address", "singleline", False, "Your building or yard", "For example: 5 Berezovaya St."),
        ("message", "multiline", True, "Your idea", "What you want to do and what problem it will solve."),
        ("help_needed", "multiline", False, "What help is needed", "People, a place, tools, partners."),
        ("ready_to_organise", "checkbox", False, "I am ready to help organise it", ""),
    ],
}

TALENT_QUESTIONS = {
    "ru": [
        ("name", "singleline", True, "Ваше имя", "Как к вам обращаться."),
        ("contact", "singleline", True, "Телефон или e-mail", "Мы передадим его соседу только с вашего согласия."),
        (
            "skill",
            "multiline",
            False,
            "Что вы умеете и готовы предложить соседям",
            "Например: чиню велосипеды, учу играть на гитаре, знаю, как оформить субсидию.",
        ),
        (
            "message",
            "multiline",
            False,
            "Кого или что вы ищете",
            "Например: партнёра для игры в домино или компанию для клуба настольных игр.",
        ),
        ("when_free", "singleline", False, "Когда вам удобно", "Дни и время, например: будни после 18:00."),
    ],
    "en": [
        ("name", "singleline", True, "Your name", "How we should address you."),
        ("contact", "singleline", True, "Phone or e-mail", "We pass it on to a neighbour only with your consent."),
        (
            "skill",
            "multiline",
            False,
            "What you can do and are ready to offer your neighbours",
            "For example: I repair bicycles, teach the guitar, know how to apply for a subsidy.",
        ),
        (
            "message",
            "multiline",
            False,
            "Whom or what you are looking for",
            "For example: a partner to play dominoes or company for a board games club.",
        ),
        ("when_free", "singleline", False, "When suits you", "Days and times, for example: weekdays after 6 pm."),
    ],
}


def load_forms(demo, index):
    """The two resident forms under «Инициативы»: propose an initiative, and the neighbour talent bank."""
    proposal = demo.page(
        index,
        ProposalFormPage,
        slug="predlozhit-iniciativu",
        ru={
            "title": "Предложить инициативу",
            "intro": (
                "<p>Есть идея для дома, двора или района? Расскажите о ней. Менеджер территории свяжется с вами, "
                "поможет найти единомышленников и партнёров и пройти путь от идеи до результата.</p>"
            ),
            "thank_you_text": ("<p>Спасибо! Мы получили вашу идею и свяжемся с вами в течение недели.</p>"),
            "form_fields": form_fields(PROPOSAL_QUESTIONS["ru"]),
        },
        en={
            "slug": "propose-an-initiative",
            "title": "Propose an initiative",
            "intro": (
                "<p>Have an idea for your building, yard or district? Tell us about it. The territory manager will "
                "contact you and help you find like-minded people and partners and go from the idea to the "
                "result.</p>"
            ),
            "thank_you_text": "<p>Thank you! We have received your idea and will contact you within a week.</p>",
            "form_fields": form_fields(PROPOSAL_QUESTIONS["en"]),
        },
        shared={"to_address": "proekt-ds@mail.ru", "subject": "Новая инициатива жителей"},
    )
    talents = demo.page(
        index,
        ProposalFormPage,
        slug="bank-talantov",
        ru={
            "title": "Банк соседских талантов",
            "intro": (
                "<p>Каждый сосед что-то умеет. Кто-то дизайнер, кто-то электрик, кто-то гениальный флорист, а кто-то "
                "играет на экзотическом музыкальном инструменте. Расскажите, чем вы можете поделиться, или кого "
                "ищете, — мы познакомим вас с соседями.</p>"
            ),
            "thank_you_text": "<p>Спасибо! Ваша запись в банке талантов принята, мы напишем, когда найдём пару.</p>",
            "form_fields": form_fields(TALENT_QUESTIONS["ru"]),
        },
        en={
            "slug": "talent-bank",
            "title": "Neighbour talent bank",
            "intro": (
                "<p>Every neighbour can do something. Someone is a designer, someone an electrician, someone a "
                "brilliant florist, and someone plays an exotic musical instrument. Tell us what you can share, "
                "or whom you are looking for, and we will introduce you to your neighbours.</p>"
            ),
            "thank_you_text": (
                "<p>Thank you! Your entry in the talent bank is accepted; we will write when we find a match.</p>"
            ),
            "form_fields": form_fields(TALENT_QUESTIONS["en"]),
        },
        shared={"to_address": "proekt-ds@mail.ru", "subject": "Банк соседских талантов"},
    )
    return proposal, talents


JOIN_INTRO = {
    "ru": (
        "<p>Хотите помочь соседям? Оставьте имя и телефон или e-mail — организаторы инициативы свяжутся с вами "
        "и расскажут, когда и где встречаемся.</p>"
    ),
    "en": (
        "<p>Would you like to help your neighbours? Leave your name and phone or e-mail: the organisers of the "
        "initiative will contact you and tell you when and where to meet.</p>"
    ),
}

# Fictional neighbours who joined (initiative key, name, contact, how they can help).
DEMO_JOINS = [
    ("games", "Пётр Самоваров", "+7 900 000-11-22", "Принесу «Каркассон» и научу играть."),
    ("yard", "Ольга Скамейкина", "olga.demo@example.org", "Могу покрасить скамейки и позвать соседей из подъезда."),
]


def load_joins(demo, index, initiatives):
    """«Присоединиться» for every initiative (made by itself when the first initiative was published; its
    introduction is set here), and two neighbours who already joined."""
    join = ensure_join_form(index)
    for version in (join, ensure_join_form(index.get_translation(demo.en).specific)):
        if not version.intro:
            version.intro = JOIN_INTRO[version.locale.language_code]
            version.save_revision().publish()
            demo.created(f"introduction of «{version.title}»")
    if ResidentSubmission.objects.filter(page=join).exists():
        return
    for key, name, contact, message in DEMO_JOINS:
        initiative = initiatives[key]
        submission = ResidentSubmission.objects.create(
            page=join,
            form_data={
                INITIATIVE_FIELD: initiative.title,
                "name": name,
                "contact": contact,
                "message": message,
                INITIATIVE_KEY: str(initiative.translation_key),
            },
            language="ru",
            consent="Я согласен(на) на обработку моих персональных данных (демо)",
        )
        submission.reference = ResidentSubmission.format_reference(submission.submit_time, submission.pk)
        submission.save(update_fields=["reference"])
        demo.created(f"demo join: {name} → «{initiative.title}»")
