"""Input formats of `letopis ingest`: every kind of file becomes items, every bad one a reason."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from letopis.errors import UserError
from letopis.ingest.formats import read_items, sniff

TEXT = "Путин и Рахмон обсудили ситуацию на границе\n\nПрезиденты России и Таджикистана провели телефонный разговор."
BODY = "Президенты России и Таджикистана Владимир Путин и Эмомали Рахмон провели телефонный разговор. " * 3

HTML = f"""<!DOCTYPE html><html><head><title>Путин и Рахмон обсудили ситуацию на границе</title>
<meta property="og:site_name" content="Вестник"><meta property="article:published_time" content="2021-07-05T10:00:00">
</head><body><nav>Главная | Политика | Экономика</nav><article><h1>Путин и Рахмон обсудили ситуацию на границе</h1>
<p>{BODY}</p><p>Стороны договорились продолжить контакты.</p></article><footer>Все права защищены</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента</title>
<item><title>Первый заголовок</title><link>https://example.org/1</link><pubDate>Mon, 05 Jul 2021 10:00:00 +0300</pubDate>
<description>Краткое изложение новости.</description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Полный текст первой новости.</p><p>Второй абзац.</p>]]></content:encoded></item>
<item><title>Второй заголовок</title><link>https://example.org/2</link><description>Только &lt;b&gt;анонс&lt;/b&gt; второй новости.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Атом-лента</title>
<entry><title>Заголовок записи</title><link href="https://example.org/a"/><id>urn:1</id><updated>2021-07-06T08:00:00Z</updated>
<summary>Текст записи ленты.</summary></entry></feed>"""


def items_of(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return list(read_items([str(path)]))


def test_plain_text_has_its_headline_as_title(tmp_path):
    (item,) = items_of(tmp_path, "a.txt", TEXT)
    assert item.title == "Путин и Рахмон обсудили ситуацию на границе" and item.text == TEXT and item.id == "a"


def test_legacy_encodings_are_decoded(tmp_path):
    (item,) = items_of(tmp_path, "a.txt", TEXT.encode("cp1251"))
    assert item.text == TEXT


def test_jsonl_lines_become_articles_and_bad_lines_failures(tmp_path):
    lines = [
        json.dumps({"title": "Заголовок", "text": "Текст статьи.", "published": "2021-07-05",
                    "url": "https://example.org/x", "source": "Вестник", "id": "x1"}, ensure_ascii=False).encode(),
        b'{"title": "broken',
        "Привет".encode("cp1251"),
        json.dumps({"title": "Пусто", "text": "  "}).encode(),
        b"[1, 2]",
    ]
    items = items_of(tmp_path, "a.jsonl", b"\n".join(lines))
    good = items[0]
    assert (good.title, good.published, good.url, good.source, good.id) == (
        "Заголовок", "2021-07-05", "https://example.org/x", "Вестник", "x1")
    assert good.text == "Заголовок\n\nТекст статьи."
    reasons = {item.locator: item.error for item in items[1:]}
    assert reasons["line 2"].startswith("broken JSON")
    assert reasons["line 3"].startswith("undecodable bytes")
    assert reasons["line 4"] == "empty text"
    assert reasons["line 5"].startswith("not a JSON object")


def test_html_main_text_and_metadata_by_trafilatura(tmp_path):
    (item,) = items_of(tmp_path, "page.html", HTML)
    assert item.error is None
    assert item.title == "Путин и Рахмон обсудили ситуацию на границе"
    assert item.text.startswith(item.title) and "Эмомали Рахмон" in item.text
    assert "Все права защищены" not in item.text and "Главная | Политика" not in item.text
    assert item.source == "Вестник" and item.published == "2021-07-05"


def test_html_without_article_text_is_a_failure(tmp_path):
    (item,) = items_of(tmp_path, "empty.html", "<html><body><div></div></body></html>")
    assert item.error and "no article text" in item.error


def test_rss_takes_full_content_else_the_summary(tmp_path):
    first, second = items_of(tmp_path, "feed.rss", RSS)
    assert first.text == "Первый заголовок\n\nПолный текст первой новости.\nВторой абзац."
    assert first.published == "2021-07-05" and first.url == "https://example.org/1" and first.source == "Лента"
    assert second.text == "Второй заголовок\n\nТолько анонс второй новости."
    assert second.locator == "entry 2"


def test_atom_entries(tmp_path):
    (entry,) = items_of(tmp_path, "feed.atom", ATOM)
    assert entry.text == "Заголовок записи\n\nТекст записи ленты." and entry.published == "2021-07-06"


def test_xml_that_is_no_feed_is_a_failure(tmp_path):
    (item,) = items_of(tmp_path, "junk.xml", "<?xml version='1.0'?><root><a>1</a>")
    assert item.error and item.error.startswith(("not a feed", "a feed with no entries"))


def test_gzip_of_any_format_and_broken_gzip(tmp_path):
    (item,) = items_of(tmp_path, "a.txt.gz", gzip.compress(TEXT.encode("utf-8")))
    assert item.text == TEXT and item.id == "a"
    items = items_of(tmp_path, "b.jsonl.gz", gzip.compress(json.dumps({"text": TEXT}).encode()))
    assert items[0].text == TEXT
    (bad,) = items_of(tmp_path, "c.txt.gz", b"\x1f\x8b\x08\x00garbage")
    assert bad.error.startswith("broken gzip")


def test_empty_and_binary_files_are_failures(tmp_path):
    (empty,) = items_of(tmp_path, "empty.txt", "  \n")
    (binary,) = items_of(tmp_path, "bin.txt", bytes(range(256)) * 4)
    assert empty.error == "empty text" and "binary" in binary.error


def test_stdin_format_is_sniffed(monkeypatch):
    feed = io.TextIOWrapper(io.BytesIO(RSS.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", feed)
    items = list(read_items(["-"]))
    assert [item.title for item in items] == ["Первый заголовок", "Второй заголовок"]
    assert items[0].file == "stdin"
    assert sniff(b'{"text": "x"}') == "jsonl" and sniff(b"<!DOCTYPE html><html>") == "html"
    assert sniff(TEXT.encode()) == "text"


def test_directories_are_read_in_order_and_missing_paths_are_errors(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT, "utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": TEXT}), "utf-8")
    (tmp_path / "notes.md").write_text("not an article", "utf-8")
    assert [item.file.rsplit("/", 1)[1] for item in read_items([str(tmp_path)])] == ["a.jsonl", "b.txt"]
    with pytest.raises(UserError, match="no such file"):
        list(read_items([str(tmp_path / "missing.txt")]))
