"""Lemmas of standard Bulgarian abbreviations the training data may not show: units of measure and a few
titles and words. BTB spells out units („кг“ → килограм, „ч.“ → час) and common words („г.“ → година,
„млн.“ → милион); ``зам.-министър`` is lemmatised as заместник-министър.
"""

from __future__ import annotations

from collections.abc import Callable

#: abbreviation (lower case, with or without its full stop) → (part of speech, lemma)
ABBREVIATIONS = {
    "кг": ("NOUN", "килограм"), "мг": ("NOUN", "милиграм"),
    "км": ("NOUN", "километър"), "м": ("NOUN", "метър"), "см": ("NOUN", "сантиметър"),
    "мм": ("NOUN", "милиметър"), "л": ("NOUN", "литър"), "мл": ("NOUN", "милилитър"),
    "ч": ("NOUN", "час"), "сек": ("NOUN", "секунда"), "г": ("NOUN", "година"), "лв": ("NOUN", "лев"),
    "хил": ("NOUN", "хиляда"), "млн": ("NOUN", "милион"), "млрд": ("NOUN", "милиард"),
    "ген": ("NOUN", "генерал"), "проф": ("NOUN", "професор"), "зам": ("NOUN", "заместник"),
    "с": ("NOUN", "село"), "гл": ("ADJ", "главен"), "др": ("ADJ", "друг"),
}


def lemma(word: str, tag: str, lemmatise: Callable[[str], str] | None = None) -> str | None:
    """The lemma of ``word`` tagged ``tag`` when it is a known abbreviation, or a ``зам.-`` compound whose
    second part ``lemmatise`` lemmatises."""
    low = word.lower()
    if low.startswith("зам.-") and len(low) > 7:
        return "заместник-" + lemmatise(word[5:]) if tag == "NOUN" and lemmatise is not None else None
    if low.endswith(".") and not low[:-1].isalpha():
        return None
    entry = ABBREVIATIONS.get(low.rstrip("."))
    if entry is None or entry[0] != tag:
        return None
    return entry[1]
