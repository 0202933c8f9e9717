"""``hronika evaluate events``: numbers, times and casualty figures against the project's gold set.

Gold: ``gold/events/adjudicated/*.json`` in the repository (documents from SlavicNER ``raw/*/bg``;
guidelines in ``gold/events/GUIDELINES.md``, history in its README).
Matching: a prediction matches a gold item when their spans overlap by at least half of the longer one;
then numbers must agree in value (``value``, else ``low``), times in their ISO ``value``, and casualty
figures in kind, count and victim group (same head word stem, or both absent).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

GOLD_DIR = Path(__file__).resolve().parents[3] / "gold" / "events" / "adjudicated"
#: The casualty kinds the guidelines annotate (``hospitalised``, ``recovered`` … are extracted, not scored).
SCORED_KINDS = {"killed", "injured", "arrested", "missing", "infected"}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared / max(a[1] - a[0], b[1] - b[0]) >= 0.5


def _amount(item: dict[str, Any]) -> float | None:
    value = item.get("value")
    for bound in ("low", "high"):
        if value is None:
            value = item.get(bound)
    return None if value is None else round(float(value), 3)


def _stem(phrase: str | None) -> str | None:
    if not phrase:
        return None
    return phrase.split()[0].lower()[:5]


def prf(gold: Sequence[Any], pred: Sequence[Any], span: Callable[[Any], tuple[int, int]],
        agree: Callable[[Any, Any], bool]) -> tuple[int, int, int]:
    """(true positives, gold count, predicted count) with one-to-one greedy matching."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and overlap(span(g), span(p)) and agree(g, p):
                used.add(j)
                tp += 1
                break
    return tp, len(gold), len(pred)


def _casualties(doc: Any) -> list[dict[str, Any]]:
    out = []
    for event in doc.events:
        if event.get("type") == "casualties" and event.get("count") and event.get("subtype") in SCORED_KINDS:
            number = doc.numbers[event["count"]["number"]]
            out.append({"kind": event["subtype"], "count_span": [number["start"], number["end"]],
                        "value": event["count"].get("value"), "low": event["count"].get("low"),
                        "high": event["count"].get("high"),
                        "victims": (event.get("victims") or {}).get("text")})
    return out


def score_document(gold: dict[str, Any], doc: Any) -> dict[str, tuple[int, int, int]]:
    span = lambda x: (x["start"], x["end"])  # noqa: E731
    cspan = lambda x: tuple(x["count_span"])  # noqa: E731
    return {
        "numbers": prf(gold["numbers"], doc.numbers, span, lambda g, p: _amount(g) == _amount(p)),
        "times": prf(gold["times"], doc.times, span, lambda g, p: g.get("value") == p.get("value")),
        "casualties": prf(gold["casualties"], _casualties(doc), cspan,
                          lambda g, p: g["kind"] == p["kind"] and _amount(g) == _amount(p)
                          and _stem(g.get("victims")) == _stem(p.get("victims"))),
    }


def run(data: Path, console: Console, **options: str) -> dict[str, float]:
    from hronika.pipeline import Pipeline

    gold_dir = Path(options.get("gold", GOLD_DIR))
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        console.print(f"[red]no gold files in {gold_dir}[/red]")
        return {}
    nlp = Pipeline()
    totals: dict[str, list[int]] = {}
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (data / "slavicner" / "raw" / gold["doc"]).read_text(encoding="utf-8")
        doc = nlp(text, published=gold.get("published"))
        for name, counts in score_document(gold, doc).items():
            acc = totals.setdefault(name, [0, 0, 0])
            for i, c in enumerate(counts):
                acc[i] += c
    table = Table(title=f"Events gold set: {len(files)} documents ({gold_dir.name})")
    for column in ("", "gold", "predicted", "P", "R", "F1"):
        table.add_column(column, justify="right")
    metrics: dict[str, float] = {}
    for name, (tp, n_gold, n_pred) in totals.items():
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        metrics.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
        table.add_row(name, str(n_gold), str(n_pred), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}")
    console.print(table)
    return metrics
