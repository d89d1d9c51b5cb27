"""``/api/events``: events of the stored articles, filtered, sorted and paged."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.engine import Connection

from letopis.api import queries
from letopis.api.deps import Paging, connection, event_filter
from letopis.api.filters import SORTS, EventFilter, check_sort
from letopis.api.schemas import EventOut, Page

router = APIRouter(tags=["events"])


@router.get("/events", response_model=Page[EventOut], summary="Events matching the filters")
def list_events(
    where: EventFilter = Depends(event_filter),
    sort: str = Query("-date", description=f"one of {', '.join(SORTS)}"),
    paging: Paging = Depends(),
    conn: Connection = Depends(connection),
) -> dict:
    total, rows = queries.list_events(conn, where, check_sort(sort), paging.limit, paging.offset)
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "items": rows}
