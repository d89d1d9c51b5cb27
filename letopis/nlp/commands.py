"""``letopis analyze``: articles in, analysis out (JSON, JSON Lines, a terminal view, event TSV)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from letopis.errors import UserError
from letopis.ingest.files import article_id, expand_paths, read_text
from letopis.model import Article

FORMATS = ("json", "jsonl", "pretty", "events-tsv")


def register(commands: Any) -> None:
    parser = commands.top.add_parser(
        "analyze",
        help="analyse articles (headline on the first line) and print the result",
        description="Analyse Russian news articles. One file: a JSON object; several files or a "
        "directory: JSON Lines, one article per line, id = file name without extension.",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE|DIR|-", help="text files, directories of .txt, or - for stdin")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD (relative dates resolve against it)")
    parser.add_argument("--url", help="the article's URL (one article only)")
    parser.add_argument("--id", help="the article's id (one article only; default: the file name)")
    parser.add_argument("--format", choices=FORMATS, help="output format (default: json for one file, else jsonl)")
    parser.add_argument("--indent", type=int, default=None, help="indent JSON output by N spaces")
    parser.add_argument("--encoding", help="decode input with this encoding instead of detecting it")
    parser.add_argument("--workers", type=int, default=0, help="processes to use (default: all cores for many files)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from letopis.pipeline import make_article, parse_published, refusal

    published = parse_published(args.published)
    paths = list(expand_paths(args.paths))
    single = len(paths) == 1 and len(args.paths) == 1 and args.paths[0] in paths
    if (args.url or args.id) and not single:
        raise UserError("--url and --id name one article: give one file")
    output = args.format or ("json" if single else "jsonl")
    if args.workers < 0:
        raise UserError("--workers must be 0 (all cores) or more")
    failures = 0

    def articles() -> Iterator[Article]:
        nonlocal failures
        for path in paths:
            try:
                text = read_text(path, args.encoding)
                try:
                    article = make_article(text, published=published, url=args.url, id=args.id or article_id(path))
                except UserError as error:  # say which file
                    raise UserError(f"{'stdin' if path == '-' else path}: {error}") from None
            except UserError as error:
                if single:
                    raise
                failures += 1
                print(f"letopis: error: {error}", file=sys.stderr)
                continue
            yield article

    # one article: read it before loading the models, so bad input fails at once
    items = list(articles()) if single else articles()
    analyzer = _analyzer()
    workers = args.workers or (_default_workers() if len(paths) >= 16 else 1)
    results = analyzer.pipe(items, workers=workers)
    write = _writer(output, args.indent)
    try:
        for article in results:
            problem = refusal(article)
            if problem is not None and single:
                raise UserError(f"{article.id}: {problem}")
            for warning in article.warnings:
                print(f"letopis: warning: {article.id}: {warning}", file=sys.stderr)
            write(article)
    finally:  # on an error or Ctrl-C, end the worker processes without running queued batches
        analyzer.close()
    return 1 if failures else 0


def _analyzer() -> Any:
    from letopis.pipeline import Analyzer

    return Analyzer()


def _default_workers() -> int:
    from letopis.workers import default_workers

    return default_workers()


def _writer(output: str, indent: Any) -> Any:
    if output in ("json", "jsonl"):
        def write(article: Article) -> None:
            print(article.to_json(indent=indent if output == "json" else None), flush=output == "jsonl")
        return write
    if output == "pretty":
        from letopis.nlp.pretty import show

        return show
    try:
        from letopis.events.tsv import events_tsv
    except ImportError:
        raise UserError("--format events-tsv needs the event coder, which is not installed") from None
    header_done = False

    def write_tsv(article: Article) -> None:
        nonlocal header_done
        for number, line in enumerate(events_tsv([article])):
            if number == 0:
                if header_done:
                    continue
                header_done = True
            print(line)
    return write_tsv
