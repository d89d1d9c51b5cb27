"""Score entity linking against NEREL's Wikidata links (``letopis eval linking DIR``).

NEREL brat files: ``T`` lines are entity spans, ``N`` lines link one of them to
Wikidata (``N1<TAB>Reference T3 Wikidata:Q159<TAB>Россия``; ``Wikidata:NULL`` when the
entity has no item).  A NEREL mention is matched to the letopis mention with the same
span, else to the letopis mention that contains it or lies inside it and overlaps at
least half of the longer span and starts where it starts (the head of a Russian
noun phrase comes first); the id letopis gives is its entity's ``actor.wikidata``.

- precision: of the ids letopis gives on mentions NEREL links to an item, the share
  that is NEREL's item, over all types and over the actor types (on PROFESSION and
  NATIONALITY mentions NEREL links a concept where letopis links the person or the
  country meant); ids given where NEREL says NULL are reported apart;
- coverage per NEREL type: the share of NEREL's linked mentions that letopis links to
  the right item (COUNTRY, ORGANIZATION and PERSON are the targets).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from letopis.errors import UserError
from letopis.model import Article

log = logging.getLogger(__name__)

TARGET_TYPES = ("COUNTRY", "ORGANIZATION", "PERSON")
# NEREL types that name actors or places; on PROFESSION ("президент России") and NATIONALITY
# ("российский") NEREL links the concept, letopis the person or country meant: reported apart
ACTOR_TYPES = TARGET_TYPES + ("CITY", "STATE_OR_PROVINCE")
LINKER_STEP = "letopis.kb.link:ActorLinker"
MIN_OVERLAP = 0.5  # a nested match must cover half of the longer span
# NEREL's brat spans take along a quote mark next to a name ("«Российская" of «Российская газета»)
EDGE_MARKS = "«»„“”\"'"


@dataclass
class GoldLink:
    type: str
    start: int
    stop: int
    text: str
    qid: Optional[str]  # None: NEREL says the entity has no Wikidata item


@dataclass
class Scores:
    given: Counter[str] = field(default_factory=Counter)  # per type: ids letopis gave on linked mentions
    right: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)  # per type: mentions NEREL links to an item
    given_on_null: int = 0
    errors: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # doc, type, text, gold, given
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, type, text, gold

    def precision(self, kind: Optional[str] = None, kinds: Optional[tuple[str, ...]] = None) -> float:
        if kind:
            given, right = self.given[kind], self.right[kind]
        else:
            given = sum(value for key, value in self.given.items() if kinds is None or key in kinds)
            right = sum(value for key, value in self.right.items() if kinds is None or key in kinds)
        return right / given if given else 0.0

    def coverage(self, kind: Optional[str] = None) -> float:
        gold = self.gold[kind] if kind else sum(self.gold.values())
        right = self.right[kind] if kind else sum(self.right.values())
        return right / gold if gold else 0.0


def read_links(path: Path) -> list[GoldLink]:
    spans: dict[str, tuple[str, int, int, str]] = {}
    links: list[GoldLink] = []
    lines = path.read_text("utf-8").splitlines()
    for line in lines:
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, offsets = parts[1].partition(" ")
            numbers = [int(number) for piece in offsets.split(";") for number in piece.split()]
            spans[parts[0]] = (kind, min(numbers), max(numbers), parts[2])
    for line in lines:
        parts = line.split("\t")
        if not line.startswith("N") or len(parts) < 2:
            continue
        fields = parts[1].split()
        if len(fields) != 3 or fields[0] != "Reference" or fields[1] not in spans:
            continue
        if not fields[2].startswith("Wikidata:"):
            continue
        qid = fields[2].split(":", 1)[1]
        kind, start, stop, text = spans[fields[1]]
        start, stop, text = _trim_marks(start, stop, text)
        links.append(GoldLink(kind, start, stop, text, qid if qid.startswith("Q") else None))
    return links


def _trim_marks(start: int, stop: int, text: str) -> tuple[int, int, str]:
    """A span without the quote marks at its edges (a span of marks alone is kept as it is)."""
    trimmed = text.strip(EDGE_MARKS)
    if not trimmed:
        return start, stop, text
    start += len(text) - len(text.lstrip(EDGE_MARKS))
    return start, start + len(trimmed), trimmed


def _mention_index(article: Article) -> list[tuple[int, int, Optional[str]]]:
    return [
        (mention.start, mention.stop, entity.actor.wikidata if entity.actor else None)
        for entity in article.entities
        for mention in entity.mentions
    ]


def match(link: GoldLink, mentions: list[tuple[int, int, Optional[str]]]) -> Optional[tuple[int, int, Optional[str]]]:
    """The letopis mention for a NEREL span: the same span, else the best nested one."""
    best, best_overlap = None, 0
    for mention in mentions:
        start, stop, _ = mention
        if (start, stop) == (link.start, link.stop):
            return mention
        nested = (start <= link.start and link.stop <= stop) or (link.start <= start and stop <= link.stop)
        overlap = min(stop, link.stop) - max(start, link.start)
        # a modifier inside the span is another mention ("США" of "президента США"): a nested letopis
        # mention must contain the NEREL span or start where it starts (Russian noun phrases are head-first)
        same_head = start <= link.start
        if nested and same_head and overlap >= MIN_OVERLAP * max(stop - start, link.stop - link.start) \
                and overlap > best_overlap:
            best, best_overlap = mention, overlap
    return best


def score_article(doc: str, article: Article, links: list[GoldLink], scores: Scores) -> None:
    mentions = _mention_index(article)
    for link in links:
        found = match(link, mentions)
        given = found[2] if found else None
        if link.qid is None:
            scores.given_on_null += given is not None
            continue
        scores.gold[link.type] += 1
        if given is None:
            scores.misses.append((doc, link.type, link.text, link.qid))
            continue
        scores.given[link.type] += 1
        if given == link.qid:
            scores.right[link.type] += 1
        else:
            scores.errors.append((doc, link.type, link.text, link.qid, given))


def linking_analyzer() -> Any:
    """The default steps up to the ActorLinker: what linking needs, without the event coder."""
    from letopis.pipeline import DEFAULT_STEPS, Analyzer, load_step

    last = DEFAULT_STEPS.index(LINKER_STEP) if LINKER_STEP in DEFAULT_STEPS else len(DEFAULT_STEPS) - 1
    steps = [load_step(path) for path in DEFAULT_STEPS[: last + 1]]
    if LINKER_STEP not in DEFAULT_STEPS:
        steps += [load_step("letopis.kb.roles:RoleTagger"), load_step(LINKER_STEP)]
    return Analyzer(steps=steps)


def evaluate(directory: Path, analyzer: Any = None, limit: Optional[int] = None) -> Scores:
    from letopis.pipeline import make_article

    paths = sorted(directory.glob("*.ann"))[:limit]
    if not paths:
        raise UserError(f"no brat .ann files in {directory}")
    analyzer = analyzer or linking_analyzer()
    scores = Scores()
    batch = 16
    for offset in range(0, len(paths), batch):
        chunk = paths[offset: offset + batch]
        articles = [make_article(path.with_suffix(".txt").read_text("utf-8"), id=path.stem) for path in chunk]
        for path, article in zip(chunk, analyzer.run(articles)):
            score_article(path.stem, article, read_links(path), scores)
    return scores


def report(scores: Scores) -> str:
    lines = [f"{'type':<20}{'gold':>7}{'given':>7}{'right':>7}{'precision':>11}{'coverage':>10}"]
    kinds = sorted(scores.gold, key=lambda kind: (kind not in TARGET_TYPES, -scores.gold[kind]))
    for kind in kinds:
        lines.append(f"{kind:<20}{scores.gold[kind]:>7}{scores.given[kind]:>7}{scores.right[kind]:>7}"
                     f"{scores.precision(kind):>11.3f}{scores.coverage(kind):>10.3f}")
    lines.append(f"{'all':<20}{sum(scores.gold.values()):>7}{sum(scores.given.values()):>7}"
                 f"{sum(scores.right.values()):>7}{scores.precision():>11.3f}{scores.coverage():>10.3f}")
    lines.append(f"precision on actor types ({', '.join(ACTOR_TYPES)}): {scores.precision(kinds=ACTOR_TYPES):.3f}")
    lines.append(f"ids given where NEREL has no item (Wikidata:NULL): {scores.given_on_null}")
    return "\n".join(lines)
