"""Mechanisms of the seventeenth round: a compound preposition parsed as a noun ("в адрес X" with X the noun's
genitive) and a nominal event parsed as the dative object of the verb its row names ("подверглись обстрелу со
стороны X"); sentences written for these tests, with controls that must code nothing."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow



@pytest.mark.parametrize(
    "text, expected",
    [
        ("Премьер-министр Японии выступил с резкой критикой в адрес правительства Китая.", ("111", "JPNGOV", "CHNGOV")),
        ("Президент России выступил с критикой в адрес правительства США.", ("111", "RUSGOV", "USAGOV")),
    ],
)
def test_the_addressee_below_the_noun_adres_is_the_target(code, text, expected):
    assert expected in codes(code(text))


def test_an_address_that_is_a_place_is_no_target(code):
    # "адрес" in its own sense: no criticism, nothing to code
    assert not codes(code("Министр сообщил адрес посольства Германии журналистам."))


def test_fire_suffered_from_a_named_side_has_a_target(code):
    events = codes(code("Позиции армии Украины подверглись обстрелу со стороны боевиков."))
    assert any(cameo == "190" and target == "UKR" for cameo, _, target in events)


def test_suffering_with_no_agent_hung_on_the_noun_stays_with_the_verb_row(code):
    # a place phrase under the noun is not the row's agent: the noun row must not climb to the verb's subject
    assert not codes(code("Журналистка подверглась насилию на площади в Каире."))
