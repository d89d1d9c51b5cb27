"""Full-text search that understands Russian morphology, on SQLite and PostgreSQL alike.

The index holds the lemma of every word of an article (from the analysis); a
query word is reduced to all its possible lemmas by the same morphological
dictionary, so "границе" finds "граница" and "границы" finds both.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text

from letopis.corpus.store import Store
from letopis.errors import UserError

QUERY_WORD = re.compile(r"\w+", re.UNICODE)


def query_lemmas(query: str) -> list[set[str]]:
    """For each query word, the set of its possible lemmas (lower case, ё as е)."""
    from letopis.nlp.morph import morph_vocab

    vocab = morph_vocab()
    words = []
    for word in QUERY_WORD.findall(query.lower().replace("ё", "е")):
        forms = {parse.normal.replace("ё", "е") for parse in vocab(word)} or {word}
        forms.add(word)
        words.append(forms)
    return words


def search(store: Store, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles with every word of ``query`` (in any form), best first."""
    words = query_lemmas(query)
    if not words:
        raise UserError("the search query has no words")
    if store.dialect == "sqlite":
        # FTS5 syntax: quoted strings, OR within a word, AND between words
        match = " AND ".join("(" + " OR ".join(f'"{form}"' for form in sorted(forms)) + ")" for forms in words)
        sql = text(
            "SELECT a.id, a.name, a.title, a.published, a.source, -bm25(article_fts) AS score "
            "FROM article_fts JOIN articles a ON a.id = article_fts.rowid "
            "WHERE article_fts MATCH :match ORDER BY bm25(article_fts), a.id LIMIT :limit")
    else:
        match = " & ".join("(" + " | ".join(_ts_word(form) for form in sorted(forms)) + ")" for forms in words)
        sql = text(
            "SELECT a.id, a.name, a.title, a.published, a.source, "
            "ts_rank(a.search, to_tsquery('simple', :match)) AS score FROM articles a "
            "WHERE a.search @@ to_tsquery('simple', :match) ORDER BY score DESC, a.id LIMIT :limit")
    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(sql, {"match": match, "limit": limit}).mappings()]


def _ts_word(form: str) -> str:
    # a lexeme quoted for to_tsquery: only word characters reach here, quotes are doubled anyway
    return "'" + form.replace("'", "''") + "'"
