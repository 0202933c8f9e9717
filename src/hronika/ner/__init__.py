"""Named entities: PER, LOC, ORG, EVT, PRO mentions (SlavicNER conventions)."""

from hronika.ner.model import NER, load

__all__ = ["NER", "load"]
