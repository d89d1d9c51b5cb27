"""Criticism, accusations and reproaches aimed "в отношении X" as well as "в адрес X" (the root-11 rows that take
"в адрес" take both), on sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def disapprovals(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Канцлер Германии выступила с критикой в отношении Турции.", ("DEU", "TUR")),
        ("Министр иностранных дел Индии выступил с резкой критикой в адрес Пакистана.", ("IND", "PAK")),
        ("Премьер-министр Венгрии выступил с обвинениями в отношении Румынии.", ("HUN", "ROU")),
    ],
)
def test_criticism_aimed_in_respect_of_a_party(code, text, dyad):
    assert dyad in disapprovals(code(text, published="2017-03-14"))


def test_an_accusation_that_sounds_from_a_party_is_its_act_once(code):
    # the verb holds the accuser's phrase; the noun alone would guess the state of the place named in the charge
    events = code("Со стороны Египта в адрес Израиля прозвучали обвинения в нарушении суверенитета Ливана.",
                  published="2017-03-14")
    assert disapprovals(events) == {("EGY", "ISR")}
