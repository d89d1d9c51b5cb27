"""Session 18 (frames), on sentences written for these tests: frames whose required argument is reached by another
path than the one the row names.

An event noun that is the subject of the intransitive form of a phase verb ("возобновились удары", "поставки
продолжились", "участились обстрелы") is supported by it as the object of the transitive form is ("возобновил
удары"); its agent is its own instrumental or genitive actor, and the verb's negation denies it."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Удары Израиля по сектору Газа возобновились во вторник.", ("19", "ISR", "PSE")),
        ("Во вторник возобновились удары Израиля по сектору Газа.", ("19", "ISR", "PSE")),
        ("Участились удары турецкой артиллерии по позициям курдов в Сирии, сообщил Дамаск.", ("19", "TUR", "SYR")),
        ("Поставки американского оружия Израилю продолжились несмотря на протесты.", ("07", "USA", "ISR")),
        ("Продолжаются поставки американского оружия Израилю.", ("07", "USA", "ISR")),
    ],
)
def test_an_act_resumed_as_the_subject_of_its_phase_verb(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.slow
def test_a_phase_verb_denied_denies_its_subject_act(code):
    events = code("Удары Израиля по сектору Газа не возобновились.")
    assert ("19", "ISR", "PSE") in dyads(events, negated=True)
    assert ("19", "ISR", "PSE") not in dyads(events)
