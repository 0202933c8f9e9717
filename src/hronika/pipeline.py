"""The single pipeline that wires the stages: each stage is a function ``Document -> Document``."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from datetime import date

from hronika.doc import Document

Stage = Callable[[Document], Document]

#: Stage name -> "module:factory"; the factory loads the stage's model once and returns the stage.
STAGES: dict[str, str] = {
    "text": "hronika.text:load",
    "morph": "hronika.morph:load",
    "ner": "hronika.ner:load",
    "entities": "hronika.entities:load",
    "time": "hronika.time:load",
    "numbers": "hronika.numbers:load",
    "quotes": "hronika.quotes:load",
    "claims": "hronika.claims:load",
    "events": "hronika.events:load",
}


class Pipeline:
    """Loads every stage's model once; call it on texts to get analysed documents."""

    def __init__(self, stages: Iterable[str] | None = None) -> None:
        names = list(STAGES) if stages is None else list(stages)
        unknown = [n for n in names if n not in STAGES]
        if unknown:
            raise ValueError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(STAGES)}")
        self.stages: list[tuple[str, Stage]] = []
        for name in names:
            module_name, factory = STAGES[name].split(":")
            self.stages.append((name, getattr(importlib.import_module(module_name), factory)()))

    def __call__(
        self,
        text: str,
        *,
        published: str | date | None = None,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
        id: str | None = None,
    ) -> Document:
        if isinstance(published, date):
            published = published.isoformat()
        doc = Document(text=text, source=source, title=title, published=published, url=url, id=id)
        return self.run(doc)

    def run(self, doc: Document) -> Document:
        for _, stage in self.stages:
            doc = stage(doc)
        return doc


_default: Pipeline | None = None


def analyze(text: str, published: str | date | None = None, **meta: str | None) -> Document:
    """Analyse one article with the default pipeline (loaded on first call, then reused)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default(text, published=published, **meta)
