"""``hronika train segmentation``: the sentence-boundary CRF from UD Bulgarian-BTB dev."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from hronika.text import boundaries
from hronika.text.evaluation import GoldDocument, read_conllu_documents
from hronika.text.tokenize import tokenize


def training_documents(path: Path):
    """``(tokens, text, gold sentence-start token indices)`` for every treebank document."""
    return as_training(read_conllu_documents(path))


def as_training(docs: list[GoldDocument]):
    """``(tokens, text, gold sentence-start token indices)`` for gold documents."""
    out = []
    for doc in docs:
        tokens = tokenize(doc.text)
        starts = {s for s, _ in doc.sentences}
        out.append((tokens, doc.text, {i for i, t in enumerate(tokens) if t.start in starts}))
    return out


def run(data: Path, console: Console, seed: int = 13, **options: str) -> dict:
    """Train on the dev part only (test stays for evaluation); CRF training is deterministic."""
    path = data / "ud-bulgarian-btb" / "bg_btb-ud-dev.conllu"
    docs = training_documents(path)
    with console.status("training the sentence-boundary model"):
        model = boundaries.train(docs, c1=float(options.get("c1", 0.05)), c2=float(options.get("c2", 0.01)))
    console.print(f"sentence-boundary model: {len(docs)} documents → {model} ({model.stat().st_size // 1024} KB)")
    return {"documents": len(docs), "model": str(model)}
