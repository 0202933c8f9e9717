"""Reading CoNLL-U sentences (forms, lemmas, UPOS) of UD Bulgarian-BTB."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def read_sentences(path: Path) -> Iterator[list[tuple[str, str, str]]]:
    """Sentences as lists of ``(form, lemma, upos)``; multi-word and empty nodes are skipped."""
    sentence: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
            elif line[0].isdigit():
                cols = line.rstrip("\n").split("\t")
                if "-" not in cols[0] and "." not in cols[0]:
                    sentence.append((cols[1], cols[2], cols[3]))
    if sentence:
        yield sentence
