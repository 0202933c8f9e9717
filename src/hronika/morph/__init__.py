"""Morphology: lemma and universal part of speech for every token."""

from __future__ import annotations

from hronika.doc import Document


def load():
    """Placeholder morph stage: lemma = lower-cased form, no POS (replaced by the trained tagger)."""

    def tag(doc: Document) -> Document:
        for tok in doc.tokens:
            tok.lemma = tok.lemma or tok.text.lower()
        return doc

    return tag
