""""объявил о капитуляции Японии": the side a capitulation names in the genitive is the one that yields, not the
one who announces it (h12 precision audit)."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def test_the_named_side_capitulates(code):
    events = code("Война\nПрезидент США Гарри Трумэн объявил о капитуляции Японии.", published="1945-08-15")
    assert [e for e in events if e.cameo == "0874" and e.source.startswith("JPN")]
    assert not [e for e in events if e.cameo == "0874" and e.source.startswith("USA")]


def test_the_announcer_capitulates_when_no_side_is_named(code):
    events = code("Война\nЯпония объявила о капитуляции.", published="1945-08-15")
    assert ("0874", "JPNGOV", None) in codes(events)
