"""An unnamed fighter ("командира", "главаря") the linker gave the attacking force's own country and role is no force
striking itself: left with no foe abroad, it is the country's insurgents."""

import pytest

from tests.events.conftest import dyads


def violent(events):
    return {(e.source, e.target) for e in events if e.cameo[:2] in ("18", "19")}


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Пакистанские военные ликвидировали полевого командира.", "PAKMIL", "PAKINS"),
        ("Сирийские военные уничтожили полевого командира.", "SYRMIL", "SYRINS"),
    ],
)
def test_own_role_target_is_insurgents(code, text, source, target):
    events = code(text)
    assert (source, target) in violent(events), dyads(events)
    assert (source, source) not in violent(events), dyads(events)


def test_named_foreign_target_is_kept(code):
    events = code("Израильские военные атаковали сирийские позиции на Голанских высотах.")
    assert ("ISRMIL", "SYR") in violent(events), dyads(events)
