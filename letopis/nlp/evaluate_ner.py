"""``letopis eval ner DIR``: named entities against NEREL, side by side with plain natasha.

NEREL (brat ``.txt``/``.ann`` pairs) has 29 nested types; PERSON -> PER,
ORGANIZATION -> ORG and COUNTRY, CITY, STATE_OR_PROV, DISTRICT, LOCATION -> LOC
are compared, outermost spans only, exact (start, stop, type) match.  letopis is
scored on its name and abbreviation mentions (country adjectives and role nouns
are not names in NEREL's sense).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from letopis.errors import UserError
from letopis.model import Article

TYPE_MAP = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "COUNTRY": "LOC",
    "CITY": "LOC",
    "STATE_OR_PROV": "LOC",
    "DISTRICT": "LOC",
    "LOCATION": "LOC",
}
TYPES = ("PER", "LOC", "ORG")
NAME_KINDS = ("name", "abbreviation")

Span = tuple[int, int, str]


@dataclass
class Scores:
    true_positive: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)

    def add(self, predicted: set[Span], gold: set[Span]) -> None:
        for start, stop, kind in predicted:
            self.predicted[kind] += 1
            if (start, stop, kind) in gold:
                self.true_positive[kind] += 1
        for _, _, kind in gold:
            self.gold[kind] += 1

    def prf(self, kind: str) -> tuple[float, float, float]:
        tp, predicted, gold = self.true_positive[kind], self.predicted[kind], self.gold[kind]
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {kind: dict(zip(("precision", "recall", "f1"), self.prf(kind))) for kind in TYPES}


def read_brat(path: Path) -> set[Span]:
    spans = set()
    for line in path.read_text("utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, info, *_ = line.split("\t")
        kind, *positions = info.split(" ")
        if kind not in TYPE_MAP or ";" in " ".join(positions):
            continue  # discontinuous spans cannot match a contiguous prediction
        spans.add((int(positions[0]), int(positions[1]), TYPE_MAP[kind]))
    return outermost(spans)


def outermost(spans: Iterable[Span]) -> set[Span]:
    ordered = sorted(set(spans), key=lambda span: (span[0], -span[1], span[2]))
    kept: list[Span] = []
    for span in ordered:
        if kept and span[0] >= kept[-1][0] and span[1] <= kept[-1][1]:
            continue
        kept.append(span)
    return set(kept)


def letopis_spans(article: Article) -> set[Span]:
    return outermost(
        (mention.start, mention.stop, entity.type)
        for entity in article.entities
        if entity.type in TYPES
        for mention in entity.mentions
        if mention.kind in NAME_KINDS
    )


def natasha_spans(texts: list[str]) -> list[set[Span]]:
    from letopis.nlp.morph import natasha_module

    natasha = natasha_module()
    segmenter, tagger = natasha.Segmenter(), natasha.NewsNERTagger(natasha.NewsEmbedding())
    found = []
    for text in texts:
        doc = natasha.Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        found.append(outermost((span.start, span.stop, span.type) for span in doc.spans))
    return found


def evaluate(directory: Path) -> dict[str, Scores]:
    from letopis.pipeline import Analyzer, make_article

    pairs = sorted((path, path.with_suffix(".ann")) for path in directory.glob("*.txt"))
    pairs = [(text, ann) for text, ann in pairs if ann.exists()]
    if not pairs:
        raise UserError(f"{directory}: no brat .txt/.ann pairs")
    texts = [text.read_text("utf-8") for text, _ in pairs]
    golds = [read_brat(ann) for _, ann in pairs]
    analyzer = Analyzer()
    articles = analyzer.pipe(make_article(text, id=path.stem) for text, (path, _) in zip(texts, pairs))
    scores = {"letopis": Scores(), "natasha": Scores()}
    for article, gold in zip(articles, golds):
        scores["letopis"].add(letopis_spans(article), gold)
    for spans, gold in zip(natasha_spans(texts), golds):
        scores["natasha"].add(spans, gold)
    return scores


def register(commands) -> None:
    parser = commands.eval.add_parser("ner", help="score PER/LOC/ORG against a NEREL (brat) directory")
    parser.add_argument("directory", metavar="DIR", help="a directory of brat .txt/.ann pairs")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(handler=run)


def run(args) -> int:
    directory = Path(args.directory)
    if not directory.is_dir():
        raise UserError(f"{directory}: not a directory")
    scores = evaluate(directory)
    if args.format == "json":
        print(json.dumps({name: score.as_dict() for name, score in scores.items()}, indent=2))
        return 0
    print(f"{'type':<5} {'system':<8} {'P':>6} {'R':>6} {'F1':>6}  gold")
    for kind in TYPES:
        for name, score in scores.items():
            precision, recall, f1 = score.prf(kind)
            print(f"{kind:<5} {name:<8} {precision:6.3f} {recall:6.3f} {f1:6.3f}  {score.gold[kind]}")
    gaps = [f"{kind} {scores['letopis'].prf(kind)[2] - scores['natasha'].prf(kind)[2]:+.3f}" for kind in TYPES]
    print("F1 letopis - natasha: " + ", ".join(gaps))
    return 0
