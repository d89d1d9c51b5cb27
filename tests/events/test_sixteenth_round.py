"""Lexicon families of the sixteenth round (data files only): charges, releases, shootings told by their victims,
confiscation, awards, criticism nominals and demands for explanations; each on sentences written for these tests,
with controls that must code nothing."""

import pytest

pytestmark = pytest.mark.slow


def codes(events):
    """(cameo, source, target) of the events that happened."""
    return {(e.cameo, e.source, e.target) for e in events if not e.negated}


def roots(events):
    return {e.cameo[:2] for e in events if not e.negated}


# ---------------------------------------------------------------- charges brought with no agent named: 1121, by
# the judiciary of the place (state_acts.tsv, country_roles.tsv); a formal charge is legal action (173)
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Суд в Техасе\n\nВ Техасе двум жителям Далласа предъявлены обвинения в мошенничестве.",
            ("1121", "USAJUD", "USACVL"),
        ),
        (
            "В Москве в отношении губернатора Тульской области возбуждено уголовное дело по обвинению в получении "
            "взятки.",
            ("1121", "RUSJUD", "RUSGOV"),
        ),
        (
            "Следственный комитет России возбудил уголовное дело в отношении депутата по обвинению в растрате.",
            ("1121", "RUSJUD", "RUSLEG"),
        ),
    ],
)
def test_a_charge_with_no_agent_is_the_judiciary_accusing(code, text, expected):
    assert expected in codes(code(text))


def test_a_formal_charge_is_legal_action(code):
    events = code("В Бостоне\n\nВ Бостоне жителю Кембриджа предъявлены официальные обвинения.")
    assert {e.cameo for e in events} == {"173"}


@pytest.mark.parametrize(
    "text",
    [
        "Следственный комитет России возбудил уголовное дело по факту убийства.",  # an investigation, no charge
        "Против бывшего мэра было возбуждено уголовное дело, однако обвинения ему предъявлено не было.",
    ],
)
def test_no_charge_without_an_accusation(code, text):
    assert "1121" not in {e.cameo for e in code(text) if not e.negated}
