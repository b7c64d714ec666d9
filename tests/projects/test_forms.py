"""The two resident forms under «Инициативы»: they keep every promise of a resident form."""

import pytest
from django.core import mail

from home.models import ResidentSubmission
from projects.models import ProposalFormPage
from tests.form_contract import ResidentFormContract, answers_for


@pytest.fixture
def form_pages(demo, project_index):
    """«Предложить инициативу» and «Банк соседских талантов» as the demo makes them, in Russian and English."""
    from projects.demo import load_forms

    return load_forms(demo, project_index)


class TestProposalAndTalentForms(ResidentFormContract):
    @pytest.fixture(params=["proposal", "talent bank"])
    def form_page(self, request, form_pages):
        proposal, talents = form_pages
        return proposal if request.param == "proposal" else talents


def test_proposal_is_stored_with_every_answer_and_mailed_to_the_managers(client, form_pages):
    proposal, _talents = form_pages
    answers = answers_for(
        proposal,
        name="Анна",
        contact="+7 900 000-00-00",
        address="ул. Берёзовая, д. 5",
        message="Поставить стол для домино во дворе",
        help_needed="",
    )
    response = client.post(proposal.url, answers, follow=True)
    assert response.status_code == 200
    submission = ResidentSubmission.objects.get(page=proposal)
    assert submission.form_data == {
        "name": "Анна",
        "contact": "+7 900 000-00-00",
        "address": "ул. Берёзовая, д. 5",
        "message": "Поставить стол для домино во дворе",
        "help_needed": "",
        "ready_to_organise": True,
    }
    assert mail.outbox[0].to == ["proekt-ds@mail.ru"]
    assert mail.outbox[0].subject.startswith("Новая инициатива жителей: ДС-")
    assert "Спасибо! Мы получили вашу идею" in response.content.decode()


def test_talent_bank_asks_in_each_language_and_stores_the_same_keys(client, form_pages, demo):
    _proposal, talents = form_pages
    english = talents.get_translation(demo.en)
    ru = client.get(talents.url).content.decode()
    en = client.get(english.url).content.decode()
    assert "Что вы умеете и готовы предложить соседям" in ru and "Кого или что вы ищете" in ru
    assert "What you can do and are ready to offer your neighbours" in en and "Кого" not in en
    client.post(talents.url, answers_for(talents, skill="Играю на варгане"))
    client.post(english.url, answers_for(english, message="A partner for dominoes"))
    stored = [set(s.form_data) for s in ResidentSubmission.objects.order_by("pk")]
    assert stored == [{"name", "contact", "skill", "message", "when_free"}] * 2


def test_index_offers_both_forms_and_the_home_page_invites_to_propose(client, form_pages):
    index = client.get("/iniciativy/").content.decode()
    assert 'href="/iniciativy/predlozhit-iniciativu/">Предложить инициативу</a>' in index
    assert 'href="/iniciativy/bank-talantov/">Анкета: Банк соседских талантов</a>' in index
    home = client.get("/en/").content.decode()
    assert 'href="/en/initiatives/propose-an-initiative/">Propose an initiative</a>' in home


def test_form_page_leads_back_to_the_initiatives(client, form_pages):
    html = client.get("/en/initiatives/talent-bank/").content.decode()
    assert '<a href="/en/initiatives/">See what neighbours are already doing</a>' in html


def test_resident_forms_live_only_under_the_initiatives(home_page, project_index):
    assert ProposalFormPage.can_create_at(project_index)
    assert not ProposalFormPage.can_create_at(home_page)
    assert ProposalFormPage.allowed_subpage_models() == []
