"""Read queries of the API in SQLAlchemy Core over the corpus tables (``letopis.corpus.schema``).

Every value reaches the database as a bound parameter; sort keys come from a fixed list.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Optional

from sqlalchemy import and_, case, func, literal, or_, select, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement, Select

from letopis.api.filters import EventFilter
from letopis.corpus.schema import articles, corpus_events, events, stories
from letopis.corpus.search import event_text_condition

# The day an event is counted on: its own date, else the article's publication date (stored, indexed).
EVENT_DAY = events.c.day


def like_any(column: Any, text: str) -> ColumnElement:
    """Case-insensitive enough for Cyrillic on SQLite too, whose lower() folds only ASCII."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    variants = {escaped, escaped.lower(), escaped[:1].upper() + escaped[1:], escaped.capitalize()}
    return or_(*[column.like(f"%{variant}%", escape="\\") for variant in sorted(variants)])


def event_conditions(where: EventFilter, dialect: str) -> list[ColumnElement]:
    conditions: list[ColumnElement] = []
    if where.actor:
        conditions.append(or_(events.c.source == where.actor, events.c.target == where.actor))
    if where.country:
        prefix = where.country + "%"
        conditions.append(or_(events.c.source.like(prefix), events.c.target.like(prefix)))
    if where.source:
        conditions.append(events.c.source == where.source)
    if where.target:
        conditions.append(events.c.target == where.target)
    if where.cameo:
        conditions.append(events.c.cameo.like(where.cameo + "%"))
    if where.root:
        conditions.append(events.c.root == where.root)
    if where.quad:
        conditions.append(events.c.quad_class.in_(where.quad))
    if where.plover:
        conditions.append(events.c.plover == where.plover)
    if where.since:
        conditions.append(EVENT_DAY >= where.since)
    if where.until:
        conditions.append(EVENT_DAY <= where.until)
    if where.text:  # by lemma, through the events' full-text index
        conditions.append(event_text_condition(dialect, where.text))
    if where.article is not None:
        conditions.append(events.c.article_id == where.article)
    if where.story is not None:
        conditions.append(articles.c.story_id == where.story)
    return conditions


def _filtered(conn: Connection, statement: Select, where: EventFilter) -> Select:
    # only the story filter reads the articles table (the day is stored on the event): no join without it
    needs_articles = where.story is not None
    statement = statement.select_from(events.join(articles, events.c.article_id == articles.c.id)
                                      if needs_articles else events)
    conditions = event_conditions(where, conn.dialect.name)
    return statement.where(and_(*conditions)) if conditions else statement


_SORT_COLUMNS = {"date": EVENT_DAY, "goldstein": events.c.goldstein, "cameo": events.c.cameo, "id": events.c.id}


def list_events(conn: Connection, where: EventFilter, sort: str, limit: int, offset: int) -> tuple[int, list[dict]]:
    total = conn.execute(_filtered(conn, select(func.count()), where)).scalar_one()
    key = _SORT_COLUMNS[sort.lstrip("-")]
    descending = sort.startswith("-")
    order = [key.desc() if descending else key.asc(), events.c.id.desc() if descending else events.c.id.asc()]
    # sort narrow rows (id and key) first, then fetch the page's wide rows: SQLite's sorter carries every column
    page = _filtered(conn, select(events.c.id), where)
    page_ids = [row[0] for row in conn.execute(page.order_by(*order).limit(limit).offset(offset))]
    if not page_ids:
        return total, []
    joined = events.join(articles, events.c.article_id == articles.c.id).outerjoin(
        corpus_events, events.c.corpus_event_id == corpus_events.c.id)
    rows = conn.execute(select(*_event_columns()).select_from(joined).where(events.c.id.in_(page_ids))).mappings()
    by_id = {row["id"]: event_row(row) for row in rows}
    return total, [by_id[event_id] for event_id in page_ids if event_id in by_id]


def _event_columns() -> list[Any]:
    return [
        events.c.id, events.c.article_id, events.c.position, articles.c.title.label("article_title"), EVENT_DAY.label("day"),
        events.c.date_text, events.c.cameo, events.c.root, events.c.quad_class, events.c.goldstein,
        events.c.plover, events.c.plover_mode, events.c.source, events.c.source_name, events.c.target,
        events.c.target_name, events.c.location, events.c.location_name, events.c.negated, events.c.modality,
        events.c.attribution, events.c.evidence, corpus_events.c.num_mentions, corpus_events.c.num_articles,
        corpus_events.c.num_sources,
    ]


