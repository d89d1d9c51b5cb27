"""Quantities: "более тысячи афганских военных" -> 1000, ">", "военные".

A quantity is a number (digits, "20 тысяч", "1,5 млн", number words, "двое",
"десятки") with the bound word before it ("более", "около", "не менее") and
the unit after it: "%" or the counted noun.  Numbers that belong to a time
expression (run ``TimeTagger`` first), labels ("статья 282"), ordinals ("1-й"),
times of day, phone numbers and model names ("Су-35") are skipped.  The number
words, bounds and units are data files; the choices are documented in
``docs/times-and-quantities.md``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional, Union, overload

from letopis.data_files import data_rows
from letopis.model import Quantity, Token
from letopis.nlp.doc import Doc

log = logging.getLogger(__name__)

# Words, numbers with their decimal part, and single other characters.
WORD = re.compile(r"\d+(?:[.,]\d+)?|[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)*|%|\S")
# Bare years in this range with no unit and no bound are dates, not amounts.
YEAR_LIKE = range(1800, 2101)
HYPHENATED = re.compile(r"-\w")  # after a number: "1-й", "10-летний"
THOUSANDS = re.compile(r"\d{3}")  # a group of thousands written apart: "20 000"
UNIT_WINDOW = 4  # words after the number searched for the counted noun
NOUN_POS = {"NOUN", "PROPN"}
ADJ_POS = {"ADJ", "DET", "VERB"}  # participles are VERB with VerbForm=Part in UD


@dataclass(frozen=True)
class NumberWord:
    value: float
    kind: str  # cardinal, collective, multiplier, approximate, vague
    number: str  # sing, plur, any, abbr


@dataclass(frozen=True)
class Lexicon:
    numbers: dict[str, NumberWord]
    bounds: dict[tuple[str, ...], str]
    units: dict[str, str]
    skip_before: frozenset[str]
    skip_units: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    skip = {kind: frozenset(forms.split()) for kind, forms in data_rows("letopis.nlp", "quantities_skip.tsv")}
    return Lexicon(
        numbers={
            row[0]: NumberWord(float(row[1]), row[2], row[3]) for row in data_rows("letopis.nlp", "quantities_numbers.tsv")
        },
        bounds={tuple(phrase.split()): bound for phrase, bound in data_rows("letopis.nlp", "quantities_bounds.tsv")},
        units=dict(data_rows("letopis.nlp", "quantities_units.tsv")),
        skip_before=skip["before"],
        skip_units=skip["unit"],
    )


@dataclass
class Piece:
    """A word of the cleaned text."""

    start: int
    stop: int
    text: str
    lower: str  # lower case, ё as е: read several times per word, so made once


@dataclass
class Analysis:
    lemma: str
    pos: str
    plural: bool  # the word can be plural here
    can_be_noun: bool
    can_be_adj: bool


class QuantityTagger:
    """Finds quantities; run after TimeTagger so that dates are not counted."""

    def __init__(self) -> None:
        self.lexicon = lexicon()

    def __call__(self, doc: Doc) -> None:
        doc.article.quantities = self.find(doc)

    def find(self, doc: Doc) -> list[Quantity]:
        pieces = Pieces(doc.text)
        tokens = _TokensByStart(doc)
        times = [(time.start, time.stop) for time in doc.article.times]
        found: list[Quantity] = []
        numbers = self.lexicon.numbers
        # _number reads a count only from digits or a number word: no other word is tried (a lower-cased word
        # begins with a digit exactly when the word does)
        starts = [index for index, lower in enumerate(pieces.lowers) if lower[0].isdigit() or lower in numbers]
        index = 0  # the first word not yet read: a quantity found reads on to its end
        for start in starts:
            if start < index:
                continue
            result = self._quantity_at(doc, pieces, start, tokens, times)
            if result is None:
                index = start + 1
                continue
            quantity, index = result
            found.append(quantity)
        return found

    # -------------------------------------------------------- one quantity

    def _quantity_at(
        self,
        doc: Doc,
        pieces: Sequence[Piece],
        index: int,
        tokens: _TokensByStart,
        times: list[tuple[int, int]],
    ) -> Optional[tuple[Quantity, int]]:
        number = self._number(doc.text, pieces, index)
        if number is None:
            return None
        value, stop_index, approximate, had_digits = number
        first = pieces[index]
        if self._is_label(doc.text, pieces, index, stop_index):
            return None
        orig_start, orig_stop, _ = doc.span(first.start, pieces[stop_index - 1].stop)
        if any(start < orig_stop and orig_start < stop for start, stop in times):
            return None

        bound, bound_index = self._bound(pieces, index)
        if approximate:
            bound = bound if bound != "=" else ">="
        unit, unit_stop = self._unit(doc, pieces, stop_index, tokens)
        if unit in self.lexicon.skip_units:
            return None
        if had_digits and unit is None and bound == "=" and value in YEAR_LIKE and value == int(value):
            return None

        span_start = pieces[bound_index].start if bound_index < index else first.start
        span_stop = pieces[unit_stop - 1].stop if unit_stop > stop_index else pieces[stop_index - 1].stop
        start, stop, text = doc.span(span_start, span_stop)
        quantity = Quantity(
            start=start,
            stop=stop,
            text=text,
            value=value,
            bound=bound,
            unit=unit,
            sentence=doc.sentence_of(span_start),
        )
        return quantity, max(stop_index, unit_stop)

    def _number(self, text: str, pieces: Sequence[Piece], index: int) -> Optional[tuple[float, int, bool, bool]]:
        """(value, index after the number, approximate, written in digits) of a number starting here."""
        numbers = self.lexicon.numbers
        piece = pieces[index]
        value: Optional[float] = None
        approximate = False
        had_digits = False
        position = index
        if piece.text[0].isdigit():
            had_digits = True
            value, position = _digits(text, pieces, index)
        else:
            total = 0.0
            while position < len(pieces) and pieces[position].lower in numbers:
                word = numbers[pieces[position].lower]
                if word.kind == "cardinal" and (total == 0 or total > word.value):
                    total += word.value
                    position += 1
                    continue
                if total == 0 and word.kind in ("collective", "approximate", "vague"):
                    total = word.value
                    approximate = word.kind in ("approximate", "vague")
                    position += 1
                break
            if total:
                value = total
        if value is None:
            # a multiplier alone: "более тысячи", "тысячи людей"
            word = numbers.get(piece.lower)
            if word is None or word.kind != "multiplier" or word.number == "abbr":
                return None
            bound, _ = self._bound(pieces, index)
            approximate = word.number == "plur" or (word.number == "any" and bound == "=")
            return word.value, index + 1, approximate, False
        # multiplier after the number: "20 тысяч", "1,5 млн", "десятки тысяч"
        vague = numbers.get(pieces[index].lower, NumberWord(0, "", "")).kind == "vague"
        word = numbers.get(pieces[position].lower) if position < len(pieces) else None
        if word is not None and (word.kind == "multiplier" or (vague and word.kind == "approximate")):
            value *= word.value  # "несколько десятков" is 20 or more
            position += 1
            if word.number == "abbr" and position < len(pieces) and pieces[position].text == ".":
                position += 1
        elif vague:
            return None  # "несколько" alone is no count
        return value, position, approximate, had_digits

    def _is_label(self, text: str, pieces: Sequence[Piece], index: int, stop_index: int) -> bool:
        """Ordinals, labels, times of day, phone numbers, model names."""
        first, last = pieces[index], pieces[stop_index - 1]
        before = text[first.start - 1] if first.start else " "
        after = text[last.stop : last.stop + 2]
        if before.isalpha() or before in "-–+/(:№#" and first.text[0].isdigit():
            return True  # Су-35, +7, 12/5, (495), 15:30
        if first.text[0].isdigit() and (after[:1] in (":", "/") or HYPHENATED.match(after)):
            return True  # 15:30, 1-й, 10-летний, 123-45-67
        if index > 0:
            previous = pieces[index - 1].lower
            if previous in self.lexicon.skip_before:
                return True
            if previous == "." and index > 1 and pieces[index - 2].lower in self.lexicon.skip_before:
                return True  # ст. 282
        return False

    def _bound(self, pieces: Sequence[Piece], index: int) -> tuple[str, int]:
        """The bound and the index of its first word; ("=", index) when there is none."""
        best = ("=", index)
        longest = 0
        lowers = pieces.lowers if isinstance(pieces, Pieces) else [piece.lower for piece in pieces]
        for phrase, bound in self.lexicon.bounds.items():
            size = len(phrase)
            if size > longest and index >= size:
                if tuple(lowers[index - size : index]) == phrase:
                    best, longest = (bound, index - size), size
        return best

    def _unit(
        self, doc: Doc, pieces: Sequence[Piece], index: int, tokens: _TokensByStart
    ) -> tuple[Optional[str], int]:
        """Normalised unit after the number, and the index after it."""
        if index >= len(pieces):
            return None, index
        if pieces[index].text == "%":
            return "%", index + 1
        adjectives: list[tuple[int, Analysis]] = []
        for position in range(index, min(index + UNIT_WINDOW, len(pieces))):
            piece = pieces[position]
            if not piece.text[0].isalpha():
                break
            analysis = _analyse(doc, piece, tokens)
            if not (analysis.can_be_noun or analysis.can_be_adj):
                break
            following = None
            if position + 1 < len(pieces) and pieces[position + 1].text[0].isalpha():
                following = _analyse(doc, pieces[position + 1], tokens)
            if analysis.can_be_noun and not (
                analysis.can_be_adj
                and following is not None
                and following.can_be_noun
                and following.plural == analysis.plural
            ):
                if adjectives and adjectives[-1][1].plural and not analysis.plural:
                    break  # "военных резерва": the adjective was the counted word
                return self._normalise(analysis, noun=True), position + 1
            if analysis.can_be_adj:
                adjectives.append((position, analysis))
                continue
            break
        if adjectives:
            position, analysis = adjectives[-1]
            return self._normalise(analysis, noun=False), position + 1
        return None, index

    def _normalise(self, analysis: Analysis, noun: bool) -> str:
        units = self.lexicon.units
        if analysis.lemma in units:
            return units[analysis.lemma]
        if analysis.lemma in self.lexicon.skip_units:
            return analysis.lemma
        return _plural(analysis.lemma, noun) or analysis.lemma


def _digits(text: str, pieces: Sequence[Piece], index: int) -> tuple[float, int]:
    """Value of "20 000", "1,5", "2.3" starting at ``index``, and the index after it."""
    digits = pieces[index].text
    position = index + 1
    # thousands written with spaces: "20 000", "1 200 000"
    if len(digits) <= 3 and "," not in digits and "." not in digits:
        while (
            position < len(pieces)
            and THOUSANDS.fullmatch(pieces[position].text)
            and text[pieces[position - 1].stop : pieces[position].start] == " "
        ):
            digits += pieces[position].text
            position += 1
    return float(digits.replace(",", ".")), position


class Pieces(Sequence[Piece]):
    """The words of a text (``WORD``) as a list of Pieces, each made when first read: a count starts at few words, and
    the scan for them reads the lower-cased words alone (``lowers``). Indexes and slices read as a list's do."""

    def __init__(self, text: str) -> None:
        self.matches = list(WORD.finditer(text))
        self.lowers = [match.group().lower().replace("ё", "е") for match in self.matches]
        self._made: dict[int, Piece] = {}

    def __len__(self) -> int:
        return len(self.matches)

    @overload
    def __getitem__(self, index: int) -> Piece: ...

    @overload
    def __getitem__(self, index: slice) -> list[Piece]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Piece, list[Piece]]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self.matches)))]
        if index < 0:
            index += len(self.matches)
        piece = self._made.get(index)
        if piece is None:
            match = self.matches[index]  # (an index out of range raises IndexError, as a list's does)
            piece = self._made[index] = Piece(match.start(), match.end(), match.group(), self.lowers[index])
        return piece


