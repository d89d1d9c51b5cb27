"""Analysis on a Dask distributed cluster: ``letopis ingest --scheduler tcp://HOST:PORT``.

Each Dask worker builds one Analyzer the first time it gets a batch and keeps
it (an attribute of the worker), so the models are loaded once per worker.
Batches go out as they are read, at most two per worker in flight, and come
back as they finish; the client process stores them, so the store needs no
network access from the workers.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from typing import Any

log = logging.getLogger(__name__)

IN_FLIGHT_PER_WORKER = 2
_lock = threading.Lock()  # two workers in one process (a thread-based LocalCluster) build one each


def analyse_batch(articles: list[Any]) -> list[Any]:
    """Runs on a Dask worker: analyse one batch with this worker's Analyzer."""
    from distributed import get_worker

    worker = get_worker()
    with _lock:
        analyzer = getattr(worker, "letopis_analyzer", None)
        if analyzer is None:
            from threadpoolctl import threadpool_limits

            from letopis.pipeline import Analyzer

            threadpool_limits(1)
            analyzer = Analyzer()
            worker.letopis_analyzer = analyzer
    return analyzer.run(articles)


def analyse_on_cluster(batches: list[tuple[list[Any], list[Any]]], scheduler: Any) -> Iterator[tuple[list[Any], list[Any]]]:
    """``(analysed articles, metadata)`` per batch, as they finish; ``scheduler`` is an address or a Client."""
    from distributed import Client, as_completed

    from letopis.errors import UserError

    own = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, timeout="20s") if own else scheduler
    except OSError as error:
        raise UserError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = IN_FLIGHT_PER_WORKER * workers
        queue = iter(batches)
        metas_of: dict[str, list[Any]] = {}
        running = as_completed()
        for articles, metas in queue:
            future = client.submit(analyse_batch, articles, pure=False)
            metas_of[future.key] = metas
            running.add(future)
            if running.count() >= limit:
                break
        for future in running:
            yield future.result(), metas_of.pop(future.key)
            future.release()
            following = next(queue, None)
            if following is not None:
                articles, metas = following
                new = client.submit(analyse_batch, articles, pure=False)
                metas_of[new.key] = metas
                running.add(new)
    finally:
        if own:
            client.close()
