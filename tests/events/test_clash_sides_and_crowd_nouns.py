"""The other side of a clash named in the row's own "с" phrase stays a side when the parser hangs that phrase on
the first side's noun ("перестрелка турецких солдат с курдскими сепаратистами"): not one phrase of one participant;
and the people a protesting crowd is made of include more trades and the first noun of a hyphenated pair
("заключённые-курды", "моряки")."""

import pytest

from tests.events.conftest import dyads

CLASHES = [
    ("В ходе перестрелки турецких солдат с курдскими сепаратистами погибли трое боевиков.", ("19", "TUR", "TUR")),
    ("В ходе стычки индонезийских полицейских с сепаратистами пострадали пятеро.", ("19", "IDN", "IDN")),
]

CROWDS = [
    (
        "Голодовка, объявленная 40 заключёнными-курдами в тюрьме Диярбакыра в знак протеста против обращения с ними "
        "властей, пошла на третью неделю.",
        ("14", "TUR", "TUR"),
    ),
    ("Тысячи моряков вышли на демонстрацию в порту Пирей.", ("14", "GRC", "GRC")),
]


@pytest.mark.parametrize("text, dyad", CLASHES)
def test_other_side_of_a_clash_hung_on_the_first(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


@pytest.mark.parametrize("text, dyad", CROWDS)
def test_crowd_nouns(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))
