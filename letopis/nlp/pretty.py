"""A readable terminal view of an analysed article (``letopis analyze --format pretty``)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from letopis.model import Article

STYLES = {"PER": "bold magenta", "LOC": "bold green", "ORG": "bold cyan"}


def show(article: Article, console: Console | None = None) -> None:
    console = console or Console()
    text = Text(article.text)
    for time in article.times:
        text.stylize("underline yellow", time.start, time.stop)
    for quantity in article.quantities:
        text.stylize("underline blue", quantity.start, quantity.stop)
    for entity in article.entities:
        for mention in entity.mentions:
            text.stylize(STYLES.get(entity.type, "bold"), mention.start, mention.stop)
    for event in article.events:
        for mention in event.mentions:
            text.stylize("reverse", mention.trigger_start, mention.trigger_stop)
    published = article.published.isoformat() if article.published else "date unknown"
    console.rule(f"[bold]{article.id or 'article'}[/] · {published}")
    console.print(text)

    entities = Table(title="Entities", show_lines=False)
    for column in ("id", "type", "name", "actor", "mentions", "markers"):
        entities.add_column(column)
    for entity in article.entities:
        actor = f"{entity.actor.code} ({entity.actor.name})" if entity.actor else ""
        entities.add_row(entity.id, Text(entity.type, STYLES.get(entity.type, "")), entity.name, actor,
                         str(len(entity.mentions)), ", ".join(entity.markers))
    console.print(entities)

    if article.times or article.quantities:
        facts = Table(title="Times and quantities")
        for column in ("text", "value", "detail"):
            facts.add_column(column)
        for time in article.times:
            value = time.value or "?"
            facts.add_row(time.text, value + (f"..{time.end}" if time.end else ""), time.precision)
        for quantity in article.quantities:
            facts.add_row(quantity.text, f"{quantity.bound} {quantity.value:g}", quantity.unit or "")
        console.print(facts)

    if article.quotes:
        quotes = Table(title="Quotes")
        for column in ("kind", "speaker", "via", "text"):
            quotes.add_column(column)
        for quote in article.quotes:
            quotes.add_row(quote.kind, quote.speaker.text if quote.speaker else "?",
                           " ← ".join(source.text for source in quote.via), quote.text[:120])
        console.print(quotes)

    if article.events:
        events = Table(title="Events")
        for column in ("cameo", "source", "target", "date", "evidence"):
            events.add_column(column)
        for event in article.events:
            events.add_row(event.cameo, f"{event.source} {event.source_name or ''}",
                           f"{event.target or ''} {event.target_name or ''}", event.date or "",
                           event.evidence[:100])
        console.print(events)
    for warning in article.warnings:
        console.print(f"[red]warning:[/] {warning}")
