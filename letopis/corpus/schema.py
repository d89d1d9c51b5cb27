"""The corpus store's tables (SQLAlchemy Core): the same schema on SQLite and PostgreSQL.

An article row keeps the whole analysis (``Article.to_json``) so that nothing is
lost; the other tables hold what queries filter and join on.  Integer primary
keys everywhere; ``articles.name`` is the article's own id (file name, JSON id).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()


def article_ref() -> Column:
    """The article a row belongs to (entities, mentions, events, their mentions, quotes): gone with it."""
    return Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


ingest_runs = Table(
    "ingest_runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("started", DateTime, nullable=False),
    Column("finished", DateTime),
    Column("inputs", Text, nullable=False, default=""),
    Column("stored", Integer, nullable=False, default=0),
    Column("duplicate", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
)

stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False, default=""),
    Column("first_published", Date),
    Column("last_published", Date),
    Column("num_articles", Integer, nullable=False, default=0),
    Column("num_sources", Integer, nullable=False, default=0),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),  # Article.id: file name or the input's own id
    Column("content_hash", String(64), nullable=False),  # sha256 of the text
    Column("url", String(2000), nullable=False, default=""),  # "" when unknown, so the key is unique
    Column("title", Text, nullable=False, default=""),
    Column("published", Date),
    Column("source", String(300)),  # the outlet
    Column("language", String(8), nullable=False, default="ru"),
    Column("text", Text, nullable=False),
    Column("analysis", Text, nullable=False),  # Article.to_json(): lossless
    Column("lemmas", Text, nullable=False, default=""),  # what full-text search indexes
    Column("minhash", LargeBinary),  # near-duplicate signature
    Column("duplicate_of", Integer, ForeignKey("articles.id")),
    Column("story_id", Integer, ForeignKey("stories.id")),
    Column("file", Text, nullable=False, default=""),
    Column("locator", String(100), nullable=False, default=""),
    Column("run_id", Integer, ForeignKey("ingest_runs.id")),
    Column("num_events", Integer, nullable=False, default=0),
    Column("ingested", DateTime, nullable=False),
    UniqueConstraint("content_hash", "url", name="uq_articles_identity"),
    Index("ix_articles_published", "published"),
    Index("ix_articles_name", "name"),
    Index("ix_articles_story", "story_id"),
)

actors = Table(
    "actors", metadata,
    Column("id", String(200), primary_key=True),  # the knowledge base id
    Column("code", String(40), nullable=False),
    Column("name", Text, nullable=False, default=""),
    Column("wikidata", String(40)),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    article_ref(),
    Column("key", String(40), nullable=False),  # Entity.id within the article: e1, e2
    Column("type", String(8), nullable=False),
    Column("name", Text, nullable=False),
    Column("actor_id", String(200), ForeignKey("actors.id")),
    Column("actor_code", String(40)),
    Index("ix_entities_article", "article_id"),
    Index("ix_entities_actor", "actor_id"),
    Index("ix_entities_name", "name"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    article_ref(),
    Column("start", Integer, nullable=False),
    Column("stop", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("sentence", Integer, nullable=False, default=-1),
    Column("kind", String(20), nullable=False, default="name"),
    Index("ix_mentions_entity", "entity_id"),
    Index("ix_mentions_article", "article_id"),
)

corpus_events = Table(
    "corpus_events", metadata,
    Column("id", Integer, primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id")),
    Column("cameo", String(8), nullable=False),
    Column("root", String(2), nullable=False),
    Column("source", String(40)),
    Column("target", String(40)),
    Column("source_name", Text),
    Column("target_name", Text),
    Column("plover", String(40)),
    Column("quad_class", Integer),
    Column("goldstein", Float),
    Column("date", Date),
    Column("location", String(3)),
    Column("location_name", Text),
    Column("negated", Boolean, nullable=False, default=False),
    Column("num_mentions", Integer, nullable=False),
    Column("num_articles", Integer, nullable=False),
    Column("num_sources", Integer, nullable=False),
    Column("first_article_id", Integer, ForeignKey("articles.id")),
    Column("source_url", Text),
    Index("ix_corpus_events_root_date", "root", "date"),
    Index("ix_corpus_events_source", "source"),
    Index("ix_corpus_events_target", "target"),
    Index("ix_corpus_events_story", "story_id"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    article_ref(),
    Column("position", Integer, nullable=False),  # index in Article.events
    Column("cameo", String(8), nullable=False),
    Column("root", String(2), nullable=False),
    Column("source", String(40)),
    Column("target", String(40)),
    Column("source_name", Text),
    Column("target_name", Text),
    Column("source_entity", String(40)),
    Column("target_entity", String(40)),
    Column("plover", String(40)),
    Column("plover_mode", String(40)),
    Column("goldstein", Float),
    Column("quad_class", Integer),
    Column("date", Date),
    Column("date_text", String(40)),  # Event.date as given: "2021-07" keeps its precision
    Column("date_precision", String(20)),
    Column("location", String(3)),
    Column("location_name", Text),
    Column("quantity", Float),
    Column("attribution", Text),
    Column("negated", Boolean, nullable=False, default=False),
    Column("modality", String(40)),
    Column("evidence", Text, nullable=False, default=""),
    Column("corpus_event_id", Integer, ForeignKey("corpus_events.id", ondelete="SET NULL")),
    # since version 2: the day the event counts on (its date, else its article's), and what event search indexes
    Column("day", Date),
    Column("lemmas", Text),
    Index("ix_events_article", "article_id"),
    Index("ix_events_root_date", "root", "date"),
    Index("ix_events_source", "source"),
    Index("ix_events_target", "target"),
    Index("ix_events_corpus_event", "corpus_event_id"),
)

event_mentions = Table(
    "event_mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    article_ref(),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_stop", Integer, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_stop", Integer, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_event_mentions_event", "event_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    article_ref(),
    Column("start", Integer, nullable=False),
    Column("stop", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("speaker", Text),
    Column("speaker_entity", String(40)),
    Column("via", Text),  # outer first, " / " between
    Column("sentence", Integer, nullable=False, default=-1),
    Index("ix_quotes_article", "article_id"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("ingest_runs.id")),
    Column("file", Text, nullable=False),
    Column("locator", String(100), nullable=False, default=""),
    Column("reason", Text, nullable=False),
    Column("created", DateTime, nullable=False),
    Index("ix_failures_file", "file", "locator"),
)

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("description", Text, nullable=False),
    Column("applied", DateTime, nullable=False),
)
