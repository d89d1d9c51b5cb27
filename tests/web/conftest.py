from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "letopis_api_corpus_fixture", Path(__file__).parent.parent / "api" / "corpus_fixture.py")
corpus_fixture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus_fixture)


@pytest.fixture(scope="session")
def corpus_url(tmp_path_factory, analyzer) -> str:
    return corpus_fixture.build_store(tmp_path_factory.getbasetemp() / "api-corpus", analyzer)
