""""Королева отменила поездку в Уэльс": a visit called off to a place of the own country refuses to meet no one
(h13 precision audit, code_classes.OWN_SIDE_CODES); a visit called off abroad still is a refused meeting (125)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_home_trip_called_off_is_no_event(code):
    events = code("Болезнь\nКоролева Великобритании Елизавета II отменила поездку в Уэльс на празднование Дня святого Давида.")
    assert not [e for e in events if e.cameo == "125"]


def test_visit_abroad_called_off_is_a_refusal(code):
    events = code("Визит\nПрезидент Франции отменил визит в Россию.")
    assert ("12", "FRA", "RUS") in dyads(events)
