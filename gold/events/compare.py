"""Inter-annotator agreement on the events gold set, with the evaluation's own matching rule.

    python gold/events/compare.py [annotator_a] [annotator_b]

For documents both annotated: numbers (span overlap ≥ half + same amount), times (same ISO value) and
casualty figures (kind + count + victim head word), as F1 of A against B; every disagreement is listed so
it can be adjudicated into ``adjudicated/``. Also checks that every span slices the document text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rules():
    from hronika.events.evaluation import _amount, _stem, overlap

    span = lambda x: (x["start"], x["end"])  # noqa: E731
    cspan = lambda x: tuple(x["count_span"])  # noqa: E731
    return {
        "numbers": (span, lambda g, p: _amount(g) == _amount(p)),
        "times": (span, lambda g, p: g.get("value") == p.get("value")),
        "casualties": (cspan, lambda g, p: g["kind"] == p["kind"] and _amount(g) == _amount(p)
                       and _stem(g.get("victims")) == _stem(p.get("victims"))),
    }, overlap


def check(gold: dict, text: str, name: str) -> int:
    """Print spans that fall outside the text or do not start and end on a word; return how many."""
    bad = 0
    for key in ("numbers", "times"):
        for item in gold[key]:
            piece = text[item["start"] : item["end"]]
            if not piece or piece != piece.strip() or item["end"] > len(text):
                print(f"{name}: {key} span {item['start']}-{item['end']} is {piece!r}")
                bad += 1
    spans = {(n["start"], n["end"]) for n in gold["numbers"]}
    for c in gold["casualties"]:
        if tuple(c["count_span"]) not in spans:
            print(f"{name}: casualty count {c['count_span']} is not a number span")
            bad += 1
    return bad


def compare(dir_a: Path, dir_b: Path) -> dict[str, float]:
    from hronika.data import data_dir

    raw = data_dir() / "slavicner" / "raw"
    rules, overlap = _rules()
    stats = {key: [0, 0, 0] for key in rules}  # n_a, n_b, agreed
    for path_a in sorted(dir_a.glob("*.json")):
        path_b = dir_b / path_a.name
        if not path_b.exists():
            continue
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (path_a, path_b))
        text = (raw / a["doc"]).read_text(encoding="utf-8")
        check(a, text, f"{dir_a.name}/{path_a.name}")
        check(b, text, f"{dir_b.name}/{path_a.name}")
        if a.get("published") != b.get("published"):
            print(f"{path_a.name}: published {a.get('published')} vs {b.get('published')}")
        for key, (span, agree) in rules.items():
            used: set[int] = set()
            s = stats[key]
            s[0] += len(a[key])
            s[1] += len(b[key])
            for x in a[key]:
                for j, y in enumerate(b[key]):
                    if j not in used and overlap(span(x), span(y)) and agree(x, y):
                        used.add(j)
                        s[2] += 1
                        break
                else:
                    print(f"{path_a.name} {key}: only in {dir_a.name}: {_show(x, text, span)}")
            for j, y in enumerate(b[key]):
                if j not in used:
                    print(f"{path_a.name} {key}: only in {dir_b.name}: {_show(y, text, span)}")
    out = {}
    for key, (n_a, n_b, agreed) in stats.items():
        out[key] = 2 * agreed / (n_a + n_b) if n_a + n_b else 0.0
        print(f"{key}: A={n_a} B={n_b} agreed={agreed} agreement F1={out[key]:.3f}")
    return out


def _show(item: dict, text: str, span) -> str:
    a, b = span(item)
    fields = {k: v for k, v in item.items() if k in ("kind", "value", "low", "high", "victims")}
    return f"[{a}, {b}] {text[a:b]!r} {fields}"


if __name__ == "__main__":
    args = sys.argv[1:] or ["annotator_a", "annotator_b"]
    compare(HERE / args[0], HERE / args[1])
