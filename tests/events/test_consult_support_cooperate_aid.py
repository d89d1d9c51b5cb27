"""Round 25: consultations, diplomatic support, material cooperation and aid told with vocabulary beyond the
dev set's, on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def codes(events) -> set[tuple[str, str, str]]:
    return {(e.cameo, e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated}


def test_a_round_of_talks_is_its_starter_s_talks(code):
    events = code("Министры иностранных дел Индии и Китая начали в Пекине второй раунд переговоров с Пакистаном.")
    assert any(cameo == "046" and target == "PAK" for cameo, _, target in codes(events))


def test_a_trip_abroad_is_a_visit(code):
    events = code("Премьер-министр Италии совершил поездку в Тунис.")
    assert ("042", "ITA", "TUN") in codes(events)


def test_thanks_expressed_is_praise(code):
    events = code("Министр иностранных дел Грузии выразил благодарность Турции за поддержку.")
    assert ("051", "GEO", "TUR") in codes(events)


def test_defence_in_words_is_verbal_defence(code):
    events = code("Белоруссия выступила в защиту Венесуэлы.")
    assert ("052", "BLR", "VEN") in codes(events)


def test_intelligence_exchanged_is_shared_both_ways(code):
    events = code("Франция и Марокко обменялись данными о подозреваемых в терроризме.")
    assert ("06", "FRA", "MAR") in dyads(events) or ("06", "MAR", "FRA") in dyads(events)
    assert any(e.cameo == "064" for e in events)


def test_a_joint_venture_started_is_economic_cooperation(code):
    events = code("Россия и Вьетнам создали совместное предприятие по добыче нефти.")
    assert any(e.cameo == "061" for e in events)


def test_an_approved_loan_is_aid_not_praise(code):
    events = code("Всемирный банк одобрил выделение Пакистану кредита в размере 500 миллионов долларов.")
    found = codes(events)
    assert ("071", "IGO", "PAK") in found
    assert not any(cameo.startswith("05") for cameo, _, _ in found)


def test_rescuers_and_peacekeepers_sent_abroad_are_aid(code):
    assert ("073", "ISR", "NPL") in codes(code("Израиль направил в Непал группу спасателей и врачей."))
    assert ("074", "FJI", "LBN") in codes(code("Фиджи направили в Ливан батальон миротворцев."))


def test_money_transferred_and_debt_written_off_are_economic_aid(code):
    assert ("071", "QAT", "EGY") in codes(code("Катар перевел Египту миллиард долларов."))
    assert ("071", "RUS", "CUB") in codes(code("Россия списала Кубе долг в размере 30 миллиардов долларов."))


def test_sports_meeting_and_popular_support_are_no_events(code):
    assert not code("Сборная Италии встретится с командой Испании в полуфинале.")
    assert not code("Поддержка правительства среди избирателей выросла до 40 процентов.")
