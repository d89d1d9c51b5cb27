"""The quantity and time finders try only the words a quantity or a time expression can start at, and the quantity
finder makes a word's Piece only when it reads it: same quantities and times as trying every word."""

from __future__ import annotations

import pytest

from letopis.ingest.clean import clean
from letopis.nlp.doc import Doc
from letopis.nlp.quantities import WORD, Piece, Pieces, QuantityTagger
from letopis.nlp.times import TimeTagger, _start_kind, start_kinds, start_words
from letopis.pipeline import make_article

QUANTITIES = QuantityTagger()
TIMES = TimeTagger()

TEXTS = [
    "Около двух тысяч жителей Ёлкино вышли на митинг 5 марта, сообщили в мэрии.",
    "В ночь с 3 на 4 мая армия выпустила более 40 ракет; ещё 1 200 000 рублей выделил фонд.",
    "Не менее десятков сторонников собрались у здания суда во вторник, 20 июня 2012 года.",
    "Полиция задержала 17 человек. С 1 по 5 июля ст. 282 применялась дважды, а рост составил 3,5%.",
    "Су-35 и 10-летний мальчик: несколько сотен беженцев прибыли накануне в лагерь.",
]


def _doc(text: str) -> Doc:
    article = make_article(text, published="2021-07-05")
    return Doc(article=article, clean=clean(article.text))


def test_pieces_read_as_the_list_of_pieces():
    text = "Ёж, 12,5 тысяч и Ёлка-Палка — 3%"
    listed = [Piece(m.start(), m.end(), m.group(), m.group().lower().replace("ё", "е")) for m in WORD.finditer(text)]
    pieces = Pieces(text)
    assert len(pieces) == len(listed)
    assert pieces.lowers == [piece.lower for piece in listed]
    for index in range(-len(listed), len(listed)):
        assert pieces[index] == listed[index]
    assert pieces[2] is pieces[2]  # made once
    for first in range(-3, len(listed) + 2):
        for last in range(-3, len(listed) + 2):
            assert pieces[first:last] == listed[first:last]
    assert list(pieces) == listed
    with pytest.raises(IndexError):
        pieces[len(listed)]


def test_a_piece_is_made_only_where_a_count_may_start():
    doc = _doc("Митинг прошёл спокойно. Пришли 300 человек, и ещё сотни стояли рядом весь вечер.")
    text = doc.text
    pieces = Pieces(text)
    assert len(pieces) > 15
    made = []
    original = Pieces.__getitem__

    def watched(self, index):
        made.append(index)
        return original(self, index)

    Pieces.__getitem__ = watched
    try:
        found = QUANTITIES.find(doc)
    finally:
        Pieces.__getitem__ = original
    assert [(quantity.value, quantity.unit) for quantity in found] == [(300, "человек"), (100, None)]  # "сотни"
    assert len(set(made)) < 10  # the words of the count and around it, not every word


def _every_word_times(text: str):
    """Time matches trying every word, as the finder did before it screened the words."""
    words = __import__("letopis.nlp.times", fromlist=["tokenize"]).tokenize(text)
    kinds = start_kinds()
    found, index = [], 0
    while index < len(words):
        kind = _start_kind(words, index, kinds)
        match = TIMES.parsers[kind].longest(words[index: index + 14]) if kind else None
        if match is None:
            index += 1
            continue
        found.append(match)
        index += match.size or 1
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_screened_time_matches_equal_every_word_tried(text):
    doc = _doc(text)
    screened = TIMES.matches(doc.text)
    every = _every_word_times(doc.text)
    assert [(match.span, match.size) for match in screened] == [(match.span, match.size) for match in every]
    assert screened  # each text has a time expression


def test_start_words_hold_every_word_a_time_can_start_with():
    words = start_words()
    assert set(start_kinds()) <= words
    assert {"с", "со"} <= words
    assert "вторник" in words and "июля" in words


@pytest.mark.parametrize(
    "text, expected",
    [
        (TEXTS[0], [(2000, "~", "жители")]),
        (TEXTS[1], [(40, ">", "ракеты"), (1200000, "=", "рубль")]),
        (TEXTS[2], [(10, ">=", "сторонники")]),
        (TEXTS[3], [(17, "=", "человек"), (3.5, "=", "%")]),
        (TEXTS[4], [(200, ">=", "беженцы")]),
    ],
)
def test_quantities_of_written_sentences(text, expected):
    doc = _doc(text)
    TIMES(doc)
    found = QUANTITIES.find(doc)
    assert [(quantity.value, quantity.bound, quantity.unit) for quantity in found] == expected
