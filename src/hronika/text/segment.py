"""Placeholder segmentation (regex tokens, naive sentences); replaced by the real text layer."""

from __future__ import annotations

import re

from hronika.doc import Block, Document, Span, Token

_TOKEN = re.compile(r"\w+(?:[-.]\w+)*|\S", re.UNICODE)
_SENT_END = re.compile(r"[.!?]+[\"“»]?\s+(?=[\"„«“A-ZА-Я0-9])")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    end = len(text) if end is None else end
    spans, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        spans.append(Span(pos, m.start() + len(m.group().rstrip())))
        pos = m.end()
    if text[pos:end].strip():
        spans.append(Span(pos, end - (len(text[pos:end]) - len(text[pos:end].rstrip()))))
    return spans


def segment(doc: Document) -> Document:
    """Fill ``blocks``, ``sentences`` and ``tokens`` of ``doc``."""
    doc.blocks, doc.sentences, doc.tokens = [], [], []
    for m in re.finditer(r"[^\n]+", doc.text):
        if not m.group().strip():
            continue
        doc.blocks.append(Block(m.start(), m.end(), "paragraph"))
        for s in split_sentences(doc.text, m.start(), m.end()):
            doc.sentences.append(s)
            doc.tokens.extend(tokenize(doc.text, s.start, s.end))
    return doc
