"""Reading CoNLL-U sentences (forms, lemmas, UPOS) of UD Bulgarian-BTB."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def read_sentences(path: Path) -> Iterator[list[tuple[str, str, str]]]:
    """Sentences as lists of ``(form, lemma, upos)``; multi-word and empty nodes are skipped."""
    for _, sentence in read_with_ids(path):
        yield sentence


def read_with_ids(path: Path) -> Iterator[tuple[str, list[tuple[str, str, str]]]]:
    """``(sent_id, sentence)`` pairs; the id is empty when the file gives none."""
    sentence: list[tuple[str, str, str]] = []
    sent_id = ""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                if sentence:
                    yield sent_id, sentence
                sentence, sent_id = [], ""
            elif line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[-1].strip()
            elif line[0].isdigit():
                cols = line.rstrip("\n").split("\t")
                if "-" not in cols[0] and "." not in cols[0]:
                    sentence.append((cols[1], cols[2], cols[3]))
    if sentence:
        yield sent_id, sentence


def document_folds(path: Path, folds: int) -> list[list[list[tuple[str, str, str]]]]:
    """The sentences of ``path`` in ``folds`` parts of about the same number of tokens, whole documents in each.

    A document is the sentence id without its ``-sN`` number (``Standard-2000-10-31-s5`` →
    ``Standard-2000-10-31``). The largest documents go first, each to the part with fewest tokens so far.
    """
    documents: dict[str, list[list[tuple[str, str, str]]]] = {}
    for sent_id, sentence in read_with_ids(path):
        documents.setdefault(sent_id.rsplit("-s", 1)[0], []).append(sentence)
    parts: list[list[list[tuple[str, str, str]]]] = [[] for _ in range(folds)]
    sizes = [0] * folds
    for sentences in sorted(documents.values(), key=lambda d: -sum(map(len, d))):
        k = min(range(folds), key=lambda j: (sizes[j], j))
        parts[k].extend(sentences)
        sizes[k] += sum(map(len, sentences))
    return parts
