"""Event scores of every gold set at once, with the groups the sessions measure generalisation by.

Scores each gold set under tests/events/data and the dev sets of ../shared/eval (main level for article sets,
PLOVER level for sentence sets) in one analysis pass, and sums them into groups of tp/fp/fn:

- ``odd`` / ``even``: the odd- and even-numbered documents of the probe sets (``probe-*``): the odd halves are
  read and tuned on, the even halves only scored (their README says so);
- ``blind``: the held-out sets nobody reads (``BLIND``): only their scores are ever looked at;
- ``read``: every other set (the dev sets and the held-out sets already read).

A change generalises when ``even`` and ``blind`` gain or hold, not when ``odd`` alone gains.
Run: ``.venv/bin/python bench/event_accuracy.py [--out FILE] [--only REGEX] [--workers 2]``
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DEV_SETS = ("seed", "plover-gsr-ru/dev", "articles/dev")
BLIND = frozenset({"heldout-plover", "heldout-articles11", "heldout-articles12", "heldout-articles13",
                   "heldout-articles23", "heldout-articles24"})
GROUPS = ("odd", "even", "read", "blind")


def gold_sets(only: str | None) -> list[tuple[str, Path]]:
    """(name, folder) of every gold set, the repository's first, then the dev sets."""
    found = [(folder.name, folder) for folder in sorted((ROOT / "tests/events/data").iterdir())]
    found += [(name, SHARED_EVAL / name) for name in DEV_SETS]
    found = [(name, folder) for name, folder in found if not only or re.search(only, name)]
    return [(name, folder) for name, folder in found if (folder / "gold.jsonl").exists()]


def missing_dev_sets(only: str | None) -> list[str]:
    """The dev sets asked for that are not there (a checkout without ../shared beside it): the report names them,
    so a group total without them is never mistaken for a whole one."""
    return [name for name in DEV_SETS
            if (not only or re.search(only, name)) and not (SHARED_EVAL / name / "gold.jsonl").exists()]


def half(doc: str) -> str:
    """The half of a probe set a document is in, by the number its id ends with."""
    number = re.search(r"(\d+)$", doc)
    return "odd" if number and int(number.group(1)) % 2 else "even"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    parser.add_argument("--only", help="score only the sets whose name matches this regular expression")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    from letopis.events.evaluate import evaluate, gold_articles, read_gold
    from letopis.pipeline import default_analyzer

    sets = [(name, folder, read_gold(folder)) for name, folder in gold_sets(args.only)]
    if not sets:
        parser.error("no gold set matches")
    articles = [article for _, _, docs in sets for article in gold_articles(docs)]
    analysed = {article.id: article for article in default_analyzer().pipe(articles, workers=args.workers)}
    totals = {group: [0, 0, 0] for group in GROUPS}
    lines = []
    for name, _, docs in sets:
        evaluation = evaluate(docs, analysed)
        level = "plover" if evaluation.kind == "sentences" else "main"
        score = evaluation.scores[level]
        lines.append(f"{name:24} {level:6} F1={score.f1:.3f} P={score.precision:.3f} R={score.recall:.3f} "
                     f"tp={score.tp} fp={score.fp} fn={score.fn}")
        if name.startswith("probe-"):
            for group in ("odd", "even"):
                counts = [sum(half(item[0]) == group for item in items)
                          for items in (score.matched, score.false_positives, score.misses)]
                lines.append(f"   {group:5} tp={counts[0]} fp={counts[1]} fn={counts[2]}")
                totals[group] = [total + count for total, count in zip(totals[group], counts)]
        else:
            group = "blind" if name in BLIND else "read"
            totals[group] = [total + count for total, count in zip(totals[group], (score.tp, score.fp, score.fn))]
    for group in GROUPS:
        tp, fp, fn = totals[group]
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        lines.append(f"GROUP {group:6} tp={tp} fp={fp} fn={fn} F1={f1:.3f}")
    lines += [f"MISSING {name}: no {SHARED_EVAL / name / 'gold.jsonl'} (not in the read group)"
              for name in missing_dev_sets(args.only)]
    report = "\n".join(lines)
    print(report)
    if args.out:
        args.out.write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
