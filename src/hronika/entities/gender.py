"""Grammatical gender of a person from Bulgarian morphology: Токаев / Токаева, Петров / Петрова, Иванов-
ски / -ска, and feminine titles (говорителка, министърката)."""

from __future__ import annotations

FEMININE_ENDINGS = ("ова", "ева", "ска", "цка", "ина", "ая")
MASCULINE_ENDINGS = ("ов", "ев", "ски", "цки", "ин", "ий")
FEMININE_NOUNS = ("говорителка", "министърка", "председателка", "депутатка", "журналистка", "жена", "дама",
                  "кралица", "принцеса", "съпруга", "майка", "дъщеря", "госпожа", "г-жа", "певица", "актриса")


def gender_of(names: list[str], context: list[str] = ()) -> str | None:
    """``f``, ``m`` or None from the person's names (surnames first) and words around the mentions."""
    for name in names:
        words = name.split()
        if len(words) < 1:
            continue
        last = words[-1].lower()
        if last.endswith(FEMININE_ENDINGS):
            return "f"
        if last.endswith(MASCULINE_ENDINGS):
            return "m"
    lowered = [w.lower() for w in context]
    if any(w.startswith(FEMININE_NOUNS) for w in lowered):
        return "f"
    return None
