"""Blocking rules narrowed to their cause (h24 unblock): a finite verb the parser took for a noun is no participle
naming people (coder.participle_as_noun)."""

import pytest

from letopis.events.coder import participle_as_noun
from letopis.model import Token


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
