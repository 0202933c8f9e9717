"""``hronika train segmentation``: the sentence-boundary CRF from UD Bulgarian-BTB dev."""

from __future__ import annotations

import re
from pathlib import Path

from rich.console import Console

from hronika.text import boundaries
from hronika.text.evaluation import GoldDocument, read_conllu_documents
from hronika.text.sentences import TERMINALS, sentence_token_spans
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


#: Copies of each treebank document in the training set: the news articles outnumber them, and the treebank's
#: conventions (what its documents look like joined by spaces) are what ``evaluate segmentation`` measures.
TREEBANK_COPIES = 8
REPO = Path(__file__).resolve().parents[3]


def news_documents(data: Path, part: str = "train", exclude: frozenset[str] | None = None):
    """Bulgarian SlavicNER articles with line-level supervision, for training (``part="train"``: every other
    article in name order) or for checking over-splitting (``part="check"``: the others).

    Each article's lines (title, paragraphs, byline) are joined by spaces as the treebank's sentences are;
    a sentence starts at every line start — so the line breaks tell where a headline without punctuation ends —
    and, inside a line, where the rules see one or a capitalised clause follows a colon (the treebank's
    convention). Every capitalised word inside a line that the rules do not split at is labelled a non-start:
    the names that make up most of news text. ``exclude`` (``topic/bg/name.txt`` paths; by default the articles
    of the repository's quote and event gold sets) stays out of both parts."""
    return [(tokens, text, starts) for tokens, text, starts, _ in news_articles(data, part, exclude)]


def news_articles(data: Path, part: str = "train", exclude: frozenset[str] | None = None):
    """``(tokens, text, sentence starts, line starts)`` of the articles :func:`news_documents` returns."""
    exclude = gold_articles(REPO) if exclude is None else exclude
    out = []
    paths = sorted((data / "slavicner" / "raw").glob("*/bg/*.txt"))
    paths = [p for p in paths if "/".join(p.parts[-3:]) not in exclude][0 if part == "train" else 1 :: 2]
    for path in paths:
        lines = [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines()]
        text, starts, line_starts = "", set(), set()
        for line in filter(None, lines):
            offset = len(text) + (1 if text else 0)
            text += (" " if text else "") + line
            tokens = tokenize(line)
            line_starts.add(offset)
            starts |= {offset + tokens[a].start for a, _ in sentence_token_spans(tokens)}
        tokens = tokenize(text)
        labels = {i for i, t in enumerate(tokens) if t.start in starts}
        # the treebank's convention: a capitalised clause after a colon is a sentence of its own (a name after
        # "Автор:" or "Снимка:" is not)
        ends = sorted(labels | {i for i, t in enumerate(tokens) if t.text in TERMINALS}) + [len(tokens)]
        labels |= {i for i in range(1, len(tokens)) if tokens[i - 1].text == ":" and tokens[i].text[0].isupper()
                   and any(boundaries.is_finite_verb(t.text) for t in tokens[i : min(e for e in ends if e > i)])}
        out.append((tokens, text, labels, {i for i, t in enumerate(tokens) if t.start in line_starts}))
    return out


def gold_articles(root: Path) -> frozenset[str]:
    """``topic/bg/name.txt`` paths of the articles in the repository's quote and event gold sets (if any)."""
    names = set()
    for path in root.glob("gold/**/*.json"):
        names |= set(re.findall(r'"doc": *"([^"]+)"', path.read_text(encoding="utf-8")))
    for path in root.glob("gold/**/DOCS.txt"):
        names |= {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return frozenset(names)


def news_training(data: Path) -> list:
    """The training part of :func:`news_documents`, or nothing when SlavicNER is not in the data directory."""
    return news_documents(data) if (data / "slavicner" / "raw").is_dir() else []


def run(data: Path, console: Console, seed: int = 13, **options: str) -> dict:
    """Train on BTB dev (test stays for evaluation) and the training half of the Bulgarian SlavicNER
    articles; CRF training is deterministic."""
    path = data / "ud-bulgarian-btb" / "bg_btb-ud-dev.conllu"
    docs = training_documents(path)
    news = news_training(data)
    with console.status("training the sentence-boundary model"):
        model = boundaries.train(docs * TREEBANK_COPIES + news, c1=float(options.get("c1", 0.1)),
                                 c2=float(options.get("c2", 0.3)))
    console.print(f"sentence-boundary model: {len(docs)} treebank documents (x{TREEBANK_COPIES}) and {len(news)} "
                  f"news articles → {model} ({model.stat().st_size // 1024} KB)")
    return {"documents": len(docs), "news": len(news), "model": str(model)}
