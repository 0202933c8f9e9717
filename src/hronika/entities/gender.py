"""Grammatical gender of a person from Bulgarian morphology: Токаев / Токаева, Петров / Петрова, Иванов-
ски / -ска, a given name in -а (Ангела Меркел), and feminine titles (говорителка, министърката)."""

from __future__ import annotations

FEMININE_ENDINGS = ("ова", "ева", "ска", "цка", "ина", "ая")
MASCULINE_ENDINGS = ("ов", "ев", "ски", "цки", "ин", "ий")
#: Men's given names that end in -а / -я like most women's (Никола Саркози, Мустафа Кемал).
MASCULINE_GIVEN_IN_A = frozenset("никола илия лука кузма сава фома коста андреа джошуа мустафа хамза муса осама "
                                 "абдула абдулла аба иля".split())
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
    for name in names:  # a given name in -а / -я: Ангела Меркел, Тереза Мей, Асия Биби
        words = name.split()
        if len(words) > 1 and words[0].lower().endswith(("а", "я")) and words[0].lower() not in MASCULINE_GIVEN_IN_A:
            return "f"
    lowered = [w.lower() for w in context]
    if any(w.startswith(FEMININE_NOUNS) for w in lowered):
        return "f"
    return None
