"""Blocking rules narrowed to their cause (h24 unblock): a meeting to come with people of the own side is a meeting,
not a pledge to itself (build.meeting_at_home); a finite verb the parser took for a noun is no participle naming
people (coder.participle_as_noun)."""

import pytest

from letopis.events.coder import participle_as_noun
from letopis.model import Token
from tests.events.conftest import codes


@pytest.mark.slow
def test_meeting_to_come_with_own_officials_is_coded(code):
    events = code("Встреча\nПрезидент Египта Абдель Фаттах ас-Сиси встретится в среду с руководителями силовых ведомств страны.")
    assert ("036", "EGYGOV", "EGYGOV") in codes(events)


@pytest.mark.slow
def test_meeting_to_come_abroad_still_coded(code):
    events = code("Визит\nПрезидент Казахстана встретится в Астане с премьер-министром Индии.")
    assert ("036", "KAZGOV", "INDGOV") in codes(events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Переговоры\nДелегацию Индии на переговорах возглавит министр иностранных дел Субраманьям Джайшанкар.",
        "Обещание\nПремьер-министр Японии пообещал правительству страны выполнить все обязательства.",
    ],
)
def test_own_side_with_no_partner_stays_uncoded(code, text):
    events = code(text)
    assert not [e for e in events if e.cameo.startswith("03")]


@pytest.mark.parametrize(
    ("text", "lemma", "names_people"),
    [
        ("задержанные", "задержать", True),
        ("подозреваемого", "подозревать", True),
        ("сдавшимся", "сдаться", True),
        ("протестующих", "протестовать", True),
        ("выслало", "выслать", False),
        ("задержали", "задержать", False),
        ("арестовал", "арестовать", False),
    ],
)
def test_participle_as_noun_by_its_declined_form(text, lemma, names_people):
    assert participle_as_noun(Token(0, len(text), text, lemma, "NOUN"), lemma) is names_people


def test_a_real_noun_is_no_participle():
    assert not participle_as_noun(Token(0, 7, "встреча", "встреча", "NOUN"), "встреча")
