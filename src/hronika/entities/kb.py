"""The cross-lingual knowledge base: aliases (base forms and surface forms in six languages) → SlavicNER IDs.

Built by ``hronika train entities`` from the annotations alone; stores only normalised alias → (ID, count),
never text. Bulgarian names also meet Latin-script aliases through their transliteration (Лондон → london).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from hronika.entities.latin import transliterate

_PUNCT = re.compile(r"[\"'„“”«»()\[\].,:;!?]")


def normalise(alias: str) -> str:
    text = unicodedata.normalize("NFKD", alias.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("й", "й")
    return " ".join(_PUNCT.sub(" ", text).split())


def keys(alias: str) -> list[str]:
    """Lookup keys of an alias: itself, and its Latin transliteration when it is Cyrillic."""
    key = normalise(alias)
    latin = normalise(transliterate(alias))
    return [key] if latin == key else [key, latin]


class KnowledgeBase:
    def __init__(self, table: dict[str, list] | None = None) -> None:
        self.table = table or {}  # key → [id, count]

    @classmethod
    def build(cls, aliases: Iterable[tuple[str, str]]) -> "KnowledgeBase":
        counts: dict[str, Counter] = defaultdict(Counter)
        for alias, link in aliases:
            if link:
                for key in keys(alias):
                    counts[key][link] += 1
        return cls({k: list(c.most_common(1)[0]) for k, c in sorted(counts.items())})

    def candidates(self, aliases: Iterable[str]) -> Counter:
        votes: Counter = Counter()
        for alias in aliases:
            for rank, key in enumerate(keys(alias)):
                hit = self.table.get(key)
                if hit:
                    votes[hit[0]] += hit[1] / (1 + rank)  # the alias itself counts more than its transliteration
        return votes

    def link(self, aliases: Iterable[str], kind: str | None = None) -> str | None:
        """The best ID for an entity's aliases. A person known by a full name is linked by full names only:
        a shared surname (Петър Илиев / Румен Илиев) is no evidence."""
        aliases = list(aliases)
        if kind == "PER" and any(len(a.split()) > 1 for a in aliases):
            aliases = [a for a in aliases if len(a.split()) > 1]
        votes = self.candidates(aliases)
        return votes.most_common(1)[0][0] if votes else None
