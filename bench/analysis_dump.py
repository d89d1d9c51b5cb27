"""Every field of analysed corpus articles as JSON lines: the check that a speed change keeps the output.

A speed change must leave the analysis as it was, to the byte: dump before the change, dump after it,
and compare the files (``cmp``). The dump holds each article's tokens (lemma, tags, head, relation),
entities with their actors, times, quantities, quotes and events, in the published form of
``Article.to_dict``; the articles are every ``--step``-th of the corpus, analysed in one process with
a fixed publication date.

    .venv/bin/python bench/analysis_dump.py OUT.jsonl [--limit 300] [--step 2] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews"
PUBLISHED = "2021-07-05"
BATCH = 50


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSON lines file to write")
    parser.add_argument("--limit", type=int, default=300, help="articles to analyse (default 300)")
    parser.add_argument("--step", type=int, default=2, help="take every STEP-th corpus article (default 2)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder of .txt articles")
    args = parser.parse_args(argv)
    if args.limit < 1 or args.step < 1:
        sys.exit("--limit and --step must be positive")
    paths = sorted(glob.glob(str(args.corpus / "*.txt")))[0: args.step * args.limit: args.step]
    if not paths:
        sys.exit(f"no .txt files in {args.corpus}")
    from letopis.pipeline import Analyzer, make_article

    analyzer = Analyzer()
    started = time.process_time()
    with args.out.open("w", encoding="utf-8") as out:
        for first in range(0, len(paths), BATCH):
            texts = [Path(path).read_text("utf-8") for path in paths[first: first + BATCH]]
            for article in analyzer.run([make_article(text, published=PUBLISHED) for text in texts]):
                out.write(json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(paths)} articles -> {args.out} ({time.process_time() - started:.1f} CPU s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
