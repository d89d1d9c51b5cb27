"""Rules found on the nineteenth fresh article set (heldout-articles19), on sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a case opened against someone "по обвинению в ..." charges him with a crime: 1121, as "предъявить обвинение"
        ("Следственный комитет России возбудил уголовное дело против мэра Омска по обвинению в получении взятки.",
         ("1121", "RUSJUD", "RUSGOV")),
        ("В отношении бывшего министра обороны Армении возбуждено уголовное дело по обвинению в растрате.",
         ("1121", "ARMJUD", "ARMGOV")),
        ("Генеральная прокуратура Украины возбудила дело против экс-губернатора Одесской области по обвинению в "
         "превышении полномочий.", ("1121", "UKRJUD", "UKRCVL")),
    ],
)
def test_a_case_opened_on_a_charge_is_an_accusation_of_a_crime(code, sentence, expected):
    events = code(sentence)
    assert expected in codes(events)
    assert not [e for e in events if e.cameo.startswith("17")]


def test_a_charge_with_its_own_support_verb_does_not_make_the_case_a_charge(code):
    events = code("Против бывшего мэра Омска было возбуждено уголовное дело, однако обвинения ему предъявлено не было.")
    assert not [e for e in events if e.cameo == "1121" and not e.negated]
