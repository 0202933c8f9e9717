"""``hronika train segmentation``: the sentence-boundary CRF from UD Bulgarian-BTB dev."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from pathlib import Path

from rich.console import Console

from hronika.text import boundaries
from hronika.text.evaluation import GoldDocument, read_conllu_documents
from hronika.text.sentences import TERMINALS, sentence_token_spans
from hronika.text.tokenize import tokenize


def as_training(docs: list[GoldDocument]):
    """``(tokens, text, gold sentence-start token indices)`` for gold documents."""
    out = []
    for doc in docs:
        tokens = tokenize(doc.text)
        starts = {s for s, _ in doc.sentences}
        out.append((tokens, doc.text, {i for i, t in enumerate(tokens) if t.start in starts}))
    return out


def without_final_periods(documents, longest: int = 12, share: float = 0.3, seed: int = 13):
    """Headline-like variants of training triples ``(tokens, text, starts)``: a share of the sentences of at most
    ``longest`` tokens lose the period that ends them when the next sentence follows (``… се обединяват.
    Хлапета …`` → ``… се обединяват Хлапета …``), as titles and headlines run into the text after them. The
    sentence starts stay; a random generator with a fixed seed picks the sentences (reproducible)."""
    import random

    rng = random.Random(seed)
    out = []
    for tokens, text, starts in documents:
        cut: list[int] = []  # character offsets of the periods to drop
        ordered = sorted(starts | {0}) + [len(tokens)]
        for a, b in zip(ordered, ordered[1:]):
            if b >= len(tokens) or b - a - 1 > longest or b - a < 3:
                continue
            last, word = tokens[b - 1], tokens[b - 2]
            if last.text == "." and word.text[-1:].isalpha() and word.end == last.start and rng.random() < share:
                cut.append(last.start)
        if not cut:
            continue
        new_text = "".join(text[a + 1 : b] for a, b in zip([-1] + cut, cut + [len(text)]))
        shift = lambda offset: offset - sum(1 for c in cut if c < offset)  # noqa: E731
        new_starts = {shift(tokens[i].start) for i in starts}
        new_tokens = tokenize(new_text)
        out.append((new_tokens, new_text, {i for i, t in enumerate(new_tokens) if t.start in new_starts}))
    return out


#: Copies of each treebank document in the training set: the news articles outnumber them, and the treebank's
#: conventions (what its documents look like joined by spaces) are what ``evaluate segmentation`` measures.
TREEBANK_COPIES = 8
REPO = Path(__file__).resolve().parents[3]


def treebank_training(docs: list[GoldDocument], copies: int = TREEBANK_COPIES):
    """The training triples of treebank documents: ``copies`` copies of each, and one headline-like variant
    (:func:`without_final_periods`)."""
    triples = as_training(docs)
    return triples * copies + without_final_periods(triples)


def news_documents(data: Path, part: str = "train", exclude: frozenset[str] | None = None):
    """Bulgarian SlavicNER articles with line-level supervision, for training (``part="train"``: every other
    article in name order) or for checking over-splitting (``part="check"``: the others).

    Each article's lines (title, paragraphs, byline) are joined by spaces as the treebank's sentences are;
    a sentence starts at every line start — so the line breaks tell where a headline without punctuation ends —
    and, inside a line, where the rules see one or a capitalised clause follows a colon (the treebank's
    convention). Every capitalised word inside a line that the rules do not split at is labelled a non-start:
    the names that make up most of news text. ``exclude`` (``topic/bg/name.txt`` paths; by default the articles
    of the repository's quote and event gold sets) stays out of both parts."""
    return [(tokens, text, starts) for tokens, text, starts, _, _ in news_articles(data, part, exclude)]


def news_articles(data: Path, part: str = "train", exclude: frozenset[str] | None = None):
    """``(tokens, text, sentence starts, line starts, name-internal tokens)`` of the articles
    :func:`news_documents` returns; name-internal tokens are those after the first of a name of several
    words that SlavicNER annotates in the article („Джон | Смит“), never a sentence start."""
    exclude = gold_articles(REPO) if exclude is None else exclude
    out = []
    paths = sorted((data / "slavicner" / "raw").glob("*/bg/*.txt"))
    paths = [p for p in paths if "/".join(p.parts[-3:]) not in exclude][0 if part == "train" else 1 :: 2]
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        lines = [" ".join(line.split()) for line in raw.splitlines()]
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
        # "Автор:" or "Снимка:" is not, even when a clause follows it: „Снимка: Ройтерс Засега …“)
        ends = sorted(labels | {i for i, t in enumerate(tokens) if t.text in TERMINALS}) + [len(tokens)]
        labels |= {i for i in range(1, len(tokens)) if tokens[i - 1].text == ":" and tokens[i].text[0].isupper()
                   and not _name_like(tokens[i].text)
                   and any(boundaries.is_finite_verb(t.text) for t in tokens[i : min(e for e in ends if e > i)])}
        inside = _inside_names(tokens, text, _annotated_names(data, path, raw))
        out.append((tokens, text, labels - inside, {i for i, t in enumerate(tokens) if t.start in line_starts},
                    inside))
    return out


def _annotated_names(data: Path, path: Path, raw: str) -> set[str]:
    """The mentions of several words SlavicNER annotates in the article at ``path`` (text ``raw``), spaces
    normalised."""
    from hronika.ner.corpus import read_tsv

    tsv = data / "slavicner" / "ner" / path.parts[-3] / path.parts[-2] / (path.name[: -len(".txt")] + ".tsv")
    if not tsv.exists():
        return set()
    names = {" ".join(m.text.split()) for m in read_tsv(tsv, raw)}
    return {name for name in names if " " in name}


def _inside_names(tokens, text: str, names: set[str]) -> set[int]:
    """Indices of the tokens that start inside an occurrence of one of ``names`` in ``text``."""
    starts = [t.start for t in tokens]
    inside: set[int] = set()
    for name in names:
        at = text.find(name)
        while at >= 0:
            inside.update(range(bisect_right(starts, at), bisect_left(starts, at + len(name))))
            at = text.find(name, at + 1)
    return inside


def _name_like(word: str) -> bool:
    """A name to the lexicon, or to hunspell-bg (capitalised there, or unknown to it)."""
    return boundaries.word_class(word) == "name" or boundaries.spelling_class(word) in ("name", "unknown")


def gold_articles(root: Path) -> frozenset[str]:
    """``topic/bg/name.txt`` paths of the articles in the repository's quote and event gold sets (if any)."""
    names = set()
    for path in root.glob("gold/**/*.json"):
        names |= set(re.findall(r'"doc": *"([^"]+)"', path.read_text(encoding="utf-8")))
    for path in root.glob("gold/**/DOCS.txt"):
        names |= {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return frozenset(names)


def news_training(data: Path) -> list:
    """The training part of :func:`news_documents` with run-on headlines relabelled
    (:func:`relabel_run_ons`), or nothing when SlavicNER is not in the data directory."""
    if not (data / "slavicner" / "raw").is_dir():
        return []
    articles = news_articles(data)
    return relabel_run_ons([a[:3] for a in articles], keep_out=[a[4] for a in articles])


#: The marginal probability of a sentence start at which :func:`relabel_run_ons` takes a gap inside a line for one.
RUN_ON = 0.5


def relabel_run_ons(documents, threshold: float = RUN_ON, workdir: Path | None = None,
                    keep_out: list[set[int]] | None = None):
    """News training triples with the starts their line breaks miss: scraped pages often run a list of
    headlines, a caption or a byline into one line with the text after it, and a line-level label then calls
    a real sentence start a non-start. Cross-fitted on two halves of the articles (a model trained on one half
    tags the other), every gap inside a line where the model may start a sentence and its marginal probability
    reaches ``threshold`` becomes a start — except the tokens ``keep_out`` lists for each document (inside an
    annotated name). Uses the news alone, so no treebank document informs the labels."""
    import tempfile

    halves = documents[0::2], documents[1::2]
    fixed: list = [None] * len(documents)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        for h, (train, tag) in enumerate(((halves[0], halves[1]), (halves[1], halves[0]))):
            model = boundaries.train(train, Path(tmp) / f"half{h}.crfsuite")
            tagger = boundaries._tagger(model)
            for k, (tokens, text, starts) in enumerate(tag):
                rule = {a for a, _ in sentence_token_spans(tokens)}
                tagger.set(boundaries.token_features(tokens, text, rule))
                banned = keep_out[2 * k + (1 - h)] if keep_out else set()
                extra = {i for i in range(1, len(tokens)) if i not in starts and i not in rule and i not in banned
                         and boundaries.can_start(tokens, i) and tagger.marginal("B", i) >= threshold}
                fixed[2 * k + (1 - h)] = (tokens, text, starts | extra)
            boundaries._tagger.cache_clear()
    return fixed


def run(data: Path, console: Console, **options: str) -> dict:
    """Train on BTB dev (test stays for evaluation) and the training half of the Bulgarian SlavicNER
    articles; CRF training is deterministic."""
    path = data / "ud-bulgarian-btb" / "bg_btb-ud-dev.conllu"
    docs = read_conllu_documents(path)
    news = news_training(data)
    with console.status("training the sentence-boundary model"):
        model = boundaries.train(treebank_training(docs) + news, c1=float(options.get("c1", 0.1)),
                                 c2=float(options.get("c2", 0.3)))
    console.print(f"sentence-boundary model: {len(docs)} treebank documents (x{TREEBANK_COPIES}, and headline-like "
                  f"variants) and {len(news)} "
                  f"news articles → {model} ({model.stat().st_size // 1024} KB)")
    return {"documents": len(docs), "news": len(news), "model": str(model)}
