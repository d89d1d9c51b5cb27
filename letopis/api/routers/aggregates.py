"""``/api/aggregates``: events per day by QuadClass, and dyads, for the current filters."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.engine import Connection

from letopis.api import queries
from letopis.api.deps import connection, event_filter
from letopis.api.filters import EventFilter
from letopis.api.schemas import DayCount, DyadOut

router = APIRouter(prefix="/aggregates", tags=["aggregates"])


@router.get("/timeline", response_model=list[DayCount], summary="Events per day, by QuadClass, with mean Goldstein")
def timeline(where: EventFilter = Depends(event_filter), conn: Connection = Depends(connection)) -> list[dict]:
    return queries.events_per_day(conn, where)


@router.get("/dyads", response_model=list[DyadOut], summary="Source-target pairs with event counts and mean Goldstein")
def dyads(
    where: EventFilter = Depends(event_filter),
    limit: int = Query(100, ge=1, le=500, description="most active dyads first"),
    conn: Connection = Depends(connection),
) -> list[dict]:
    return queries.dyads(conn, where, limit)
