"""A protest held at a state's mission against an act whose agent the text does not name is aimed at that state,
not at the act's object ("у посольства Германии против признания независимости Косово" -> DEU); an act whose
agent is named keeps its agent (sentences written for these tests)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected", "wrong"),
    [
        ("Около тысячи сербов провели акцию протеста у посольства Германии в Белграде против признания "
         "независимости Косово.", ("14", "SRB", "DEU"), ("14", "SRB", "XKX")),
        ("Сотни палестинцев провели акцию протеста у посольства Египта в Газе против ареста израильской полицией "
         "палестинских активистов.", ("14", "PSE", "ISR"), ("14", "PSE", "EGY")),
        ("Тысячи греков провели акцию протеста у посольства США в Афинах против войны в Ираке.",
         ("14", "GRC", "USA"), ("14", "GRC", "IRQ")),
    ],
)
def test_the_mission_names_whom_an_agentless_act_is_protested_at(code, sentence, expected, wrong):
    found = dyads(code(sentence))
    assert expected in found
    assert wrong not in found


def test_without_a_mission_the_object_stays(code):
    found = dyads(code("Около тысячи сербов провели акцию протеста против признания независимости Косово."))
    assert ("14", "SRB", "XKX") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Около тысячи сербов провели акцию протеста у посольства Германии в Белграде против признания независимости "
        "Косово.",
        "Депутаты оппозиции выступили против признания независимости Косово.",
    ],
)
def test_an_act_opposed_is_not_the_opponents_own(code, sentence):
    assert not any(root == "05" for root, _, _ in dyads(code(sentence)))
