"""Session 15 (helper "promise"): a pledge with no addressee (a 03 row, or an act under an intent word whose code is
a 03 intent) in a sentence whose other clause has the opposing camp of an armed conflict at home as its subject
(the state against rebels or insurgents, or the reverse) is made to that side; a rival at election time (the
opposition) is no such side. Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "Правительство Непала объявило о прекращении огня после того, как маоистские повстанцы согласились "
            "вернуться за стол переговоров.",
            "NPLREB",
            "NPLGOV",
        ),
        ("Повстанцы ELN пообещали прекратить нападения, когда армия Колумбии объявила перемирие.", "COLREB", "COLMIL"),
        ("Повстанцы пообещали сложить оружие, когда правительство Мали объявило амнистию.", "MLIREB", "MLIGOV"),
    ],
)
def test_a_pledge_in_a_conflict_at_home_is_made_to_the_other_side(code, text, source, target):
    assert any(
        event.cameo.startswith("03") and event.source == source and event.target == target for event in code(text)
    )


def test_the_opposition_at_election_time_is_no_addressee(code):
    events = code("Правительство Таиланда пообещало провести выборы, а оппозиция объявила о бойкоте.")
    vows = [event for event in events if event.cameo.startswith("03")]
    assert vows and all(event.target is None for event in vows)
