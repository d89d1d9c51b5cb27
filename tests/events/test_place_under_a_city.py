""""под Москвой" names where an act happens like "в Москве": a crowd blocking a road near a city, or a rally held near
it, is of that city's country."""

import pytest

from tests.events.conftest import dyads

NEAR = [
    ("Дальнобойщики перекрывали трассу под Москвой.", ("14", "RUS", "RUS")),
    ("Под Софией сотни шахтеров провели митинг.", ("14", "BGR", "BGR")),
    ("Демонстрация прошла под Кишиневом.", ("14", "MDA", "MDA")),
]


@pytest.mark.parametrize("text, dyad", NEAR)
def test_place_near_a_city(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))
