"""Reading the corpus: merged events by actor, CAMEO code and date; stories."""

from __future__ import annotations

from datetime import date
from typing import Any, Optional

from sqlalchemy import and_, or_, select

from letopis.corpus import schema as s
from letopis.corpus.store import Store
from letopis.errors import UserError


def parse_day(value: Optional[str], what: str) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{what} {value!r} is not YYYY-MM-DD") from None


def events(
    store: Store,
    actor: Optional[str] = None,
    root: Optional[str] = None,
    cameo: Optional[str] = None,
    since: Optional[date] = None,
    until: Optional[date] = None,
    include_negated: bool = False,
    limit: Optional[int] = 100,
) -> list[dict[str, Any]]:
    """Corpus events, newest first; ``actor`` matches a code prefix on either side (RUS: RUSGOV, RUSMIL)."""
    c = s.corpus_events
    conditions = []
    if actor:
        prefix = actor.upper() + "%"
        conditions.append(or_(c.c.source.like(prefix), c.c.target.like(prefix)))
    if root:
        if not (root.isdigit() and len(root) <= 2):
            raise UserError(f"--root {root!r} is not a CAMEO root (01 to 20)")
        conditions.append(c.c.root == root.zfill(2))
    if cameo:
        conditions.append(c.c.cameo.like(cameo + "%"))
    if since:
        conditions.append(c.c.date >= since)
    if until:
        conditions.append(c.c.date <= until)
    if not include_negated:
        conditions.append(c.c.negated.is_(False))
    query = select(c).where(and_(*conditions)).order_by(c.c.date.desc(), c.c.num_articles.desc(), c.c.id)
    if limit:
        query = query.limit(limit)
    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


def stories(store: Store, limit: Optional[int] = 50, min_articles: int = 1) -> list[dict[str, Any]]:
    t = s.stories
    query = select(t).where(t.c.num_articles >= min_articles).order_by(t.c.num_articles.desc(), t.c.id)
    if limit:
        query = query.limit(limit)
    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


def story_articles(store: Store, story_id: int) -> list[dict[str, Any]]:
    a = s.articles
    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(
            select(a.c.id, a.c.name, a.c.title, a.c.published, a.c.source, a.c.duplicate_of)
            .where(a.c.story_id == story_id).order_by(a.c.published, a.c.id)).mappings()]
