"""Spreading analysis batches over local processes, models loaded once per process."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from typing import Any, Optional

_analyzer: Optional[Any] = None


def _start_worker() -> None:
    global _analyzer
    # one BLAS thread per process: two processes on two cores beat one with two threads
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    from letopis.pipeline import Analyzer

    _analyzer = Analyzer()


def _run(batch: list[Any]) -> list[Any]:
    assert _analyzer is not None
    return _analyzer.run(batch)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def parallel_map(batches: Iterable[list[Any]], workers: int) -> Iterator[list[Any]]:
    """Analysed batches, in input order."""
    context = multiprocessing.get_context("spawn")  # fork would share natasha's state half-built
    with context.Pool(workers, initializer=_start_worker) as pool:
        yield from pool.imap(_run, batches)
