"""Counted people the parser hung as a genitive on a verb's "в" phrase ("внес в санкционный список трех граждан
Ирана") are the verb's object when it has none: the numeral's genitive is the animate accusative."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Минфин США внес в санкционный список трех граждан Ирана.", "USA", "IRN"),
        ("Евросоюз включил в санкционный список пятерых российских чиновников.", "IGO", "RUS"),
    ],
)
def test_counted_people_are_the_object(code, text, source, target):
    events = code(text)
    assert ("16", source, target) in dyads(events), dyads(events)
