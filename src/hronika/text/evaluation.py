"""``hronika evaluate segmentation``: token and sentence F1 on UD Bulgarian-BTB.

Each treebank document (``# newdoc``) becomes one text: its sentences (``# text``) joined by single
spaces. Gold token offsets come from aligning the token forms to that text. Predicted tokens and
sentences must match gold character spans exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from hronika.text.boundaries import sentence_spans
from hronika.text.tokenize import tokenize


@dataclass
class GoldDocument:
    text: str = ""
    tokens: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


def read_conllu_documents(path: Path) -> list[GoldDocument]:
    """Documents of a CoNLL-U file with gold token and sentence spans over the space-joined text."""
    docs: list[GoldDocument] = []
    sentence_text: str | None = None
    forms: list[str] = []

    def flush() -> None:
        nonlocal sentence_text, forms
        if sentence_text is None:
            return
        if not docs:
            docs.append(GoldDocument())
        doc = docs[-1]
        offset = len(doc.text) + (1 if doc.text else 0)
        doc.text += (" " if doc.text else "") + sentence_text
        pos = 0
        for form in forms:
            found = sentence_text.find(form, pos)
            if found < 0:
                raise ValueError(f"cannot align token {form!r} in {sentence_text!r}")
            doc.tokens.append((offset + found, offset + found + len(form)))
            pos = found + len(form)
        doc.sentences.append((offset, offset + len(sentence_text)))
        sentence_text, forms = None, []

    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("# newdoc"):
                flush()
                docs.append(GoldDocument())
            elif line.startswith("# text = "):
                sentence_text = line[len("# text = ") :].rstrip("\n")
            elif line.strip() == "":
                flush()
            elif line[0].isdigit():
                cols = line.split("\t")
                if "-" not in cols[0] and "." not in cols[0]:
                    forms.append(cols[1])
    flush()
    return [d for d in docs if d.text]


def _prf(gold: set, pred: set) -> tuple[float, float, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[GoldDocument]) -> dict[str, float]:
    gold_tok, pred_tok, gold_sent, pred_sent = set(), set(), set(), set()
    for n, doc in enumerate(docs):
        tokens = tokenize(doc.text)
        gold_tok |= {(n, *t) for t in doc.tokens}
        pred_tok |= {(n, t.start, t.end) for t in tokens}
        gold_sent |= {(n, *s) for s in doc.sentences}
        pred_sent |= {(n, tokens[a].start, tokens[b - 1].end) for a, b in sentence_spans(tokens, doc.text)}
    tp, tr, tf = _prf(gold_tok, pred_tok)
    sp, sr, sf = _prf(gold_sent, pred_sent)
    return {"token_p": tp, "token_r": tr, "token_f1": tf, "sentence_p": sp, "sentence_r": sr, "sentence_f1": sf}


def run(data: Path, console: Console, **options: str) -> dict[str, float]:
    split = options.get("split", "test")
    path = data / "ud-bulgarian-btb" / f"bg_btb-ud-{split}.conllu"
    docs = read_conllu_documents(path)
    metrics = score(docs)
    table = Table(title=f"Segmentation on UD Bulgarian-BTB {split} ({len(docs)} documents joined by spaces)")
    for column in ("", "P", "R", "F1", "Stanza F1"):
        table.add_column(column, justify="right")
    table.add_row("tokens", *(f"{100 * metrics[f'token_{k}']:.2f}" for k in "pr"),
                  f"{100 * metrics['token_f1']:.2f}", "99.96")
    table.add_row("sentences", *(f"{100 * metrics[f'sentence_{k}']:.2f}" for k in "pr"),
                  f"{100 * metrics['sentence_f1']:.2f}", "96.5")
    console.print(table)
    return metrics
