"""``/api/stories``: clusters of articles about one real-world event."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.engine import Connection

from letopis.api import queries
from letopis.api.deps import Paging, connection
from letopis.api.errors import not_found
from letopis.api.schemas import ErrorOut, Page, StoryOut

router = APIRouter(prefix="/stories", tags=["stories"])


@router.get("", response_model=Page[StoryOut], summary="Stories, largest first")
def list_stories(
    min_articles: int = Query(1, ge=1, le=10000, description="only stories with at least this many articles"),
    paging: Paging = Depends(),
    conn: Connection = Depends(connection),
) -> dict:
    total, rows = queries.list_stories(conn, paging.limit, paging.offset, min_articles)
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "items": rows}


@router.get("/{story_id}", response_model=StoryOut, responses={404: {"model": ErrorOut}},
            summary="One story with its articles")
def get_story(story_id: int, conn: Connection = Depends(connection)) -> dict:
    found = queries.story(conn, story_id)
    if found is None:
        raise not_found(f"story {story_id}")
    return found
