"""The accused named after the charge: "Киев обвинил в обстреле ополченцев" (an animate accusative looks genitive,
so the parser hangs the accused inside the charge's phrase)."""

import pytest

from tests.events.conftest import dyads

CASES = [
    ("Киев обвинил в обстреле Краматорска ополченцев Донбасса.", ("11", "UKR", "UKR")),
    ("Ислам Каримов обвинил в организации беспорядков исламских экстремистов.", ("11", "UZB", "UZB")),
    ("Власти Йемена обвинили в убийстве Салеха мятежников.", ("11", "YEM", "YEM")),
    ("Министерство обороны Сирии обвинило в обстреле Алеппо турецких военных.", ("11", "SYR", "TUR")),
]


@pytest.mark.parametrize("text, dyad", CASES)
def test_accused_after_the_charge_is_the_target(code, text, dyad):
    assert dyad in dyads(code(text, published="2014-05-05"))


def test_a_lone_victim_after_the_charge_is_not_accused(code):
    found = dyads(code("Президент Украины обвинил в убийстве журналиста.", published="2014-05-05"))
    assert not [dyad for dyad in found if dyad[0] == "11"]
