from __future__ import annotations

import math

from letopis.pipeline import balanced_batch_size


def test_balanced_batches_keep_every_worker_busy_to_the_end():
    for workers in (2, 3, 4):
        for total in range(workers, 3000):
            size = balanced_batch_size(total, 64, workers)
            batches = math.ceil(total / size)
            assert 1 <= size <= 64
            assert batches % workers == 0 or batches < workers
            # no more batches than needed for that: sizes stay near the one asked for
            assert batches <= math.ceil(math.ceil(total / 64) / workers) * workers


def test_fewer_texts_than_workers_still_make_batches():
    assert balanced_batch_size(1, 64, 2) == 1
    assert balanced_batch_size(0, 64, 2) == 1
