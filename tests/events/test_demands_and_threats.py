"""Demands (CAMEO 10: insisting) against appeals (02: asking), and threats (13) told as warnings or refusals
to rule force out; a threat is never aimed at the side that would carry it out."""

import pytest

pytestmark = pytest.mark.slow


def codes(events):
    return {(e.cameo[:2], e.source[:3], e.target[:3]) for e in events if not e.negated and e.target}


def test_urging_at_once_is_a_demand(code):
    events = code("Канада настоятельно призвала Венгрию отменить закон об иностранных агентах.")
    assert ("10", "CAN", "HUN") in codes(events)


def test_a_plain_call_stays_an_appeal(code):
    events = code("Канада призвала Венгрию пересмотреть закон об иностранных агентах.")
    assert ("02", "CAN", "HUN") in codes(events)
    assert not any(e.cameo.startswith("10") for e in events)


def test_turning_to_someone_with_a_demand_is_a_demand(code):
    events = code("Литва обратилась к Белоруссии с требованием выдать бывшего министра обороны.")
    assert ("10", "LTU", "BLR") in codes(events)


def test_reminding_someone_of_an_obligation_is_a_demand(code):
    events = code("Германия напомнила Польше, что та обязана соблюдать решения Европейского суда.")
    assert ("10", "DEU", "POL") in codes(events)


def test_warning_of_sanctions_is_a_threat(code):
    events = code("Министр иностранных дел Швеции предупредил Белоруссию о новых санкциях.")
    assert ("13", "SWE", "BLR") in codes(events)


def test_warning_of_a_danger_is_no_threat(code):
    events = code("Министр иностранных дел Швеции предупредил Белоруссию о возможном наводнении.")
    assert not any(e.cameo.startswith("13") for e in events)


def test_a_threat_is_not_aimed_at_the_army_that_would_carry_it_out(code):
    events = code("Президент Ирана предупредил, что армия ответит ударом на любую агрессию со стороны Израиля.")
    assert ("13", "IRN", "IRN") not in codes(events)


def test_asking_insistently_is_a_demand(code):
    events = code("Министр иностранных дел Италии настойчиво попросил Египет выдать подозреваемых.")
    assert ("10", "ITA", "EGY") in codes(events)


def test_readiness_to_use_force_is_a_threat(code):
    events = code("Министерство обороны Греции заявило о готовности применить силу против Турции.")
    assert ("13", "GRC", "TUR") in codes(events)


def test_an_ultimatum_set_is_a_threat(code):
    events = code("Пакистан поставил Афганистану ультиматум.")
    assert ("13", "PAK", "AFG") in codes(events)


def test_force_a_side_says_it_may_use_is_a_threat(code):
    events = code("Министр обороны Турции заявил, что армия может нанести удар по Сирии.")
    assert ("13", "TUR", "SYR") in codes(events)


def test_force_others_suppose_a_side_may_use_is_no_event(code):
    events = code("Эксперты считают, что Турция может нанести удар по Сирии.")
    assert not any(e.source[:3] == "TUR" for e in events)
