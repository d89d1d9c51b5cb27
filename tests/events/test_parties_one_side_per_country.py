""""Стороны" after a sentence that names two states several times (by country and by minister) means two sides,
one per country, not every actor named: no pair of a state with its own minister (``anaphora.one_per_side``).
Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Во вторник министры транспорта Грузии и Азербайджана провели переговоры в Тбилиси, сообщило министерство "
         "транспорта Грузии. Стороны договорились создать совместную комиссию.", ("GEO", "AZE")),
        ("В четверг министры энергетики Египта и Иордании провели переговоры в Каире, сообщило министерство "
         "энергетики Египта. Стороны договорились создать совместную рабочую группу.", ("EGY", "JOR")),
    ],
)
def test_parties_of_two_states_are_two_sides(code, text, pair):
    found = {dyad for dyad in dyads(code(text)) if dyad[0] == "03"}
    assert (found and all(dyad[1] != dyad[2] for dyad in found)), found
    assert {(dyad[1], dyad[2]) for dyad in found} <= {pair, pair[::-1]}


def test_parties_of_one_state_stay_as_named(code):
    # two officials of one country: the rule leaves them as the anaphora named them (no foreign side to keep)
    found = dyads(code("Президент Белоруссии Александр Лукашенко провел встречу с премьер-министром Романом "
                       "Головченко. Стороны договорились ускорить модернизацию предприятий."))
    assert all(dyad[1] == "BLR" for dyad in found if dyad[0] == "03")


def test_side_named_by_country_and_ministry_is_the_ministry(code):
    events = code("Во вторник министры транспорта Грузии и Азербайджана провели переговоры в Тбилиси, сообщило "
                  "министерство транспорта Грузии. Стороны договорились создать совместную комиссию.")
    georgian = {e.source for e in events if e.cameo.startswith("03") and e.source and e.source.startswith("GEO")}
    assert georgian == {"GEOGOV"}
