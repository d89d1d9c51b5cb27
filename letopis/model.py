"""The letopis data model: plain dataclasses with a lossless JSON round trip.

Every span is ``start``/``stop`` character offsets into ``Article.text``, the
original text as it was given (before cleaning), and every ``text`` field of a
span equals ``article.text[start:stop]``.  The JSON layout is documented in
``docs/schema.md``; ``SCHEMA_VERSION`` changes whenever it does.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from operator import attrgetter
from typing import Any, Optional, TypeVar, Union

SCHEMA_VERSION = "letopis/1"


@dataclass(slots=True)  # the pipeline's most read object: slots make its fields quicker to read and smaller
class Token:
    start: int
    stop: int
    text: str
    lemma: str = ""
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1  # index of the head token within the sentence, -1 for the root
    rel: str = ""

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        # workers send ~300 tokens an article to the parent: positional arguments unpickle in half
        # the time of a state dict
        return Token, (self.start, self.stop, self.text, self.lemma, self.pos, self.feats, self.head, self.rel)


# a sentence's tokens pickle as columns: one read of each token's fields (C-level), its words and lemmas as one
# string each (no pickle memo entry per word), no reduce call per token
_TOKEN_FIELDS = attrgetter("start", "stop", "text", "lemma", "pos", "feats", "head", "rel")
_JOIN = "\x00"  # between the words (or lemmas) of a sentence's column; a column holding it is sent as a list


def _joined(words: tuple[str, ...]) -> Union[str, tuple[str, ...]]:
    try:
        joined = _JOIN.join(words)
    except TypeError:  # not all strings
        return words
    return joined if joined.count(_JOIN) == len(words) - 1 else words


def _split(column: Union[str, tuple[str, ...]]) -> Union[list[str], tuple[str, ...]]:
    return column.split(_JOIN) if isinstance(column, str) else column


def _sentence(start: int, stop: int, text: str, paragraph: int, starts: tuple[int, ...], stops: tuple[int, ...],
              texts: Union[str, tuple[str, ...]], lemmas: Union[str, tuple[str, ...]], pos: tuple[str, ...],
              feats: tuple[dict[str, str], ...], heads: tuple[int, ...], rels: tuple[str, ...]) -> Sentence:
    tokens = list(map(Token, starts, stops, _split(texts), _split(lemmas), pos, feats, heads, rels))
    return Sentence(start, stop, text, paragraph, tokens)


@dataclass
class Sentence:
    start: int
    stop: int
    text: str
    paragraph: int = 0  # 0 is the headline
    tokens: list[Token] = field(default_factory=list)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # workers send ~15 sentences an article to the parent (~18 tokens each)
        if not self.tokens:
            return Sentence, (self.start, self.stop, self.text, self.paragraph, self.tokens)
        starts, stops, texts, lemmas, pos, feats, heads, rels = zip(*map(_TOKEN_FIELDS, self.tokens))
        return _sentence, (self.start, self.stop, self.text, self.paragraph, starts, stops, _joined(texts),
                           _joined(lemmas), pos, feats, heads, rels)


@dataclass
class Mention:
    start: int
    stop: int
    text: str
    sentence: int = -1
    # how the entity is named here: name, abbreviation, adjective (таджикско-афганской),
    # demonym (талибы), role (президент Таджикистана), pronoun, nested (a country inside an
    # organisation's name: "Мали" in "Движение за развитие Мали")
    kind: str = "name"


@dataclass
class Actor:
    """What an entity is linked to in the knowledge base, on the article's date."""

    id: str
    code: str
    name: str = ""
    wikidata: Optional[str] = None
    confidence: float = 0.0
    reason: str = ""


@dataclass
class LegalMarker:
    """A statutory label the text attaches to an entity: "(запрещено в России)"."""

    start: int
    stop: int
    text: str
    kind: str  # banned, terrorist, extremist, foreign_agent, undesirable
    entity: Optional[str] = None


@dataclass
class Entity:
    id: str
    type: str  # PER, LOC, ORG
    name: str  # normalised, nominative
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # other normalised names: ОДКБ
    markers: list[str] = field(default_factory=list)  # kinds of LegalMarker
    actor: Optional[Actor] = None


