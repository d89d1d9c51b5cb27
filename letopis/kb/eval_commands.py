"""Command line of the linking evaluation: ``letopis eval linking DIR``."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from letopis.errors import UserError


def register(commands) -> None:
    parser = commands.eval.add_parser(
        "linking",
        help="score entity linking against NEREL's Wikidata links (brat .ann + .txt)",
        description="Analyse DIR/*.txt and score the Wikidata ids of the linked actors against "
        "the Reference lines of DIR/*.ann: precision and coverage per NEREL type.",
    )
    parser.add_argument("directory", type=Path, metavar="DIR")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--errors", action="store_true", help="list every wrong id")
    parser.add_argument("--misses", action="store_true", help="list every linked NEREL mention given no id")
    parser.set_defaults(handler=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    from letopis.kb.evaluate import evaluate, report

    if not args.directory.is_dir():
        raise UserError(f"{args.directory}: not a folder")
    started = time.perf_counter()
    scores = evaluate(args.directory, limit=args.limit)
    print(report(scores))
    print(f"analysed in {time.perf_counter() - started:.1f} s")
    if args.errors:
        for doc, kind, text, gold, given in scores.errors:
            print(f"{doc}\t{kind}\t{text}\tgold {gold}\tgiven {given}")
    if args.misses:
        for doc, kind, text, gold in scores.misses:
            print(f"{doc}\t{kind}\t{text}\tgold {gold}\tmissed")
    return 0
