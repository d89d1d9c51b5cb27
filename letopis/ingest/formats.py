"""Input formats of ``letopis ingest``: plain text, JSON Lines, HTML pages, RSS/Atom feeds, gzip, stdin.

Every reader yields ``Item``s, one per article found; an item that cannot become
an article carries ``error`` (the reason) instead of a text, so that one bad line
or entry is recorded and the rest of the input goes on.  Bytes are decoded by
``letopis.ingest.decode`` (legacy Cyrillic code pages included).
"""

from __future__ import annotations

import gzip
import json
import logging
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlsplit

from letopis.errors import UserError
from letopis.ingest.decode import DecodeError, decode
from letopis.ingest.files import article_id

log = logging.getLogger(__name__)

TEXT = "text"
JSONL = "jsonl"
HTML = "html"
FEED = "feed"
SUFFIXES = {
    ".txt": TEXT, ".text": TEXT,
    ".jsonl": JSONL, ".ndjson": JSONL,
    ".html": HTML, ".htm": HTML,
    ".rss": FEED, ".atom": FEED, ".xml": FEED,
}


@dataclass
class Item:
    """One article as read from the input, or the reason it could not be read."""

    file: str
    locator: str = ""  # "line 12", "entry 3"; empty for a whole file
    text: str = ""  # headline on the first line
    title: str = ""
    published: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None  # the outlet
    id: Optional[str] = None
    error: Optional[str] = None


def input_files(paths: list[str]) -> Iterator[str]:
    """Files named, and every readable file (any format above, gzipped or not) of directories named."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = sorted(p for p in Path(path).rglob("*") if p.is_file() and format_of(p.name))
            if not found:
                raise UserError(f"{path}: no article files in this directory")
            yield from (str(p) for p in found)
        elif path != "-" and not Path(path).exists():
            raise UserError(f"{path}: no such file")
        else:
            yield path


def format_of(name: str) -> Optional[str]:
    """The format a file name says (``.gz`` looked through), or None."""
    if name.endswith(".gz"):
        name = name[:-3]
    return SUFFIXES.get(Path(name).suffix.lower())


def read_items(paths: list[str]) -> Iterator[Item]:
    for path in input_files(paths):
        yield from read_file(path)


def read_file(path: str) -> Iterator[Item]:
    name = "stdin" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        yield Item(name, error=f"cannot read: {error.strerror or error}")
        return
    if path.endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as error:
            yield Item(name, error=f"broken gzip: {error}")
            return
    kind = (None if path == "-" else format_of(path)) or sniff(data)
    stem = "stdin" if path == "-" else article_id(path.removesuffix(".gz"))
    reader = {TEXT: _text_items, JSONL: _jsonl_items, HTML: _html_items, FEED: _feed_items}[kind]
    yield from reader(name, stem, data)


def sniff(data: bytes) -> str:
    """The format of bytes with no telling file name (stdin): by their first characters."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return JSONL
    if head.startswith((b"<rss", b"<feed", b"<rdf")) or (head.startswith(b"<?xml") and b"<html" not in head):
        return FEED
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return HTML
    return TEXT


def _text_items(name: str, stem: str, data: bytes) -> Iterator[Item]:
    try:
        text, _ = decode(data)
    except DecodeError as error:
        yield Item(name, error=str(error))
        return
    if not text.strip():
        yield Item(name, error="empty text")
        return
    yield Item(name, text=text, title=text.strip().split("\n", 1)[0].strip(), id=stem)


JSON_FIELDS = {"title", "text", "body", "published", "date", "url", "source", "id"}


def _jsonl_items(name: str, stem: str, data: bytes) -> Iterator[Item]:
    # JSON Lines are UTF-8 by definition: each line is decoded on its own, so one
    # broken line is one failure, not a garbled file
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        locator = f"line {number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            yield Item(name, locator, error=f"undecodable bytes (not UTF-8): {error.reason} at {error.start}")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Item(name, locator, error=f"broken JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(record, dict):
            yield Item(name, locator, error=f"not a JSON object but {type(record).__name__}")
            continue
        yield _record_item(name, locator, record, default_id=f"{stem}-{number}")


def _record_item(name: str, locator: str, record: dict[str, Any], default_id: str) -> Item:
    title = _string(record.get("title"))
    body = _string(record.get("text") or record.get("body"))
    if not body.strip():
        return Item(name, locator, error="empty text")
    # the text of an article starts with its headline, unless the body already does
    text = body if not title or body.lstrip().startswith(title) else f"{title}\n\n{body}"
    return Item(
        name, locator, text=text, title=title or body.strip().split("\n", 1)[0],
        published=_string(record.get("published") or record.get("date")) or None,
        url=_string(record.get("url")) or None, source=_string(record.get("source")) or None,
        id=_string(record.get("id")) or default_id,
    )


def _string(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _html_items(name: str, stem: str, data: bytes) -> Iterator[Item]:
    import trafilatura

    try:
        markup, _ = decode(data)
    except DecodeError as error:
        yield Item(name, error=str(error))
        return
    try:
        document = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    except Exception as error:  # trafilatura raises whatever lxml raises
        yield Item(name, error=f"unparseable HTML: {type(error).__name__}: {error}")
        return
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not body:
        yield Item(name, error="no article text found in the HTML page")
        return
    title = (document.title or "").strip()
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    yield Item(
        name, text=text, title=title or body.split("\n", 1)[0], published=document.date or None,
        url=document.url or None, source=document.sitename or None, id=stem,
    )


def _feed_items(name: str, stem: str, data: bytes) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        yield Item(name, error=f"not a feed: {reason}" if reason else "a feed with no entries")
        return
    outlet = (feed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(feed.entries, 1):
        locator = f"entry {number}"
        title = _html_text(entry.get("title", ""))
        # full text when the feed carries it, else the summary
        contents = entry.get("content") or []
        body = _html_text(contents[0].get("value", "")) if contents else ""
        if not body:
            body = _html_text(entry.get("summary", ""))
        if not body and not title:
            yield Item(name, locator, error="empty entry: no title, content or summary")
            continue
        url = entry.get("link") or None
        yield Item(
            name, locator, text=f"{title}\n\n{body}" if title and body else title or body,
            title=title or body.split("\n", 1)[0], published=_entry_date(entry), url=url,
            source=outlet or (urlsplit(url).hostname if url else None),
            id=entry.get("id") or f"{stem}-{number}",
        )


def _entry_date(entry: Any) -> Optional[str]:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(*parsed[:3]).isoformat() if parsed else None


def _html_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed content), paragraphs on their own lines."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on junk; the summary is then used as it is
        return fragment.strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    lines = (line.strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
