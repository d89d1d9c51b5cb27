"""A bare "страна" in what a speaker says is the speaker's own country, as "его страна" is."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Министр иностранных дел Кении заявил, что страна разорвёт дипломатические отношения с Суданом.",
         ("13", "KEN", "SDN")),
        ("Президент Перу объявил, что страна отзовёт посла из Эквадора.", ("13", "PER", "ECU")),
    ],
)
def test_a_bare_country_noun_in_a_speech_is_the_speakers(code, sentence, expected):
    assert expected in dyads(code(sentence, "1995-01-01"))
