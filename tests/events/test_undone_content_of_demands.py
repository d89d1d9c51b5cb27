"""What a demand or threat is about is asked or threatened, never done, even when the demand codes no event of its
own; and a legislator's threat finds its target in what it threatens (h12 precision audit)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_a_demanded_arrest_is_not_an_arrest(code):
    events = code("Депутаты Верховной Рады потребовали арестовать бывшего министра обороны Украины.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_a_demanded_removal_of_a_mandate_is_not_done(code):
    events = code("Скандал в Госдуме\nЛидер ЛДПР Владимир Жириновский потребовал лишить депутата Госдумы Илью Пономарева мандата.",
                  published="2012-07-11")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_a_senators_threat_of_sanctions_is_a_threat(code):
    events = code("Сенатор США пригрозил ввести санкции против российских банков.")
    assert ("13", "USA", "RUS") in dyads(events)
    assert not [e for e in events if e.cameo.startswith("16")]


def test_the_removal_done_is_an_event(code):
    events = code("Госдума лишила депутата Илью Пономарева мандата.")
    assert [e for e in events if e.cameo.startswith("17")]
