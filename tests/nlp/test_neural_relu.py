"""The models' ReLU against a row of zeros gives numpy's ``maximum(x, 0)`` to the bit."""

from __future__ import annotations

import numpy as np

from letopis.nlp.neural import relu


def test_relu_matches_maximum_with_zero_to_the_bit() -> None:
    rng = np.random.default_rng(7)
    for shape in ((2050, 256), (33, 128), (4, 17, 64)):
        values = rng.standard_normal(shape).astype(np.float32)
        values.reshape(-1)[:5] = [-0.0, 0.0, np.nan, -np.inf, np.inf]
        expected = np.maximum(values, 0)
        relu(values)
        assert values.dtype == np.float32
        assert values.tobytes() == expected.tobytes()


def test_relu_works_in_place_and_keeps_its_zero_rows_clean() -> None:
    values = np.array([[-1.5, 2.0], [3.0, -4.0]], dtype=np.float32)
    same = values
    relu(values)
    assert same is values and values.tolist() == [[0.0, 2.0], [3.0, 0.0]]
    relu(np.array([[-7.0, -8.0]], dtype=np.float32))
    assert np.maximum(np.array([[-1.0, -2.0]], dtype=np.float32), 0).tolist() == [[0.0, 0.0]]
    again = np.array([[-1.0, 5.0]], dtype=np.float32)
    relu(again)
    assert again.tolist() == [[0.0, 5.0]]  # the shared zero row was not written into
