"""Eleventh round: rumours, uncertain knowledge and the steps of a trial, on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_rumoured_intent_is_no_event(code):
    events = code("В Испании ходят слухи, согласно которым премьер-министр Испании собирается уйти в отставку.")
    assert not any(e.cameo.startswith(("03", "08")) for e in events)


def test_intent_stated_by_its_holder_is_kept(code):
    events = code("Премьер-министр Испании Педро Санчес собирается уйти в отставку.")
    # (a planned resignation is coded as the resignation, 0831, as the article gold codes "намерен покинуть пост")
    assert any(e.cameo == "0831" and e.source.startswith("ESP") for e in events)


def test_confirmed_report_of_an_intent_is_no_intent(code):
    events = code("Пресс-служба МВД Франции подтвердила информацию о намерении министра уйти в отставку.")
    assert not any(e.cameo.startswith("03") for e in events)


def test_report_of_a_future_act_is_no_event(code):
    events = code("Появилась информация о том, что министр финансов Италии покинет свой пост.")
    assert not any(e.cameo.startswith(("03", "08")) for e in events)


def test_report_of_a_past_act_is_kept(code):
    events = code("МВД Франции подтвердило информацию о задержании в Париже журналиста.")
    assert ("17", "FRA", "FRA") in dyads(events)


def test_unknown_killer_in_an_indirect_question_is_no_event(code):
    events = code("Прокурор США признал в суде, что не знает, кто убил полицейских.")
    assert not any(e.cameo.startswith("18") for e in events)


def test_negated_proof_denies_what_it_governs(code):
    events = code("Полиция Канады не смогла доказать, что мужчина застрелил полицейского.")
    assert not any(e.cameo.startswith(("18", "19")) for e in events)


def test_guilty_plea_is_the_defendant_s_before_the_court(code):
    events = code("Гражданин России Иван Петров признал себя виновным в суде США.")
    assert any(e.cameo == "015" and e.target == "USAJUD" for e in events)
    assert not any(e.cameo.startswith("11") for e in events)


def test_court_finding_guilty_is_a_verdict(code):
    events = code("Суд США признал гражданина России Ивана Петрова виновным в мошенничестве.")
    assert any(e.cameo.startswith("11") and e.source.startswith("USA") for e in events)


def test_trial_parties_requests_are_no_appeals(code):
    events = code(
        "Суд в Нью-Йорке вынес приговор россиянину. Обвинение настаивало на пяти годах заключения для него, "
        "а сторона защиты просила судью ограничить наказание двумя годами."
    )
    assert not any(e.cameo.startswith(("02", "10")) for e in events)
