"""Paragraphs, sentences and tokens, with razdel, in original offsets.

razdel does not split on blank lines, so every line of the cleaned text is a
paragraph of its own (the first one is the headline) and sentences never cross
a line.  Overlong sentences are cut into chunks the taggers can take.
"""

from __future__ import annotations

import re

from razdel import sentenize
from razdel.rule import JOIN
from razdel.segmenters.punct import DASHES
from razdel.segmenters.tokenize import ATOM, RULES, Atom, TokenSplit

from letopis.model import Sentence, Token
from letopis.nlp.doc import Doc, SentenceWork

MAX_SENTENCE_TOKENS = 150  # a longer "sentence" is a table or a list: cut it into pieces
LINE = re.compile(r"[^\n]+")


class Segmenter:
    def __call__(self, doc: Doc) -> None:
        article = doc.article
        article.sentences = []
        doc.sents = []
        text = doc.text
        paragraph = -1
        for line in LINE.finditer(text):
            if not line.group().strip():
                continue
            paragraph += 1
            for sent in sentenize(line.group()):
                sent_start = line.start() + sent.start
                words = [
                    (sent_start + start, sent_start + stop, word) for start, stop, word in tokenize(sent.text)
                ]
                for offset in range(0, len(words), MAX_SENTENCE_TOKENS):
                    self._add(doc, words[offset: offset + MAX_SENTENCE_TOKENS], paragraph)
        if paragraph >= 0 and article.sentences:
            first = article.sentences[0]
            article.title = article.text[first.start: _paragraph_stop(article.sentences, 0)]

    @staticmethod
    def _add(doc: Doc, words: list[tuple[int, int, str]], paragraph: int) -> None:
        if not words:
            return
        clean_start, clean_stop = words[0][0], words[-1][1]
        start, stop, text = doc.span(clean_start, clean_stop)
        # doc.span for every word, inlined: a word is never empty, so its span is offsets/ends
        offsets, ends, original = doc.clean.offsets, doc.clean.ends, doc.article.text
        tokens = [
            Token(offsets[word_start], ends[word_stop - 1], original[offsets[word_start]: ends[word_stop - 1]])
            for word_start, word_stop, _ in words
        ]
        doc.article.sentences.append(Sentence(start, stop, text, paragraph, tokens))
        doc.sents.append(
            SentenceWork(
                clean_start,
                clean_stop,
                [word for _, _, word in words],
                [(word_start, word_stop) for word_start, word_stop, _ in words],
            )
        )


RAZDEL_WINDOW = 3  # atoms on each side that razdel's join rules read
WORD_ATOMS = ("RU", "LAT")
# the marks by which razdel's rules may join a word to a mark it touches: a dash or "_" between words, "/" and "\\"
# (fractions: digits only, kept for safety), "!" of "Yahoo!"
JOINING_MARKS = frozenset(DASHES + "_/\\!")


def _split_only(left: re.Match[str], right: re.Match[str]) -> bool:
    """Whether razdel's rules can only split two touching atoms, read from the atoms alone: a word (letters) and a
    punctuation mark that is none of JOINING_MARKS, in either order ("слово,", "«Слово", "слово."). Of razdel's rules
    (``razdel.segmenters.tokenize.RULES``) the dash and "_" rules need such a mark; "." and "," join digits only
    (FloatRule), "/" too (FractionRule); ``punct`` needs two marks, ``other`` a character of no class, ``yahoo`` "!".
    Most touching atoms are such pairs: no razdel atom or split is built for them."""
    kinds = (left.lastgroup, right.lastgroup)
    if kinds[0] in WORD_ATOMS and kinds[1] == "PUNCT":
        return right.group() not in JOINING_MARKS
    if kinds[0] == "PUNCT" and kinds[1] in WORD_ATOMS:
        return left.group() not in JOINING_MARKS
    return False


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """razdel's tokens of ``text``, as (start, stop, text).

    razdel's own atoms and join rules, unchanged, asked only where two atoms touch: a space
    always splits, and razdel spent most of its time building a split record at every space
    before it found that out (``tests/nlp/test_segment.py`` checks the tokens against razdel's).
    """
    matches = list(ATOM.finditer(text))
    if not matches:
        return []
    atoms: list[Atom] = []
    tokens = []
    start, stop = matches[0].span()
    for index in range(1, len(matches)):
        match = matches[index]
        if match.start() == stop and not _split_only(matches[index - 1], match):
            if not atoms:
                atoms = [Atom(found.start(), found.end(), found.lastgroup, found.group()) for found in matches]
            split = TokenSplit(atoms[max(0, index - RAZDEL_WINDOW):index], "", atoms[index:index + RAZDEL_WINDOW])
            split.buffer = text[start:stop]
            if _joins(split):
                stop = match.end()
                continue
        tokens.append((start, stop, text[start:stop]))
        start, stop = match.span()
    tokens.append((start, stop, text[start:stop]))
    return tokens


def _joins(split: TokenSplit) -> bool:
    for rule in RULES:
        action = rule(split)
        if action:
            return bool(action == JOIN)
    return False


def _paragraph_stop(sentences: list[Sentence], paragraph: int) -> int:
    stop = 0
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            break
        stop = sentence.stop
    return stop
