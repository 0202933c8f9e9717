"""A self-contained HTML page (displaCy-like): the article with entities and quotes marked.

Every piece of article text goes through ``html.escape``; the page has no external resources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from hronika.doc import Document
from hronika.render.text import EVENT_COLUMNS, describe_event, speaker_name

COLOURS = {"PER": "#f4c2e0", "LOC": "#c6f0c2", "ORG": "#bfe3f5", "EVT": "#fbe7a6", "PRO": "#d5cff7"}

CSS = """
body{font:16px/1.6 system-ui,sans-serif;margin:0;background:#fafafa;color:#222}
main{display:flex;gap:2rem;max-width:1200px;margin:auto;padding:1.5rem}
article{flex:3;background:#fff;padding:1.5rem 2rem;border-radius:8px;box-shadow:0 1px 3px #0002;
 white-space:pre-wrap}
aside{flex:2;font-size:14px}
h1.src{font-size:14px;color:#666;margin:0 0 1rem;white-space:normal}
.title{display:inline-block;font-size:1.5em;font-weight:700}
.subheading{display:inline-block;font-weight:700;font-size:1.15em}
.byline{color:#777;font-variant:small-caps}
.ent{padding:.1em .3em;border-radius:.3em;line-height:1}
.ent .lbl{font-size:.6em;font-weight:700;margin-left:.3em;vertical-align:middle;opacity:.7}
.quote{border-bottom:2px solid #e07b39;background:#fff4ec}
.quote.indirect{border-bottom-style:dashed;background:#f7f7ff;border-color:#6a6ad8}
.speaker{outline:2px solid #e07b39;outline-offset:1px}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem;background:#fff}
td,th{border-bottom:1px solid #eee;padding:.3rem;text-align:left;vertical-align:top}
caption{font-weight:700;text-align:left;padding:.3rem 0}
"""


@dataclass
class _Mark:
    start: int
    end: int
    open: str
    close: str
    rank: int  # outer structures first when spans start together


def _marks(doc: Document) -> list[_Mark]:
    marks: list[_Mark] = []
    for block in doc.blocks:
        if block.kind != "paragraph":
            marks.append(_Mark(block.start, block.end, f'<span class="{block.kind}">', "</span>", 0))
    speakers = {q.speaker for q in doc.quotes if q.speaker is not None}
    for quote in doc.quotes:
        who = escape(speaker_name(doc, quote))
        cue = escape((quote.cue or {}).get("text", ""))
        title = f"{quote.kind} quote · {who}" + (f" · {cue}" if cue else "")
        marks.append(_Mark(quote.start, quote.end, f'<span class="quote {quote.kind}" title="{title}">',
                           "</span>", 1))
    for index, mention in enumerate(doc.mentions):
        colour = COLOURS.get(mention.type, "#ddd")
        extra = " speaker" if index in speakers else ""
        tip = escape(f"{mention.type} · {mention.base or mention.text}"
                     + (f" · {mention.entity}" if mention.entity else ""))
        marks.append(_Mark(mention.start, mention.end,
                           f'<mark class="ent{extra}" style="background:{colour}" title="{tip}">',
                           f'<span class="lbl">{escape(mention.type)}</span></mark>', 2))
    return marks


def render_article(doc: Document) -> str:
    """The article text as HTML with properly nested highlight spans (crossing spans are clipped)."""
    text = doc.text
    marks = sorted(_marks(doc), key=lambda m: (m.start, -m.end, m.rank))
    out: list[str] = []
    stack: list[_Mark] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            mark = stack.pop()
            out.append(escape(text[pos : mark.end]))
            out.append(mark.close)
            pos = mark.end

    for mark in marks:
        close_until(mark.start)
        if mark.start < pos:  # overlaps an already closed span: skip
            continue
        end = min(mark.end, stack[-1].end) if stack else mark.end
        out.append(escape(text[pos : mark.start]))
        out.append(mark.open)
        pos = mark.start
        stack.append(_Mark(mark.start, end, mark.open, mark.close, mark.rank))
    close_until(len(text))
    out.append(escape(text[pos:]))
    return "".join(out)


def _table(caption: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><caption>{escape(caption)}</caption><tr>{head}</tr>{body}</table>"


def render_sidebar(doc: Document) -> str:
    entities = [(e.type, e.name, e.latin, e.link or "", str(len(e.mentions)))
                for e in sorted(doc.entities, key=lambda e: -len(e.mentions))]
    quotes = [(speaker_name(doc, q), q.kind, q.text, (q.cue or {}).get("text", ""), q.channel or "")
              for q in doc.quotes]
    claims = [(c.get("status", ""), c.get("text", ""), str(c.get("source") or "")) for c in doc.claims]
    events = [tuple(describe_event(doc, e)[c] for c in EVENT_COLUMNS) for e in doc.events]
    return "".join([
        _table("Entities", ["type", "name", "latin", "link", "mentions"], entities),
        _table("Quotes", ["speaker", "kind", "quote", "cue", "channel"], quotes),
        _table("Claims", ["status", "claim", "source"], claims),
        _table("Events", list(EVENT_COLUMNS), events),
    ])


def render_page(docs: Sequence[Document]) -> str:
    """One self-contained HTML page for one or more analysed documents."""
    sections = []
    for doc in docs:
        meta = " · ".join(escape(x) for x in (doc.source, doc.published, doc.agency) if x)
        sections.append(
            f'<main><article><h1 class="src">{meta}</h1>{render_article(doc)}</article>'
            f"<aside>{render_sidebar(doc)}</aside></main>"
        )
    title = escape(docs[0].title or docs[0].source or "hronika") if docs else "hronika"
    return (
        '<!DOCTYPE html>\n<html lang="bg"><head><meta charset="utf-8">'
        f"<title>{title} · hronika</title><style>{CSS}</style></head><body>"
        + "".join(sections)
        + "</body></html>\n"
    )
