"""The neural layer of the pipeline: natasha's models over whole batches of documents.

One step runs morphology, syntax and NER for every sentence of a batch in one pass
(letopis/nlp/neural.py), and parses the sentences that end with an attribution tail or hold a
relative clause after their verb a second time without them (letopis/nlp/tails.py,
letopis/nlp/asides.py); lemmas follow from the morphological tags.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache, partial
from typing import NamedTuple

from threadpoolctl import threadpool_limits

from letopis.model import Token
from letopis.nlp.asides import hang_asides, kept_words, relative_asides
from letopis.nlp.doc import Doc
from letopis.nlp.homographs import repair_converbs, repair_homographs
from letopis.nlp.morph import lemma, morph_vocab
from letopis.nlp.neural import models
from letopis.nlp.tails import ENDS, graft, tail_start


class Tagger:
    """POS and features, dependency heads and relations, and NER spans of every sentence.

    One BLAS thread: the models multiply many small matrices, and OpenBLAS's thread
    hand-off costs more than it saves (measured 14.7 s against 0.8 s for the syntax of
    40 articles on a busy 2-core machine).
    """

    def __init__(self) -> None:
        models()

    def __call__(self, doc: Doc) -> None:
        self.batch([doc])

    def batch(self, docs: list[Doc]) -> None:
        from slovnet.bio import bio_spans

        found = models()
        places = [(doc, index) for doc in docs for index in range(len(doc.sents))]
        with threadpool_limits(1):
            tags = found([_without_yo(doc.sents[index].words) for doc, index in places])
        for doc in docs:
            doc.ner_spans = []
        for (doc, index), tagged in zip(places, tags):
            tokens = doc.article.sentences[index].tokens
            doc.sents[index].tags = tagged.morph
            for token, tag, head, rel in zip(tokens, tagged.morph, tagged.heads, tagged.rels):
                token.pos, feats = found.morph_tags[tag]
                token.feats = feats  # shared by the tokens of one tag (and by their pickles): read, never changed
                token.head = head
                token.rel = rel
            make_tree(tokens)
            spans = [_Place(start, stop) for start, stop in doc.sents[index].word_spans]
            for span in bio_spans(spans, tagged.ner):
                doc.ner_spans.append((span.start, span.stop, span.type))
        self.reparse_without_tails(places)

    @staticmethod
    def reparse_without_tails(places: list[tuple[Doc, int]]) -> None:
        """Parse again, without them, each sentence that ends with an attribution tail (tails.py) or holds a
        relative clause between commas after its verb (asides.py)."""
        found = models()
        jobs = []
        for doc, index in places:
            words, tags = doc.sents[index].words, doc.sents[index].tags
            tokens = doc.article.sentences[index].tokens
            start = tail_start(tokens, partial(_word_lemma, words, tags))
            asides = relative_asides(tokens, start if start > 0 else _body_end(tokens))
            if start > 0 or asides:
                kept = kept_words(len(tokens), start, asides)
                hang = hang_asides(tokens, asides, start)
                jobs.append((tokens, kept, hang, _without_yo([words[k] for k in kept])))
        if not jobs:
            return
        with threadpool_limits(1):
            parsed = found([words for *_, words in jobs], syntax_only=True)
        for (tokens, kept, hang, _), tagged in zip(jobs, parsed):
            graft(tokens, kept, tagged.heads, tagged.rels, hang)
            make_tree(tokens)


class Lemmatizer:
    def __init__(self) -> None:
        morph_vocab()

    def __call__(self, doc: Doc) -> None:
        for sentence, work in zip(doc.article.sentences, doc.sents):
            if len(work.tags) == len(sentence.tokens):  # the Tagger's tags: the cheapest key
                # (kept by the word as written: no lower-cased copy made and hashed per token, ~111,000 per 419
                # articles, nearly all of them words met before)
                kept = _WRITTEN_LEMMAS
                for token, word, tag in zip(sentence.tokens, work.words, work.tags):
                    lemma = kept.get((word, tag))
                    if lemma is None:
                        if len(kept) >= KEPT_WRITTEN:
                            kept.clear()
                        lemma = kept[(word, tag)] = _tagged_lemma(word.lower(), tag)
                    token.lemma = lemma
            else:  # tags set by other means
                for token, word in zip(sentence.tokens, work.words):
                    token.lemma = _lemma(word.lower(), token.pos, tuple(sorted(token.feats.items())))
            repair_homographs(sentence.tokens)
            repair_converbs(sentence.tokens)


def _body_end(tokens: Sequence[Token]) -> int:
    """One past the sentence's last word before its final punctuation."""
    end = len(tokens)
    while end > 0 and tokens[end - 1].text in ENDS:
        end -= 1
    return end


