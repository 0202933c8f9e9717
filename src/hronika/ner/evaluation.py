"""``hronika evaluate ner``: strict mention-level P/R/F1 (exact span and type) on Bulgarian SlavicNER.

Protocol ``cv``: 5-fold cross-validation over documents (every topic seen in training).
Protocol ``loto``: leave one topic out (a story never seen before). Every fold trains from scratch on its
training part only (gazetteer included). Predictions are compared with the gold character spans.
"""

from __future__ import annotations

import multiprocessing
import random
import tempfile
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from hronika.ner.corpus import TYPES
from hronika.ner.model import NER, define_acronyms, mention_spans, propagate
from hronika.ner.training import Prepared, load_articles, prepare, train_model

_PREPARED: list[Prepared] = []


def predict(ner: NER, p: Prepared) -> set[tuple[int, int, str]]:
    tagged = ner.tag_sentences(p.groups)
    define_acronyms(p.groups, tagged)
    propagate(p.groups, tagged)
    return {span for tokens, tags in zip(p.groups, tagged) for span in mention_spans(tokens, tags)}


def count(gold: set, pred: set) -> Counter:
    c: Counter = Counter()
    for kind in TYPES:
        g = {x for x in gold if x[2] == kind}
        p = {x for x in pred if x[2] == kind}
        c[f"tp_{kind}"] += len(g & p)
        c[f"fp_{kind}"] += len(p - g)
        c[f"fn_{kind}"] += len(g - p)
    return c


def _fold(args: tuple[list[int], list[int], int]) -> Counter:
    train_idx, test_idx, seed = args
    with tempfile.TemporaryDirectory() as tmp:
        train_model([_PREPARED[i] for i in train_idx], Path(tmp), seed=seed)
        ner = NER(Path(tmp))
        total: Counter = Counter()
        for i in test_idx:
            p = _PREPARED[i]
            gold = {(m.start, m.end, m.type) for m in p.article.mentions}
            total += count(gold, predict(ner, p))
        return total


def folds(prepared: list[Prepared], protocol: str, k: int, seed: int) -> list[tuple[str, list[int], list[int]]]:
    if protocol == "cv":
        order = list(range(len(prepared)))
        random.Random(seed).shuffle(order)
        return [(f"fold {f + 1}", sorted(set(order) - set(order[f::k])), sorted(order[f::k])) for f in range(k)]
    topics = sorted({p.article.topic for p in prepared})
    return [(t, [i for i, p in enumerate(prepared) if p.article.topic != t],
             [i for i, p in enumerate(prepared) if p.article.topic == t]) for t in topics]


def prf(c: Counter, kinds=TYPES) -> tuple[float, float, float]:
    tp = sum(c[f"tp_{k}"] for k in kinds)
    fp = sum(c[f"fp_{k}"] for k in kinds)
    fn = sum(c[f"fn_{k}"] for k in kinds)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def run(data: Path, console: Console, protocol: str = "both", folds_n: str = "5", workers: str = "2",
        seed: str = "13", **options: str) -> dict[str, float]:
    global _PREPARED
    _PREPARED = prepare(load_articles(data))
    protocols = ["cv", "loto"] if protocol == "both" else [protocol]
    metrics: dict[str, float] = {}
    for proto in protocols:
        plan = folds(_PREPARED, proto, int(folds_n), int(seed))
        with console.status(f"{proto}: training {len(plan)} models on {workers} core(s)"):
            with multiprocessing.get_context("fork").Pool(int(workers)) as pool:
                results = pool.map(_fold, [(tr, te, int(seed)) for _, tr, te in plan])
        name = "5-fold cross-validation over documents" if proto == "cv" else "leave one topic out"
        table = Table(title=f"NER, {name} (strict: exact span and type)")
        for column in ("part", "P", "R", "F1", *TYPES):
            table.add_column(column, justify="right")
        total: Counter = Counter()
        for (label, _, _), c in zip(plan, results):
            total += c
            table.add_row(label, *(f"{x:.3f}" for x in prf(c)), *(f"{prf(c, [k])[2]:.3f}" for k in TYPES))
        p, r, f = prf(total)
        table.add_row("[bold]micro[/bold]", f"{p:.3f}", f"{r:.3f}", f"[bold]{f:.3f}[/bold]",
                      *(f"{prf(total, [k])[2]:.3f}" for k in TYPES))
        console.print(table)
        metrics.update({f"{proto}_p": p, f"{proto}_r": r, f"{proto}_f1": f})
        metrics.update({f"{proto}_f1_{k}": prf(total, [k])[2] for k in TYPES})
    return metrics
