"""Acts told inside other clauses: a concession a state body announces in the passive, and what a document signed or
adopted does, told in a relative clause."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_charges_dropped_told_by_a_prosecutor_are_its_states(code):
    events = code("Генпрокуратура России сообщила, что обвинения против журналиста сняты.")
    assert ("08", "RUS", "RUS") in dyads(events)


def test_charges_dropped_with_the_attribution_after_the_clause(code):
    events = code("Обвинения против журналиста сняты, заявил глава МВД России.")
    assert ("08", "RUS", "RUS") in dyads(events)


def test_charges_dropped_from_an_opposition_figure_by_a_ministry(code):
    events = code("Минюст Казахстана сообщил, что обвинения с оппозиционера сняты.")
    assert ("08", "KAZ", "KAZ") in dyads(events)


def test_sanctions_lifted_told_by_a_foreign_ministry(code):
    events = code("МИД Турции сообщил, что санкции против России отменены.")
    assert ("08", "TUR", "RUS") in dyads(events)


def test_a_ban_lifted_told_by_a_president(code):
    events = code("Президент Турции заявил, что запрет на импорт из России отменён.")
    assert ("08", "TUR", "RUS") in dyads(events)


def test_sanctions_on_the_speakers_own_state_are_lifted_by_another(code):
    events = code("МИД России сообщил, что санкции против России отменены.")
    assert not [e for e in events if e.cameo.startswith("08") and e.source.startswith("RUS")]


def test_a_private_persons_words_give_no_agent(code):
    events = code("Журналист заявил, что обвинения против него сняты.")
    assert not [e for e in events if e.cameo.startswith("08")]


def test_a_decree_that_imposes_sanctions_is_its_signers_act(code):
    events = code("Путин подписал указ, который вводит санкции против Турции.")
    assert ("16", "RUS", "TUR") in dyads(events)


def test_a_law_that_bans_is_the_adopting_parliaments_act(code):
    events = code("Парламент Латвии принял закон, который запрещает российским телеканалам вещание в стране.")
    assert ("17", "LVA", "RUS") in dyads(events)


def test_a_resolution_that_demands_is_the_councils_act(code):
    events = code("Совбез ООН одобрил резолюцию, которая требует от Ирана прекратить обогащение урана.")
    assert ("10", "IGO", "IRN") in dyads(events)


def test_a_resolution_that_imposes_a_no_fly_zone(code):
    events = code("Совет Безопасности ООН принял резолюцию, которая вводит над Ливией бесполетную зону.")
    assert ("19", "IGO", "LBY") in dyads(events)


def test_a_no_fly_zone_set_up_by_an_alliance(code):
    events = code("НАТО установило бесполётную зону над Ливией.")
    assert ("19", "IGO", "LBY") in dyads(events)


def test_a_resolution_criticised_is_no_act_of_the_critic(code):
    events = code("Генсек ООН раскритиковал резолюцию, которая вводит санкции против Ирана.")
    assert not [e for e in events if e.cameo.startswith("16")]


def test_a_standing_patron_in_a_relative_clause_is_still_no_event(code):
    events = code("Хуситы, которых поддерживает Иран, захватили Сану.")
    assert not [e for e in events if e.source.startswith("IRN")]
