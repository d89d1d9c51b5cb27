"""Corpus commands: ingest, events, export, related, search, stories."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from letopis.errors import UserError

DB_HELP = "the store: a SQLAlchemy URL (postgresql+psycopg://...) or a SQLite file (default: $LETOPIS_DB or ./letopis.db)"


def register(commands: Any) -> None:
    top = commands.top
    parser = top.add_parser("ingest", help="analyse articles and add them to the corpus store",
                            description="Read text files (headline first), JSON Lines, HTML pages, RSS/Atom feeds "
                            "(gzipped or not), directories of them, or - for stdin; analyse what is new and store it.")
    parser.add_argument("paths", nargs="+", metavar="PATH|-")
    add_db_argument(parser)
    parser.add_argument("--workers", type=int, default=0, help="analysis processes (default: every core)")
    parser.add_argument("--batch-size", type=int, default=None, help="articles per batch and per transaction (default 16)")
    parser.add_argument("--scheduler", help="analyse on a Dask cluster: tcp://HOST:PORT of its scheduler")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD, of inputs that give none")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(handler=run_ingest)

    parser = top.add_parser("events", help="list merged corpus events")
    add_db_argument(parser)
    parser.add_argument("--actor", help="actor code or its prefix, either side (RUS, RUSGOV, IGOCSTO)")
    parser.add_argument("--root", help="CAMEO root, 01-20")
    parser.add_argument("--cameo", help="CAMEO code or its prefix")
    parser.add_argument("--since", help="first day, YYYY-MM-DD")
    parser.add_argument("--until", help="last day, YYYY-MM-DD")
    parser.add_argument("--negated", action="store_true", help="include negated events")
    parser.add_argument("--limit", type=int, default=100)
    parser.set_defaults(handler=run_events)

    parser = top.add_parser("export", help="write corpus events or articles as csv, jsonl, parquet or gdelt")
    parser.add_argument("what", choices=("events", "articles"))
    add_db_argument(parser)
    parser.add_argument("--format", default="csv", help="csv, jsonl, parquet or gdelt (events only)")
    parser.add_argument("-o", "--output", help="file to write (default: stdout; required for parquet)")
    parser.set_defaults(handler=run_export)

    parser = top.add_parser("related", help="articles related to one article (Читайте также)")
    parser.add_argument("article", metavar="ARTICLE_ID", help="row id or name of the article")
    add_db_argument(parser)
    parser.add_argument("--limit", type=int, default=10)
    parser.set_defaults(handler=run_related)

    parser = top.add_parser("search", help="full-text search of the corpus, any word form")
    parser.add_argument("query", nargs="+")
    add_db_argument(parser)
    parser.add_argument("--limit", type=int, default=20)
    parser.set_defaults(handler=run_search)

    parser = top.add_parser("stories", help="list stories (articles about one event across outlets)")
    add_db_argument(parser)
    parser.add_argument("--rebuild", action="store_true", help="recompute duplicates, stories and merged events")
    parser.add_argument("--min-articles", type=int, default=2)
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument("--show", type=int, metavar="STORY_ID", help="list the articles of one story")
    parser.set_defaults(handler=run_stories)


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db``: every command that reads or writes the store takes it (``letopis serve`` too)."""
    parser.add_argument("--db", help=DB_HELP)



def _open(args: argparse.Namespace, create: bool = False) -> Any:
    from letopis.corpus.store import Store

    return Store.open(args.db, create=create)


def run_ingest(args: argparse.Namespace) -> int:
    from letopis.corpus.ingest import BATCH_SIZE, ingest
    from letopis.pipeline import parse_published

    if args.workers < 0:
        raise UserError("--workers must be 0 (every core) or more")
    if args.batch_size is not None and args.batch_size < 1:
        raise UserError("--batch-size must be 1 or more")
    published = parse_published(args.published)
    if args.paths.count("-") > 1:
        raise UserError("stdin (-) can be read once")
    from letopis.workers import default_workers

    store = _open(args, create=True)
    try:
        summary = ingest(args.paths, store, workers=args.workers or default_workers(),
                         batch_size=args.batch_size or BATCH_SIZE, scheduler=args.scheduler,
                         published=published.isoformat() if published else None, progress=not args.quiet)
    finally:
        store.close()
    print(f"letopis: {summary}", file=sys.stderr)
    return 0


def run_events(args: argparse.Namespace) -> int:
    from letopis.corpus.query import events, parse_day

    store = _open(args)
    rows = events(store, actor=args.actor, root=args.root, cameo=args.cameo, since=parse_day(args.since, "--since"),
                  until=parse_day(args.until, "--until"), include_negated=args.negated, limit=args.limit)
    _table(["id", "date", "cameo", "source", "target", "source_name", "target_name", "location",
            "num_mentions", "num_articles", "num_sources", "goldstein"], rows)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from letopis.corpus.export import export

    count = export(_open(args), args.what, args.format, args.output)
    print(f"letopis: exported {count} {args.what}", file=sys.stderr)
    return 0


def run_related(args: argparse.Namespace) -> int:
    from letopis.corpus.related import related

    rows = [vars(item) | {"shared_actors": " ".join(item.shared_actors)}
            for item in related(_open(args), args.article, args.limit)]
    _table(["id", "name", "published", "source", "score", "shared_events", "shared_actors", "title"], rows)
    return 0


def run_search(args: argparse.Namespace) -> int:
    from letopis.corpus.search import search

    rows = search(_open(args), " ".join(args.query), args.limit)
    for row in rows:
        row["score"] = round(float(row["score"]), 3)
    _table(["id", "name", "published", "source", "score", "title"], rows)
    return 0


def run_stories(args: argparse.Namespace) -> int:
    from letopis.corpus import query

    store = _open(args)
    if args.rebuild:
        from letopis.corpus.consolidate import rebuild

        print(f"letopis: {rebuild(store)}", file=sys.stderr)
    if args.show is not None:
        _table(["id", "name", "published", "source", "duplicate_of", "title"], query.story_articles(store, args.show))
        return 0
    _table(["id", "first_published", "last_published", "num_articles", "num_sources", "title"],
           query.stories(store, args.limit, args.min_articles))
    return 0


def _table(columns: list[str], rows: list[dict[str, Any]]) -> None:
    """A table on a terminal, tab-separated lines otherwise (for scripts)."""
    if not sys.stdout.isatty():
        print("\t".join(columns))
        for row in rows:
            print("\t".join("" if row.get(c) is None else str(row.get(c)).replace("\t", " ") for c in columns))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    Console().print(table)
