"""Round 32 (vocab-a): acts of CAMEO roots 03-14 that the PETRARCH2 verb dictionary lists and the lexicon lacked
(invest, invite, tour, inspect, object, doubt, outrage, blame, step up pressure, set conditions), on sentences
written for these tests, with the uses of the same words that are no political act."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def roots(events) -> set[str]:
    return {e.cameo[:2] for e in events}


def test_investment_promised_is_intent_to_cooperate_economically(code):
    events = code("Китай пообещал инвестировать в экономику Казахстана.")
    assert any(e.cameo == "0311" and e.source == "CHNGOV" and (e.target or "").startswith("KAZ") for e in events)


def test_an_invitation_to_visit_is_an_intent_to_meet(code):
    events = code("Президент Египта пригласил премьер-министра Израиля посетить Каир.")
    assert ("03", "EGY", "ISR") in dyads(events)
    assert any(e.cameo == "036" for e in events)


def test_an_invitation_sent_names_its_addressee(code):
    events = code("Президент Китая направил президенту Бразилии приглашение посетить Пекин.")
    assert ("03", "CHN", "BRA") in dyads(events)


def test_intelligence_exchanged_is_shared_information(code):
    events = code("Россия и Китай обменялись разведывательной информацией.")
    assert any(e.cameo == "064" for e in events)


def test_facilities_checked_by_inspectors_are_investigated(code):
    events = code("Инспекторы МАГАТЭ проверили объекты Ирана.")
    assert any(e.cameo == "090" and (e.target or "").startswith("IRN") for e in events)


def test_an_objection_is_disapproval(code):
    events = code("Россия возразила против расширения НАТО.")
    assert ("11", "RUS", "IGO") in dyads(events)


def test_outrage_at_a_statement_is_disapproval(code):
    events = code("Польша возмутилась заявлением России.")
    assert ("11", "POL", "RUS") in dyads(events)


def test_doubt_cast_on_a_leader_is_disapproval(code):
    events = code("Президент Бразилии усомнился в легитимности президента Венесуэлы.")
    assert ("11", "BRA", "VEN") in dyads(events)


def test_responsibility_laid_on_someone_is_blame(code):
    events = code("Россия возложила ответственность за катастрофу на Украину.")
    assert any(e.cameo == "112" and e.source == "RUSGOV" and e.target == "UKRGOV" for e in events)


def test_pressure_stepped_up_is_a_demand(code):
    events = code("США усилили давление на Иран.")
    assert ("10", "USA", "IRN") in dyads(events)


def test_not_objecting_to_an_act_is_no_objection(code):
    events = code("Керри заявил, что США не будут возражать против вооружения сирийских повстанцев Францией.")
    assert "11" not in roots(events)


@pytest.mark.parametrize(
    "text",
    [
        "Компания пригласила журналистов на презентацию.",
        "Фонд инвестировал в стартап миллион долларов.",
        "Полиция проверила документы у водителей.",
        "Жители возмутились ростом цен.",
        "Учёные усомнились в результатах исследования.",
        "Студенты обменялись информацией об экзаменах.",
    ],
)
def test_the_same_words_outside_politics_code_nothing(code, text):
    assert code(text) == []
