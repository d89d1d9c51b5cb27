"""The corpus store: where it is (URL), its migrations, and writing analysed articles into it.

SQLite by default (one file, WAL so readers do not block the writer),
PostgreSQL when the URL says so; the schema is ``letopis.corpus.schema`` on
both.  Migrations are a numbered list applied in order and recorded in
``schema_migrations`` (see docs/corpus.md); full-text search is the one part
written per backend (FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Optional
from urllib.parse import urlsplit

from sqlalchemy import Engine, create_engine, event, func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection

from letopis.corpus import schema as s
from letopis.errors import UserError
from letopis.model import Article

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///letopis.db"


def resolve_url(url: Optional[str] = None) -> str:
    """``--db`` if given, else $LETOPIS_DB, else ./letopis.db; a bare path means a SQLite file."""
    url = url or os.environ.get("LETOPIS_DB") or DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):  # psycopg 3 is the driver letopis ships
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at every checkpoint, safe on kill -9
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


# ----------------------------------------------------------------- migrations


def _create_tables(connection: Connection) -> None:
    s.metadata.create_all(connection)
    if connection.dialect.name == "sqlite":
        connection.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(lemmas, tokenize='unicode61')"))
    else:
        # the lemmas are already normal forms: the 'simple' configuration only lower-cases them
        connection.execute(text(
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS search tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', lemmas)) STORED"
        ))
        connection.execute(text("CREATE INDEX IF NOT EXISTS ix_articles_search ON articles USING gin (search)"))


def _add_column(connection: Connection, table: str, name: str, kind: str) -> None:
    """Add a column the table lacks (a store made after the column joined ``schema`` has it from version 1)."""
    if name not in {column["name"] for column in inspect(connection).get_columns(table)}:
        connection.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {kind}"))


def _event_day_and_search(connection: Connection) -> None:
    # the day an event counts on, indexed: the API sorts and filters by it without joining articles
    _add_column(connection, "events", "day", "DATE")
    _add_column(connection, "events", "lemmas", "TEXT")
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_events_date ON events (date)"))
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_events_day ON events (day)"))
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_events_root_day ON events (root, day)"))
    connection.execute(text(
        "UPDATE events SET day = coalesce(date, (SELECT published FROM articles WHERE articles.id = events.article_id)) "
        "WHERE day IS NULL"))
    _fill_event_lemmas(connection)
    if connection.dialect.name == "sqlite":
        connection.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS event_fts USING fts5(lemmas, tokenize='unicode61')"))
        connection.execute(text("DELETE FROM event_fts"))
        connection.execute(text("INSERT INTO event_fts(rowid, lemmas) SELECT id, lemmas FROM events"))
    else:
        connection.execute(text(
            "ALTER TABLE events ADD COLUMN IF NOT EXISTS search tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', coalesce(lemmas, ''))) STORED"))
        connection.execute(text("CREATE INDEX IF NOT EXISTS ix_events_search ON events USING gin (search)"))
    connection.execute(text("ANALYZE events"))  # the planner's statistics for the new indexes


def _fill_event_lemmas(connection: Connection) -> None:
    """Event lemmas of the stored events, from each article's stored analysis (its tokens)."""
    missing = select(s.events.c.article_id).where(s.events.c.lemmas.is_(None)).distinct().scalar_subquery()
    rows = connection.execute(select(s.articles.c.id, s.articles.c.analysis).where(s.articles.c.id.in_(missing))
                              .execution_options(yield_per=200))  # on this statement only: the updates need none
    updates = []
    for row in rows:
        article = Article.from_json(row.analysis)
        updates += [{"a": row.id, "p": position, "l": lemmas}
                    for position, lemmas in enumerate(event_lemma_texts(article))]
    rows.close()
    for start in range(0, len(updates), 1000):
        connection.execute(text("UPDATE events SET lemmas = :l WHERE article_id = :a AND position = :p"),
                           updates[start:start + 1000])
    connection.execute(text("UPDATE events SET lemmas = '' WHERE lemmas IS NULL"))  # no analysis to take them from


