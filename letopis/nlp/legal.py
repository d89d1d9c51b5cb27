"""Statutory labels after a name: "движения "Талибан" (запрещено в России)".

A parenthesis is a label when it names one of the kinds of
``data/legal_markers.tsv`` and holds little else (``data/legal_context.txt``
lists the words such labels are made of).  One LegalMarker is recorded per kind
the parenthesis names, all with the span of the whole parenthesis, so
"(признана экстремистской и запрещена в РФ)" gives an ``extremist`` and a
``banned`` marker.  Each marker is attached to the entity mention that ends just
before the parenthesis (closing quotes may stand between), and its kind is
added to that Entity's ``markers``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from letopis.data_files import data_lines
from letopis.model import Article, LegalMarker
from letopis.nlp.doc import Doc

log = logging.getLogger(__name__)

PARENTHESIS = re.compile(r"\(([^()\n]{3,200})\)")
WORD = re.compile(r"[\w-]+")
CLOSING = " \t\"'»“”’"  # what may stand between a name and its label
MAX_FOREIGN_WORDS = 3  # "(ИГ, запрещено в РФ)": a short alias may share the parenthesis


@dataclass(frozen=True)
class LegalLexicon:
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    context: re.Pattern[str]


@lru_cache(maxsize=1)
def lexicon() -> LegalLexicon:
    kinds = []
    for line in data_lines("letopis.nlp", "legal_markers.tsv"):
        kind, pattern = line.split("\t", 1)
        kinds.append((kind.strip(), re.compile(pattern.strip(), re.IGNORECASE)))
    context = re.compile("(?:{})".format("|".join(data_lines("letopis.nlp", "legal_context.txt"))), re.IGNORECASE)
    return LegalLexicon(tuple(kinds), context)


def label_kinds(content: str) -> list[str]:
    """Kinds named by the inside of a parenthesis, in file order; [] when it is not a label."""
    lex = lexicon()
    kinds = []
    rest = content
    for kind, pattern in lex.kinds:
        if pattern.search(rest):
            if kind not in kinds:
                kinds.append(kind)
            rest = pattern.sub(" ", rest)
    if not kinds:
        return []
    foreign = [word for word in WORD.findall(rest) if not lex.context.fullmatch(word)]
    return kinds if len(foreign) <= MAX_FOREIGN_WORDS else []


class LegalMarkerTagger:
    """Fills ``article.markers`` and ``Entity.markers``; runs after the entities are built."""

    def __call__(self, doc: Doc) -> None:
        article = doc.article
        article.markers = []
        text = doc.text
        for match in PARENTHESIS.finditer(text):
            kinds = label_kinds(match.group(1))
            if not kinds:
                continue
            start, stop, label = doc.span(match.start(), match.end())
            entity = self._entity_before(doc, match.start())
            if entity is None:
                log.debug("legal marker %r at %d follows no entity mention", label, start)
            for kind in kinds:
                article.markers.append(LegalMarker(start, stop, label, kind, entity))
                if entity is not None:
                    owner = article.entity(entity)
                    if owner is not None and kind not in owner.markers:
                        owner.markers.append(kind)

    @staticmethod
    def _entity_before(doc: Doc, paren: int) -> Optional[str]:
        """Id of the entity whose mention ends right before the clean offset ``paren``."""
        text = doc.text
        end = paren
        while end > 0 and text[end - 1] in CLOSING:
            end -= 1
        if end == 0:
            return None
        name_stop = doc.span(end - 1, end)[1]  # original offset just after the name
        paren_start = doc.span(paren, paren + 1)[0]
        return _mention_ending(doc.article, name_stop, paren_start)


def _mention_ending(article: Article, low: int, high: int) -> Optional[str]:
    """The entity with a mention ending in ``[low, high]``; the longest mention wins."""
    best: Optional[tuple[int, str]] = None
    for entity in article.entities:
        for mention in entity.mentions:
            if low <= mention.stop <= high and (best is None or mention.stop - mention.start > best[0]):
                best = (mention.stop - mention.start, entity.id)
    return best[1] if best else None
