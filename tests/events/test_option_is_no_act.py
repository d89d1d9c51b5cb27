""""единственный способ вернуться — это принести извинения", "лучший выход — начать переговоры": an infinitive that
a noun of a way or option governs, or that is that noun's predicate across a dash or a copula, names an option
someone sees, not an act (h14 precision audit, word class "option", Qualifiers.option_named)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_only_way_is_to_talk_is_no_talk(code):
    events = code("Конфликт\nМакрон считает, что единственный способ урегулировать конфликт — это провести переговоры с Путиным.")
    assert not [e for e in events if e.cameo.startswith("04")]


def test_best_exit_is_to_start_talks(code):
    events = code("Кризис\nГлава МИД Германии заявил, что лучший выход из кризиса — начать переговоры с Россией.")
    assert not [e for e in events if e.cameo.startswith("04")]


def test_only_way_to_stop_fire_is_no_strike(code):
    events = code("Газа\nМинистр обороны Израиля заявил, что единственный способ остановить ракетные обстрелы — нанести удар по ХАМАС.")
    assert not [e for e in events if e.cameo.startswith("19")]


def test_conditional_best_option_is_no_meeting(code):
    events = code("Саммит\nПремьер-министр Японии заявил, что лучшим вариантом было бы провести встречу с Ким Чен Ыном.")
    assert not [e for e in events if e.cameo.startswith("04")]


def test_option_with_copula_is_no_sanction(code):
    events = code("Санкции\nЛавров заявил, что единственным вариантом остается ввести санкции против Украины.")
    assert not [e for e in events if e.cameo.startswith("16")]


def test_way_to_apologise_is_no_apology(code):
    events = code("Доверие\nГлава МИД Германии считает, что единственный способ вернуть доверие — это принести извинения Польше.")
    assert not [e for e in events if e.cameo.startswith("055")]


def test_strike_done_stays(code):
    events = code("Газа\nМинистр обороны Израиля заявил, что армия нанесла удар по ХАМАС.")
    assert ("19", "ISR", "PSE") in dyads(events)


def test_no_other_way_but_talks(code):
    events = code("Кризис\nГлава МИД Германии заявил, что не видит другого выхода, кроме как начать переговоры с Россией.")
    assert not [e for e in events if e.cameo.startswith("04")]


def test_no_other_path_but_a_strike(code):
    events = code("Сирия\nЭрдоган заявил, что у Турции нет другого пути, кроме как нанести удар по курдским боевикам в Сирии.")
    assert not [e for e in events if e.cameo.startswith("19")]


def test_found_no_other_way_and_struck(code):
    events = code("Сирия\nАрмия Турции не нашла другого выхода и нанесла удар по позициям курдов в Сирии.")
    assert ("19", "TUR", "SYR") in dyads(events)
