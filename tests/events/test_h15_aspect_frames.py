"""An imperfective verb with rows of its own also reads the frames of its perfective's rows it lacks (session 15,
helper "norowb"): "отправлять" shares some rows with "отправить" but not the one for peacekeepers. Sentences written
for these tests."""

import pytest

from letopis.events.lexicon import load_lexicon
from tests.events.conftest import codes


def test_an_imperfective_with_rows_reads_the_frames_its_perfective_adds():
    lexicon = load_lexicon()
    own = lexicon.triggers["отправлять"]
    assert len(lexicon.rules("отправлять")) > len(own)
    assert {rule.cameo for rule in lexicon.rules("отправить")} <= {rule.cameo for rule in lexicon.rules("отправлять")}


def test_a_frame_listed_for_both_verbs_is_read_once():
    lexicon = load_lexicon()
    frames = [(r.cameo, tuple(r.requires), r.intent, r.negated) for r in lexicon.rules("передавать")]
    perfective = [(r.cameo, tuple(r.requires), r.intent, r.negated) for r in lexicon.triggers["передать"]]
    assert all(frames.count(frame) == 1 for frame in perfective if frame in frames and perfective.count(frame) == 1)


def test_a_noun_reads_no_perfective():
    lexicon = load_lexicon()
    assert lexicon.rules("отправлять", verb=False) == lexicon.triggers["отправлять"]


def cameos(events):
    return {(cameo, source[:3], (target or "")[:3]) for cameo, source, target in codes(events)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Франция отправляет в Мали миротворцев.", ("074", "FRA", "MLI")),
        ("Бразилия отправляет в Гаити миротворческий батальон.", ("074", "BRA", "HTI")),
        ("Германия вводит в Косово миротворцев.", ("074", "DEU", "XKX")),
        ("Британия закрывает посольство в Тегеране.", ("161", "GBR", "IRN")),
        ("Власти Ирана не разрешают американским журналистам въезжать в страну.", ("1721", "IRN", "USA")),
    ],
)
def test_the_imperfective_codes_what_its_perfective_codes(code, sentence, expected):
    assert expected in cameos(code(sentence))


def test_the_reflexive_passive_of_an_imperfective_reads_the_same_frames():
    lexicon = load_lexicon()
    assert lexicon.rules("передаваться") == lexicon.rules("передавать")
    assert lexicon.rules("вводиться") == lexicon.rules("вводить")


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Израилю передаются американскими спецслужбами сведения о перемещениях боевиков.", ("064", "USA", "ISR")),
        ("Миротворцы НАТО вводятся Германией в Косово.", ("074", "DEU", "XKX")),
    ],
)
def test_the_reflexive_passive_codes_what_its_perfective_codes(code, sentence, expected):
    assert expected in cameos(code(sentence))
