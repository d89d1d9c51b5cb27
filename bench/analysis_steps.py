"""CPU seconds of each pipeline step over corpus articles, as one worker process of ``Analyzer.pipe`` runs them.

The models are warmed and the long-lived objects frozen as a worker does (``letopis.workers``), and the
garbage collector is paused during each batch as in a worker, so the collector's pauses do not land on
whichever step happens to run. The default 419 articles are what each of the benchmark's two workers
analyses. The machine is noisy: compare two trees by running them alternately, twice or more each.

    .venv/bin/python bench/analysis_steps.py [--limit 419] [--profile tottime|cumtime] [--only letopis/events]
"""

from __future__ import annotations

import argparse
import gc
import glob
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews"
BATCH = 64


def timed(function: Callable[..., Any], name: str, cost: Counter[str]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            cost[name] += time.process_time() - started

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=419, help="articles (default 419: one worker's share)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder of .txt articles")
    parser.add_argument("--profile", choices=("tottime", "cumtime"), help="also print a cProfile listing")
    parser.add_argument("--only", default="letopis", help="the profile lists functions whose path has this")
    args = parser.parse_args(argv)
    paths = sorted(glob.glob(str(args.corpus / "*.txt")))[: max(args.limit, 0)]
    if not paths:
        sys.exit(f"no .txt files in {args.corpus}")
    from letopis.pipeline import Analyzer, make_article
    from letopis.workers import WARM_UP_TEXT, settle_memory

    articles = [make_article(Path(path).read_text("utf-8")) for path in paths]
    analyzer = Analyzer()
    analyzer.run([make_article(WARM_UP_TEXT, published="2021-07-05")])
    for step in analyzer.steps:  # the tables a worker builds at start (letopis.workers._start_worker)
        if hasattr(step, "warm_up"):
            step.warm_up()
    settle_memory()
    cost: Counter[str] = Counter()
    for step in analyzer.steps:  # a step is called per article, or once per batch when it has ``batch``
        name = type(step).__name__
        if hasattr(step, "batch"):
            step.batch = timed(step.batch, name, cost)
        if callable(step):
            type(step).__call__ = timed(type(step).__call__, name, cost)
    profile = None
    if args.profile:
        import cProfile

        profile = cProfile.Profile()
    started = time.process_time()
    for first in range(0, len(articles), BATCH):
        gc.disable()
        if profile:
            profile.enable()
        analyzer.run(articles[first: first + BATCH])
        if profile:
            profile.disable()
        gc.enable()
    total = time.process_time() - started
    print(f"{len(articles)} articles, {total:.2f} CPU s")
    for name, seconds in cost.most_common():
        print(f"{name:24}{seconds:7.2f}{seconds / total:7.1%}")
    if profile:
        import pstats

        pstats.Stats(profile).sort_stats(args.profile).print_stats(args.only, 40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
