"""The working state of one article while the pipeline runs over it.

``Doc.article`` is what the pipeline produces (the data model, original offsets);
``Doc.clean`` is the cleaned text the models and rules read.  Rules match on
``doc.clean.text`` and convert every match with ``doc.span`` before they store it,
so nothing but original offsets ever reaches the Article.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Optional

from letopis.ingest.clean import CleanText
from letopis.model import Article


@dataclass
class SentenceWork:
    """A sentence as the models see it: clean offsets and the words fed to them."""

    clean_start: int
    clean_stop: int
    words: list[str] = field(default_factory=list)  # each word as the clean text has it (its span's text)
    word_spans: list[tuple[int, int]] = field(default_factory=list)  # clean offsets
    tags: list[int] = field(default_factory=list)  # the morphology model's tag of each word (Tagger)


_CLEAN_START = attrgetter("clean_start")
_LEMMA = attrgetter("lemma")


@dataclass
class Doc:
    article: Article
    clean: CleanText
    sents: list[SentenceWork] = field(default_factory=list)  # parallel to article.sentences
    # raw NER spans in clean offsets: (start, stop, type)
    ner_spans: list[tuple[int, int, str]] = field(default_factory=list)
    _capitalised: Optional[list[list[int]]] = field(default=None, repr=False, compare=False)
    _lower_words: Optional[list[list[str]]] = field(default=None, repr=False, compare=False)
    _lemma_keys: Optional[list[list[str]]] = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The cleaned text rules should match on."""
        return self.clean.text

    def span(self, start: int, stop: int) -> tuple[int, int, str]:
        """Original ``(start, stop, text)`` for the clean span ``[start, stop)``."""
        orig_start, orig_stop = self.clean.span(start, stop)
        return orig_start, orig_stop, self.article.text[orig_start:orig_stop]

    def capitalised(self) -> list[list[int]]:
        """The positions of the tokens whose first letter is a capital, by sentence: the words a name can
        begin with, which the name steps both look at (found once per article)."""
        if self._capitalised is None:
            self._capitalised = [
                [position for position, token in enumerate(sentence.tokens) if token.text[:1].isupper()]
                for sentence in self.article.sentences
            ]
        return self._capitalised

    def lower_words(self) -> list[list[str]]:
        """Each word lower-cased with "ё" read as "е", by sentence (parallel to the tokens): the form word lists
        and the quote frames match, made once per article for the steps that read it."""
        if self._lower_words is None:
            self._lower_words = [[word.lower().replace("ё", "е") for word in work.words] for work in self.sents]
        return self._lower_words

    def lemma_keys(self) -> list[list[str]]:
        """Each token's lemma with "ё" read as "е", by sentence (parallel to the tokens): the key the lexicons of
        lemmas are written in, made once per article. The Lemmatizer's lemmas are lower case and hold no space.
        Asked only after the Lemmatizer (the steps before it read no lemma); an empty lemma stays empty."""
        if self._lemma_keys is None:
            self._lemma_keys = [[lemma.replace("ё", "е") for lemma in map(_LEMMA, sentence.tokens)]
                                for sentence in self.article.sentences]
        return self._lemma_keys

    def sentence_of(self, clean_offset: int) -> int:
        """Index of the sentence holding the clean offset, or -1."""
        # the last sentence starting at or before the offset (sentences are in text order and do not overlap)
        index = bisect_right(self.sents, clean_offset, key=_CLEAN_START) - 1
        return index if index >= 0 and clean_offset < self.sents[index].clean_stop else -1