def event_row(row: Any) -> dict:
    day = row["date_text"] or (row["day"].isoformat() if isinstance(row["day"], date) else row["day"])
    return {
        "id": str(row["id"]), "article_id": str(row["article_id"]), "position": row["position"],
        "article_title": row["article_title"],
        "date": day, "cameo": row["cameo"], "root": row["root"], "quad_class": row["quad_class"],
        "goldstein": row["goldstein"], "plover": row["plover"], "plover_mode": row["plover_mode"],
        "source": row["source"], "source_name": row["source_name"], "target": row["target"],
        "target_name": row["target_name"], "location": row["location"], "location_name": row["location_name"],
        "negated": bool(row["negated"]), "modality": row["modality"], "attribution": row["attribution"],
        "evidence": row["evidence"] or "", "num_mentions": row["num_mentions"] or 1,
        "num_articles": row["num_articles"] or 1, "num_sources": row["num_sources"] or 1,
    }


def events_per_day(conn: Connection, where: EventFilter) -> list[dict]:
    day = EVENT_DAY.label("day")
    statement = _filtered(
        conn, select(day, events.c.quad_class, func.count().label("n"), func.avg(events.c.goldstein).label("g"),
               func.count(events.c.goldstein).label("ng")),
        where,
    ).where(EVENT_DAY.is_not(None)).group_by(day, events.c.quad_class).order_by(day)
    days: dict[str, dict] = {}
    for row in conn.execute(statement).mappings():
        key = row["day"].isoformat() if isinstance(row["day"], date) else str(row["day"])
        entry = days.setdefault(key, {"day": key, "total": 0, "by_quad": {}, "_g": 0.0, "_ng": 0})
        entry["total"] += row["n"]
        quad = str(row["quad_class"] or 0)
        entry["by_quad"][quad] = entry["by_quad"].get(quad, 0) + row["n"]
        if row["g"] is not None:
            entry["_g"] += float(row["g"]) * row["ng"]
            entry["_ng"] += row["ng"]
    out = []
    for entry in days.values():
        weight = entry.pop("_ng")
        total = entry.pop("_g")
        entry["goldstein"] = round(total / weight, 2) if weight else None
        out.append(entry)
    return out


def dyads(conn: Connection, where: EventFilter, limit: int) -> list[dict]:
    statement = _filtered(
        conn, select(events.c.source, events.c.target, func.count().label("n"), func.avg(events.c.goldstein).label("g"),
               func.max(events.c.source_name).label("sn"), func.max(events.c.target_name).label("tn")),
        where,
    ).where(events.c.source.is_not(None), events.c.target.is_not(None), events.c.source != "---",
            events.c.target != "---", events.c.source != events.c.target)
    statement = statement.group_by(events.c.source, events.c.target).order_by(func.count().desc(),
                                                                             events.c.source).limit(limit)
    return [
        {"source": row["source"], "target": row["target"], "events": row["n"],
         "goldstein": None if row["g"] is None else round(float(row["g"]), 2),
         "source_name": row["sn"], "target_name": row["tn"]}
        for row in conn.execute(statement).mappings()
    ]


def actor_summary(conn: Connection, code: str) -> dict:
    counts = conn.execute(
        select(func.sum(case((events.c.source == code, 1), else_=0)).label("s"),
               func.sum(case((events.c.target == code, 1), else_=0)).label("t"),
               func.count().label("n"))
        .where(or_(events.c.source == code, events.c.target == code))
    ).mappings().one()
    name = conn.execute(
        select(events.c.source_name).where(events.c.source == code, events.c.source_name.is_not(None)).limit(1)
    ).scalar() or conn.execute(
        select(events.c.target_name).where(events.c.target == code, events.c.target_name.is_not(None)).limit(1)
    ).scalar()
    return {"code": code, "name": name, "events": counts["n"] or 0, "as_source": counts["s"] or 0,
            "as_target": counts["t"] or 0}


def partners(conn: Connection, code: str, limit: int) -> list[dict]:
    other = case((events.c.source == code, events.c.target), else_=events.c.source).label("other")
    other_name = case((events.c.source == code, events.c.target_name), else_=events.c.source_name)
    statement = (
        select(other, func.count().label("n"), func.avg(events.c.goldstein).label("g"),
               func.max(other_name).label("name"))
        .where(or_(events.c.source == code, events.c.target == code))
        .group_by(other).order_by(func.count().desc(), other).limit(limit + 2)
    )
    out = []
    for row in conn.execute(statement).mappings():
        if row["other"] in (None, "---", code):
            continue
        out.append({"code": row["other"], "name": row["name"], "events": row["n"],
                    "goldstein": None if row["g"] is None else round(float(row["g"]), 2)})
    return out[:limit]


