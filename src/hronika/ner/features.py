"""Token features for the NER CRF: shape, affixes, lemma and POS, quotes, gazetteer matches, neighbours."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from hronika.doc import Token


@functools.lru_cache(maxsize=65536)
def word_shape(word: str) -> str:
    out = []
    for ch in word[:8]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


_INDEXES: dict[int, tuple[dict[str, str], dict[str, int]]] = {}


def _first_word_index(gazetteer: dict[str, str]) -> dict[str, int]:
    """First word of each phrase → the longest phrase length starting with it (built once per gazetteer)."""
    cached = _INDEXES.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    index: dict[str, int] = {}
    for phrase in gazetteer:
        words = phrase.split(" ")
        index[words[0]] = max(index.get(words[0], 0), len(words))
    _INDEXES[id(gazetteer)] = (gazetteer, index)
    return index


def gazetteer_tags(words: Sequence[str], gazetteer: dict[str, str], max_len: int = 6) -> list[str]:
    """``B-TYPE`` / ``I-TYPE`` / ``O`` from the longest gazetteer match at each position (lower-cased)."""
    lowered = [w.lower() for w in words]
    tags = ["O"] * len(words)
    index = _first_word_index(gazetteer)
    i = 0
    while i < len(words):
        longest = index.get(lowered[i], 0)
        if not longest:
            i += 1
            continue
        for n in range(min(max_len, longest, len(words) - i), 0, -1):
            kind = gazetteer.get(" ".join(lowered[i : i + n]))
            if kind:
                tags[i] = f"B-{kind}"
                for j in range(i + 1, i + n):
                    tags[j] = f"I-{kind}"
                i += n
                break
        else:
            i += 1
    return tags


def sentence_features(tokens: Sequence[Token], gazetteer: dict[str, str]) -> list[list[str]]:
    words = [t.text for t in tokens]
    gaz = gazetteer_tags(words, gazetteer)
    in_quotes = False
    feats = []
    n = len(words)
    lowered = [w.lower() for w in words]
    shapes = [word_shape(w) for w in words]
    for i, tok in enumerate(tokens):
        w = words[i]
        low = lowered[i]
        lemma = (tok.lemma or low).lower()
        f = [
            "b", f"w={low}", f"l={lemma}", f"p={tok.pos}", f"sh={shapes[i]}",
            f"s2={low[-2:]}", f"s3={low[-3:]}", f"s4={low[-4:]}", f"p3={low[:3]}", f"p4={low[:4]}",
            f"ls3={lemma[-3:]}", f"g={gaz[i]}", f"q={in_quotes}",
            f"cap={w[:1].isupper()}|first={i == 0}",
        ]
        if w in ('"', "“"):  # straight quotes, and “ (closes „…“, opens “…”): toggle
            in_quotes = not in_quotes
        elif w in ("„", "«"):
            in_quotes = True
        elif w in ("»", "”"):
            in_quotes = False
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d}={lowered[j]}")
                f.append(f"p{d}={tokens[j].pos}")
                if abs(d) == 1:
                    f.append(f"sh{d}={shapes[j]}")
                    f.append(f"g{d}={gaz[j]}")
                    f.append(f"l{d}={(tokens[j].lemma or lowered[j]).lower()}")
            else:
                f.append(f"w{d}=<pad>")
        feats.append(f)
    return feats