def _without_yo(words: Sequence[str]) -> Sequence[str]:
    """The words as the models read them: "ё" as "е". navec lacks many ё-spellings and has the е-spelling of
    nearly all, which is also the common one in the news it was trained on ("Соединённых Штатов" was tagged a
    singular noun, so the name stayed "Соединённых Штаты" and linked to nothing)."""
    if not any("ё" in word or "Ё" in word for word in words):
        return words
    return tuple(word.replace("ё", "е").replace("Ё", "Е") for word in words)


def _word_lemma(words: Sequence[str], tags: Sequence[int], index: int) -> str:
    return _tagged_lemma(words[index].lower(), tags[index])


# (word as written, tag) -> ``_tagged_lemma`` of the lower-cased word: the Lemmatizer's look-up of every token
_WRITTEN_LEMMAS: dict[tuple[str, int], str] = {}
KEPT_WRITTEN = 200_000  # (word, tag) pairs, then forgotten at once: a few hundred articles meet ~30,000


@lru_cache(maxsize=200_000)
def _tagged_lemma(word: str, tag: int) -> str:
    # the tag's own features, read as they are: no sorted key and no dict rebuilt for the first look-up of
    # each (word, tag) (~28,000 a fresh worker), and each tag has features of its own (no other key to share)
    return _lemma_of(word, *models().morph_tags[tag])


@lru_cache(maxsize=200_000)
def _lemma(word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
    return _lemma_of(word, pos, dict(feats))


def _lemma_of(word: str, pos: str, feats: dict[str, str]) -> str:
    """The lemma of a lower-case word (natasha lower-cases it anyway); ``feats`` only read."""
    if pos in ("PUNCT", "NUM", "SYM", "X") or not word[:1].isalpha():
        return word
    return lemma(word, pos, feats)


def make_tree(tokens: list[Token]) -> None:
    """Break the cycles the parser can predict (it picks each head on its own), so every token
    reaches the root by following heads: a token on a cycle is hung from the root."""
    heads = [token.head for token in tokens]
    rels = [token.rel for token in tokens]
    parsed = heads[:]
    break_cycles(heads, rels)
    if heads == parsed:  # most parses are trees already (a relation changes only with its word's head)
        return
    for token, head, rel in zip(tokens, heads, rels):
        token.head, token.rel = head, rel


def break_cycles(heads: list[int], rels: list[str]) -> None:
    """Make ``heads`` a tree in place: every word reaches the root by following heads (a head out of
    range is the root; a word on a cycle is hung from the first root).  The parser's own tree is
    made one so; the coder's repairs re-hang words and run it again (a walk up a cycle never ends)."""
    size = len(heads)
    roots = [index for index, head in enumerate(heads) if head < 0 or head >= size]
    if not roots and heads:
        heads[0], rels[0] = -1, "root"
        roots = [0]
    for index in roots:
        heads[index] = -1
    root = roots[0] if roots else -1
    # the walk that first reached each word: 0 none yet, else its start + 1. A word an earlier walk reached leads
    # to the root (that walk's cycle, if any, was cut), so a walk stops at any word walked; it found a cycle when
    # it came back to a word of its own (one list for every walk: no path list or set made per word)
    walked = [0] * size
    for start in range(size):
        if walked[start]:
            continue
        stamp = start + 1
        current = start
        while current >= 0 and not walked[current]:
            walked[current] = stamp
            current = heads[current]
        if current >= 0 and walked[current] == stamp:  # came back to a word already on this path: a cycle
            heads[current] = root if root != current else -1
            if heads[current] == -1:
                rels[current] = "root"


class _Place(NamedTuple):
    start: int
    stop: int
