"""A share of the voters backing a candidate ("поддержали 50 процентов избирателей", "большинство избирателей
поддержало") is an election result, no act of support (EVENTS.md: descriptions are not events); a state's or a
party's support stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import codes

LEAD = "Выборы\n\n"


@pytest.mark.parametrize("sentence", [
    "Кандидата правящей партии Грузии поддержали 52 процента избирателей, а кандидата оппозиции — 47 процентов.",
    "Большинство избирателей Боливии поддержало президента Моралеса.",
    "Избиратели Венесуэлы поддержали Мадуро на выборах в воскресенье.",
    "Президента Колумбии в первом туре поддерживали 40 процентов избирателей.",
])
def test_a_vote_share_is_no_act_of_support(code, sentence):
    assert not [event for event in codes(code(LEAD + sentence)) if event[0].startswith("05")]


@pytest.mark.parametrize("sentence, event", [
    ("Россия поддержала позицию Китая по Тайваню.", ("051", "RUSGOV", "CHNGOV")),
    ("Кандидата оппозиции поддержали депутаты парламента Грузии.", ("051", "GEOLEG", "GEOOPP")),
])
def test_a_state_s_or_a_legislature_s_support_stays_an_event(code, sentence, event):
    assert event in codes(code(LEAD + sentence))
