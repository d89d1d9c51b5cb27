"""Session 15 (helper "promise"): an offer or promise on a condition ("готовы ..., если повстанцы ...") whose own
row found no target is made to the side the condition names, as a threat on a condition is aimed at it.
Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Правительство Филиппин пообещало прекратить наступление, если мятежники освободят заложников.", "PHLGOV", "PHLREB"),
        ("Власти Турции согласились снять блокаду, если курдские боевики прекратят нападения.", "TURGOV", "TURINS"),
        ("Армия Мьянмы обязалась прекратить огонь, если повстанцы согласятся на переговоры.", "MMRMIL", "MMRREB"),
    ],
)
def test_a_conditional_offer_is_made_to_the_side_the_condition_names(code, text, source, target):
    assert any(
        event.cameo.startswith("03") and event.source == source and event.target == target for event in code(text)
    )


def test_an_offer_with_no_condition_keeps_no_target(code):
    offers = [event for event in code("Правительство Филиппин пообещало прекратить наступление.") if event.cameo.startswith("03")]
    assert offers and all(event.target is None for event in offers)
