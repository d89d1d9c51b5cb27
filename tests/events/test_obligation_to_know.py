""""X должен знать / понимать, что ...": what a speaker says another must know or understand is no demand of an
act (h12 precision audit); "должна вывести войска" still is."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_must_understand_is_no_demand(code):
    events = code("Переговоры\nГлава МИД Германии заявил, что Россия должна понимать последствия своих действий.")
    assert not [e for e in events if e.cameo.startswith("10")]


def test_must_know_is_no_demand(code):
    events = code("Слежка\nГлава МИД Германии заявил, что США должны знать, что их союзники недовольны.")
    assert not [e for e in events if e.cameo.startswith("10")]


def test_must_withdraw_is_a_demand(code):
    events = code("Переговоры\nПрезидент Франции заявил, что Россия должна вывести войска из Грузии.")
    assert ("10", "FRA", "RUS") in dyads(events)
