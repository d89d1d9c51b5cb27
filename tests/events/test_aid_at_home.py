"""Aid (07) to its source's own bare country is the state's own spending, no interaction; aid abroad stays
(h12 precision audit)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_financing_a_building_at_home_is_no_aid(code):
    events = code("Стройка\nКороль Саудовской Аравии лично профинансировал строительство мечети в Эр-Рияде.")
    assert not [e for e in events if e.cameo.startswith("07")]


def test_financing_a_building_abroad_is_aid(code):
    events = code("Стройка\nКороль Саудовской Аравии профинансировал строительство мечети в Каире.")
    assert ("07", "SAU", "EGY") in dyads(events)


def test_aid_to_another_country_stays(code):
    events = code("Помощь\nПравительство Японии выделило помощь Филиппинам.")
    assert ("07", "JPN", "PHL") in dyads(events)
