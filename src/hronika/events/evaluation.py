"""``hronika evaluate events``: numbers, times and casualty figures against the project's gold set.

Gold: ``gold/events/adjudicated/*.json`` in the repository (documents from SlavicNER ``raw/*/bg``;
guidelines in ``gold/events/GUIDELINES.md``, history in its README).
``--gold DIR`` scores another annotation (e.g. a held-out set); ``--errors`` lists every missed and
spurious item with its context.
Matching: a prediction matches a gold item when their spans overlap by at least half of the longer one;
then numbers must agree in value (``value``, else ``low``), times in their ISO ``value``, and casualty
figures in kind, count and victim group (the same head noun stem, or both absent).
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


def match(gold: Sequence[Any], pred: Sequence[Any], span: Callable[[Any], tuple[int, int]],
          agree: Callable[[Any, Any], bool]) -> tuple[list[Any], list[Any]]:
    """One-to-one greedy matching: (gold items left unmatched, predicted items left unmatched)."""
    used: set[int] = set()
    missed = []
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and overlap(span(g), span(p)) and agree(g, p):
                used.add(j)
                break
        else:
            missed.append(g)
    return missed, [p for j, p in enumerate(pred) if j not in used]


def prf(gold: Sequence[Any], pred: Sequence[Any], span: Callable[[Any], tuple[int, int]],
        agree: Callable[[Any, Any], bool]) -> tuple[int, int, int]:
    """(true positives, gold count, predicted count) with one-to-one greedy matching."""
    missed, _ = match(gold, pred, span, agree)
    return len(gold) - len(missed), len(gold), len(pred)


def _casualties(doc: Any) -> list[dict[str, Any]]:
    out = []
    for event in doc.events:
        if event.get("type") == "casualties" and event.get("count") and event.get("subtype") in SCORED_KINDS:
            number = doc.numbers[event["count"]["number"]]
            out.append({"kind": event["subtype"], "count_span": [number["start"], number["end"]],
                        "value": event["count"].get("value"), "low": event["count"].get("low"),
                        "high": event["count"].get("high"),
                        "victims": (event.get("victims") or {}).get("head")})
    return out


def _span(item: dict[str, Any]) -> tuple[int, int]:
    return tuple(item["count_span"]) if "count_span" in item else (item["start"], item["end"])


def _sections(gold: dict[str, Any], doc: Any) -> dict[str, tuple[list, list, Callable[[Any, Any], bool]]]:
    return {
        "numbers": (gold["numbers"], doc.numbers, lambda g, p: _amount(g) == _amount(p)),
        "times": (gold["times"], doc.times, lambda g, p: g.get("value") == p.get("value")),
        "casualties": (gold["casualties"], _casualties(doc),
                       lambda g, p: g["kind"] == p["kind"] and _amount(g) == _amount(p)
                       and _stem(g.get("victims")) == _stem(p.get("victims"))),
    }


def score_document(gold: dict[str, Any], doc: Any) -> dict[str, tuple[int, int, int]]:
    return {name: prf(g, p, _span, agree) for name, (g, p, agree) in _sections(gold, doc).items()}


def errors(gold: dict[str, Any], doc: Any) -> list[str]:
    """One line per missed (``-``) or spurious (``+``) item, with the text around it."""
    lines = []
    for name, (g, p, agree) in _sections(gold, doc).items():
        missed, spurious = match(g, p, _span, agree)
        for sign, items in (("-", missed), ("+", spurious)):
            for item in items:
                a, b = _span(item)
                fields = {k: item.get(k) for k in ("kind", "value", "low", "high", "victims") if item.get(k)}
                around = doc.text[max(0, a - 40) : a].replace("\n", " ")
                after = doc.text[b : b + 30].replace("\n", " ")
                lines.append(f"{sign} {name} {around}[{doc.text[a:b]}]{after} {fields}")
    return lines


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
        if options.get("errors"):
            for line in errors(gold, doc):
                console.print(f"{gold['doc']} {line}", markup=False, highlight=False, soft_wrap=True)
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
