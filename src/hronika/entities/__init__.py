"""Entities: base forms, document entities, cross-lingual links, Latin names and gender."""

from hronika.entities.latin import transliterate
from hronika.entities.stage import Entities, load

__all__ = ["Entities", "load", "transliterate"]
