"""Text layer: article structure, sentences and tokens with character offsets."""

from hronika.text.segment import segment, split_sentences, tokenize

__all__ = ["segment", "split_sentences", "tokenize"]


def load():
    """The text stage (rule-based: nothing to load)."""
    return segment
