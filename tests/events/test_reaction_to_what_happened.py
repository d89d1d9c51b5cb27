"""A reaction whose object is a participle of happening ("осудил случившееся", "назвал произошедшее «переворотом»")
is aimed at the agents of the latest incident the story told, past reactions told in between; articles written
for these tests."""

import pytest

pytestmark = pytest.mark.slow

COUP = """Военные в Мали арестовали президента

Военные в Мали во вторник задержали президента страны и премьер-министра.

Африканский союз назвал произошедшее «государственным переворотом».

Франция осудила случившееся и потребовала освободить задержанных.
"""

STRIKE = """Израиль нанес удар по Дамаску

Израильская авиация в ночь на среду нанесла удар по объектам в пригороде Дамаска.

МИД Сирии назвал случившееся «актом агрессии».

Россия осудила произошедшее.
"""

NOTHING_BEFORE = """Переговоры в Женеве

Министры иностранных дел России и США провели переговоры в Женеве.

Россия осудила произошедшее.
"""


def disapprovals(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        (COUP, {("IGO", "MLI"), ("FRA", "MLI")}),
        (STRIKE, {("SYR", "ISR"), ("RUS", "ISR")}),
    ],
)
def test_reaction_to_what_happened_is_aimed_at_its_agents(code, text, dyads):
    assert dyads <= disapprovals(code(text, published="2020-08-19"))


def test_no_incident_told_no_target(code):
    # talks are no incident: what "happened" is not theirs
    assert not disapprovals(code(NOTHING_BEFORE, published="2020-08-19"))
