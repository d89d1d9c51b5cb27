"""Session 12 (protarget), checked on sentences written for these tests: restrictions aimed at a foreign party it names
(ports closed "для" its ships, its imports suspended), not at the restricting side's own country."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_ports_closed_to_a_country_s_ships_restrict_that_country(code):
    events = code("Украина закрыла свои порты для российских кораблей.")
    assert ("19", "UKR", "RUS") in dyads(events)


def test_imports_of_a_country_s_goods_suspended_are_an_embargo_on_it(code):
    events = code("Китай приостановил импорт японских морепродуктов.")
    assert ("163", "CHNGOV", "JPN") in {(e.cameo, e.source, e.target) for e in events}


def test_supplies_suspended_stay_an_aid_cut(code):
    events = code("Россия приостановила поставки вооружений Ирану.")
    assert not [e for e in events if e.cameo == "163"]
