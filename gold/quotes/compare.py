"""Inter-annotator agreement on the quote gold set (QUOTES.md matching rule).

    python gold/quotes/compare.py [annotator_a] [annotator_b]

Per kind: quotes of A matched in B (overlap / longer span >= 0.5, one-to-one, optional entries left out),
agreement as F1 of A against B, and speaker agreement on matched quotes (shared lower-cased alias).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def overlap(a: dict, b: dict) -> bool:
    shared = min(a["end"], b["end"]) - max(a["start"], b["start"])
    return shared > 0 and shared / max(a["end"] - a["start"], b["end"] - b["start"]) >= 0.5


def compare(dir_a: Path, dir_b: Path) -> dict[str, float]:
    stats = {k: [0, 0, 0, 0] for k in ("direct", "indirect")}  # n_a, n_b, matched, same speaker
    for path_a in sorted(dir_a.glob("*.json")):
        path_b = dir_b / path_a.name
        if not path_b.exists():
            print(f"missing in {dir_b.name}: {path_a.name}")
            continue
        qa = json.loads(path_a.read_text(encoding="utf-8"))["quotes"]
        qb = json.loads(path_b.read_text(encoding="utf-8"))["quotes"]
        for kind, s in stats.items():
            a = [q for q in qa if q["kind"] == kind and not q.get("optional")]
            b = [q for q in qb if q["kind"] == kind and not q.get("optional")]
            s[0] += len(a)
            s[1] += len(b)
            used: set[int] = set()
            for x in a:
                for j, y in enumerate(b):
                    if j not in used and overlap(x, y):
                        used.add(j)
                        s[2] += 1
                        same = {n.lower() for n in x["speaker_aliases"]} & {n.lower() for n in y["speaker_aliases"]}
                        s[3] += bool(same)
                        if not same:
                            print(f"{path_a.name} {kind} {x['start']}: speaker {x['speaker_aliases'][:1]} "
                                  f"vs {y['speaker_aliases'][:1]}")
                        break
                else:
                    print(f"{path_a.name} {kind} [{x['start']}, {x['end']}] only in {dir_a.name}")
            for j, y in enumerate(b):
                if j not in used:
                    print(f"{path_a.name} {kind} [{y['start']}, {y['end']}] only in {dir_b.name}")
    out: dict[str, float] = {}
    for kind, (n_a, n_b, matched, same) in stats.items():
        f1 = 2 * matched / (n_a + n_b) if n_a + n_b else 0.0
        out[f"{kind}_f1"] = f1
        out[f"{kind}_speaker"] = same / matched if matched else 0.0
        print(f"{kind}: A={n_a} B={n_b} matched={matched} agreement F1={f1:.3f} "
              f"speaker agreement={out[f'{kind}_speaker']:.3f}")
    return out


if __name__ == "__main__":
    args = sys.argv[1:] or ["annotator_a", "annotator_b"]
    compare(HERE / args[0], HERE / args[1])
