"""A group with no country of its own ("боевики") that the linker gave its sentence's only country, the attacking
force's own, is of the country of the foes the same side fought in the act of force told before ("Франция начала
операцию против исламистов в Нигере. ... французские самолеты нанесли удары по позициям боевиков"): a force
fighting abroad does not fight its own militants."""

from tests.events.conftest import dyads


def violent(events):
    return {((e.source or "")[:3], (e.target or "")[:3]) for e in events if e.cameo[:2] in ("18", "19")}


def test_militants_abroad_are_of_the_foes_country(code):
    events = code(
        "Франция начала военную операцию против исламистских группировок на севере Нигера.\n"
        "Министр обороны Франции сообщил, что французские самолеты нанесли удары по позициям боевиков "
        "в районе города Тахуа-Кори."
    )
    assert ("FRA", "NER") in violent(events), dyads(events)
    assert ("FRA", "FRA") not in violent(events), dyads(events)


def test_militants_at_home_stay_at_home(code):
    events = code(
        "Российские военные начали операцию против боевиков в Чечне.\n"
        "Министр обороны России сообщил, что российские самолеты нанесли удары по позициям боевиков "
        "в районе селения Ведено."
    )
    assert ("FRA", "FRA") not in violent(events)
    assert ("RUS", "RUS") in violent(events), dyads(events)
