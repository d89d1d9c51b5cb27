"""An armed operation begun ("силовики начали специальную операцию в X") is military force (190), one an arrest is
made in is not; a storm that frees people ("спецназ штурмом освободил заложников") is force, not a captor's
release (084)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, source, target", [
    ("Силовые структуры Таджикистана во вторник начали специальную операцию в Хороге.", "TJK", "TJK"),
    ("Сирийская армия начала спецоперацию против боевиков в пригороде Алеппо.", "SYR", "SYR"),
    ("Пакистанская армия развернула специальную операцию против боевиков в Северном Вазиристане.", "PAK", "PAK"),
])
def test_an_operation_begun_is_force(code, text, source, target):
    events = code(text)
    assert any(
        e.cameo == "190" and (e.source or "").startswith(source) and (e.target or "").startswith(target)
        for e in events
    ), dyads(events)


def test_an_operation_an_arrest_is_made_in_is_no_force(code):
    events = code("В ходе спецоперации в Дагестане задержаны трое подозреваемых.")
    assert not [e for e in events if e.cameo[:2] == "19"], dyads(events)


@pytest.mark.parametrize("text, source", [
    ("Спецназ штурмом освободил заложников в Кабардино-Балкарии.", "RUS"),
    ("Полиция Франции штурмом освободила заложников в супермаркете.", "FRA"),
])
def test_freed_by_storm_is_force_not_release(code, text, source):
    events = code(text)
    assert any(e.cameo == "190" and (e.source or "").startswith(source) for e in events), dyads(events)
    assert not [e for e in events if e.cameo.startswith("084")], dyads(events)


def test_a_release_without_a_storm_stays_a_release(code):
    events = code("Боевики освободили двух заложников в Ираке.")
    assert not [e for e in events if e.cameo[:2] == "19"], dyads(events)
