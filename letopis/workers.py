"""Spreading analysis batches over local processes, models loaded once per process.

A process pool (``concurrent.futures``) rather than ``multiprocessing.Pool``:
when a worker dies (out of memory, killed) the pool raises instead of waiting
forever for the lost batch.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Optional

from letopis.errors import UserError

log = logging.getLogger(__name__)

_analyzer: Optional[Any] = None

# a tiny article each worker analyses once at start, so lazily loaded models are in memory
WARM_UP_TEXT = "Москва\n\nВ понедельник Владимир Путин встретился в Кремле с Эмомали Рахмоном."


def _start_worker(steps: Optional[list[str]]) -> None:
    global _analyzer
    # Ctrl-C is the parent's to handle: it ends the pool; workers print no tracebacks of their own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # (one BLAS thread per process: the taggers limit themselves, see letopis.nlp.taggers)
    from letopis.pipeline import Analyzer, load_step, make_article

    _analyzer = Analyzer(steps=None if steps is None else [load_step(path) for path in steps])
    _analyzer.run([make_article(WARM_UP_TEXT, published="2021-07-05")])
    # and the tables the warm-up article does not reach (not by a longer article: the tagger keeps the
    # products of the first words it meets, and words met first in another batch differ in the last bits)
    for step in _analyzer.steps:
        warm_up = getattr(step, "warm_up", None)
        if warm_up is not None:
            warm_up()
    settle_memory()


def settle_memory() -> None:
    """Once the models are loaded: keep their objects out of garbage collection, and collect less often.

    Analysis makes many short-lived objects and few reference cycles; with CPython's default
    thresholds the collector took ~4 ms of every article's ~25, most of it scanning the
    long-lived objects of the models and the knowledge base again and again (1 ms after this).
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def _run(batch: list[Any]) -> bytes:
    """The analysed batch, pickled here: the parent unpickles it with the collector paused (see _loads).

    The collector is paused while the batch is analysed: the batch's objects die together when
    it is sent, and the analysis makes no cycles worth collecting in between.  They die here, before
    the collector runs again: the caller holds the batch until its result is sent, and the first
    collection after the pause would scan every one of its objects (about half of the collector's ~3 % of
    a worker's CPU; the steps' caches let go of them too, see ``Analyzer.run``).
    """
    assert _analyzer is not None
    gc.disable()
    try:
        return pickle.dumps(_analyzer.run(batch), protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        batch.clear()
        gc.enable()


def _loads(data: bytes) -> list[Any]:
    """Unpickle a batch of analysed articles with garbage collection paused.

    A batch is some hundred thousand new objects and no reference cycles; collecting while
    they are made cost the parent more than the unpickling itself (1.3 ms an article).
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if paused:
            gc.enable()


def _pid() -> int:
    time.sleep(0.05)  # long enough for an idle worker not to answer every call alone
    return os.getpid()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


WORKER_DIED = "a worker process died (out of memory?); analysis stopped"


class WorkerProcessDied(UserError):
    """A worker process ended abruptly (killed, out of memory); the batch it held is lost."""

    exit_code = 1


class WorkerPool:
    """``workers`` processes, each with its own Analyzer; reusable across many ``map`` calls.

    ``steps`` are the "module:Class" paths of the steps to build in each worker
    (default: the default pipeline).
    """

    def __init__(self, workers: int, steps: Optional[list[str]] = None) -> None:
        if workers < 1:
            raise UserError(f"workers must be 1 or more, not {workers}")
        self.workers = workers
        context = multiprocessing.get_context("spawn")  # fork would share natasha's state half-built
        self.executor = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(steps,)
        )

    def start(self) -> None:
        """Return once every worker has loaded its models (otherwise that happens on first use)."""
        seen: set[int] = set()
        while len(seen) < self.workers:
            seen.update(self._result(future) for future in [self._submit(_pid) for _ in range(self.workers)])

    def map(self, batches: Iterable[list[Any]]) -> Iterator[list[Any]]:
        """Analysed batches, in input order; at most two batches per worker wait in the queue."""
        pending: deque[Future] = deque()
        for batch in batches:
            pending.append(self._submit(_run, batch))
            if len(pending) >= 2 * self.workers:
                yield _loads(self._result(pending.popleft()))
        while pending:
            yield _loads(self._result(pending.popleft()))

    def _submit(self, function: Any, *args: Any) -> Future:
        # a worker that died while earlier batches ran breaks the pool before the next submission, not
        # only the futures that wait: the same error either way
        try:
            return self.executor.submit(function, *args)
        except BrokenProcessPool:
            raise WorkerProcessDied(WORKER_DIED) from None

    def _result(self, future: Future) -> Any:
        try:
            return future.result()
        except BrokenProcessPool:
            raise WorkerProcessDied(WORKER_DIED) from None

    @property
    def broken(self) -> bool:
        return bool(getattr(self.executor, "_broken", False))

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
