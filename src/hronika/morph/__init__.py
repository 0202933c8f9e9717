"""Morphology: lemma and universal part of speech (UPOS) for every token."""

from hronika.morph.tagger import Morph, load

__all__ = ["Morph", "load"]
