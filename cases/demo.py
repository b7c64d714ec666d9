"""Cases' demo: messages from fictional residents on the projects demo's forms, in every state, so the
admin's «Обращения», the status page and the open numbers have something to show.

The residents are invented; their addresses are @example.org and their phones +7 900 000-00-xx.
Try the status page with ДС-… of «Ольга Ким» and olga.kim@example.org.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from cases.models import Case, CaseEventKind, CaseState
from home.models import ResidentSubmission
from projects.models import InitiativePage, ProposalFormPage

ORDER = 50  # after projects (its forms and initiatives)

CONSENT = {
    "ru": "Я согласен(на) на обработку моих персональных данных",
    "en": "I agree to the processing of my personal data",
}

# (form slug, language, days ago, answers, what happens to the case)
DEMO_CASES = [
    (
        "predlozhit-iniciativu",
        "ru",
        2,
        {
            "name": "Анна Берёзова",
            "contact": "anna.berezova@example.org",
            "address": "ул. Берёзовая, д. 5",
            "message": "Поставить во дворе стол для домино и пару скамеек рядом.",
            "help_needed": "Доски и краска, пара помощников на субботу.",
            "ready_to_organise": True,
        },
        {},
    ),
    (
        "predlozhit-iniciativu",
        "ru",
        12,
        {
            "name": "Михаил Соколов",
            "contact": "+7 900 000-00-11",
            "address": "ул. Берёзовая, д. 7",
            "message": "Книжная полка в подъезде: соседи приносят прочитанные книги и берут новые.",
            "help_needed": "Полка и разрешение управляющей компании.",
            "ready_to_organise": True,
        },
        {"state": CaseState.IN_PROGRESS, "note": "Позвонить в управляющую компанию насчёт полки."},
    ),
    (
        "predlozhit-iniciativu",
        "ru",
        30,
        {
            "name": "Ольга Ким",
            "contact": "olga.kim@example.org",
            "address": "",
            "message": "Весенний субботник во дворе вместе с детьми.",
            "help_needed": "Перчатки, мешки, грабли.",
            "ready_to_organise": False,
        },
        {
            "answer": (
                "Спасибо за идею! Мы проведём субботник 18 апреля в 11:00, инвентарь выдаст управляющая компания. "
                "Приходите и зовите соседей."
            )
        },
    ),
    (
        "predlozhit-iniciativu",
        "ru",
        45,
        {
            "name": "Пётр Иванов",
            "contact": "+7 900 000-00-22",
            "address": "ул. Берёзовая, д. 3",
            "message": "Благоустроить двор: клумбы, новые скамейки и площадка для малышей.",
            "help_needed": "Партнёры и согласование с районом.",
            "ready_to_organise": True,
        },
        {"initiative": "blagoustrojstvo-dvora", "answer": "Ваша идея стала инициативой — присоединяйтесь!"},
    ),
    (
        "predlozhit-iniciativu",
        "ru",
        60,
        {
            "name": "Светлана Орлова",
            "contact": "+7 900 000-00-33",
            "address": "",
            "message": "Сделать во дворе платную парковку.",
            "help_needed": "",
            "ready_to_organise": False,
        },
        {
            "state": CaseState.REJECTED,
            "reason": "Парковки решает собрание собственников, не сообщество.",
            "answer": "Спасибо! Этот вопрос решает общее собрание собственников — мы расскажем, как его провести.",
            "close": True,
        },
    ),
    (
        "bank-talantov",
        "ru",
        5,
        {
            "name": "Игорь Лебедев",
            "contact": "igor.lebedev@example.org",
            "skill": "Чиню велосипеды и самокаты.",
            "message": "",
            "when_free": "Суббота после обеда",
        },
        {"state": CaseState.IN_PROGRESS},
    ),
    (
        "propose-an-initiative",
        "en",
        1,
        {
            "name": "Emma Brown",
            "contact": "emma.brown@example.org",
            "address": "5 Berezovaya St.",
            "message": "A book swap shelf in the library's hall.",
            "help_needed": "A shelf.",
            "ready_to_organise": True,
        },
        {},
    ),
]


def load(demo):
    forms = {page.slug: page for page in ProposalFormPage.objects.all()}
    admin = get_user_model().objects.filter(username="admin").first()
    for slug, language, days_ago, answers, story in DEMO_CASES:
        page = forms.get(slug)
        if page is None:
            demo.say(f"no form «{slug}» (projects' demo not loaded): skipped")
            continue
        if ResidentSubmission.objects.filter(page=page, form_data__contact=answers["contact"]).exists():
            continue
        case = received(page, language, answers, timezone.now() - datetime.timedelta(days=days_ago))
        tell(case, story, admin)
        demo.created(f"case {case.reference} ({answers['name']}): {case.get_state_display()}")


def received(page, language, answers, when):
    """A submission as the form stores it, dated `when` (its case is opened by cases.signals)."""
    submission = ResidentSubmission.objects.create(
        page=page, form_data=answers, language=language, consent=CONSENT[language]
    )
    submission.reference = ResidentSubmission.format_reference(when, submission.pk)
    submission.submit_time = when
    submission.save(update_fields=["reference", "submit_time"])
    case = submission.case
    Case.objects.filter(pk=case.pk).update(created_at=when)
    case.events.filter(kind=CaseEventKind.CREATED).update(at=when)
    case.refresh_from_db()
    return case


def tell(case, story, moderator):
    """Move a demo case along as a moderator would (no e-mail is sent)."""
    if story.get("state") or story.get("answer") or story.get("initiative"):
        case.assign(moderator, moderator)
    if story.get("note"):
        case.add_note(story["note"], moderator)
    if story.get("state") == CaseState.IN_PROGRESS:
        case.take_up(moderator)
    if story.get("initiative"):
        initiative = InitiativePage.objects.filter(slug=story["initiative"], locale__language_code="ru").first()
        if initiative is not None:
            case.accept_as(initiative, moderator)
    if story.get("state") == CaseState.REJECTED:
        case.take_up(moderator)
        case.move_to(CaseState.REJECTED, moderator, reason=story["reason"])
    if story.get("answer"):
        case.write_answer(story["answer"], moderator)
    if story.get("close"):
        case.move_to(CaseState.CLOSED, moderator)