class _TokensByStart:
    """The article's tokens by their start offset, gathered when a unit is first analysed (most articles have few)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._tokens: Optional[dict[int, Token]] = None

    def get(self, start: int) -> Optional[Token]:
        if self._tokens is None:
            self._tokens = {token.start: token for sentence in self.doc.article.sentences for token in sentence.tokens}
        return self._tokens.get(start)


def _analyse(doc: Doc, piece: Piece, tokens: _TokensByStart) -> Analysis:
    """Lemma and part of speech: the tagger's token when there is one, else the dictionary."""
    from letopis.nlp.morph import morph_vocab

    forms = [form for form in morph_vocab()(piece.lower) if not _finite_verb(form.pos, form.feats)]
    if forms and forms[0].pos not in NOUN_POS | ADJ_POS:
        forms = []  # "и", "в", "по": a function word ends the noun phrase
    can_be_noun = any(form.pos in NOUN_POS for form in forms)
    can_be_adj = any(form.pos in ADJ_POS for form in forms)
    plural = any(form.feats.get("Number") == "Plur" for form in forms) or not forms
    lemma = forms[0].normal.replace("ё", "е") if forms else piece.lower
    token = tokens.get(doc.span(piece.start, piece.stop)[0])
    if token is not None and _finite_verb(token.pos, token.feats):
        forms, can_be_noun, can_be_adj = [], False, False
    if token is not None and token.pos:
        if token.pos in NOUN_POS:
            can_be_noun, can_be_adj = True, can_be_adj and False
        elif token.pos in ADJ_POS:
            can_be_noun = can_be_noun and not any(form.pos in ADJ_POS for form in forms)
        if token.feats.get("Number"):
            plural = token.feats["Number"] == "Plur"
        lemma = (token.lemma or lemma).replace("ё", "е")
    if can_be_noun and forms:
        nouns = [form for form in forms if form.pos in NOUN_POS]
        if nouns and (token is None or token.pos in NOUN_POS or not token.pos):
            lemma = nouns[0].normal.replace("ё", "е")
    return Analysis(
        lemma=lemma,
        pos=forms[0].pos if forms else "",
        plural=plural,
        can_be_noun=can_be_noun,
        can_be_adj=can_be_adj,
    )


def _finite_verb(pos: str, feats: dict[str, str]) -> bool:
    """A verb that is not a participle: "пятеро выступили" counts no "выступившие"."""
    return pos == "VERB" and feats.get("VerbForm") != "Part"


@lru_cache(maxsize=4096)
def _plural(lemma: str, noun: bool) -> Optional[str]:
    """Nominative plural of a lemma: "военный" -> "военные", "россиянин" -> "россияне"."""
    from letopis.nlp.morph import morph_vocab

    vocab: Any = morph_vocab()
    for parse in vocab.parse(lemma):
        if (parse.tag.POS == "NOUN") != noun and not (not noun and parse.tag.POS == "ADJF"):
            continue
        if parse.normal_form.replace("ё", "е") != lemma:
            continue
        form = parse.inflect({"Plur", "Nom"})  # natasha MorphForm takes UD grams
        if form is not None:
            return form.word.replace("ё", "е")
    return None
