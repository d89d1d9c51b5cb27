"""Full-text search over articles by lemma, on the store's index (FTS5 on SQLite, tsvector on PostgreSQL).

The index holds lemmas (``letopis.corpus.store.lemma_text``), so the query's words are lemmatised
the same way first: "границе" finds an article that says "граница".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

WORDS = re.compile(r"\w+", re.UNICODE)
MAX_HITS = 5000


def word_lemmas(word: str) -> list[str]:
    """Every dictionary form the word may have (without context the first parse may be wrong)."""
    from letopis.nlp.morph import morph_vocab

    forms = [form.normal.lower().replace("ё", "е") for form in morph_vocab()(word)]
    return list(dict.fromkeys(forms or [word]))


def query_lemmas(query: str, lemmatize: Optional[Callable[[str], list[str]]]) -> list[list[str]]:
    """Per word of the query, the lemmas any of which may match."""
    out = []
    for word in WORDS.findall(query.lower().replace("ё", "е")):
        out.append(lemmatize(word) if lemmatize else [word])
    return out


def search_article_ids(
    conn: Connection, query: str, lemmatize: Optional[Callable[[str], list[str]]] = word_lemmas
) -> list[int]:
    """Row ids of the articles holding every word of the query (as lemmas), best first."""
    lemmas = query_lemmas(query, lemmatize)
    if not lemmas:
        return []
    if conn.dialect.name == "sqlite":
        match = " AND ".join(
            "(" + " OR ".join('"' + lemma.replace('"', '""') + '"' for lemma in options) + ")" for options in lemmas)
        rows = conn.execute(text("SELECT rowid FROM article_fts WHERE article_fts MATCH :match ORDER BY rank LIMIT :n"),
                            {"match": match, "n": MAX_HITS})
    else:
        rows = conn.execute(text(
            "SELECT id FROM articles, to_tsquery('simple', :query) AS query WHERE search @@ query "
            "ORDER BY ts_rank(search, query) DESC LIMIT :n"), {"query": tsquery(lemmas), "n": MAX_HITS})
    return [row[0] for row in rows]


def tsquery(lemmas: list[list[str]]) -> str:
    """``(a | b) & c`` with every lemma quoted, so no word is read as an operator."""
    def quoted(lemma: str) -> str:
        return "'" + lemma.replace("'", "''").replace("\\", "") + "'"

    return " & ".join("(" + " | ".join(quoted(lemma) for lemma in options) + ")" for options in lemmas)
