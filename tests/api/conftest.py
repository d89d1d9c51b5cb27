from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("letopis_api_corpus_fixture", Path(__file__).with_name("corpus_fixture.py"))
corpus_fixture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus_fixture)


@pytest.fixture(scope="session")
def corpus_builder():
    """tests/api/corpus_fixture.py, for tests that build a store of their own."""
    return corpus_fixture


@pytest.fixture(scope="session")
def corpus_url(tmp_path_factory, analyzer) -> str:
    """A SQLite store filled by the real ingest of a few Wikinews articles (built once per session)."""
    return corpus_fixture.build_store(tmp_path_factory.getbasetemp() / "api-corpus", analyzer)


@pytest.fixture(scope="session")
def client(corpus_url, analyzer):
    from fastapi.testclient import TestClient

    from letopis.api import create_app

    with TestClient(create_app(corpus_url, analyzer=analyzer)) as test_client:
        yield test_client
