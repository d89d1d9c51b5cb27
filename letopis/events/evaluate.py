"""Score events against a gold folder, as ``EVENTS.md`` defines the scores.

A gold folder holds ``docs/<id>.txt`` and ``gold.jsonl``.  Two kinds exist:
article sets (gold events carry ``cameo``), scored main / strict / PLOVER with
attribute accuracy, and sentence sets (gold events carry ``plover``), scored at
the PLOVER level only.  A tuple is ``(doc, type, source key, target key)``;
optional gold tuples are neither misses nor false positives, negated
predictions are left out.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from letopis.errors import UserError
from letopis.events.cameo import cameo_table
from letopis.model import Article, Event

log = logging.getLogger(__name__)

SYMMETRIC_ROOTS = {"04", "05", "06", "19"}
SYMMETRIC_PLOVER = {"CONSULT", "COOPERATE", "AGREE"}
ROLES = {
    "GOV",
    "MIL",
    "SPY",
    "COP",
    "LEG",
    "JUD",
    "OPP",
    "INS",
    "REB",
    "MED",
    "BUS",
    "CVL",
    "REF",
    "ELI",
    "LAB",
    "EDU",
    "UAF",
    "IGO",
    "NGO",
    "ENV",
    "HLH",
    "CRM",
    "AGR",
    "RAD",
    "MOD",
}
MISSING = "---"


def actor_key(code: str | None) -> str:
    """The COUNTRY part of an actor code: RUSGOV -> RUS, IGOUNMIL -> IGOUN, None -> ---."""
    if not code:
        return MISSING
    code = code.strip()
    if code.startswith(("IGO", "NGO")) and len(code) > 3:
        # the acronym has no fixed length: strip role suffixes from the end
        body = code
        while len(body) > 6 and body[-3:].upper() in ROLES:
            body = body[:-3]
        return body.upper()
    return code[:3].upper()


# ---------------------------------------------------------------- gold


@dataclass
class GoldEvent:
    doc: str
    cameo: str | None
    plover: str | None
    source: str | None
    target: str | None
    optional: bool
    date: str | None = None
    location: str | None = None
    quantity: float | None = None
    evidence: str = ""
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass
class GoldDoc:
    id: str
    published: str | None
    events: list[GoldEvent]
    path: Path


def read_gold(folder: Path) -> list[GoldDoc]:
    gold_file = folder / "gold.jsonl"
    if not gold_file.is_file():
        raise UserError(f"{folder}: no gold.jsonl")
    docs = []
    for number, line in enumerate(gold_file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise UserError(f"{gold_file}:{number}: {error}") from None
        doc_id = data["doc"]
        path = folder / "docs" / f"{doc_id}.txt"
        if not path.is_file():
            raise UserError(f"{gold_file}:{number}: no {path}")
        events = [
            GoldEvent(
                doc=doc_id,
                cameo=event.get("cameo"),
                plover=event.get("plover"),
                source=event.get("source"),
                target=event.get("target"),
                optional=bool(event.get("optional")),
                date=event.get("date"),
                location=event.get("location"),
                quantity=event.get("quantity"),
                evidence=event.get("evidence") or "",
                raw=event,
            )
            for event in data.get("events", [])
        ]
        docs.append(GoldDoc(doc_id, data.get("published"), events, path))
    return docs


def is_sentence_set(docs: list[GoldDoc]) -> bool:
    events = [event for doc in docs for event in doc.events]
    return bool(events) and all(event.cameo is None and event.plover for event in events)


# ---------------------------------------------------------------- tuples

Tuple = tuple[str, str, str, str]


def plover_of(cameo: str | None) -> str | None:
    if not cameo:
        return None
    entry = cameo_table().lookup(cameo)
    return entry.plover if entry else None


def make_tuple(doc: str, kind: str, source: str, target: str, symmetric: bool) -> Tuple:
    if symmetric and target < source:
        source, target = target, source
    return (doc, kind, source, target)


def main_tuple(doc: str, cameo: str, source: str | None, target: str | None) -> Tuple:
    root = cameo[:2]
    return make_tuple(doc, root, actor_key(source), actor_key(target), root in SYMMETRIC_ROOTS)


def strict_tuple(doc: str, cameo: str, source: str | None, target: str | None) -> Tuple:
    return make_tuple(
        doc, cameo, (source or MISSING).upper(), (target or MISSING).upper(), cameo[:2] in SYMMETRIC_ROOTS
    )


def plover_tuple(doc: str, plover: str | None, source: str | None, target: str | None) -> Tuple | None:
    if not plover:
        return None  # CAMEO 01 and 02 have no PLOVER type: not scored at that level
    plover = plover.upper()
    return make_tuple(doc, plover, actor_key(source), actor_key(target), plover in SYMMETRIC_PLOVER)


# ---------------------------------------------------------------- scores


@dataclass
class Score:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[Tuple] = field(default_factory=list)
    false_positives: list[Tuple] = field(default_factory=list)
    matched: list[Tuple] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }

    def line(self) -> str:
        return (
            f"{self.name:<7} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"
            f"  (tp={self.tp} fp={self.fp} fn={self.fn})"
        )


def score_sets(name: str, required: set[Tuple], optional: set[Tuple], predicted: set[Tuple]) -> Score:
    optional = optional - required
    score = Score(name)
    score.matched = sorted(predicted & required)
    score.misses = sorted(required - predicted)
    score.false_positives = sorted(predicted - required - optional)
    score.tp, score.fn, score.fp = len(score.matched), len(score.misses), len(score.false_positives)
    return score


@dataclass
class Evaluation:
    kind: str  # articles or sentences
    scores: dict[str, Score]
    attributes: dict[str, tuple[int, int]]  # name -> (correct, compared)
    docs: int
    gold_events: int
    predicted_events: int
    evidence: dict[tuple[str, Tuple], str] = field(default_factory=dict)  # (score name, tuple) -> sentence

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "docs": self.docs,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "scores": {name: score.as_dict() for name, score in self.scores.items()},
            "attributes": {
                name: {
                    "accuracy": round(right / total, 4) if total else None,
                    "correct": right,
                    "compared": total,
                }
                for name, (right, total) in self.attributes.items()
            },
        }


def _same_quantity(gold: Any, predicted: float | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    try:
        return abs(float(gold) - float(predicted)) < 1e-6
    except (TypeError, ValueError):
        return False


def evaluate(docs: list[GoldDoc], articles: dict[str, Article]) -> Evaluation:
    """Compare the events of ``articles`` (by doc id) with the gold ``docs``."""
    sentences = is_sentence_set(docs)
    levels = ["plover"] if sentences else ["main", "strict", "plover"]
    required: dict[str, set[Tuple]] = {level: set() for level in levels}
    optional: dict[str, set[Tuple]] = {level: set() for level in levels}
    predicted: dict[str, set[Tuple]] = {level: set() for level in levels}
    evidence: dict[tuple[str, Tuple], str] = {}
    gold_by_main: dict[Tuple, GoldEvent] = {}
    predicted_by_main: dict[Tuple, Event] = {}
    predicted_count = 0

    for doc in docs:
        for gold in doc.events:
            tuples: dict[str, Tuple | None] = {}
            if sentences:
                tuples["plover"] = plover_tuple(doc.id, gold.plover, gold.source, gold.target)
            elif gold.cameo:
                tuples["main"] = main_tuple(doc.id, gold.cameo, gold.source, gold.target)
                tuples["strict"] = strict_tuple(doc.id, gold.cameo, gold.source, gold.target)
                tuples["plover"] = plover_tuple(doc.id, plover_of(gold.cameo), gold.source, gold.target)
            for level, item in tuples.items():
                if item is None:
                    continue
                (optional if gold.optional else required)[level].add(item)
                evidence.setdefault((level, item), gold.evidence)
            if not gold.optional and "main" in tuples:
                gold_by_main.setdefault(tuples["main"], gold)
        article = articles.get(doc.id)
        for event in article.events if article else []:
            if event.negated or not event.cameo:
                continue
            predicted_count += 1
            tuples = {
                "plover": plover_tuple(
                    doc.id, event.plover or plover_of(event.cameo), event.source, event.target
                )
            }
            if not sentences:
                tuples["main"] = main_tuple(doc.id, event.cameo, event.source, event.target)
                tuples["strict"] = strict_tuple(doc.id, event.cameo, event.source, event.target)
                predicted_by_main.setdefault(tuples["main"], event)
            for level, item in tuples.items():
                if item is None:
                    continue
                predicted[level].add(item)
                evidence.setdefault((level, item), event.evidence)

    scores = {
        level: score_sets(level, required[level], optional[level], predicted[level]) for level in levels
    }
    attributes: dict[str, tuple[int, int]] = {}
    if "main" in scores:
        counts = {"date": [0, 0], "location": [0, 0], "quantity": [0, 0]}
        for item in scores["main"].matched:
            gold, event = gold_by_main[item], predicted_by_main[item]
            checks = {
                "date": gold.date == event.date,
                "location": gold.location == event.location,
                "quantity": _same_quantity(gold.quantity, event.quantity),
            }
            for name, right in checks.items():
                counts[name][0] += int(right)
                counts[name][1] += 1
        attributes = {name: (right, total) for name, (right, total) in counts.items()}
    return Evaluation(
        kind="sentences" if sentences else "articles",
        scores=scores,
        attributes=attributes,
        docs=len(docs),
        gold_events=sum(len(doc.events) for doc in docs),
        predicted_events=predicted_count,
        evidence=evidence,
    )


# ---------------------------------------------------------------- running


def gold_articles(docs: list[GoldDoc]) -> Iterator[Article]:
    from letopis.pipeline import make_article

    for doc in docs:
        text = doc.path.read_text(encoding="utf-8")
        yield make_article(text, published=doc.published, id=doc.id)


def run_gold(
    folder: Path, analyze: Callable[[Iterable[Article]], Iterable[Article]] | None = None
) -> Evaluation:
    """Analyse every document of the gold ``folder`` and score the events."""
    docs = read_gold(folder)
    if analyze is None:
        from letopis.pipeline import default_analyzer

        analyze = default_analyzer().pipe
    articles = {article.id: article for article in analyze(gold_articles(docs))}
    return evaluate(docs, articles)


# ---------------------------------------------------------------- reports


def _format_tuple(item: Tuple) -> str:
    doc, kind, source, target = item
    return f"{doc}  {kind}  {source} -> {target}"


def report_lines(evaluation: Evaluation, errors: bool = False) -> list[str]:
    lines = [
        f"{evaluation.kind}: {evaluation.docs} docs, {evaluation.gold_events} gold events, "
        f"{evaluation.predicted_events} predicted (not negated)"
    ]
    if errors:
        for level, score in evaluation.scores.items():
            for title, items in (("miss", score.misses), ("false positive", score.false_positives)):
                for item in items:
                    sentence = evaluation.evidence.get((level, item), "")
                    lines.append(f"[{level}] {title}: {_format_tuple(item)}  | {sentence}")
    attributes = ", ".join(
        f"{name} {right / total:.2f} ({right}/{total})" if total else f"{name} -"
        for name, (right, total) in evaluation.attributes.items()
    )
    scores = evaluation.scores
    if "main" in scores:
        lines.append(scores["main"].line())
        lines.append(scores["strict"].line() + f" | attributes: {attributes}")
        lines.append(scores["plover"].line())
    else:
        lines.append(f"(sentence set: scored at the PLOVER level only; {evaluation.docs} docs)")
        lines.append(f"gold events {evaluation.gold_events}, predicted {evaluation.predicted_events}")
        lines.append(scores["plover"].line())
    return lines
