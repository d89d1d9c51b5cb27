"""Command line of the event coder: ``letopis eval events GOLD_DIR``."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from letopis.errors import UserError


def register(commands) -> None:
    parser = commands.eval.add_parser(
        "events",
        help="score the event coder against a gold folder (docs/*.txt + gold.jsonl)",
        description="Analyse GOLD_DIR/docs/*.txt and print the event scores of EVENTS.md.",
    )
    parser.add_argument("gold", type=Path, metavar="GOLD_DIR")
    parser.add_argument("--errors", action="store_true", help="list every miss and false positive")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.set_defaults(handler=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    from letopis.events.evaluate import report_lines, run_gold

    if not args.gold.is_dir():
        raise UserError(f"{args.gold}: not a folder")
    started = time.perf_counter()
    evaluation = run_gold(args.gold)
    seconds = time.perf_counter() - started
    if args.format == "json":
        data = evaluation.as_dict()
        data["seconds"] = round(seconds, 2)
        if args.errors:
            data["errors"] = [
                {
                    "level": level,
                    "kind": kind,
                    "tuple": list(item),
                    "evidence": evaluation.evidence.get((level, item), ""),
                }
                for level, score in evaluation.scores.items()
                for kind, items in (("miss", score.misses), ("false_positive", score.false_positives))
                for item in items
            ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    lines = report_lines(evaluation, errors=args.errors)
    lines.insert(1, f"analysed in {seconds:.1f} s")
    print("\n".join(lines))
    return 0
