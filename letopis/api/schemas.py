"""Typed responses of the API (pydantic); the article itself is the ``letopis.model`` dataclass."""

from __future__ import annotations

from datetime import date
from typing import Generic, Optional, TypeVar

from pydantic import BaseModel, Field

from letopis.api.limits import MAX_ANALYZE_TEXT
from letopis.model import Article

Row = TypeVar("Row")


class ErrorOut(BaseModel):
    error: str


class Page(BaseModel, Generic[Row]):
    total: int = Field(description="rows matching the filters, over all pages")
    limit: int
    offset: int
    items: list[Row]


class AnalyzeIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_ANALYZE_TEXT, description="headline on the first line")
    published: Optional[date] = Field(None, description="publication date; relative dates resolve against it")
    url: Optional[str] = Field(None, max_length=2000)
    id: Optional[str] = Field(None, max_length=200)


class AnalyzeOut(BaseModel):
    article: Article
    stored: bool = Field(description="whether the article was written to the store (server run with --allow-write)")
    stored_id: Optional[str] = None


class ArticleBrief(BaseModel):
    id: str
    title: str
    published: Optional[date] = None
    url: Optional[str] = None
    source: Optional[str] = None
    events: int = 0
    story: Optional[str] = None
    duplicate_of: Optional[str] = None
    snippet: Optional[str] = None


class RelatedOut(BaseModel):
    id: str
    title: str
    published: Optional[date] = None
    score: float


class ArticleOut(BaseModel):
    article: Article
    source: Optional[str] = None
    story: Optional[str] = None
    duplicate_of: Optional[str] = None
    related: list[RelatedOut] = []


class EventOut(BaseModel):
    id: str
    article_id: Optional[str] = None
    position: int = Field(0, description="index of the event in the article's analysis (Article.events)")
    article_title: Optional[str] = None
    date: Optional[str] = None
    cameo: str
    root: str
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    plover: Optional[str] = None
    plover_mode: Optional[str] = None
    source: Optional[str] = None
    source_name: Optional[str] = None
    target: Optional[str] = None
    target_name: Optional[str] = None
    location: Optional[str] = None
    location_name: Optional[str] = None
    negated: bool = False
    modality: Optional[str] = None
    attribution: Optional[str] = None
    evidence: str = ""
    num_mentions: int = 1
    num_articles: int = 1
    num_sources: int = 1


class RoleOut(BaseModel):
    code: str
    position: Optional[str] = None
    title: Optional[str] = None
    start: Optional[date] = None
    end: Optional[date] = None
    country: Optional[str] = None


class KBActorOut(BaseModel):
    id: str
    type: str
    name: str
    country: Optional[str] = None
    wikidata: Optional[str] = None
    roles: list[RoleOut] = []
    flags: list[str] = []


class ActorBrief(BaseModel):
    code: str
    name: Optional[str] = None
    events: int = 0


class DayCount(BaseModel):
    day: str
    total: int
    by_quad: dict[str, int] = Field(description="QuadClass 1..4 -> events that day")
    goldstein: Optional[float] = Field(None, description="mean Goldstein score of the day's events")


class PartnerOut(BaseModel):
    code: str
    name: Optional[str] = None
    events: int
    goldstein: Optional[float] = None


class ActorOut(BaseModel):
    code: str
    name: Optional[str] = None
    events: int
    as_source: int
    as_target: int
    kb: list[KBActorOut] = Field([], description="knowledge-base actors that hold or held this code, with roles")
    timeline: list[DayCount] = []
    partners: list[PartnerOut] = []


class DyadOut(BaseModel):
    source: str
    source_name: Optional[str] = None
    target: str
    target_name: Optional[str] = None
    events: int
    goldstein: Optional[float] = None


class StoryOut(BaseModel):
    id: str
    title: Optional[str] = None
    articles: int
    first: Optional[date] = None
    last: Optional[date] = None
    members: list[ArticleBrief] = []
