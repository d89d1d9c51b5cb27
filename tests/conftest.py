from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "eval" / "seed" / "docs" / "seed.txt"
DATA = Path(__file__).resolve().parent / "data"


def tokens_of(words: list[tuple[str, str, str, dict[str, str]]]) -> list:
    """Tokens of (text, lemma, pos, feats) rows, one space apart, for tests that build a sentence by hand."""
    from letopis.model import Token

    tokens, start = [], 0
    for text, lemma, pos, feats in words:
        tokens.append(Token(start, start + len(text), text, lemma, pos, feats))
        start += len(text) + 1
    return tokens


@pytest.fixture(autouse=True, scope="session")
def steps_fail_loudly():
    """In tests a pipeline step that raises fails the test: the library logs the error and goes on with the
    article (nothing lost for a user), which would let a broken step pass a test that expects no event."""
    from letopis import pipeline

    guarded = pipeline._guarded

    def strict(step, doc, batch=False):
        if not guarded(step, doc, batch):
            raise AssertionError(doc.article.warnings[-1])
        return True

    pipeline._guarded = strict
    yield
    pipeline._guarded = guarded


@pytest.fixture(scope="session")
def analyzer():
    from letopis.pipeline import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def seed(analyzer):
    """The founding article, analysed once for every test that reads it."""
    return analyzer(SEED.read_text("utf-8"), published="2021-07-05", id="seed")