def _timeline_index(connection: Connection) -> None:
    # events per day and QuadClass with the mean Goldstein (the API's timeline) from the index alone:
    # 137 -> 8 ms at 100,000 events on SQLite
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_events_day_quad ON events (day, quad_class, goldstein)"))
    connection.execute(text("ANALYZE events"))


# (version, what it does, how); append, never edit an applied one
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "tables, indexes and full-text search", _create_tables),
    (2, "events: day column, indexes on date and day, full-text search over evidence and actor names",
     _event_day_and_search),
    (3, "events: covering index for events per day and QuadClass", _timeline_index),
]


def migrate(engine: Engine) -> int:
    """Apply the migrations the store lacks; return the schema version."""
    with engine.begin() as connection:
        s.schema_migrations.create(connection, checkfirst=True)
        done = set(connection.scalars(select(s.schema_migrations.c.version)))
        for version, description, step in MIGRATIONS:
            if version in done:
                continue
            log.info("migrating the store to version %d: %s", version, description)
            step(connection)
            connection.execute(insert(s.schema_migrations).values(version=version, description=description, applied=now()))
    return MIGRATIONS[-1][0]


# ----------------------------------------------------------------- the store


@dataclass
class Meta:
    """Where an article came from, beside the Article itself."""

    content_hash: str
    url: str = ""
    source: Optional[str] = None
    file: str = ""
    locator: str = ""


def content_hash(text_: str) -> str:
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


def source_of(url: Optional[str], source: Optional[str]) -> Optional[str]:
    """The outlet: as the input names it, else the host of the URL."""
    if source:
        return source
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


WORD = re.compile(r"\w", re.UNICODE)


def lemma_text(article: Article) -> str:
    """What full-text search indexes: the lemma of every word token, lower case, ё as е."""
    words = []
    for sentence in article.sentences:
        for token in sentence.tokens:
            if WORD.search(token.text):
                words.append((token.lemma or token.text).lower().replace("ё", "е"))
    return " ".join(words)


def event_lemma_texts(article: Article) -> list[str]:
    """What event search indexes, per event: the lemmas of the words of its evidence and of its actor names."""
    def normal(word: str) -> str:
        return word.lower().replace("ё", "е")

    # a name word as the article writes it has the lemma of that token ("Бишкеке" -> "бишкек");
    # a name from elsewhere (the knowledge base) is a normal form already
    lemma_of = {normal(token.text): normal(token.lemma or token.text)
                for sentence in article.sentences for token in sentence.tokens}
    out = []
    for event_ in article.events:
        # the evidence (the sentence or clause shown with the event), not every sentence that mentions it:
        # what a search finds must be visible in the row it returns
        evidence = [m for m in event_.mentions if m.text == event_.evidence] or event_.mentions[:1]
        spans = [(m.sentence_start, m.sentence_stop) for m in evidence]
        words = [normal(token.lemma or token.text)
                 for sentence in article.sentences
                 if any(sentence.start < stop and start < sentence.stop for start, stop in spans)
                 for token in sentence.tokens
                 if WORD.search(token.text) and any(start <= token.start and token.stop <= stop for start, stop in spans)]
        for name in (event_.source_name, event_.target_name):
            words += [lemma_of.get(word, word) for word in NAME_WORD.findall(normal(name or ""))]
        out.append(" ".join(words))
    return out


NAME_WORD = re.compile(r"\w+", re.UNICODE)


