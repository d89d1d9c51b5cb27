"""Session 21c (helper "ended"), on sentences written for these tests: an act noun that is the passive subject of a
verb of ending or lifting ("арест был снят", "обстрел приостановлен", "переговоры прерваны", and the "-ся" passive
"осада снимается") is ended, not done: it codes no act of its own (modality.tsv "stop" verbs снять, приостановить,
смягчить, отозвать, прервать, заморозить; Qualifiers.passive_stop). The lifting keeps its own code, and a passive
that does not end the act leaves it coded."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "ended_root"),
    [
        ("Домашний арест с лидера оппозиции Мьянмы был снят правительством в пятницу.", "17"),
        ("Задержание журналиста Ивана Петрова было приостановлено судом Египта.", "17"),
        ("Осада города Алеппо была снята сирийской армией в понедельник.", "19"),
        ("Обстрел Донецка украинской армией был приостановлен.", "19"),
        ("Переговоры России и Украины были приостановлены.", "04"),
        ("Переговоры России с Украиной были прерваны Москвой.", "04"),
        ("Переговоры России с Японией были заморожены Москвой.", "04"),
        # the "-ся" passive
        ("Домашний арест с лидера оппозиции Мьянмы снимается правительством.", "17"),
        ("Задержание журналиста Ивана Петрова приостанавливается судом Египта.", "17"),
        ("Осада Алеппо снимается сирийской армией.", "19"),
    ],
)
def test_an_act_a_passive_ends_is_not_coded(code, text, ended_root):
    assert not [d for d in dyads(code(text)) if d[0] == ended_root]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Домашний арест с лидера оппозиции Мьянмы был снят правительством в пятницу.", ("08", "MMR", "MMR")),
        ("Переговоры России с Украиной были прерваны Москвой.", ("16", "RUS", "UKR")),
        ("Переговоры России с Японией были заморожены Москвой.", ("16", "RUS", "JPN")),
    ],
)
def test_the_lifting_itself_is_coded(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Домашний арест лидера оппозиции Мьянмы был продлён судом.", ("17", "MMR", "MMR")),
        ("Обстрел Донецка украинской армией был возобновлён.", ("19", "UKR", "UKR")),
        ("Осада Алеппо сирийской армией была усилена.", ("19", "SYR", "SYR")),
    ],
)
def test_a_passive_that_does_not_end_the_act_leaves_it(code, text, expected):
    assert expected in dyads(code(text))