def search_actors(conn: Connection, text: Optional[str], limit: int) -> list[dict]:
    """Actor codes seen in events, most active first; ``text`` matches the code's start or a name."""
    sides = union_all(
        select(events.c.source.label("code"), events.c.source_name.label("name")).where(events.c.source.is_not(None)),
        select(events.c.target.label("code"), events.c.target_name.label("name")).where(events.c.target.is_not(None)),
    ).subquery()
    statement = select(sides.c.code, func.max(sides.c.name).label("name"), func.count().label("n")).where(
        sides.c.code != "---")
    if text:
        statement = statement.where(or_(sides.c.code.like(text.upper().replace("%", "") + "%"),
                                        like_any(sides.c.name, text)))
    statement = statement.group_by(sides.c.code).order_by(func.count().desc(), sides.c.code).limit(limit)
    return [{"code": row["code"], "name": row["name"], "events": row["n"]} for row in conn.execute(statement).mappings()]


# ------------------------------------------------------------------ articles


def _article_brief(row: Any) -> dict:
    return {"id": str(row["id"]), "title": row["title"] or "", "published": row["published"], "url": row["url"] or None,
            "source": row["source"], "events": row["num_events"] or 0,
            "story": None if row["story_id"] is None else str(row["story_id"]),
            "duplicate_of": None if row["duplicate_of"] is None else str(row["duplicate_of"])}


_BRIEF = [articles.c.id, articles.c.title, articles.c.published, articles.c.url, articles.c.source,
          articles.c.num_events, articles.c.story_id, articles.c.duplicate_of]


def list_articles(conn: Connection, since: Optional[date], until: Optional[date], story: Optional[int], limit: int,
                  offset: int, matching_ids: Optional[list[int]] = None) -> tuple[int, list[dict]]:
    """Articles newest first; ``matching_ids`` (ranked full-text hits, ``letopis.corpus.search``) restrict and order."""
    conditions = []
    if matching_ids is not None:
        conditions.append(articles.c.id.in_(matching_ids) if matching_ids else literal(False))
    if since:
        conditions.append(articles.c.published >= since)
    if until:
        conditions.append(articles.c.published <= until)
    if story is not None:
        conditions.append(articles.c.story_id == story)
    where = and_(*conditions) if conditions else literal(True)
    total = conn.execute(select(func.count()).select_from(articles).where(where)).scalar_one()
    statement = select(*_BRIEF).where(where)
    if matching_ids:  # keep the search engine's ranking
        rank = case({article_id: index for index, article_id in enumerate(matching_ids)}, value=articles.c.id)
        statement = statement.order_by(rank)
    else:
        statement = statement.order_by(articles.c.published.desc(), articles.c.id.desc())
    rows = conn.execute(statement.limit(limit).offset(offset)).mappings()
    return total, [_article_brief(row) for row in rows]


def article_row(conn: Connection, article_id: int) -> Optional[dict]:
    row = conn.execute(
        select(articles.c.id, articles.c.analysis, articles.c.source, articles.c.story_id, articles.c.duplicate_of)
        .where(articles.c.id == article_id)
    ).mappings().first()
    return dict(row) if row else None


# ------------------------------------------------------------------ stories


def list_stories(conn: Connection, limit: int, offset: int, min_articles: int) -> tuple[int, list[dict]]:
    where = stories.c.num_articles >= min_articles
    total = conn.execute(select(func.count()).select_from(stories).where(where)).scalar_one()
    rows = conn.execute(
        select(stories).where(where).order_by(stories.c.num_articles.desc(), stories.c.last_published.desc(),
                                               stories.c.id).limit(limit).offset(offset)
    ).mappings()
    return total, [_story(row) for row in rows]


def _story(row: Any) -> dict:
    return {"id": str(row["id"]), "title": row["title"], "articles": row["num_articles"],
            "first": row["first_published"], "last": row["last_published"]}


def story(conn: Connection, story_id: int) -> Optional[dict]:
    row = conn.execute(select(stories).where(stories.c.id == story_id)).mappings().first()
    if row is None:
        return None
    out = _story(row)
    members = conn.execute(
        select(*_BRIEF).where(articles.c.story_id == story_id).order_by(articles.c.published, articles.c.id).limit(500)
    ).mappings()
    out["members"] = [_article_brief(member) for member in members]
    return out
