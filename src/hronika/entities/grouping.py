"""Document entities: mentions of the same thing grouped — inflected forms (same base form), surname and
full name (Аблязов / Мухтар Аблязов), acronym and expansion (ОДКС / Организацията на договора за колективна
сигурност)."""

from __future__ import annotations

from hronika.doc import Mention

FUNCTION_WORDS = frozenset("на за от в във и с със по към при до".split())


def acronym_of(phrase: str) -> str:
    """„Организация на договора за колективна сигурност“ → „ОДКС“."""
    words = [w for w in phrase.replace("-", " ").split() if w.lower() not in FUNCTION_WORDS]
    return "".join(w[0] for w in words).upper()


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isupper() and text.isalpha()


def group_mentions(mentions: list[Mention]) -> list[list[int]]:
    """Clusters of mention indices, each in text order, clusters ordered by first mention."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    by_base: dict[str, int] = {}
    for i, m in enumerate(mentions):
        key = (m.base or m.text).lower()  # not the type: an NER type slip must not split an entity
        if key in by_base:
            union(by_base[key], i)
        else:
            by_base[key] = i
    full_names = [(i, (m.base or m.text).split()) for i, m in enumerate(mentions)
                  if len((m.base or m.text).split()) > 1]
    expansions = [(i, acronym_of(m.base or m.text)) for i, m in enumerate(mentions)
                  if len((m.base or m.text).split()) > 1]
    for i, m in enumerate(mentions):
        base = m.base or m.text
        if m.type == "PER" and len(base.split()) == 1:
            for j, words in full_names:
                if words[-1].lower() == base.lower():
                    union(j, i)
                    break
        if _is_acronym(base):
            for j, acronym in expansions:
                if acronym == base and mentions[j].type == m.type:
                    union(j, i)
                    break
    clusters: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        clusters.setdefault(find(i), []).append(i)
    return sorted(clusters.values(), key=lambda c: c[0])
