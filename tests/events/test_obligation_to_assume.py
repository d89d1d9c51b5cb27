""""X должен предположить / предполагать ...", also recalled ("напомнил, что ... должна предполагать"): what one must
assume asks for no act (h13 precision audit), like "должны знать"; "напомнил, что должна вывести войска" still does."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_must_assume_is_no_demand(code):
    events = code("Кризис\nМинистр иностранных дел Германии заявил, что Франция должна предположить худшее.")
    assert not [e for e in events if e.cameo.startswith("10")]


def test_reminded_to_assume_is_no_demand(code):
    events = code("Кризис\nКанцлер Германии напомнил, что Германия должна предполагать самое худшее.")
    assert not [e for e in events if e.cameo.startswith("10")]


def test_reminded_to_withdraw_is_a_demand(code):
    events = code("Мали\nПремьер-министр Баварии напомнил Франции, что она должна вывести войска из Мали.")
    assert ("10", "DEU", "FRA") in dyads(events)
