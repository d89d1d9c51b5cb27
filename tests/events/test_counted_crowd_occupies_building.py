"""A counted crowd of people ("тысячи людей", "сотни человек") that occupies a public building holds a sit-in (144),
as protesters and students do; armed men seize it (not a protest)."""

import pytest

from tests.events.conftest import dyads

SIT_INS = [
    ("Тысячи молодых людей захватили здание парламента в центре Кишинева.", ("14", "MDA", "MDA")),
    ("Сотни человек заняли здание мэрии в Бишкеке.", ("14", "KGZ", "KGZ")),
    ("В понедельник несколько тысяч людей заняли здание министерства в Тбилиси.", ("14", "GEO", "GEO")),
]


@pytest.mark.parametrize("text, dyad", SIT_INS)
def test_counted_crowd_holds_a_sit_in(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


@pytest.mark.parametrize("text", [
    "Вооруженные люди захватили здание администрации в Андижане.",
    "Несколько десятков человек с оружием захватили здание администрации в Донецке.",
])
def test_armed_men_hold_no_sit_in(code, text):
    assert not [event for event in code(text, published="2010-05-05") if event.cameo == "144"]
