"""Base forms of mentions (nominative, indefinite), learned from the SlavicNER annotation.

Three layers: a memory of whole mentions seen in training („Европейския съюз“ → „Европейски съюз“), a
memory of single words (брекзита → Брекзит), and edit scripts chosen by the word's ending, the mention type,
its position and capitalisation, for names never seen. Words after the first preposition keep their form
(„Камарата на лордовете“ → „Камара на лордовете“).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from hronika.morph.features import apply_script, edit_script

PREPOSITIONS = frozenset("на за от в във с със и по към при до срещу между".split())
MIN_COUNT = 2
#: An unseen word loses at most this many final letters (article plus stem vowel: „-ният“ → „-ен“).
MAX_CUT = 4


def _keys(word: str, kind: str, first: bool) -> list[str]:
    low = word.lower()
    cap = "C" if word[:1].isupper() else "c"
    return [f"{k}|{low[-k:]}|{kind}|{int(first)}|{cap}" for k in (5, 4, 3, 2, 1) if len(low) > k]


class BaseForms:
    """Predicts base forms; ``train`` from (surface, base, type) triples, ``to_dict``/``from_dict`` to store."""

    def __init__(self, mentions: dict[str, str] | None = None, words: dict[str, str] | None = None,
                 scripts: dict[str, str] | None = None) -> None:
        self.mentions = mentions or {}
        self.words = words or {}
        self.scripts = scripts or {}

    @classmethod
    def train(cls, triples: Iterable[tuple[str, str, str]]) -> "BaseForms":
        mention_counts: dict[str, Counter] = defaultdict(Counter)
        word_counts: dict[str, Counter] = defaultdict(Counter)
        script_counts: dict[str, Counter] = defaultdict(Counter)
        for surface, base, kind in triples:
            mention_counts[f"{surface}|{kind}"][base] += 1
            s_words, b_words = surface.split(), base.split()
            if len(s_words) != len(b_words):
                continue
            for i, (s, b) in enumerate(zip(s_words, b_words)):
                if s.lower() in PREPOSITIONS:
                    break
                word_counts[f"{s.lower()}|{kind}"][b] += 1
                script = edit_script(s, b)
                for key in _keys(s, kind, i == 0):
                    script_counts[key][script] += 1
        keep = lambda table: {k: c.most_common(1)[0][0] for k, c in sorted(table.items())  # noqa: E731
                              if c.most_common(1)[0][1] >= MIN_COUNT}
        return cls({k: c.most_common(1)[0][0] for k, c in sorted(mention_counts.items())},
                   keep(word_counts), keep(script_counts))

    def word(self, word: str, kind: str, first: bool) -> str:
        known = self.words.get(f"{word.lower()}|{kind}")
        if known is not None:
            return known
        for key in _keys(word, kind, first):
            script = self.scripts.get(key)
            if script is not None and int(script.split("|")[2]) <= MAX_CUT:
                return apply_script(word, script) or word
        return word

    def __call__(self, surface: str, kind: str) -> str:
        known = self.mentions.get(f"{surface}|{kind}")
        if known is not None:
            return known
        words = surface.split()
        out = []
        for i, w in enumerate(words):
            if w.lower() in PREPOSITIONS:
                out.extend(words[i:])
                break
            out.append(self.word(w, kind, i == 0))
        return " ".join(out)

    def to_dict(self) -> dict[str, dict[str, str]]:
        return {"mentions": self.mentions, "words": self.words, "scripts": self.scripts}

    @classmethod
    def from_dict(cls, data: dict[str, dict[str, str]]) -> "BaseForms":
        return cls(data["mentions"], data["words"], data["scripts"])
