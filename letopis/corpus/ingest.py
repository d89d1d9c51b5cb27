"""``letopis ingest``: read inputs, skip what is stored, analyse the rest in batches, store each batch.

Never lose or duplicate an article:
- an article is identified by the hash of its text plus its URL; keys already
  stored (or seen earlier in this run) are counted as duplicates and not analysed;
- each analysed batch is written in one transaction, so a run killed at any
  moment leaves whole batches only, and running it again stores the rest;
- an item that cannot become an article is a row of ``failures`` (file, line or
  entry, reason), and the run goes on.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Optional

from letopis.corpus.store import Meta, Store, content_hash
from letopis.errors import UserError
from letopis.ingest.formats import read_items
from letopis.model import Article
from letopis.pipeline import refusal

log = logging.getLogger(__name__)

# articles per analysis batch and per transaction: 16 was the fastest of 8, 16 and 32 (docs/scaling.md),
# and an analysis process stays at ~330 MB with any of them
BATCH_SIZE = 16

Batch = tuple[list[Article], list[Meta]]


@dataclass
class Summary:
    stored: int = 0
    duplicate: int = 0
    failed: int = 0
    seconds: float = 0.0
    run_id: int = 0

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        return (f"stored {self.stored}, skipped as duplicate {self.duplicate}, failed {self.failed} "
                f"in {self.seconds:.1f} s ({self.rate:.2f} articles/s)")


def ingest(
    paths: list[str],
    store: Store,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    scheduler: Any = None,
    published: Optional[str] = None,
    progress: bool = False,
    analyzer: Any = None,
    consolidate: bool = True,
) -> Summary:
    """Ingest ``paths`` into ``store``; ``analyzer`` (anything with ``run(batch)``) replaces the default."""
    from letopis.pipeline import make_article

    started = time.perf_counter()
    summary = Summary(run_id=store.start_run(paths))
    items = list(read_items(paths))
    failures = [(item.file, item.locator, item.error) for item in items if item.error]
    pending: list[tuple[Article, Meta]] = []
    seen: set[tuple[str, str]] = set()
    good = [item for item in items if not item.error]
    known = store.known([(content_hash(item.text), item.url or "") for item in good])
    for item in good:
        key = (content_hash(item.text), item.url or "")
        if key in known or key in seen:
            summary.duplicate += 1
            continue
        seen.add(key)
        try:
            article = make_article(item.text, published=item.published or published, url=item.url, id=item.id)
        except UserError as error:
            failures.append((item.file, item.locator, str(error)))
            continue
        article.title = item.title
        pending.append((article, Meta(key[0], key[1], item.source, item.file, item.locator)))
    summary.failed = len(failures)
    store.record_failures(summary.run_id, failures)

    batches = [([a for a, _ in pending[i:i + batch_size]], [m for _, m in pending[i:i + batch_size]])
               for i in range(0, len(pending), batch_size)]
    with _progress_bar(len(pending), progress) as advance:
        for articles, metas in analyse(batches, workers, scheduler, analyzer):
            stored, failed = [], []
            for article, meta in zip(articles, metas):
                problem = refusal(article)
                if problem is not None:
                    failed.append((meta.file, meta.locator, f"not analysed: {problem}"))
                else:
                    stored.append((article, meta))
            store.add_articles(stored, summary.run_id, failed)
            summary.stored += len(stored)
            summary.failed += len(failed)
            advance(len(articles))
    if consolidate:
        from letopis.corpus.consolidate import rebuild

        rebuild(store)
    summary.seconds = time.perf_counter() - started
    store.finish_run(summary.run_id, summary.stored, summary.duplicate, summary.failed)
    return summary


def analyse(batches: list[Batch], workers: int, scheduler: Any = None, analyzer: Any = None) -> Iterator[Batch]:
    """Analysed batches, each with its metadata; in input order except on a Dask cluster."""
    if not batches:
        return
    if scheduler is not None:
        from letopis.corpus.cluster import analyse_on_cluster

        yield from analyse_on_cluster(batches, scheduler)
        return
    if analyzer is not None or workers <= 1:
        if analyzer is None:
            from letopis.pipeline import Analyzer

            analyzer = Analyzer()
        for articles, metas in batches:
            yield analyzer.run(articles), metas
        return
    from letopis.workers import WorkerPool

    # the models live in the worker processes only: this one reads, writes and waits
    waiting: deque[list[Meta]] = deque()

    def feed() -> Iterable[list[Article]]:
        for articles, metas in batches:
            waiting.append(metas)
            yield articles

    with WorkerPool(workers) as pool:
        for analysed in pool.map(feed()):
            yield analysed, waiting.popleft()


class _progress_bar:
    """A rich progress bar on stderr with articles/s and ETA; silent when off or not a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty() and total > 0
        self.total = total

    def __enter__(self):
        if not self.enabled:
            return lambda count: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
            TextColumn("[progress.data.speed]{task.fields[rate]}"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False,
        )
        self.progress.start()
        self.task = self.progress.add_task("ingest", total=self.total, rate="")
        self.started = time.perf_counter()
        self.done = 0

        def advance(count: int) -> None:
            self.done += count
            rate = self.done / max(1e-9, time.perf_counter() - self.started)
            self.progress.update(self.task, advance=count, rate=f"{rate:.2f} articles/s")

        return advance

    def __exit__(self, *exc: Any) -> None:
        if self.enabled:
            self.progress.stop()

