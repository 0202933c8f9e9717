"""``hronika evaluate quotes``: P/R/F1 per kind, speaker accuracy and end-to-end F1, scored as
``../shared/annotation/QUOTES.md`` defines: a prediction matches a gold quote of the same kind when their
content spans overlap by at least half of the longer; the speaker is right when the predicted name (the
resolved entity's name, else the speaker's words) equals a gold alias after lower-casing, or its base form
does (quotation marks and dashes are typography here: „Рего“ = "Рего", Франс – Прес = Франс Прес);
optional gold entries count neither way.

Gold: the example article's annotation in ``../shared/examples`` and the project's own gold set
(``gold/quotes/adjudicated/``; documents from SlavicNER ``raw/*/bg``) — or ``--gold DIR`` alone, e.g. a
held-out set. ``--errors`` lists every missed quote (``-``), false alarm (``+``) and wrong speaker.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from hronika.doc import Document

GOLD_DIR = Path(__file__).resolve().parents[3] / "gold" / "quotes" / "adjudicated"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared / max(a[1] - a[0], b[1] - b[0]) >= 0.5


TYPOGRAPHY = re.compile(r"[„“”\"«»]|\s[–—-](?=\s)")


def plain_name(name: str) -> str:
    """A name as compared with the gold aliases: lower case, without quotation marks or free-standing dashes."""
    return " ".join(TYPOGRAPHY.sub(" ", name.lower()).split())


def speaker_name(doc: Document, quote: Any) -> tuple[str, ...]:
    """Names to compare with the gold aliases: entity name and its mentions' base forms and words, else the
    speaker's words."""
    names: list[str] = []
    if quote.speaker_entity:
        for entity in doc.entities:
            if entity.id == quote.speaker_entity:
                names.append(entity.name)
                names += [doc.mentions[i].base for i in entity.mentions if doc.mentions[i].base]
                names += [doc.mentions[i].text for i in entity.mentions]  # the gold aliases are words of the text
    elif quote.speaker is not None:
        names += [doc.mentions[quote.speaker].text, doc.mentions[quote.speaker].base]
    elif quote.speaker_text:
        names.append(quote.speaker_text)
    return tuple(plain_name(n) for n in names if n)


def score_document(doc: Document, gold: list[dict[str, Any]], errors: list[str] | None = None) -> Counter:
    """Counts for one document; ``errors`` (if given) receives a line per miss, false alarm or wrong speaker."""
    c: Counter = Counter()
    show = lambda a, b: doc.text[a : min(b, a + 70)].replace("\n", " ")  # noqa: E731
    optional = [(g["start"], g["end"]) for g in gold if g.get("optional")]
    for kind in ("direct", "indirect"):
        golds = [g for g in gold if g["kind"] == kind and not g.get("optional")]
        preds = [q for q in doc.quotes if q.kind == kind]
        used: set[int] = set()
        matched_preds: set[int] = set()
        for g in golds:
            for j, q in enumerate(preds):
                if j not in used and overlap((g["start"], g["end"]), (q.start, q.end)):
                    used.add(j)
                    matched_preds.add(j)
                    aliases = {plain_name(a) for a in g.get("speaker_aliases", [])}
                    right = bool(aliases & set(speaker_name(doc, q)))
                    if errors is not None and not right:
                        errors.append(f"speaker {kind} [{show(q.start, q.end)}] gold {sorted(aliases)[:2]}"
                                      f" predicted {list(speaker_name(doc, q))[:2]}")
                    c[f"tp_{kind}"] += 1
                    c[f"speaker_ok_{kind}"] += right
                    c[f"e2e_{kind}"] += right
                    break
            else:
                if errors is not None:
                    errors.append(f"- {kind} [{show(g['start'], g['end'])}]")
        if errors is not None:
            errors += [f"+ {kind} [{show(q.start, q.end)}] speaker {list(speaker_name(doc, q))[:1]}"
                       for j, q in enumerate(preds) if j not in matched_preds
                       and not any(overlap((q.start, q.end), o) for o in optional)]
        ignored = sum(1 for j, q in enumerate(preds) if j not in matched_preds
                      and any(overlap((q.start, q.end), o) for o in optional))
        c[f"gold_{kind}"] += len(golds)
        c[f"pred_{kind}"] += len(preds) - ignored
    return c


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def gold_documents(data: Path, gold_dir: Path,
                   with_example: bool = True) -> list[tuple[str, str, list[dict[str, Any]]]]:
    docs = []
    example = data.parent / "examples" / "kazakhstan-ablyazov.txt"
    if with_example and example.exists():
        gold = json.loads(example.with_suffix(".quotes.json").read_text(encoding="utf-8"))
        docs.append(("example", example.read_text(encoding="utf-8"), gold["quotes"]))
    for path in sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (data / "slavicner" / "raw" / gold["doc"]).read_text(encoding="utf-8")
        docs.append((gold["doc"], text, gold["quotes"]))
    return docs


def run(data: Path, console: Console, gold: str | None = None, **options: str) -> dict[str, float]:
    from hronika.pipeline import Pipeline

    nlp = Pipeline()
    total: Counter = Counter()
    docs = gold_documents(data, Path(gold) if gold else GOLD_DIR, with_example=gold is None)
    for name, text, quotes in docs:
        errors: list[str] | None = [] if options.get("errors") else None
        total += score_document(nlp(text), quotes, errors)
        for line in errors or []:
            console.print(f"{name} {line}", markup=False, highlight=False, soft_wrap=True)
    table = Table(title=f"Quotes on {len(docs)} gold documents (QUOTES.md scoring)")
    for column in ("kind", "gold", "predicted", "P", "R", "F1", "speaker acc.", "end-to-end F1"):
        table.add_column(column, justify="right")
    metrics: dict[str, float] = {}
    for kind in ("direct", "indirect"):
        tp, n_pred, n_gold = total[f"tp_{kind}"], total[f"pred_{kind}"], total[f"gold_{kind}"]
        p, r, f = _f1(tp, n_pred, n_gold)
        acc = total[f"speaker_ok_{kind}"] / tp if tp else 0.0
        e2e = _f1(total[f"e2e_{kind}"], n_pred, n_gold)[2]
        metrics.update({f"{kind}_p": p, f"{kind}_r": r, f"{kind}_f1": f, f"{kind}_speaker": acc, f"{kind}_e2e": e2e})
        table.add_row(kind, str(n_gold), str(n_pred), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{acc:.3f}", f"{e2e:.3f}")
    console.print(table)
    return metrics
