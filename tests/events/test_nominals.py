"""Acts told by their noun after a support verb ("объявил об отмене санкций", "началась оккупация", "состоялось
подписание договора"), and the announcer of a process noun ("объявил о введении санкций") as the act's agent; a
bare noun, a background or a reporter's announcement is no such act."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def codes(events):
    return {(e.cameo, e.source[:3], (e.target or "")[:3]) for e in events if not e.negated}


def test_an_announced_lifting_of_sanctions_eases_them(code):
    assert ("085", "IGO", "LBY") in codes(code("Евросоюз объявил об отмене санкций против Ливии."))


def test_a_completed_signing_is_an_agreement(code):
    assert ("05", "RUS", "UKR") in dyads(code("Россия завершила подписание договора о границе с Украиной."))


def test_an_announced_embassy_closure_reduces_relations_with_the_host(code):
    assert ("161", "FRA", "SYR") in codes(code("Франция объявила о закрытии своего посольства в Сирии."))


def test_an_announced_suspension_of_talks_targets_the_other_side(code):
    assert ("164", "IGO", "TUR") in codes(code("Евросоюз объявил о приостановке переговоров с Турцией."))


def test_a_begun_occupation_targets_the_occupied_country(code):
    assert ("192", "TUR", "IRQ") in codes(code("Турция начала оккупацию северного Ирака."))


def test_an_announced_dispatch_of_troops_is_a_force_posture(code):
    assert ("154", "FRA", "MLI") in codes(code("Франция объявила об отправке войск в Мали."))


def test_an_announced_cut_of_aid_targets_its_receiver(code):
    assert ("162", "RUS", "KGZ") in codes(code("Россия объявила о сокращении помощи Киргизии."))


def test_the_announcer_of_sanctions_being_introduced_imposes_them(code):
    # "введение" is a process noun: announced by the Union, the sanctions it introduces are the Union's
    assert ("163", "IGO", "IRN") in codes(code("Евросоюз объявил о введении санкций против Ирана."))


def test_the_announcer_of_resumed_talks_negotiates(code):
    assert ("04", "RUS", "JPN") in dyads(code("Россия объявила о возобновлении переговоров с Японией."))


def test_a_reporter_of_talks_beginning_is_not_their_party(code):
    events = code("Агентство сообщило о начале переговоров.")
    assert not any(e.cameo.startswith("04") for e in events)


def test_a_lifting_of_sanctions_under_discussion_is_no_event(code):
    assert not any(e.cameo == "085" for e in code("Эксперты обсуждают отмену санкций против Ирана."))


def test_a_welcomed_lifting_is_not_the_welcomers_act(code):
    assert not any(e.cameo == "085" for e in code("Иран приветствовал отмену санкций против Ливии."))


def test_a_protest_against_an_occupation_tells_no_occupation(code):
    assert not any(e.cameo == "192" for e in code("Протесты против израильской оккупации продолжились в Газе."))


def test_a_signing_told_as_background_is_no_new_agreement(code):
    events = code("После подписания договора между Россией и Украиной начались консультации экспертов.")
    assert not any(e.cameo.startswith("05") for e in events)


def test_a_review_is_no_recall(code):
    assert not code("Отзыв американского журнала о книге вышел в среду.")
