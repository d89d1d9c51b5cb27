"""Corpus test fixtures: a store on each backend, and a small corpus analysed once per session.

The corpus is built so that the answer is known: the founding article (A), a
reprint of it by another outlet a day later (A with its headline changed and
its last paragraphs cut), a rewrite of the same event in other words (written
for these tests) and two unrelated Wikinews articles.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import DATA, SEED

REWRITE = """Рахмон и Путин провели телефонные переговоры

Президент Таджикистана Эмомали Рахмон провел телефонный разговор с президентом России Владимиром Путиным, сообщила пресс-служба главы Таджикистана. Эмомали Рахмон и Владимир Путин обсудили обострение обстановки на таджикско-афганской границе после наступления талибов на севере Афганистана.

Путин пообещал Таджикистану поддержку, в том числе по линии ОДКБ. Лидеры России и Таджикистана договорились об укреплении охраны таджикско-афганской границы.
"""


def reprint_of(text: str) -> str:
    lines = text.split("\n")
    body = "\n".join(lines[1:])
    cut = body.index("Ранее Рахмон")  # a reprint that drops the background paragraphs
    return "Путин и Рахмон обсудили обстановку на границе с Афганистаном\n" + body[:cut].rstrip() + "\n"


def corpus_texts() -> dict[str, tuple[str, str, str, str]]:
    """name -> (text, published, source, url)."""
    seed = SEED.read_text("utf-8")
    return {
        "original": (seed, "2021-07-05", "Интерфакс", "https://example.org/a/1"),
        "reprint": (reprint_of(seed), "2021-07-06", "Регион-Информ", "https://example.net/news/77"),
        "rewrite": (REWRITE, "2021-07-06", "Азия-Плюс", "https://example.com/tj/5"),
        "other1": ((DATA / "nerel-041.txt").read_text("utf-8"), "2021-07-05", "Викиновости", ""),
        "other2": ((DATA / "nerel-073.txt").read_text("utf-8"), "2021-07-07", "Викиновости", ""),
    }


@pytest.fixture(scope="session")
def analysed(analyzer):
    """The corpus above, analysed once: name -> (Article, Meta)."""
    from letopis.corpus.store import Meta, content_hash
    from letopis.pipeline import make_article

    found = {}
    texts = corpus_texts()
    articles = [make_article(text, published=day, url=url or None, id=name)
                for name, (text, day, _source, url) in texts.items()]
    analyzer.run(articles)
    for article, (name, (text, _day, source, url)) in zip(articles, texts.items()):
        found[name] = (article, Meta(content_hash(text), url, source, f"{name}.txt", ""))
    return found


BACKENDS = ["sqlite", "postgresql"]


def database_url(backend: str, tmp_path: Path) -> str:
    """A fresh, empty store on ``backend``; PostgreSQL skips unless configured (fails in CI)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'corpus.db'}"
    url = os.environ.get("LETOPIS_TEST_PG_URL")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but LETOPIS_TEST_PG_URL is not set: source .ci/postgres.sh")
        pytest.skip("LETOPIS_TEST_PG_URL is not set (source .ci/postgres.sh to start a test server)")
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    return database_url(request.param, tmp_path)


@pytest.fixture
def store(db_url):
    from letopis.corpus.store import Store

    opened = Store.open(db_url)
    yield opened
    opened.close()
