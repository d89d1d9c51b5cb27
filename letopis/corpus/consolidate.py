"""After ingest: mark near-duplicates, cluster stories, merge events; all in one transaction.

It is recomputed over the whole store (a few seconds for ten thousand articles);
docs/scaling.md says how a large deployment restricts it to a window of days.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, delete, func, insert, select, update

from letopis.corpus import schema as s
from letopis.corpus.dedup import find_duplicates
from letopis.corpus.merge import ArticleEvent, merge
from letopis.corpus.store import Store
from letopis.corpus.stories import StoryArticle, cluster, features

log = logging.getLogger(__name__)


@dataclass
class Consolidated:
    duplicates: int
    stories: int
    corpus_events: int


def rebuild(store: Store) -> Consolidated:
    a, e, ev = s.articles, s.entities, s.events
    with store.engine.begin() as connection:
        rows = connection.execute(select(a.c.id, a.c.published, a.c.minhash, a.c.source, a.c.url, a.c.title)).all()
        original_of = find_duplicates((row.id, row.published, row.minhash) for row in rows)

        entity_rows = defaultdict(list)
        for row in connection.execute(select(e.c.article_id, e.c.type, e.c.name, e.c.actor_code)):
            entity_rows[row.article_id].append((row.type, row.name, row.actor_code))
        mention_counts = dict(connection.execute(
            select(s.event_mentions.c.event_id, func.count()).group_by(s.event_mentions.c.event_id)).all())
        event_rows = connection.execute(select(ev)).mappings().all()
        event_keys = defaultdict(list)
        for row in event_rows:
            event_keys[row["article_id"]].append((row["root"], row["source"], row["target"]))

        story_articles = [
            StoryArticle(row.id, row.published, features(entity_rows[row.id], event_keys[row.id]),
                         row.minhash, original_of.get(row.id))
            for row in rows]
        groups = cluster(story_articles)

        # start afresh: links first, then the rows they point to
        connection.execute(update(ev).values(corpus_event_id=None))
        connection.execute(update(a).values(story_id=None, duplicate_of=None))
        connection.execute(delete(s.corpus_events))
        connection.execute(delete(s.stories))

        if original_of:
            connection.execute(update(a).where(a.c.id == bindparam("row_id")).values(duplicate_of=bindparam("original")),
                               [{"row_id": key, "original": value} for key, value in original_of.items()])
        info = {row.id: row for row in rows}
        story_of: dict[int, int] = {}
        for ids in groups:
            members = [info[i] for i in ids]
            days = [row.published for row in members if row.published]
            first = min(members, key=lambda row: (row.published or date.max, row.id))
            story_id = connection.execute(insert(s.stories).values(
                title=first.title, first_published=min(days) if days else None,
                last_published=max(days) if days else None, num_articles=len(ids),
                num_sources=len({_outlet(row) for row in members}),
            ).returning(s.stories.c.id)).scalar_one()
            for i in ids:
                story_of[i] = story_id
        if story_of:
            connection.execute(update(a).where(a.c.id == bindparam("row_id")).values(story_id=bindparam("story")),
                               [{"row_id": key, "story": value} for key, value in story_of.items()])

        by_story: dict[int, list[ArticleEvent]] = defaultdict(list)
        for row in event_rows:
            article = info[row["article_id"]]
            by_story[story_of[article.id]].append(ArticleEvent(
                id=row["id"], article_id=article.id, source_key=_outlet(article), published=article.published,
                url=article.url, cameo=row["cameo"], source=row["source"], target=row["target"],
                negated=bool(row["negated"]), date=row["date"], location=row["location"],
                source_name=row["source_name"], target_name=row["target_name"],
                location_name=row["location_name"], plover=row["plover"], quad_class=row["quad_class"],
                goldstein=row["goldstein"], mentions=mention_counts.get(row["id"], 1)))
        links = []
        total = 0
        for story_id, story_events in by_story.items():
            for merged in merge(story_events):
                corpus_id = connection.execute(insert(s.corpus_events).values(story_id=story_id, **merged.row())
                                               .returning(s.corpus_events.c.id)).scalar_one()
                links.extend({"row_id": member.id, "corpus": corpus_id} for member in merged.members)
                total += 1
        if links:
            connection.execute(update(ev).where(ev.c.id == bindparam("row_id")).values(corpus_event_id=bindparam("corpus")),
                               links)
    result = Consolidated(len(original_of), len(groups), total)
    log.info("consolidated: %s", result)
    return result


def _outlet(row) -> str:
    """The outlet of an article row; an article with none counts as its own."""
    return row.source or f"article:{row.id}"
