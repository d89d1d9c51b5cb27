"""An agentless arrest of an unnamed crowd ("В Минске задержаны более 600 человек"): the state of the place acts on
the civilians of its country, as it does when the police are named ("милиция задержала 600 человек")."""

import pytest

from tests.events.conftest import dyads

CASES = [
    ("В Минске задержаны более 600 человек.", ("17", "BLR", "BLR")),
    ("В Тбилиси во время акции были задержаны десятки демонстрантов.", ("17", "GEO", "GEO")),
    ("В Ереване задержаны около 50 участников несанкционированного митинга.", ("17", "ARM", "ARM")),
    ("Более 300 человек были задержаны в Баку в воскресенье.", ("17", "AZE", "AZE")),
]


@pytest.mark.parametrize("text, dyad", CASES)
def test_arrested_crowd_is_the_places_civilians(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))
