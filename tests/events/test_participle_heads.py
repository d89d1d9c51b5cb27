"""Participle phrases inside a partner's noun phrase (session 15, helper "participle").

1. "с находящимся в Каире с визитом премьер-министром Израиля": the parser hangs the partner noun on a noun of the
   participle's own phrase ("визитом"), so the place inside the phrase read as the partner. The phrase hangs where
   the chain of its words leaves it; the place stays a circumstance of the participle.
"""

import pytest

from tests.events.conftest import dyads

PARTNER_AFTER_A_PLACED_PARTICIPLE = [
    ("Министр иностранных дел Египта провел встречу с находящимся в Каире с визитом премьер-министром Израиля.",
     ("04", "EGY", "ISR")),
    ("Президент Сирии провел переговоры с находящимся в Дамаске с визитом министром обороны России.",
     ("04", "SYR", "RUS")),
    ("Король Иордании провел беседу с находящимся в Аммане с трехдневным визитом президентом Франции.",
     ("04", "JOR", "FRA")),
    ("Премьер Индии встретился в Дели с прибывшим в Индию с визитом президентом Ирана.", ("04", "IND", "IRN")),
]


@pytest.mark.parametrize("text, dyad", PARTNER_AFTER_A_PLACED_PARTICIPLE)
def test_the_partner_is_the_participles_noun_not_its_place(code, text, dyad):
    found = dyads(code(text))
    assert dyad in found
    assert (dyad[0], dyad[1], dyad[1]) not in found
