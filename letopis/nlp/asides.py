"""Asides: constituents set off by commas that derail the parse of the clause around them, and a parse without them.

"Правительство Кении, которое несколько недель испытывало давление доноров, в четверг согласилось
зарегистрировать оппозиционную партию." natasha's parser picks each word's head on its own and reads a long
sentence worse than a short one: across the relative clause it made two roots and hung the main clause's
words on the relative clause's verb. The attribution tail (tails.py) was the first such constituent; an aside
is the same idea in the middle of a sentence. The tagger parses the sentence a second time without its asides
(and without its tail), keeps that parse for the words that remain, and hangs each aside back, with the arcs of
the first parse inside it, on the word it belongs to: a relative clause on its antecedent ("acl:relcl").

An aside is a stretch between two commas that opens with a form of "который" or "чей" (after a preposition too:
", в котором ..."), holds a finite verb, comes after the main clause's finite verb and is followed by more of
the sentence, or runs to its tail or its end ("возобновила депортацию курдов, которым отказали в убежище, в Ирак": "в Ирак" was read as the
relative clause's). Not an aside: a closing comma that is one of a list ("в провинциях Ланао, Магинданао и
Котабато") or opens a participle, an adjective or a conjunct ("..., совершённые в 2000 году"), which continue the
clause. Between the subject and its verb the first parse read the main clause as well (measured), so a relative
clause there stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from letopis.model import Token

ASIDE_WORDS = 25  # longer stretches are rarely one relative clause: their commas close something else
NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
ANTECEDENT_REACH = 8  # words back from the opening comma to look for the antecedent
RELATIVE = frozenset(
    {"который", "которая", "которое", "которые", "которого", "которой", "которому", "которым", "котором", "которую",
     "которых", "которыми"}
)
WHOSE = frozenset({"чей", "чья", "чьё", "чье", "чьи", "чьего", "чьей", "чьему", "чьим", "чьём", "чьем", "чью", "чьих",
                   "чьими"})  # agrees with its own noun, not with the antecedent


class Aside(NamedTuple):
    start: int  # the opening comma
    stop: int  # one past the closing comma
    anchor: int  # the word outside the aside it hangs on
    rel: str


def relative_asides(tokens: Sequence[Token], end: int) -> list[Aside]:
    """The relative clauses between commas among ``tokens[:end]`` (``end`` excludes a tail and the final
    punctuation), each with its antecedent."""
    found: list[Aside] = []
    index = 1
    while index < end - 2:
        if tokens[index].text != ",":
            index += 1
            continue
        opening = index + 1
        if tokens[opening].pos == "ADP" and opening + 1 < end:
            opening += 1  # ", в котором ..."
        if tokens[opening].text.lower() not in RELATIVE and tokens[opening].text.lower() not in WHOSE:
            index += 1
            continue
        close = opening + 1
        while close < end and tokens[close].text not in (",", "—", "–", "(", ")", ";", ":"):
            close += 1
        if close == end:  # the clause runs to the tail or to the sentence's end: the last aside
            anchor = _antecedent(tokens, index, opening, close) if close - index <= ASIDE_WORDS and _finite(
                tokens, opening + 1, close) and _finite(tokens, 0, index) else -1
            if anchor >= 0:
                found.append(Aside(index, close, anchor, "acl:relcl"))
            break
        if close >= end - 1 or tokens[close].text != "," or close - index > ASIDE_WORDS:
            index += 1
            continue
        after = tokens[close + 1]
        if (
            _enumerates(tokens[close - 1], after)
            or after.feats.get("VerbForm") == "Part"  # ", совершённые в 2000 году": the clause's own noun's
            or after.pos in ("ADJ", "CCONJ")
        ) or not _finite(tokens, opening + 1, close):
            index += 1
            continue
        if not _finite(tokens, 0, index):  # before the main verb
            index += 1
            continue
        anchor = _antecedent(tokens, index, opening, close)
        if anchor < 0:
            index += 1
            continue
        found.append(Aside(index, close + 1, anchor, "acl:relcl"))
        index = close + 1
    return found


def _finite(tokens: Sequence[Token], start: int, stop: int) -> bool:
    return any(tokens[k].feats.get("VerbForm") == "Fin" for k in range(start, stop))


def _enumerates(before: Token, after: Token) -> bool:
    """The comma between two words of one list ("в провинциях Ланао, Магинданао и Котабато"), not a clause's
    end: the words either side of it are nouns (or adjectives) of one case."""
    return (
        before.pos == after.pos
        and before.pos in ("NOUN", "PROPN", "ADJ")
        and before.feats.get("Case") == after.feats.get("Case")
    )


def _antecedent(tokens: Sequence[Token], comma: int, opening: int, close: int) -> int:
    """The noun before the comma that "который" (at ``opening``) agrees with (number, and gender in the
    singular): the one the first parse hung the clause on if it agrees ("с послом Китая, который вручил"), else the
    nearest that agrees, else the nearest noun; -1 when there is none."""
    relative = tokens[opening]
    whose = relative.text.lower() in WHOSE
    number = None if whose else relative.feats.get("Number")
    gender = None if whose else relative.feats.get("Gender")
    first_parse = {
        tokens[k].head for k in range(opening, close)
        if tokens[k].pos != "PUNCT" and not comma <= tokens[k].head < close
    }
    nearest = agreeing = -1
    for index in range(comma - 1, max(-1, comma - 1 - ANTECEDENT_REACH), -1):
        token = tokens[index]
        if token.text in (",", "—", "–", "(", ")", ";", ":"):
            break
        if token.pos not in NOUNS:
            continue
        if nearest < 0:
            nearest = index
        if number and token.feats.get("Number") != number:
            continue
        if number == "Sing" and gender and token.feats.get("Gender") not in (gender, None):
            continue
        if index in first_parse:
            return index
        if agreeing < 0:
            agreeing = index
    return agreeing if agreeing >= 0 else nearest


def kept_words(size: int, tail: int, asides: Sequence[Aside]) -> list[int]:
    """The words parsed a second time: all but the tail (from index ``tail`` on, -1 for none) and the asides."""
    out = set()
    for aside in asides:
        out.update(range(aside.start, aside.stop))
    stop = tail if tail > 0 else size
    return [index for index in range(stop) if index not in out]


def hang_asides(tokens: list[Token], asides: Sequence[Aside], tail: int = -1) -> dict[int, tuple[int, str]]:
    """Where each aside's words that looked outside it in the first parse go: the aside's head word on its anchor,
    the others on the head word; the tail's (from ``tail`` on) on the new root (-1), as tails.graft hangs them,
    also when they looked into an aside. Read before the second parse is grafted (the heads are the first
    parse's)."""
    hang: dict[int, tuple[int, str]] = {}
    if tail > 0 and asides:
        for k in range(tail, len(tokens)):
            if tokens[k].head < tail:
                hang[k] = (-1, "punct" if tokens[k].pos == "PUNCT" else "parataxis")
    for aside in asides:
        inside = range(aside.start, aside.stop)
        loose = [k for k in inside if not (aside.start <= tokens[k].head < aside.stop)]
        words = [k for k in loose if tokens[k].pos != "PUNCT"]
        if not words:
            continue
        verbs = [k for k in words if tokens[k].pos in ("VERB", "AUX") and tokens[k].feats.get("VerbForm") == "Fin"]
        head = verbs[0] if verbs else words[0]
        hang[head] = (aside.anchor, aside.rel)
        for k in loose:
            if k != head:
                hang[k] = (head, "punct" if tokens[k].pos == "PUNCT" else tokens[k].rel)
    return hang
