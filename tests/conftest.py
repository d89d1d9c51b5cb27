from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "eval" / "seed" / "docs" / "seed.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def analyzer():
    from letopis.pipeline import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def seed(analyzer):
    """The founding article, analysed once for every test that reads it."""
    return analyzer(SEED.read_text("utf-8"), published="2021-07-05", id="seed")
