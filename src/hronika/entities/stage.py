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
        same ID are one entity („Асия Биби“, „Асия“ and „Азия Биби“ → PER-Asia-Bibi) — unless they are people
        with full names that share no word („Колин Харви“, „Елиша Макалиън“: an alias the corpus mislinked);
        then the ID stays with the name closer to it in Latin script."""
        merged: dict[tuple[str, str], int] = {}  # (type, ID) → index in ``out``
        out: list[tuple[list[int], str, str | None]] = []
        for cluster in group_mentions(doc.mentions):
            mentions = [doc.mentions[i] for i in cluster]
            kind = Counter(m.type for m in mentions).most_common(1)[0][0]
            link = self.kb.link([m.base for m in mentions] + [m.text for m in mentions], kind)
            k = merged.get((kind, link)) if link is not None else None
            if k is not None:
                first = out[k][0]
                if kind != "PER" or not _different_people(doc, first, cluster):
                    first += cluster
                    continue
                if _closeness(doc, cluster, link) > _closeness(doc, first, link):
                    out[k] = (first, kind, None)
                    merged[(kind, link)] = len(out)
                else:
                    link = None
            out.append((cluster, kind, link))
            if link is not None and k is None:
                merged[(kind, link)] = len(out) - 1
        return [(sorted(cluster), kind, link) for cluster, kind, link in out]


def _full_names(doc: Document, cluster: list[int]) -> list[set[str]]:
    return [set(m.base.lower().split()) for m in (doc.mentions[i] for i in cluster) if len(m.base.split()) > 1]


def _different_people(doc: Document, first: list[int], second: list[int]) -> bool:
    """Do two clusters of people both have full names, none of which shares a word with the other's?"""
    a, b = _full_names(doc, first), _full_names(doc, second)
    return bool(a and b) and not any(x & y for x in a for y in b)


def _closeness(doc: Document, cluster: list[int], link: str) -> float:
    """How like the ID („PER-Colin-Harvey“) the cluster's longest name is in Latin script (0 … 1)."""
    from difflib import SequenceMatcher

    name = max((doc.mentions[i].base for i in cluster), key=lambda b: len(b.split()))
    return SequenceMatcher(None, transliterate(name).lower(), " ".join(link.split("-")[1:]).lower()).ratio()


def load() -> Entities:
    return Entities.load()
