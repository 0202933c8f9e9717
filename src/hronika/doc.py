"""The document model: one analysed article, every span a pair of character offsets into ``text``.

Each pipeline stage fills its own fields; ``Document.to_json`` / ``Document.from_json`` round-trip
the whole model (schema ``hronika/1``, see ``schema/hronika-1.schema.json``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA = "hronika/1"


@dataclass
class Span:
    """A plain character span ``text[start:end]``."""

    start: int
    end: int


@dataclass
class Token:
    start: int
    end: int
    text: str
    lemma: str = ""
    pos: str = ""


@dataclass
class Block:
    """A line-level block of the article: ``title``, ``subheading``, ``paragraph`` or ``byline``."""

    start: int
    end: int
    kind: str


@dataclass
class Dateline:
    """``СОФИЯ, 7 януари /БТА/``: the place, date text and agency that open a wire story."""

    start: int
    end: int
    place: str | None = None
    date: str | None = None
    agency: str | None = None


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str
    base: str = ""
    entity: str | None = None


@dataclass
class Entity:
    id: str
    type: str
    name: str
    latin: str = ""
    link: str | None = None
    mentions: list[int] = field(default_factory=list)
    gender: str | None = None


@dataclass
class Quote:
    kind: str
    start: int
    end: int
    text: str
    cue: dict[str, Any] | None = None
    speaker: int | None = None
    speaker_entity: str | None = None
    channel: str | None = None
    speaker_text: str | None = None


@dataclass
class Document:
    """An analysed article. Offsets everywhere refer to ``text``."""

    text: str
    source: str | None = None
    title: str | None = None
    published: str | None = None
    agency: str | None = None
    url: str | None = None
    id: str | None = None
    blocks: list[Block] = field(default_factory=list)
    dateline: Dateline | None = None
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    schema: str = SCHEMA

    # -- convenience views -------------------------------------------------
    def span_text(self, span: Span | Token | Block | Mention | Quote) -> str:
        return self.text[span.start : span.end]

    def sentence_tokens(self, sentence: Span) -> list[Token]:
        """Tokens inside ``sentence`` (linear scan is fine for article-sized documents)."""
        return [t for t in self.tokens if t.start >= sentence.start and t.end <= sentence.end]

    @property
    def subheadings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "subheading"]

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "paragraph"]

    # -- serialisation -----------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        ordered: dict[str, Any] = {"schema": data.pop("schema")}
        ordered.update(data)
        return ordered

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"unsupported schema {schema!r} (this hronika reads {SCHEMA!r})")
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["blocks"] = [Block(**b) for b in data.get("blocks", [])]
        kwargs["dateline"] = Dateline(**data["dateline"]) if data.get("dateline") else None
        kwargs["sentences"] = [Span(**s) for s in data.get("sentences", [])]
        kwargs["tokens"] = [Token(**t) for t in data.get("tokens", [])]
        kwargs["mentions"] = [Mention(**m) for m in data.get("mentions", [])]
        kwargs["entities"] = [Entity(**e) for e in data.get("entities", [])]
        kwargs["quotes"] = [Quote(**q) for q in data.get("quotes", [])]
        return cls(**kwargs)

    @classmethod
    def from_json(cls, payload: str) -> "Document":
        return cls.from_dict(json.loads(payload))
