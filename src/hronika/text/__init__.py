"""Text layer: article structure, sentences and tokens with character offsets."""

from hronika.text.segment import segment, split_sentences
from hronika.text.structure import find_structure
from hronika.text.tokenize import tokenize

__all__ = ["find_structure", "load", "segment", "split_sentences", "tokenize"]


def load():
    """The text stage (rules plus a small boundary model, loaded on first use)."""
    return segment
