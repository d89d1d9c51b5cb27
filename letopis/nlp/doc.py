"""The working state of one article while the pipeline runs over it.

``Doc.article`` is what the pipeline produces (the data model, original offsets);
``Doc.clean`` is the cleaned text the models and rules read.  Rules match on
``doc.clean.text`` and convert every match with ``doc.span`` before they store it,
so nothing but original offsets ever reaches the Article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from letopis.ingest.clean import CleanText
from letopis.model import Article


@dataclass
class SentenceWork:
    """A sentence as the models see it: clean offsets and the words fed to them."""

    clean_start: int
    clean_stop: int
    words: list[str] = field(default_factory=list)
    word_spans: list[tuple[int, int]] = field(default_factory=list)  # clean offsets
    tags: list[int] = field(default_factory=list)  # the morphology model's tag of each word (Tagger)


@dataclass
class Doc:
    article: Article
    clean: CleanText
    sents: list[SentenceWork] = field(default_factory=list)  # parallel to article.sentences
    # raw NER spans in clean offsets: (start, stop, type)
    ner_spans: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The cleaned text rules should match on."""
        return self.clean.text

    def span(self, start: int, stop: int) -> tuple[int, int, str]:
        """Original ``(start, stop, text)`` for the clean span ``[start, stop)``."""
        orig_start, orig_stop = self.clean.span(start, stop)
        return orig_start, orig_stop, self.article.text[orig_start:orig_stop]

    def sentence_of(self, clean_offset: int) -> int:
        """Index of the sentence holding the clean offset, or -1."""
        low, high = 0, len(self.sents) - 1
        while low <= high:
            middle = (low + high) // 2
            sent = self.sents[middle]
            if clean_offset < sent.clean_start:
                high = middle - 1
            elif clean_offset >= sent.clean_stop:
                low = middle + 1
            else:
                return middle
        return -1
