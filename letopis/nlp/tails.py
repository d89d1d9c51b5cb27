"""Attribution tails: the reporting frame a wire sentence ends with, and a parse without it.

"Израиль ввёл блокаду Западного берега, сообщил в пятницу представитель армии." The reported clause is the
sentence's news; its tail says who reports it. natasha's parser, which picks each word's head on its own,
reads long sentences worse than short ones, and the tail draws arcs across the clause it follows. So the
tagger parses a sentence that has a tail a second time without it, keeps that parse for the reported
clause, and hangs the tail on the clause's root, as the parser itself hangs a tail ("parataxis"). The tail's
own words keep the arcs of the first parse: the attribution is read from them as before.

A tail is the stretch after the sentence's last comma or dash, of at most ``TAIL_WORDS`` words, that opens
with a verb of saying ("сообщил в пятницу суд", "говорится в заявлении", "как передаёт агентство") or with
an "according to" idiom ("по словам представителя армии"). A verb of saying followed by its content ("заявил
о своём уходе", "сообщил, что ...") is a clause of its own, not a tail.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from letopis.data_files import data_lines
from letopis.model import Token
from letopis.nlp.quotes import lexicon

TAIL_WORDS = 12  # "сообщил в четверг высокопоставленный представитель министерства обороны страны"
BREAKS = frozenset({",", "—", "–", "-"})
ENDS = frozenset({".", "!", "?", "…", "»", '"', "”"})


@lru_cache(maxsize=1)
def _content_words() -> frozenset[str]:
    return frozenset(data_lines("letopis.nlp", "speech_content_words.txt"))


def tail_start(tokens: Sequence[Token], lemma: Callable[[int], str]) -> int:
    """Index of the comma or dash that opens the sentence's attribution tail, or -1 when it has none
    (``tokens`` tagged, not yet lemmatised: ``lemma(index)`` is the lemma of a word, asked of one word at most).
    Every sentence is asked: the cheap tests come first."""
    end = len(tokens)
    while end > 0 and tokens[end - 1].text in ENDS:
        end -= 1
    start = end - 1
    while start >= 0 and tokens[start].text not in BREAKS:
        start -= 1
        if end - start - 1 > TAIL_WORDS:
            return -1  # no break among the last words
    first = start + 1
    if start <= 0 or first >= end:
        return -1
    speech = lexicon()
    opening = tokens[first].text.lower()
    if opening in _according_openers() and any(
        tuple(token.text.lower() for token in tokens[first: first + len(phrase)]) == phrase
        for phrase in speech.according
    ):
        return start if any(token.pos == "VERB" for token in tokens[:start]) else -1
    verb = first + 1 if opening == "как" and end - first > 1 else first  # ", как передаёт агентство"
    # a finite verb: "..., обещая ему пост" is a converb of the clause, not who reports it
    if tokens[verb].feats.get("VerbForm") != "Fin":
        return -1
    said = lemma(verb)
    if said not in speech.verbs and said not in speech.impersonal and said not in _tail_acts():
        return -1
    if verb + 1 < end and tokens[verb + 1].text.lower() in _content_words():
        return -1
    return start if any(token.pos == "VERB" for token in tokens[:start]) else -1


@lru_cache(maxsize=1)
def _tail_acts() -> frozenset[str]:
    return frozenset(data_lines("letopis.nlp", "tail_acts.txt"))


@lru_cache(maxsize=1)
def _according_openers() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in lexicon().according)


def graft(
    tokens: list[Token],
    kept: Sequence[int],
    heads: Sequence[int],
    rels: Sequence[str],
    hang: Mapping[int, tuple[int, str]] | None = None,
) -> None:
    """Put the parse of the words ``kept`` (``heads`` index into ``kept``, -1 for a root) on the sentence's
    tokens; the words left out that ``hang`` places (word -> its head and relation, a head of -1 for the new
    root) go there, and the others that hung on a kept word or on the root hang on the new root."""
    hang = hang or {}
    root = -1
    for number, (head, rel) in enumerate(zip(heads, rels)):
        token = tokens[kept[number]]
        if 0 <= head < len(kept):
            token.head, token.rel = kept[head], rel
        else:
            token.head, token.rel = -1, "root"
            root = kept[number] if root < 0 else root
    if root < 0:
        return
    inside = set(kept)
    for index, (head, rel) in hang.items():
        tokens[index].head, tokens[index].rel = (root if head < 0 else head), rel
    for index, token in enumerate(tokens):
        if index not in inside and index not in hang and (token.head < 0 or token.head in inside):
            token.head, token.rel = root, "punct" if token.pos == "PUNCT" else "parataxis"
