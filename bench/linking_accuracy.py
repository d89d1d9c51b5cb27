"""Share of hand-labelled PER/ORG mentions of the corpus linked to the right KB actor.

Sample: tests/data/linking_sample.tsv, columns ``article  start  stop  text  actor  published`` (article
file under /work/shared/corpus/wikinews, original offsets, the correct KB actor id judged by hand, the
article's date judged from its content: the linker codes and disambiguates on that date).
Run: ``.venv/bin/python bench/linking_accuracy.py [SAMPLE | --sample PATH] [--corpus DIR]``
(tests/data/linking_sample_fresh.tsv is the second, blind sample: see docs/linking.md, "Fresh sample").
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sample", nargs="?", type=Path, default=ROOT / "tests/data/linking_sample.tsv")
    parser.add_argument("--sample", dest="sample_option", type=Path, help="sample TSV (same as the positional SAMPLE)")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/wikinews")
    args = parser.parse_args()
    if args.sample_option:
        args.sample = args.sample_option

    from letopis.kb.evaluate import linking_analyzer
    from letopis.pipeline import make_article

    rows = defaultdict(list)
    with args.sample.open(encoding="utf-8") as file:
        for row in csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t"):
            rows[row["article"]].append(row)
    analyzer = linking_analyzer()
    right = total = 0
    for name, labels in sorted(rows.items()):
        text = (args.corpus / name).read_text("utf-8")
        article = analyzer.run([make_article(text, id=name, published=labels[0].get("published") or None)])[0]
        spans = {(m.start, m.stop): e.actor.id if e.actor else "" for e in article.entities for m in e.mentions}
        for label in labels:
            total += 1
            given = spans.get((int(label["start"]), int(label["stop"])), "")
            if given == label["actor"]:
                right += 1
            else:
                print(f"{name}\t{label['text']}\twant {label['actor']}\tgot {given or '-'}")
    print(f"linked right: {right}/{total} = {right / total if total else 0:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
