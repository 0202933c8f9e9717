"""Paradigm signatures: which diagnostic endings the forms of a lemma take in simplemma's dictionary.

A lemma whose forms end in -ият, -ата, -ото is an adjective; one with -ът, -ите a masculine noun; one with
-ах, -ахме, -ейки a verb. The signature of an unseen word's lemma tells its part of speech far better
than its own ending. Built by ``hronika train morph`` from simplemma (MIT) into ``model/paradigms.json.gz``.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections import defaultdict
from pathlib import Path

PATH = Path(__file__).parent / "model" / "paradigms.json.gz"
DIAGNOSTIC = ("ите", "ият", "ия", "ата", "ото", "ът", "ят", "та", "то", "ах", "ях", "аха", "яха", "ахме", "ете",
              "ем", "еш", "им", "иш", "ейки", "айки", "ал", "ял", "ло", "ли", "ни", "ен", "ски", "ове",
              "ища", "ета", "ена", "ено", "ела", "ело", "ана", "ано", "ши", "ше", "ще", "щи")


def build(lexicon) -> dict[str, str]:
    """Lemma → signature (diagnostic endings its forms take, joined by commas)."""
    endings: dict[str, set[str]] = defaultdict(set)
    for form, lemma in lexicon.items():
        form = form.lower()
        for ending in DIAGNOSTIC:
            if form.endswith(ending):
                endings[lemma.lower()].add(ending)
    return {lemma: ",".join(sorted(e)) for lemma, e in endings.items()}


def write(table: dict[str, str], path: Path = PATH) -> None:
    signatures = sorted(set(table.values()))
    index = {s: i for i, s in enumerate(signatures)}
    payload = {"signatures": signatures, "lemmas": {k: index[v] for k, v in sorted(table.items())}}
    path.write_bytes(gzip.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
                                   compresslevel=9, mtime=0))


@functools.lru_cache(maxsize=1)
def _table() -> tuple[list[str], dict[str, int]]:
    if not PATH.exists():
        return [], {}
    with gzip.open(PATH, "rt", encoding="utf-8") as f:
        payload = json.load(f)
    return payload["signatures"], payload["lemmas"]


def signature(lemma: str) -> str | None:
    signatures, lemmas = _table()
    index = lemmas.get(lemma.lower())
    return None if index is None else signatures[index]
