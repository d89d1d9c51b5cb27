"""An agentless killing told as happening in an attack ("при нападении был убит", "в ходе нападения были убиты")
that names no attacker of its own is done by the agents of the violent act the article told before."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, source, target", [
    ("Заголовок\nВооруженные люди в пятницу похитили двух граждан Франции в Тимбукту на севере Мали. При нападении "
     "был убит гражданин Германии, пытавшийся оказать сопротивление.", "MLI", "DEU"),
    ("Заголовок\nБоевики «Талибана» атаковали блокпост полиции в провинции Гильменд. В ходе нападения были убиты "
     "трое полицейских.", "AFG", "AFG"),
])
def test_killed_in_the_attack_told_before(code, text, source, target):
    events = code(text)
    assert any(
        e.cameo[:2] == "18" and (e.source or "").startswith(source) and (e.target or "").startswith(target)
        for e in events
    ), dyads(events)


def test_a_killing_with_no_attack_before_keeps_an_unknown_killer(code):
    events = code("Заголовок\nВ Кабуле прошли переговоры. При нападении был убит гражданин Германии.")
    assert not [e for e in events if e.cameo[:2] == "18" and e.source], dyads(events)
