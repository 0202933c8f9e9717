"""A rich table of the quotes of analysed documents (for ``hronika quotes``)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table

from hronika.doc import Document


def _speaker(doc: Document, quote) -> str:
    if quote.speaker_entity:
        for entity in doc.entities:
            if entity.id == quote.speaker_entity:
                return entity.name
    if quote.speaker is not None:
        return doc.mentions[quote.speaker].text
    return quote.speaker_text or "?"


def format_quotes_table(docs: Iterable[Document]) -> Table:
    """One row per quote: speaker, kind, quoted words (shortened), cue word and channel."""
    table = Table(title="Quotes")
    for column in ("speaker", "kind", "quote", "cue", "channel"):
        table.add_column(column, overflow="fold")
    for doc in docs:
        for quote in doc.quotes:
            text = quote.text if len(quote.text) <= 120 else quote.text[:117] + "…"
            table.add_row(_speaker(doc, quote), quote.kind, text, (quote.cue or {}).get("text", ""),
                          quote.channel or "")
    return table
