"""A readable terminal report of analysed documents, made with rich."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from hronika.doc import Document

#: Highlight style per entity type (shared with the HTML view's palette in spirit).
TYPE_STYLES = {
    "PER": "bold magenta",
    "LOC": "bold green",
    "ORG": "bold cyan",
    "EVT": "bold yellow",
    "PRO": "bold blue",
}


def _shorten(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def article_text(doc: Document) -> Text:
    """The article with subheadings in bold, mentions coloured by type and quotes in italics."""
    text = Text(doc.text.strip("\n"))
    offset = len(doc.text) - len(doc.text.lstrip("\n"))

    def stylize(style: str, start: int, end: int) -> None:
        text.stylize(style, max(0, start - offset), max(0, end - offset))

    for block in doc.blocks:
        if block.kind in ("title", "subheading"):
            stylize("bold underline", block.start, block.end)
        elif block.kind == "byline":
            stylize("dim", block.start, block.end)
    for quote in doc.quotes:
        stylize("italic", quote.start, quote.end)
    for mention in doc.mentions:
        stylize(TYPE_STYLES.get(mention.type, "bold"), mention.start, mention.end)
    return text


def header(doc: Document) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim")
    grid.add_column()
    rows: list[tuple[str, Any]] = [
        ("title", doc.title),
        ("published", doc.published),
        ("agency", doc.agency),
        ("dateline", doc.text[doc.dateline.start : doc.dateline.end] if doc.dateline else None),
        ("url", doc.url),
    ]
    for name, value in rows:
        if value:
            grid.add_row(name, str(value))
    subheadings = [doc.span_text(b) for b in doc.subheadings]
    grid.add_row(
        "structure",
        f"{len(doc.paragraphs)} paragraphs, {len(subheadings)} subheadings, "
        f"{len(doc.sentences)} sentences, {len(doc.tokens)} tokens",
    )
    if subheadings:
        grid.add_row("subheadings", " · ".join(subheadings))
    return grid


def entities_table(doc: Document) -> Table | None:
    if not doc.entities:
        return None
    table = Table(title="Entities", title_justify="left", show_lines=False)
    for column in ("type", "name", "latin", "link", "mentions"):
        table.add_column(column)
    for entity in sorted(doc.entities, key=lambda e: -len(e.mentions)):
        surfaces = sorted({doc.mentions[i].text for i in entity.mentions})
        table.add_row(
            Text(entity.type, style=TYPE_STYLES.get(entity.type, "")),
            entity.name,
            entity.latin,
            entity.link or "",
            f"{len(entity.mentions)}: " + _shorten(", ".join(surfaces), 60),
        )
    return table


def speaker_name(doc: Document, quote: Any) -> str:
    """The resolved speaker entity's name, else the speaker mention's text, else ``?``."""
    if quote.speaker_entity:
        for entity in doc.entities:
            if entity.id == quote.speaker_entity:
                return entity.name
    if quote.speaker is not None and 0 <= quote.speaker < len(doc.mentions):
        return doc.mentions[quote.speaker].text
    return getattr(quote, "speaker_text", None) or "?"


def quotes_table(docs: Sequence[Document]) -> Table:
    """Who said what: one row per quote."""
    table = Table(title="Quotes", title_justify="left")
    if len(docs) > 1:
        table.add_column("source", style="dim")
    for column in ("speaker", "kind", "quote", "cue", "channel"):
        table.add_column(column)
    for doc in docs:
        for quote in doc.quotes:
            cue = (quote.cue or {}).get("text", "")
            row = [speaker_name(doc, quote), quote.kind, _shorten(quote.text), cue, quote.channel or ""]
            table.add_row(*([doc.source or ""] if len(docs) > 1 else []), *row)
    return table


def describe_event(doc: Document, event: dict[str, Any]) -> dict[str, str]:
    """Readable cells for one event frame: type, trigger, figures, place, time, source."""
    kind = event.get("type", "")
    if event.get("subtype"):
        kind = f"{kind}: {event['subtype']}"
    trigger = event.get("trigger") or {}
    count = event.get("count")
    if count:
        victims = (event.get("victims") or {}).get("text")
        figures = count.get("text", "") + (f" {victims}" if victims else "")
    elif event.get("penalties"):
        figures = "; ".join(event["penalties"])
    else:
        figures = ", ".join(doc.numbers[i]["text"] for i in event.get("figures", []) if i < len(doc.numbers))
    source = event.get("source") or {}
    according = source.get("text") or ""
    if source.get("entity") and not according:
        according = next((e.name for e in doc.entities if e.id == source["entity"]), "")
    if source.get("citing"):
        according = f"{according} (citing {source['citing']})".strip()
    return {
        "type": kind,
        "trigger": _shorten(trigger.get("text", "") if isinstance(trigger, dict) else str(trigger), 30),
        "figures": figures,
        "place": ", ".join(p["text"] for p in event.get("places") or [])
        or (event.get("place") or {}).get("text") or "",
        "time": event.get("time") or "",
        "according to": according,
    }


EVENT_COLUMNS = ("type", "trigger", "figures", "place", "time", "according to")


def events_table(docs: Sequence[Document]) -> Table:
    """What happened: one row per event frame."""
    table = Table(title="Events", title_justify="left")
    if len(docs) > 1:
        table.add_column("source", style="dim")
    for column in EVENT_COLUMNS:
        table.add_column(column)
    for doc in docs:
        for event in doc.events:
            cells = describe_event(doc, event)
            table.add_row(*([doc.source or ""] if len(docs) > 1 else []), *(cells[c] for c in EVENT_COLUMNS))
    return table


def numbers_and_times(doc: Document) -> Table | None:
    if not doc.numbers and not doc.times:
        return None
    table = Table(title="Numbers and times", title_justify="left")
    for column in ("kind", "text", "value"):
        table.add_column(column)
    for item in doc.times:
        table.add_row(str(item.get("kind", "time")), item.get("text", ""), str(item.get("value")))
    for item in doc.numbers:
        value = item.get("value")
        table.add_row(str(item.get("kind", "number")), item.get("text", ""), str(value))
    return table


def document_report(doc: Document) -> Group:
    parts: list[Any] = [
        Panel(header(doc), title=doc.source or "article", title_align="left"),
        article_text(doc),
    ]
    for table in (entities_table(doc), quotes_table([doc]) if doc.quotes else None,
                  events_table([doc]) if doc.events else None, numbers_and_times(doc)):
        if table is not None:
            parts.append(table)
    return Group(*parts)


def _console(out: TextIO) -> Console:
    return Console(file=out, soft_wrap=False, highlight=False)


def print_report(docs: Sequence[Document], out: TextIO) -> None:
    console = _console(out)
    for doc in docs:
        console.print(document_report(doc))
        console.print()


def print_view(docs: Sequence[Document], view: str, out: TextIO) -> None:
    """Print one table across all documents: ``quotes`` or ``events``."""
    console = _console(out)
    table = quotes_table(docs) if view == "quotes" else events_table(docs)
    if not table.rows:
        console.print(f"no {view} found")
    else:
        console.print(table)
