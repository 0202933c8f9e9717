"""The text stage: structure, then sentences and tokens inside each block."""

from __future__ import annotations

from hronika.doc import Document, Span, Token
from hronika.text.boundaries import sentence_spans
from hronika.text.structure import find_structure
from hronika.text.tokenize import tokenize


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (offsets into ``text``)."""
    tokens = tokenize(text, start, end)
    return [Span(tokens[a].start, tokens[b - 1].end) for a, b in sentence_spans(tokens, text)]


def _block_sentences(doc: Document, start: int, end: int, single: bool) -> tuple[list[Span], list[Token]]:
    tokens = tokenize(doc.text, start, end)
    if not tokens:
        return [], []
    if single:
        return [Span(tokens[0].start, tokens[-1].end)], tokens
    return [Span(tokens[a].start, tokens[b - 1].end) for a, b in sentence_spans(tokens, doc.text)], tokens


def segment(doc: Document) -> Document:
    """Fill ``blocks``, ``dateline``, ``agency``, ``title`` (when absent), ``sentences`` and ``tokens``."""
    doc.blocks, doc.dateline, agency = find_structure(doc.text, doc.title)
    doc.agency = doc.agency or agency
    doc.sentences, doc.tokens = [], []
    for block in doc.blocks:
        if block.kind == "title" and doc.title is None:
            doc.title = doc.text[block.start : block.end]
        start = block.start
        if doc.dateline is not None and block.start == doc.dateline.start:
            sentences, tokens = _block_sentences(doc, block.start, doc.dateline.end, single=True)
            doc.sentences += sentences
            doc.tokens += tokens
            start = doc.dateline.end
        sentences, tokens = _block_sentences(doc, start, block.end, single=block.kind != "paragraph")
        doc.sentences += sentences
        doc.tokens += tokens
    return doc
