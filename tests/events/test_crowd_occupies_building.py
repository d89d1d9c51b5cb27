"""A crowd that occupies a public building or square protests (a sit-in, 144); armed men or the police that seize
one do not."""

import pytest

from tests.events.conftest import dyads

SIT_INS = [
    ("Тысячи студентов во вторник заняли здание парламента в Джакарте.", ("14", "IDN", "IDN")),
    ("Демонстранты захватили здание областной администрации во Львове.", ("14", "UKR", "UKR")),
    ("Сотни шахтёров заняли здание министерства энергетики в Бухаресте.", ("14", "ROU", "ROU")),
]


@pytest.mark.parametrize("text, dyad", SIT_INS)
def test_crowd_occupying_a_building_protests(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


def test_armed_men_seizing_a_building_do_not_protest(code):
    found = dyads(code("Боевики захватили здание администрации в Славянске.", published="2014-04-12"))
    assert not any(root == "14" for root, _, _ in found)
