"""An instrumental after a verbal noun that stands between it and an event noun is that verbal noun's agent, not the
event's, however the parser hangs it: in "метание камней в ходе протестов против нарушений прав человека
американскими военными" the soldiers violate rights, the students throw the stones."""

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Иракские студенты прибегли к метанию камней в ходе протестов против нарушений прав человека "
     "американскими военными.", "IRQ", "USA"),
    ("Афганская молодежь прибегла к метанию камней в ходе протестов против нарушения прав женщин талибами.",
     "AFG", "AFG"),
    ("Египетские студенты прибегали к метанию камней на демонстрациях против ограничения свобод египетской "
     "полицией.", "EGY", "EGY"),
])
def test_the_throwers_riot(code, text, source, target):
    events = code(text)
    riots = [(e.source[:3], (e.target or "")[:3]) for e in events if e.cameo == "145"]
    assert riots == [(source, target)], [(e.cameo, e.source, e.target) for e in events]
    assert not any(e.cameo == "145" and e.source[3:] in ("MIL", "COP", "INS") for e in events)


def test_an_instrumental_right_after_its_event_noun_stays_its_agent(code):
    events = code("США не будут возражать против вооружения сирийских повстанцев Великобританией.")
    assert any(e.source.startswith("GBR") for e in events), [(e.cameo, e.source, e.target) for e in events]
