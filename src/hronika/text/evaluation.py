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

from hronika.text.boundaries import MODEL_PATH, sentence_spans
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


def predict(docs: list[GoldDocument], model: Path = MODEL_PATH, first: int = 0):
    """Predicted token and sentence spans ``(document number, start, end)``; documents numbered from ``first``."""
    pred_tok, pred_sent = set(), set()
    for n, doc in enumerate(docs, first):
        tokens = tokenize(doc.text)
        pred_tok |= {(n, t.start, t.end) for t in tokens}
        pred_sent |= {(n, tokens[a].start, tokens[b - 1].end) for a, b in sentence_spans(tokens, doc.text, model)}
    return pred_tok, pred_sent


def _metrics(docs: list[GoldDocument], pred_tok: set, pred_sent: set) -> dict[str, float]:
    gold_tok = {(n, *t) for n, doc in enumerate(docs) for t in doc.tokens}
    gold_sent = {(n, *s) for n, doc in enumerate(docs) for s in doc.sentences}
    tp, tr, tf = _prf(gold_tok, pred_tok)
    sp, sr, sf = _prf(gold_sent, pred_sent)
    return {"token_p": tp, "token_r": tr, "token_f1": tf, "sentence_p": sp, "sentence_r": sr, "sentence_f1": sf}


def score(docs: list[GoldDocument]) -> dict[str, float]:
    return _metrics(docs, *predict(docs))


def cross_validate(docs: list[GoldDocument], k: int = 5, errors: Path | None = None, extra: list | None = None,
                   copies: int | None = None, **params: float):
    """Train on k-1 folds of documents (document i goes to fold i mod k), tag the held-out fold; the metrics.

    ``errors`` (a path) receives every missed (``-``) and spurious (``+``) sentence boundary with context;
    ``extra`` training documents (``(tokens, text, starts)``, not from the treebank) join every fold's training,
    after ``copies`` copies of the fold's treebank documents (default: as many as ``hronika train
    segmentation`` takes) and their headline-like variants.
    """
    import tempfile

    from hronika.text import boundaries
    from hronika.text.training import TREEBANK_COPIES, treebank_training

    copies = TREEBANK_COPIES if copies is None else copies

    pred_tok, pred_sent = set(), set()
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(k):
            train = [d for i, d in enumerate(docs) if i % k != fold]
            model = boundaries.train(treebank_training(train, copies) + (extra or []),
                                     Path(tmp) / f"fold{fold}.crfsuite",
                                     **params)
            for n, doc in enumerate(docs):
                if n % k == fold:
                    tok, sent = predict([doc], model, n)
                    pred_tok |= tok
                    pred_sent |= sent
    if errors is not None:
        errors.write_text(boundary_errors(docs, pred_sent), encoding="utf-8")
    return _metrics(docs, pred_tok, pred_sent)


def boundary_errors(docs: list[GoldDocument], pred_sent: set) -> str:
    """Missed (``-``) and spurious (``+``) sentence starts with 60 characters of context on each side."""
    lines = []
    for n, doc in enumerate(docs):
        gold = {s for s, _ in doc.sentences[1:]}
        pred = {s for m, s, _ in pred_sent if m == n and s != 0}
        for start in sorted(gold ^ pred):
            mark = "-" if start in gold else "+"
            lines.append(f"{mark} {n:2d} {doc.text[max(0, start - 60):start]!r} | {doc.text[start:start + 60]!r}")
    return "\n".join(lines) + "\n"


def news_check(data: Path, model: Path = MODEL_PATH) -> dict[str, float]:
    """Over-splitting and headline ends on the Bulgarian SlavicNER articles the model did not train on
    (:func:`hronika.text.training.news_documents`, ``part="check"``), lines joined by spaces.

    ``spurious_per_1000``: predicted sentence starts inside a line where the rules see none (almost always
    a name split off its sentence), per 1000 sentences, of them ``inside_names_per_1000`` inside a name of
    several words SlavicNER annotates („Джон | Смит“); ``line_ends``: the share of line breaks without
    punctuation (titles, bylines) found as sentence boundaries."""
    from hronika.text.sentences import sentence_token_spans
    from hronika.text.training import news_articles

    spurious = sentences = unpunctuated = found = 0
    named = 0
    for tokens, text, starts, line_starts, inside in news_articles(data, "check"):
        pred = {a for a, _ in sentence_spans(tokens, text, model)}
        named += len(pred & inside)
        line_only = line_starts - {a for a, _ in sentence_token_spans(tokens)}
        unpunctuated += len(line_only)
        found += len(line_only & pred)
        spurious += len(pred - starts)
        sentences += len(starts)
    return {"spurious_per_1000": 1000 * spurious / max(sentences, 1), "line_ends": found / max(unpunctuated, 1),
            "inside_names_per_1000": 1000 * named / max(sentences, 1),
            "news_sentences": sentences, "news_line_breaks": unpunctuated}


def run(data: Path, console: Console, **options: str) -> dict[str, float]:
    """``--cv K``: K-fold cross-validation over the documents of dev (the split for development; test is
    for the final figure only); ``--errors FILE`` writes the boundary errors of the cross-validation;
    ``--news``: over-splitting on held-out news articles (:func:`news_check`) instead."""
    if "news" in options:
        metrics = news_check(data)
        console.print(f"Held-out Bulgarian news ({metrics['news_sentences']} sentences, lines joined by spaces): "
                      f"{metrics['spurious_per_1000']:.1f} spurious sentence starts per 1000 sentences "
                      f"({metrics['inside_names_per_1000']:.1f} inside annotated names); "
                      f"{100 * metrics['line_ends']:.1f} % of {metrics['news_line_breaks']} unpunctuated line ends "
                      "(titles, bylines) found")
        return metrics
    split = options.get("split", "dev" if "cv" in options else "test")
    path = data / "ud-bulgarian-btb" / f"bg_btb-ud-{split}.conllu"
    docs = read_conllu_documents(path)
    if "cv" in options:
        k = int(options["cv"]) if options["cv"] != "true" else 5
        errors = Path(options["errors"]) if "errors" in options else None
        from hronika.text.training import news_training

        params = {key: float(options[key]) for key in ("c1", "c2") if key in options}
        metrics = cross_validate(docs, k, errors, news_training(data), **params)
        title = f"Segmentation, {k}-fold cross-validation over UD Bulgarian-BTB {split} ({len(docs)} documents)"
    else:
        metrics = score(docs)
        title = f"Segmentation on UD Bulgarian-BTB {split} ({len(docs)} documents joined by spaces)"
    table = Table(title=title)
    for column in ("", "P", "R", "F1", "Stanza F1"):
        table.add_column(column, justify="right")
    table.add_row("tokens", *(f"{100 * metrics[f'token_{k}']:.2f}" for k in "pr"),
                  f"{100 * metrics['token_f1']:.2f}", "99.96")
    table.add_row("sentences", *(f"{100 * metrics[f'sentence_{k}']:.2f}" for k in "pr"),
                  f"{100 * metrics['sentence_f1']:.2f}", "96.5")
    console.print(table)
    return metrics
