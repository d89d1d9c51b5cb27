"""Full-text search that understands Russian morphology, on SQLite and PostgreSQL alike.

The indexes hold lemmas: of every word of an article (``articles.lemmas``) and
of every word of an event's evidence and actor names (``events.lemmas``), both
made by ``letopis.corpus.store``.  A query word is reduced to all its possible
lemmas by the same morphological dictionary, so "границе" finds "граница" and
"границы" finds both; the lemmas of one word are OR-ed, the words AND-ed.
SQLite indexes them in FTS5 tables (``article_fts``, ``event_fts``, rowid = the
row's id), PostgreSQL in generated ``tsvector('simple', lemmas)`` columns
(``search``) with GIN indexes.  The CLI (``letopis search``) and the API
(``/api/articles?q=``, ``/api/events?q=``) both search through this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Optional

from sqlalchemy import ColumnElement, bindparam, literal_column, select, text
from sqlalchemy.engine import Connection

from letopis.corpus import schema as s
from letopis.corpus.store import Store
from letopis.errors import UserError

QUERY_WORD = re.compile(r"\w+", re.UNICODE)
MAX_HITS = 5000  # ranked article ids a query returns at most (a page is cut from them)

Lemmatize = Callable[[str], list[str]]


def word_lemmas(word: str) -> list[str]:
    """Every dictionary form the word may have (without context the first parse may be wrong), and the word."""
    from letopis.nlp.morph import morph_vocab

    forms = [parse.normal.lower().replace("ё", "е") for parse in morph_vocab()(word)]
    return list(dict.fromkeys(forms + [word]))


def query_lemmas(query: str, lemmatize: Optional[Lemmatize] = word_lemmas) -> list[list[str]]:
    """Per word of the query, the lemmas any of which may match; ``lemmatize=None`` takes words as they are."""
    words = QUERY_WORD.findall(query.lower().replace("ё", "е"))
    return [lemmatize(word) if lemmatize else [word] for word in words]


def fts5_match(lemmas: list[list[str]]) -> str:
    """An FTS5 query: every lemma quoted, so no word is read as an operator."""
    return " AND ".join(
        "(" + " OR ".join('"' + lemma.replace('"', '""') + '"' for lemma in options) + ")" for options in lemmas)


def tsquery(lemmas: list[list[str]]) -> str:
    """A to_tsquery text, ``('a' | 'b') & 'c'``, every lemma quoted so no word is read as an operator."""
    def quoted(lemma: str) -> str:
        return "'" + lemma.replace("'", "''").replace("\\", "") + "'"

    return " & ".join("(" + " | ".join(quoted(lemma) for lemma in options) + ")" for options in lemmas)


def ranked_article_ids(
    conn: Connection, query: str, limit: int = MAX_HITS, lemmatize: Optional[Lemmatize] = word_lemmas
) -> list[tuple[int, float]]:
    """``(article id, score)`` of the articles holding every word of the query, best first."""
    lemmas = query_lemmas(query, lemmatize)
    if not lemmas:
        return []
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text(
            "SELECT rowid, -bm25(article_fts) AS score FROM article_fts WHERE article_fts MATCH :match "
            "ORDER BY bm25(article_fts), rowid LIMIT :limit"), {"match": fts5_match(lemmas), "limit": limit})
    else:
        rows = conn.execute(text(
            "SELECT id, ts_rank(search, query) AS score FROM articles, to_tsquery('simple', :query) AS query "
            "WHERE search @@ query ORDER BY score DESC, id LIMIT :limit"), {"query": tsquery(lemmas), "limit": limit})
    return [(row[0], float(row[1])) for row in rows]


def search(store: Store, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles with every word of ``query`` (in any form), best first: id, name, title, published, source, score."""
    if not query_lemmas(query, None):
        raise UserError("the search query has no words")
    a = s.articles
    with store.engine.connect() as conn:
        ranked = ranked_article_ids(conn, query, limit)
        if not ranked:
            return []
        rows = conn.execute(select(a.c.id, a.c.name, a.c.title, a.c.published, a.c.source)
                            .where(a.c.id.in_([article_id for article_id, _ in ranked]))).mappings()
        by_id = {row["id"]: dict(row) for row in rows}
    return [by_id[article_id] | {"score": score} for article_id, score in ranked if article_id in by_id]


def event_text_condition(dialect: str, query: str, lemmatize: Optional[Lemmatize] = word_lemmas) -> ColumnElement:
    """A WHERE condition on ``events``: the event's evidence or actor names hold every word of the query."""
    lemmas = query_lemmas(query, lemmatize)
    if not lemmas:
        return literal_column("1") == 1
    if dialect == "sqlite":
        matching = text("SELECT rowid FROM event_fts WHERE event_fts MATCH :event_match").bindparams(
            bindparam("event_match", fts5_match(lemmas))).columns(rowid=s.events.c.id.type)
        return s.events.c.id.in_(matching)
    return literal_column("events.search").op("@@")(
        text("to_tsquery('simple', :event_query)").bindparams(bindparam("event_query", tsquery(lemmas))))
