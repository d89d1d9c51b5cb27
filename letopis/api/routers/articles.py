"""``/api/articles``: the stored articles, searched and listed, and one with its whole analysis."""

from __future__ import annotations

import json
from datetime import date
from typing import Optional

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy.engine import Connection

from letopis.api import queries
from letopis.api.deps import Paging, connection
from letopis.api.errors import ApiError, not_found
from letopis.api.schemas import ArticleBrief, ArticleOut, ErrorOut, Page
from letopis.corpus.search import ranked_article_ids

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get("", response_model=Page[ArticleBrief], summary="Articles, newest first, or found by words")
def list_articles(
    request: Request,
    q: Optional[str] = Query(None, max_length=200, description="words; Russian word forms match their lemma"),
    since: Optional[date] = Query(None),
    until: Optional[date] = Query(None),
    story: Optional[int] = Query(None, ge=1),
    paging: Paging = Depends(),
    conn: Connection = Depends(connection),
) -> dict:
    if since and until and since > until:
        raise ApiError(f"since {since} is after until {until}")
    q = (q or "").strip() or None
    matching = [article_id for article_id, _ in ranked_article_ids(conn, q)] if q else None
    total, rows = queries.list_articles(conn, since, until, story, paging.limit, paging.offset, matching)
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "items": rows}


@router.get(
    "/{article_id}",
    response_model=None,
    responses={200: {"model": ArticleOut}, 404: {"model": ErrorOut}},
    summary="One article: text, entities, times, quantities, quotes, events, and related articles",
)
def get_article(
    request: Request,
    article_id: int,
    tokens: bool = Query(True, description="include the sentences' tokens (large)"),
    related: int = Query(8, ge=0, le=50, description="how many related articles (Читайте также)"),
    conn: Connection = Depends(connection),
) -> Response:
    row = queries.article_row(conn, article_id)
    if row is None:
        raise not_found(f"article {article_id}")
    analysis = row["analysis"]
    if not tokens:  # the dashboard needs offsets, not the parse: ten times smaller
        data = json.loads(analysis)
        for sentence in data.get("sentences", []):
            sentence.pop("tokens", None)
        analysis = json.dumps(data, ensure_ascii=False)
    links = _related(request.app.state.store, article_id, related) if related else []
    extra = {
        "source": row["source"],
        "story": None if row["story_id"] is None else str(row["story_id"]),
        "duplicate_of": None if row["duplicate_of"] is None else str(row["duplicate_of"]),
        "related": links,
    }
    # the stored analysis is already JSON: splice it in rather than parse and re-serialise it
    body = '{"article":' + analysis + "," + json.dumps(extra, ensure_ascii=False)[1:]
    return Response(body, media_type="application/json")


def _related(store, article_id: int, limit: int) -> list[dict]:
    """"Читайте также": the corpus layer's ranking (shared events and actors, story, wording)."""
    from letopis.corpus.related import related

    return [
        {"id": str(item.id), "title": item.title or "", "score": item.score,
         "published": item.published.isoformat() if item.published else None}
        for item in related(store, str(article_id), limit)
    ]