def _day(value: Optional[str]) -> Optional[date]:
    """The first day of an ISO date, month or year; None when there is none."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        numbers = [int(part) for part in parts] + [1] * (3 - len(parts))
        return date(*numbers[:3])
    except (ValueError, TypeError):
        return None


class Store:
    """A connection to one corpus store; ``Store.open(url)`` migrates it first."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: Optional[str] = None, create: bool = True) -> Store:
        url = resolve_url(url)
        if url.startswith("sqlite:///") and not create:
            path = url.removeprefix("sqlite:///")
            if path and path != ":memory:" and not os.path.exists(path):
                raise UserError(f"{path}: no such store (run `letopis ingest` first)")
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except Exception as error:  # bad URL, missing driver
            raise UserError(f"cannot open the store {url!r}: {error}") from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        try:
            migrate(engine)
        except Exception as error:
            if "OperationalError" in type(error).__name__:
                raise UserError(f"cannot open the store {engine.url!r}: {str(error).splitlines()[0]}") from None
            raise
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------- runs and failures

    def start_run(self, inputs: Iterable[str]) -> int:
        with self.engine.begin() as connection:
            return connection.execute(
                insert(s.ingest_runs).values(started=now(), inputs=" ".join(inputs)).returning(s.ingest_runs.c.id)
            ).scalar_one()

    def finish_run(self, run_id: int, stored: int, duplicate: int, failed: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(update(s.ingest_runs).where(s.ingest_runs.c.id == run_id).values(
                finished=now(), stored=stored, duplicate=duplicate, failed=failed))

    def add_failures(self, connection: Connection, run_id: Optional[int], found: list[tuple[str, str, str]]) -> None:
        """Record ``(file, locator, reason)``s; one already recorded is not recorded again."""
        for file, locator, reason in found:
            known = connection.execute(select(s.failures.c.id).where(
                s.failures.c.file == file, s.failures.c.locator == locator, s.failures.c.reason == reason)).first()
            if known is None:
                connection.execute(insert(s.failures).values(
                    run_id=run_id, file=file, locator=locator, reason=reason, created=now()))

    def record_failures(self, run_id: Optional[int], found: list[tuple[str, str, str]]) -> None:
        if found:
            with self.engine.begin() as connection:
                self.add_failures(connection, run_id, found)

    # ------------------------------------------------------------- identity

    def known(self, keys: list[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which ``(content_hash, url)`` keys are stored already."""
        found: set[tuple[str, str]] = set()
        hashes = sorted({key[0] for key in keys})
        with self.engine.connect() as connection:
            for start in range(0, len(hashes), 500):
                rows = connection.execute(select(s.articles.c.content_hash, s.articles.c.url).where(
                    s.articles.c.content_hash.in_(hashes[start:start + 500])))
                found.update((row[0], row[1]) for row in rows)
        return found & set(keys)

    def article_id(self, content_hash_: str, url: str = "") -> Optional[int]:
        """The row id of the article stored with this identity, if any."""
        with self.engine.connect() as connection:
            return connection.execute(select(s.articles.c.id).where(
                s.articles.c.content_hash == content_hash_, s.articles.c.url == (url or ""))).scalar()

    def count(self, table: Any) -> int:
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(table)).scalar_one()

    # ------------------------------------------------------------- writing articles

    def add_articles(
        self, analysed: list[tuple[Article, Meta]], run_id: Optional[int] = None,
        failures: Optional[list[tuple[str, str, str]]] = None,
    ) -> list[int]:
        """Store a batch in one transaction (all of it or nothing); return the new row ids."""
        from letopis.corpus.dedup import signature

        ids = []
        with self.engine.begin() as connection:
            if failures:
                self.add_failures(connection, run_id, failures)
            for article, meta in analysed:
                lemmas = lemma_text(article)
                row_id = connection.execute(insert(s.articles).values(
                    name=article.id or meta.content_hash[:16], content_hash=meta.content_hash, url=meta.url or "",
                    title=article.title or article.text.strip().split("\n", 1)[0][:500],
                    published=article.published, source=source_of(meta.url, meta.source),
                    language=article.language, text=article.text, analysis=article.to_json(), lemmas=lemmas,
                    minhash=signature(article.text), file=meta.file, locator=meta.locator, run_id=run_id,
                    num_events=len(article.events), ingested=now(),
                ).returning(s.articles.c.id)).scalar_one()
                if self.dialect == "sqlite":
                    connection.execute(text("INSERT INTO article_fts(rowid, lemmas) VALUES (:id, :lemmas)"),
                                       {"id": row_id, "lemmas": lemmas})
                self._add_parts(connection, row_id, article)
                ids.append(row_id)
        return ids

    def _add_parts(self, connection: Connection, article_id: int, article: Article) -> None:
        actors = {actor_key(entity.actor): entity.actor for entity in article.entities if entity.actor}
        for key, actor in actors.items():
            upsert = _insert_ignore(self.dialect, s.actors)
            connection.execute(upsert.values(id=key, code=actor.code, name=actor.name, wikidata=actor.wikidata))
        if article.entities:
            entity_ids = connection.execute(insert(s.entities).returning(s.entities.c.id, sort_by_parameter_order=True), [
                {"article_id": article_id, "key": entity.id, "type": entity.type, "name": entity.name,
                 "actor_id": actor_key(entity.actor) if entity.actor else None,
                 "actor_code": entity.actor.code if entity.actor else None}
                for entity in article.entities]).scalars().all()
            rows = [{"entity_id": entity_id, "article_id": article_id, "start": m.start, "stop": m.stop,
                     "text": m.text, "sentence": m.sentence, "kind": m.kind}
                    for entity_id, entity in zip(entity_ids, article.entities) for m in entity.mentions]
            if rows:
                connection.execute(insert(s.mentions), rows)
        if article.events:
            lemmas = event_lemma_texts(article)
            event_ids = connection.execute(insert(s.events).returning(s.events.c.id, sort_by_parameter_order=True), [
                {"article_id": article_id, "position": position, "cameo": ev.cameo, "root": ev.cameo[:2],
                 "day": _day(ev.date) or article.published, "lemmas": lemmas[position],
                 "source": ev.source, "target": ev.target, "source_name": ev.source_name,
                 "target_name": ev.target_name, "source_entity": ev.source_entity, "target_entity": ev.target_entity,
                 "plover": ev.plover, "plover_mode": ev.plover_mode, "goldstein": ev.goldstein,
                 "quad_class": ev.quad_class, "date": _day(ev.date), "date_text": ev.date,
                 "date_precision": ev.date_precision, "location": ev.location, "location_name": ev.location_name,
                 "quantity": ev.quantity, "attribution": ev.attribution, "negated": ev.negated,
                 "modality": ev.modality, "evidence": ev.evidence}
                for position, ev in enumerate(article.events)]).scalars().all()
            if self.dialect == "sqlite":
                connection.execute(text("INSERT INTO event_fts(rowid, lemmas) VALUES (:id, :lemmas)"),
                                   [{"id": event_id, "lemmas": lemmas[position]} for position, event_id in enumerate(event_ids)])
            rows = [{"event_id": event_id, "article_id": article_id, "sentence_start": m.sentence_start,
                     "sentence_stop": m.sentence_stop, "trigger_start": m.trigger_start,
                     "trigger_stop": m.trigger_stop, "trigger": m.trigger, "text": m.text}
                    for event_id, ev in zip(event_ids, article.events) for m in ev.mentions]
            if rows:
                connection.execute(insert(s.event_mentions), rows)
        if article.quotes:
            connection.execute(insert(s.quotes), [
                {"article_id": article_id, "start": q.start, "stop": q.stop, "text": q.text, "kind": q.kind,
                 "speaker": q.speaker.text if q.speaker else None,
                 "speaker_entity": q.speaker.entity if q.speaker else None,
                 "via": " / ".join(v.text for v in q.via) or None, "sentence": q.sentence}
                for q in article.quotes])

    def article(self, key: str) -> Optional[dict[str, Any]]:
        """One article row by its row id or its name."""
        with self.engine.connect() as connection:
            query = select(s.articles)
            if key.isdigit():
                row = connection.execute(query.where(s.articles.c.id == int(key))).mappings().first()
                if row is not None:
                    return dict(row)
            row = connection.execute(query.where(s.articles.c.name == key).order_by(s.articles.c.id)).mappings().first()
            return dict(row) if row is not None else None


def actor_key(actor: Any) -> str:
    """The actors row of a linked entity: its knowledge-base id, or its code when the KB has no entry."""
    return actor.id or f"code:{actor.code}"


def _insert_ignore(dialect: str, table: Any) -> Any:
    """INSERT that does nothing when the primary key exists (both backends)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing()
