"""A participle with words of its own before its noun that the tagger read as a noun ("подозреваемый в теракте
гражданин Бельгии": NOUN "подозреваемый", lemma "подозревать") is the noun's modifier, so the noun is the argument
(repairs.repair_substantive_participles with repairs._noun_participle)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, expected", [
    ("В Турции задержан подозреваемый в теракте гражданин Бельгии.", ("17", "TUR", "BEL")),
    ("В Египте арестован подозреваемый в шпионаже израильтянин.", ("17", "EGY", "ISR")),
    ("В Таиланде арестован обвиняемый в мошенничестве гражданин Швеции.", ("17", "THA", "SWE")),
    ("Полиция Германии задержала подозреваемого в убийстве гражданина Польши.", ("17", "DEU", "POL")),
])
def test_participle_read_as_noun_modifies_the_next_noun(code, text, expected):
    assert expected in dyads(code(text))
