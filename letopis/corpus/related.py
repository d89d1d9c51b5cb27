"""Related articles ("Читайте также"): shared events and actors first, then wording.

score = EVENT_WEIGHT * corpus events both report
      + ACTOR_WEIGHT * Jaccard of their actor codes
      + STORY_WEIGHT if they are in one story
      + estimated Jaccard of their texts' shingles.
Candidates are the articles sharing an actor, a corpus event or the story;
reprints of the article itself are left out (they are not further reading).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from letopis.corpus import schema as s
from letopis.corpus.dedup import similarity
from letopis.corpus.store import Store
from letopis.errors import UserError

EVENT_WEIGHT = 1.0
ACTOR_WEIGHT = 1.0
STORY_WEIGHT = 0.5
MAX_CANDIDATES = 5000


@dataclass
class Related:
    id: int
    name: str
    title: str
    published: Any
    source: Any
    score: float
    shared_events: int
    shared_actors: list[str]


def related(store: Store, key: str, limit: int = 10) -> list[Related]:
    article = store.article(key)
    if article is None:
        raise UserError(f"no article {key!r} in the store")
    a, e, ev = s.articles, s.entities, s.events
    me = article["id"]
    original = article["duplicate_of"] or me
    with store.engine.connect() as connection:
        actors = _actor_codes(connection, [me])[me]
        corpus = set(connection.scalars(select(ev.c.corpus_event_id).where(
            ev.c.article_id == me, ev.c.corpus_event_id.is_not(None))))
        candidates: set[int] = set()
        if actors:
            candidates.update(connection.scalars(select(e.c.article_id).where(e.c.actor_code.in_(actors))
                                                 .distinct().limit(MAX_CANDIDATES)))
        if corpus:
            candidates.update(connection.scalars(select(ev.c.article_id).where(ev.c.corpus_event_id.in_(corpus))))
        if article["story_id"] is not None:
            candidates.update(connection.scalars(select(a.c.id).where(a.c.story_id == article["story_id"])))
        candidates.discard(me)
        if not candidates:
            return []
        ids = sorted(candidates)
        rows = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            for row in connection.execute(select(a.c.id, a.c.name, a.c.title, a.c.published, a.c.source,
                                                 a.c.minhash, a.c.story_id, a.c.duplicate_of).where(a.c.id.in_(part))):
                rows[row.id] = row
        their_actors = _actor_codes(connection, ids)
        their_events: dict[int, set[int]] = {}
        if corpus:
            for article_id, corpus_id in connection.execute(select(ev.c.article_id, ev.c.corpus_event_id).where(
                    ev.c.corpus_event_id.in_(corpus))):
                their_events.setdefault(article_id, set()).add(corpus_id)
    found = []
    for other in ids:
        row = rows[other]
        if (row.duplicate_of or row.id) == original:
            continue  # the same text
        shared_actors = actors & their_actors.get(other, set())
        union = actors | their_actors.get(other, set())
        shared_events = len(their_events.get(other, set()))
        score = (EVENT_WEIGHT * shared_events + ACTOR_WEIGHT * (len(shared_actors) / len(union) if union else 0.0)
                 + (STORY_WEIGHT if row.story_id is not None and row.story_id == article["story_id"] else 0.0)
                 + (similarity(article["minhash"], row.minhash) if article["minhash"] and row.minhash else 0.0))
        found.append(Related(row.id, row.name, row.title, row.published, row.source, round(score, 4),
                             shared_events, sorted(shared_actors)))
    found.sort(key=lambda item: (-item.score, item.id))
    return found[:limit]


def _actor_codes(connection: Any, ids: list[int]) -> dict[int, set[str]]:
    codes: dict[int, set[str]] = {i: set() for i in ids}
    e = s.entities
    for start in range(0, len(ids), 500):
        for article_id, code in connection.execute(select(e.c.article_id, e.c.actor_code).where(
                e.c.article_id.in_(ids[start:start + 500]), e.c.actor_code.is_not(None))):
            if code != "---":
                codes[article_id].add(code)
    return codes
