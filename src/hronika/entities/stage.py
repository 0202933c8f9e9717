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
        for number, (cluster, kind, link) in enumerate(self.linked_clusters(doc), start=1):
            mentions = [doc.mentions[i] for i in cluster]
            bases = [m.base for m in mentions]
            name = _name(bases)
            entity = Entity(id=f"E{number}", type=kind, name=name, latin=transliterate(name), link=link,
                            mentions=cluster)
            if kind == "PER":
                context = [doc.text[max(0, m.start - 25) : m.start] for m in mentions]
                entity.gender = gender_of(sorted(set(bases), key=lambda b: -len(b.split())),
                                          " ".join(context).split())
            doc.entities.append(entity)
            for m in mentions:
                m.entity = entity.id
        return doc

    def linked_clusters(self, doc: Document) -> list[tuple[list[int], str, str | None]]:
        """Mention clusters with their majority type and cross-lingual ID; clusters of one type linked to the
        same ID are one entity („Асия Биби“, „Асия“ and „Азия Биби“ → PER-Asia-Bibi)."""
        merged: dict[tuple[str, str], list[int]] = {}  # the lists in ``out``, extended in place
        out: list[tuple[list[int], str, str | None]] = []
        for cluster in group_mentions(doc.mentions):
            mentions = [doc.mentions[i] for i in cluster]
            kind = Counter(m.type for m in mentions).most_common(1)[0][0]
            link = self.kb.link([m.base for m in mentions] + [m.text for m in mentions], kind)
            if link is not None and (kind, link) in merged:
                merged[(kind, link)] += cluster
                continue
            out.append((cluster, kind, link))
            if link is not None:
                merged[(kind, link)] = cluster
        return [(sorted(cluster), kind, link) for cluster, kind, link in out]


def load() -> Entities:
    return Entities.load()
