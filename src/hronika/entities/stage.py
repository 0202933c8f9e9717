"""The entities stage: base forms, document entities, cross-lingual links, Latin names and gender.

Entity ``id`` is document-local (``E1``, ``E2`` … by first mention). ``link`` is the SlavicNER cross-lingual
ID when the knowledge base knows one of the entity's names, else null (no invented IDs).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

from hronika.doc import Document, Entity
from hronika.entities.base import BaseForms
from hronika.entities.gender import gender_of
from hronika.entities.grouping import group_mentions
from hronika.entities.kb import KnowledgeBase
from hronika.entities.latin import transliterate

MODEL = Path(__file__).parent / "model" / "entities.json.gz"


def _name(bases: list[str]) -> str:
    """The most complete base form: most words, then most frequent, then longest."""
    counts = Counter(bases)
    return max(counts, key=lambda b: (len(b.split()) if not b.isupper() else 0, counts[b], len(b)))


class Entities:
    def __init__(self, base_forms: BaseForms, kb: KnowledgeBase) -> None:
        self.base_forms = base_forms
        self.kb = kb

    @classmethod
    def load(cls, path: Path = MODEL) -> "Entities":
        with gzip.open(path, "rt", encoding="utf-8") as f:
            data = json.load(f)
        return cls(BaseForms.from_dict(data["base_forms"]), KnowledgeBase(data["kb"]))

    def __call__(self, doc: Document) -> Document:
        for m in doc.mentions:
            m.base = self.base_forms(m.text, m.type)
        doc.entities = []
        for number, cluster in enumerate(group_mentions(doc.mentions), start=1):
            mentions = [doc.mentions[i] for i in cluster]
            bases = [m.base for m in mentions]
            kind = Counter(m.type for m in mentions).most_common(1)[0][0]
            name = _name(bases)
            entity = Entity(id=f"E{number}", type=kind, name=name, latin=transliterate(name),
                            link=self.kb.link(bases + [m.text for m in mentions], kind), mentions=cluster)
            if kind == "PER":
                context = [doc.text[max(0, m.start - 25) : m.start] for m in mentions]
                entity.gender = gender_of(sorted(set(bases), key=lambda b: -len(b.split())),
                                          " ".join(context).split())
            doc.entities.append(entity)
            for m in mentions:
                m.entity = entity.id
        return doc


def load() -> Entities:
    return Entities.load()
