"""An attack told once without its attacker (a headline, a passive "был убит") and once with him is one attack:
the report without the attacker (`---`) merges into the one that names him; an attack on another country's
people, or an act of another root, stays an event of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest


def dyads(events):
    """(root, source country or "---", target country) of the events that happened."""
    return {
        (e.cameo[:2], (e.source or "---")[:3], (e.target or "---")[:3]) for e in events if not e.negated
    }


@pytest.mark.parametrize("text, named", [
    (
        "Нападение в Кабуле: убиты трое полицейских\n\n"
        "Боевики движения «Талибан» в среду напали на полицейский участок в Кабуле и убили трёх полицейских.",
        ("18", "AFG", "AFG"),
    ),
    (
        "Убит лидер оппозиции Армении\n\nЛидер оппозиции был убит в Ереване в субботу. "
        "По данным следствия, лидера оппозиции застрелили сотрудники армянской полиции.",
        ("18", "ARM", "ARM"),
    ),
    (
        "В Мосуле убиты двое полицейских\n\nВ Мосуле убиты двое иракских полицейских. Ответственность за "
        "нападение на полицейских взяли на себя боевики ИГ, которые расстреляли их у блокпоста.",
        ("18", "SYR", "IRQ"),
    ),
])
def test_an_attack_told_without_and_with_its_attacker_is_one(code, text, named):
    found = dyads(code(text))
    assert not [dyad for dyad in found if dyad[0] == named[0] and dyad[1] == "---"], found
    assert any(dyad[0] == named[0] and dyad[2] == named[2] and dyad[1] != "---" for dyad in found), found


@pytest.mark.parametrize("text, unknown", [
    (
        "Нападение в Багдаде\n\n"
        "В Багдаде неизвестные убили турецкого дипломата.\n\n"
        "Американские военные убили двух иракских боевиков в Мосуле.",
        ("18", "---", "TUR"),
    ),
])
def test_an_attack_on_another_country_s_people_stays_its_own(code, text, unknown):
    found = dyads(code(text))
    assert unknown in found, found
