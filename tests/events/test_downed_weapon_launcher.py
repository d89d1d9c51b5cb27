"""The launcher of a downed weapon ("сбили беспилотник, запущенный хуситами") attacked the side that downed it
(sentences written for these tests)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Силы ПВО Саудовской Аравии сбили беспилотник, запущенный хуситами, сообщила коалиция.", "YEM", "SAU"),
        ("Израильская армия перехватила ракету, выпущенную боевиками ХАМАС из сектора Газа.", "PSE", "ISR"),
    ],
)
def test_the_launcher_attacks_the_interceptor(code, sentence, source, target):
    events = [e for e in code(sentence) if e.cameo.startswith("19") and (e.source or "").startswith(source)]
    assert any((e.target or "").startswith(target) for e in events), sentence


def test_a_launch_not_downed_takes_no_target_from_the_main_verb(code):
    # the participle describes what was shown, not downed: no attack on the one who showed it
    events = code("Министерство обороны Ирана показало беспилотник, запущенный американскими военными.")
    assert not any(e.cameo.startswith("19") and (e.target or "").startswith("IRN") for e in events)


@pytest.mark.parametrize(
    ("sentence", "downer", "launcher_place"),
    [
        ("Силы ПВО Саудовской Аравии сбили беспилотник, запущенный хуситами из Йемена, сообщила коалиция.", "SAU", "YEM"),
        ("Израильская армия сбила ракету, выпущенную боевиками ХАМАС из сектора Газа.", "ISR", "PSE"),
    ],
)
def test_the_launchers_place_is_not_whose_the_downed_weapon_is(code, sentence, downer, launcher_place):
    # a place in a participle clause with its own agent is where the launchers are, not the weapon's owner state
    events = [e for e in code(sentence) if e.cameo.startswith("19") and (e.source or "").startswith(downer)]
    assert not any((e.target or "").startswith(launcher_place) for e in events), sentence


def test_a_downed_aircraft_keeps_its_owner_state(code):
    events = code("Турецкие ВВС сбили российский бомбардировщик у сирийской границы.")
    assert any(e.cameo.startswith("19") and (e.source or "").startswith("TUR") and (e.target or "").startswith("RUS")
               for e in events)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Премьер-министр Армении отверг выдвинутый азербайджанской стороной план урегулирования.", ("12", "ARM", "AZE")),
        ("Глава МИД Греции отклонил предложение, выдвинутое Турцией на встрече в Анкаре.", ("12", "GRC", "TUR")),
    ],
)
def test_the_agent_of_a_participle_still_owns_the_thing(code, sentence, expected):
    # the agent itself (with its own adjective) is whose the thing is: it stays the target
    assert expected in dyads(code(sentence))
