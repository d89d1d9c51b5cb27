"""Ingest: idempotent, resumable after kill -9, bad items recorded while the rest is stored."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, func, select, text

from letopis.corpus import schema as s
from letopis.corpus.ingest import ingest
from tests.conftest import DATA, ROOT

SHORT = [
    "Лавров встретился с Вангом И\n\nМинистр иностранных дел России Сергей Лавров провел в Москве переговоры "
    "с министром иностранных дел Китая Ван И.",
    "Шойгу прибыл в Душанбе\n\nМинистр обороны России Сергей Шойгу прибыл в Таджикистан с рабочим визитом.",
    "Байден позвонил Зеленскому\n\nПрезидент США Джо Байден провел телефонный разговор с президентом Украины "
    "Владимиром Зеленским.",
]


def write_corpus(directory):
    directory.mkdir()
    for number, body in enumerate(SHORT):
        (directory / f"short-{number}.txt").write_text(body, "utf-8")
    return directory


def test_ingesting_twice_adds_nothing(store, tmp_path, analyzer):
    corpus = write_corpus(tmp_path / "in")
    first = ingest([str(corpus)], store, analyzer=analyzer, published="2021-07-05")
    assert (first.stored, first.duplicate, first.failed) == (3, 0, 0)
    counts = {table.name: store.count(table) for table in (s.articles, s.entities, s.events, s.stories)}
    second = ingest([str(corpus)], store, analyzer=analyzer, published="2021-07-05")
    assert (second.stored, second.duplicate, second.failed) == (0, 3, 0)
    assert {table.name: store.count(table) for table in (s.articles, s.entities, s.events, s.stories)} == counts
    with store.engine.connect() as connection:
        runs = connection.execute(select(s.ingest_runs.c.stored, s.ingest_runs.c.duplicate)
                                  .order_by(s.ingest_runs.c.id)).all()
    assert [tuple(run) for run in runs] == [(3, 0), (0, 3)]


def test_same_text_at_another_url_is_another_article(store, tmp_path, analyzer):
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps({"text": SHORT[0], "url": url}, ensure_ascii=False)
                              for url in ("https://a.example/1", "https://b.example/1", "https://a.example/1")), "utf-8")
    summary = ingest([str(path)], store, analyzer=analyzer)
    assert (summary.stored, summary.duplicate) == (2, 1)


def test_every_bad_item_is_a_failure_with_its_reason_and_the_rest_is_stored(store, tmp_path, analyzer):
    corpus = write_corpus(tmp_path / "in")
    (corpus / "empty.txt").write_text("   \n", "utf-8")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "english.txt").write_text("Headline\n\nThe president met the minister in the capital.", "utf-8")
    (corpus / "page.html").write_text("<html><body><script>x()</script></body></html>", "utf-8")
    (corpus / "lines.jsonl").write_bytes(b"\n".join([
        json.dumps({"text": SHORT[0], "url": "https://example.org/lavrov"}, ensure_ascii=False).encode(),
        b'{"text": "unterminated',
        "Привет, мир".encode("cp1251"),
        b'{"title": "only a title"}',
    ]))
    (corpus / "feed.rss").write_text("<?xml version='1.0'?><rss><channel><title>x</title></channel></rss>", "utf-8")
    summary = ingest([str(corpus)], store, analyzer=analyzer)
    assert summary.stored == 4 and summary.failed == 8
    with store.engine.connect() as connection:
        rows = connection.execute(select(s.failures.c.file, s.failures.c.locator, s.failures.c.reason)).all()
    reasons = {(os.path.basename(file), locator): reason for file, locator, reason in rows}
    assert reasons[("empty.txt", "")] == "empty text"
    assert "binary" in reasons[("binary.txt", "")]
    assert "not Russian" in reasons[("english.txt", "")]
    assert "no article text" in reasons[("page.html", "")]
    assert reasons[("lines.jsonl", "line 2")].startswith("broken JSON")
    assert reasons[("lines.jsonl", "line 3")].startswith("undecodable bytes")
    assert reasons[("lines.jsonl", "line 4")] == "empty text"
    assert reasons[("feed.rss", "")].startswith(("not a feed", "a feed with no entries"))
    assert len(rows) == 8
    again = ingest([str(corpus)], store, analyzer=analyzer)  # failures are not recorded twice
    assert again.stored == 0 and store.count(s.failures) == 8


def _count(url):
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(s.articles)).scalar_one()
    except Exception:  # the store is not created yet
        return 0
    finally:
        engine.dispose()


def _ingest_process(corpus, url):
    command = [sys.executable, "-m", "letopis", "ingest", str(corpus), "--db", url, "--workers", "1",
               "--batch-size", "1", "--quiet", "--published", "2021-07-05"]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_resume_after_kill_stores_every_article_exactly_once(db_url, tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    names = sorted(path.name for path in DATA.glob("nerel-*.txt"))  # enough that the kill lands mid-run
    for name in names:
        shutil.copy(DATA / name, corpus / name)
    process = _ingest_process(corpus, db_url)
    deadline = time.monotonic() + 180
    while _count(db_url) < 1 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be killed: " + process.stderr.read()
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored_before = _count(db_url)
    assert 1 <= stored_before < len(names)

    finished = _ingest_process(corpus, db_url)
    _, errors = finished.communicate(timeout=300)
    assert finished.returncode == 0, errors
    assert f"stored {len(names) - stored_before}, skipped as duplicate {stored_before}" in errors
    engine = create_engine(db_url)
    with engine.connect() as connection:
        stored = connection.execute(select(s.articles.c.name)).scalars().all()
        orphans = connection.execute(text(
            "SELECT count(*) FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE a.id IS NULL")).scalar_one()
    engine.dispose()
    assert sorted(stored) == sorted(name[:-4] for name in names)
    assert orphans == 0
