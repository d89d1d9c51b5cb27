"""Session 20: a halt of cooperation, contacts or ties with a side, as a verb ("прекратила контакты") or as the
nominalisation an announcement governs ("объявил о прекращении контактов с X"), is 160.  Sentences written for
these tests."""

from __future__ import annotations

import pytest

from letopis.pipeline import make_article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run():
    from letopis.pipeline import default_analyzer

    analyzer = default_analyzer()
    return lambda text: analyzer(make_article(text, published="2020-01-01"))


@pytest.mark.parametrize("text, source, target", [
    ("Япония объявила о прекращении всех контактов с КНДР.", "JPNGOV", "PRKGOV"),
    ("Норвегия объявила о прекращении военного сотрудничества с Россией.", "NORGOV", "RUSGOV"),
    ("Турция объявила о прерывании связей с Израилем.", "TURGOV", "ISRGOV"),
    ("Молдавия объявила о сворачивании партнерства с Румынией.", "MDAGOV", "ROUGOV"),
    ("Латвия прекращает контакты с Белоруссией.", "LVAGOV", "BLRGOV"),
])
def test_a_halt_of_ties_is_160(run, text, source, target):
    found = {(event.cameo, event.source, event.target) for event in run(text).events}
    assert ("160", source, target) in found, found
