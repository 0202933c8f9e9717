"""Quotes: direct and indirect speech with cue, speaker, resolved speaker entity and channel."""

from hronika.quotes.extract import extract_quotes

__all__ = ["extract_quotes", "load"]


def load():
    """The quotes stage (rule-based over tokens, lemmas, mentions and entities)."""
    return extract_quotes