@dataclass
class TimeExpression:
    start: int
    stop: int
    text: str
    value: Optional[str]  # ISO date or month ("2021-07-05", "2021-07", "2021")
    precision: str  # day, week, month, year, range, unknown
    end: Optional[str] = None  # last day of a range, ISO
    relative: bool = False  # resolved against the publication date
    sentence: int = -1


@dataclass
class Quantity:
    start: int
    stop: int
    text: str
    value: float
    bound: str = "="  # =, >, <, >=, <=, ~
    unit: Optional[str] = None  # normalised: "военные", "%"
    sentence: int = -1


@dataclass
class Source:
    """Who says something: a speaker, an institution, or a medium it passed through."""

    start: int
    stop: int
    text: str
    entity: Optional[str] = None


@dataclass
class Quote:
    start: int
    stop: int
    text: str
    kind: str  # direct, reported
    speaker: Optional[Source] = None
    via: list[Source] = field(default_factory=list)  # outer first: РИА Новости, then its source
    sentence: int = -1


@dataclass
class EventMention:
    sentence_start: int
    sentence_stop: int
    trigger_start: int
    trigger_stop: int
    text: str  # the evidence: the sentence or clause that reports the event
    trigger: str


@dataclass
class Event:
    cameo: str
    source: Optional[str]
    target: Optional[str]
    source_name: Optional[str] = None
    target_name: Optional[str] = None
    source_entity: Optional[str] = None
    target_entity: Optional[str] = None
    plover: Optional[str] = None
    plover_mode: Optional[str] = None
    goldstein: Optional[float] = None
    quad_class: Optional[int] = None
    date: Optional[str] = None
    date_precision: Optional[str] = None
    location: Optional[str] = None  # ISO alpha-3
    location_name: Optional[str] = None
    quantity: Optional[float] = None
    attribution: Optional[str] = None
    negated: bool = False
    modality: Optional[str] = None  # intent, future, condition, hypothesis, ...
    evidence: str = ""
    mentions: list[EventMention] = field(default_factory=list)


@dataclass
class Article:
    id: str
    text: str
    title: str = ""
    published: Optional[date] = None
    url: Optional[str] = None
    language: str = "ru"
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    markers: list[LegalMarker] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable(self)

    def to_json(self, indent: Optional[int] = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return from_jsonable(cls, data)

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))

    def entity(self, entity_id: str) -> Optional[Entity]:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that holds the character at ``offset``, or -1."""
        for index, sentence in enumerate(self.sentences):
            if sentence.start <= offset < sentence.stop:
                return index
        return -1


# ---------------------------------------------------------------- JSON


def branch_under(head_of: Callable[[int], int], size: int, node: int, top: int) -> int:
    """The word right under ``top`` on the way up the heads from ``node`` (``node`` itself when ``top`` is its
    head), or -1 when ``top`` is not above it; ``head_of`` gives a word's head (out of range: the root)."""
    for _ in range(size):  # (bounded: a tree has no longer path)
        head = head_of(node)
        if not 0 <= head < size:
            return -1
        if head == top:
            return node
        node = head
    return -1


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: to_jsonable(item) for key, item in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


T = TypeVar("T")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_jsonable(hint: Any, value: Any) -> Any:
    """Rebuild a value of type ``hint`` from what ``to_jsonable`` made of it."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return from_jsonable(options[0], value) if len(options) == 1 else value
    if origin is list:
        (item,) = typing.get_args(hint)
        return [from_jsonable(item, entry) for entry in value]
    if origin is dict:
        return dict(value)
    if hint is date:
        return date.fromisoformat(value)
    if hint is float and isinstance(value, int):
        return float(value)
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        names = {f.name for f in dataclasses.fields(hint)}
        unknown = set(value) - names
        if unknown:
            raise ValueError(f"{hint.__name__}: unknown fields {sorted(unknown)}")
        return hint(**{key: from_jsonable(hints[key], entry) for key, entry in value.items()})
    return value
