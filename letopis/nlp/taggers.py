"""natasha's neural taggers (slovnet) run over whole batches of documents.

Sentences of every document in a batch are sorted by length before they go to
a tagger, so a model batch holds sentences of similar length and little padding
(measured 1.5-1.9x faster than natasha's per-document batching).  NER runs per
sentence for the same reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from threadpoolctl import threadpool_limits

from letopis.model import Token
from letopis.nlp.doc import Doc
from letopis.nlp.morph import lemma, morph_vocab, natasha_module

MODEL_BATCH = 32


@lru_cache(maxsize=1)
def models() -> dict[str, Any]:
    natasha = natasha_module()
    embedding = natasha.NewsEmbedding()
    found = {
        "morph": natasha.NewsMorphTagger(embedding),
        "syntax": natasha.NewsSyntaxParser(embedding),
        "ner": natasha.NewsNERTagger(embedding),
    }
    for model in found.values():
        model.batch_size = MODEL_BATCH
        model.infer.encoder.batch_size = MODEL_BATCH
    return found


def _sorted_map(items: list[Any], run: Callable[[list[Any]], Iterable[Any]]) -> list[Any]:
    """``run`` over items sorted by length; results in the original order.

    One BLAS thread: the taggers multiply many tiny matrices, and OpenBLAS's
    thread hand-off costs more than it saves (measured 14.7 s against 0.8 s for
    the syntax of 40 articles on a busy 2-core machine).
    """
    order = sorted(range(len(items)), key=lambda index: len(items[index]))
    results: list[Any] = [None] * len(items)
    with threadpool_limits(1):
        for index, result in zip(order, run([items[index] for index in order])):
            results[index] = result
    return results


def _all_sentences(docs: list[Doc]) -> list[tuple[Doc, int]]:
    return [(doc, index) for doc in docs for index in range(len(doc.sents))]


class MorphTagger:
    def __call__(self, doc: Doc) -> None:
        self.batch([doc])

    def batch(self, docs: list[Doc]) -> None:
        places = _all_sentences(docs)
        words = [doc.sents[index].words for doc, index in places]
        markups = _sorted_map(words, models()["morph"].map)
        for (doc, index), markup in zip(places, markups):
            for token, tagged in zip(doc.article.sentences[index].tokens, markup.tokens):
                token.pos = tagged.pos
                token.feats = dict(tagged.feats)


class Lemmatizer:
    def __init__(self) -> None:
        morph_vocab()

    def __call__(self, doc: Doc) -> None:
        for sentence, work in zip(doc.article.sentences, doc.sents):
            for token, word in zip(sentence.tokens, work.words):
                token.lemma = _lemma(word, token.pos, tuple(sorted(token.feats.items())))


@lru_cache(maxsize=200_000)
def _lemma(word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
    if pos in ("PUNCT", "NUM", "SYM", "X") or not word[:1].isalpha():
        return word.lower()
    return lemma(word, pos, dict(feats))


class SyntaxParser:
    def __call__(self, doc: Doc) -> None:
        self.batch([doc])

    def batch(self, docs: list[Doc]) -> None:
        places = _all_sentences(docs)
        words = [doc.sents[index].words for doc, index in places]
        markups = _sorted_map(words, models()["syntax"].map)
        for (doc, index), markup in zip(places, markups):
            tokens = doc.article.sentences[index].tokens
            for token, parsed in zip(tokens, markup.tokens):
                token.head = int(parsed.head_id) - 1  # natasha counts from 1, 0 is the root
                token.rel = parsed.rel
            make_tree(tokens)


def make_tree(tokens: list[Token]) -> None:
    """Break the cycles the parser can predict (it picks each head on its own), so every token
    reaches the root by following heads: a token on a cycle is hung from the root."""
    size = len(tokens)
    roots = [index for index, token in enumerate(tokens) if token.head < 0 or token.head >= size]
    if not roots and tokens:
        tokens[0].head, tokens[0].rel = -1, "root"
        roots = [0]
    for index in roots:
        tokens[index].head = -1
    root = roots[0] if roots else -1
    for start in range(size):
        seen = set()
        current = start
        while current >= 0 and current not in seen:
            seen.add(current)
            current = tokens[current].head
        if current >= 0:  # came back to a token already on this path: a cycle
            tokens[current].head = root if root != current else -1
            if tokens[current].head == -1:
                tokens[current].rel = "root"


class NERTagger:
    """slovnet's NER model fed with the words razdel already gave (its own API would tokenize
    every sentence again and realign the tags to the text: the same words, twice the work)."""

    def __call__(self, doc: Doc) -> None:
        self.batch([doc])

    def batch(self, docs: list[Doc]) -> None:
        from slovnet.bio import bio_spans

        infer = models()["ner"].infer
        places = _all_sentences(docs)
        words = [doc.sents[index].words for doc, index in places]
        tags = _sorted_map(words, lambda items: infer.decoder(infer.process(infer.encoder(items))))
        for doc in docs:
            doc.ner_spans = []
        for (doc, index), sentence_tags in zip(places, tags):
            spans = [_Place(start, stop) for start, stop in doc.sents[index].word_spans]
            for span in bio_spans(spans, sentence_tags):
                doc.ner_spans.append((span.start, span.stop, span.type))


class _Place(NamedTuple):
    start: int
    stop: int
