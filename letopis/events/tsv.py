"""Events as tab-separated lines: ``letopis analyze --format events-tsv``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from letopis.model import Article, Event

COLUMNS = [
    "doc", "cameo", "plover", "plover_mode", "goldstein", "quad_class", "source", "target",
    "source_name", "target_name", "date", "date_precision", "location", "location_name", "quantity",
    "attribution", "negated", "modality", "mentions", "trigger_start", "trigger_stop", "evidence",
]  # fmt: skip


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # a cell holds one line: tabs and line breaks of the evidence become spaces
    return " ".join(str(value).split())


def event_row(article: Article, event: Event) -> list[str]:
    first = event.mentions[0] if event.mentions else None
    values = {
        **{name: getattr(event, name) for name in COLUMNS if hasattr(event, name)},
        "doc": article.id,
        "mentions": len(event.mentions),
        "trigger_start": first.trigger_start if first else None,
        "trigger_stop": first.trigger_stop if first else None,
    }
    return [_cell(values.get(name)) for name in COLUMNS]


def events_tsv(articles: Iterable[Article]) -> Iterator[str]:
    """A header line, then one line per event of every article."""
    yield "\t".join(COLUMNS)
    for article in articles:
        for event in article.events:
            yield "\t".join(event_row(article, event))
