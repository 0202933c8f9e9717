"""Corrections of an unseen word's lemma by rules of Bulgarian grammar, for what the ranker still gets wrong.

- An adjective's or adverb's lemma has no degree prefix: по-дългосрочна → дългосрочен, най-бързо → бързо.
- A noun's lemma has no definite article: a neuter noun in -не, -ие or -ство never ends in -нето, -ието
  or -ството (рефинансирането → рефинансиране, кръвообръщението → кръвообръщение, правителството →
  правителство), and a proper name chosen as it is written loses its article (Европата → европа,
  Дунавът → дунав).
- A noun's lemma is singular: the plurals of neuter nouns in -ение, -ване, -ствие, -щие never are one
  (правомощия → правомощие, проучвания → проучване).
"""

from __future__ import annotations

from hronika.morph.features import DEGREE_PREFIXES, strip_degree

NEUTER_ARTICLED = ("нето", "ието", "ството")
#: a neuter noun's plural ending → its singular's (решения → решение, хрумвания → хрумване)
NEUTER_PLURALS = (("ения", "ение"), ("вания", "ване"), ("ствия", "ствие"), ("щия", "щие"))
NAME_ARTICLES = (("ата", 6), ("ята", 6), ("ът", 5), ("ят", 5))  # (article ending, shortest form it is taken from)


def correct(lemma: str, word: str, tag: str) -> str:
    """``lemma`` (lower case, no marker) of the unseen ``word`` tagged ``tag``, corrected."""
    low = word.lower()
    if tag in ("ADJ", "ADV"):
        stripped = strip_degree(lemma)
        if low.startswith(DEGREE_PREFIXES) and stripped != lemma:
            return stripped
    elif tag == "NOUN":
        if lemma.endswith(NEUTER_ARTICLED):
            lemma = lemma[:-2]
        for plural, singular in NEUTER_PLURALS:
            if lemma.endswith(plural) and len(lemma) > len(plural) + 2:
                return lemma[: -len(plural)] + singular
    elif tag == "PROPN" and lemma == low:
        for article, shortest in NAME_ARTICLES:
            if low.endswith(article) and len(low) >= shortest:
                return low[:-2]
    return lemma
