"""Build ``adjudicated/`` from the two annotations of the quote gold set.

    python gold/quotes/adjudicate.py

Starts from ``annotator_a/`` (all 20 documents). ``compare.py annotator_a annotator_b`` found no quote A
marked that B missed and no speaker disagreement; every disagreement is a quote only B marked. Seven of
those already fall inside A's optional entries (noun cues with a „да“ clause, teasers, a scare-quoted word).
The other four are reports attributed to a text or an event rather than a speaker, which QUOTES.md leaves
open, so they become optional entries too: they count neither way.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (document file, span in annotator_b, why it is optional)
OPTIONAL = [
    ("nord_stream__bg__nord_stream_bg.txt_file_1020.txt.json", (562, 684),
     "„Според новата редакция на документа …“: a document as source"),
    ("nord_stream__bg__nord_stream_bg.txt_file_1755.txt.json", (257, 411),
     "„Подобно изявление той направи …, информира X“: reports a statement, does not give its content"),
    ("ryanair__bg__ryan-BG.txt_file_1322.txt.json", (315, 418), "„Според новите правила …“: rules as source"),
    ("ryanair__bg__ryan-BG.txt_file_1322.txt.json", (349, 375), "a term quoted from the rules"),
]


def build() -> int:
    docs = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "annotator_a").glob("*.json"))}
    for name, span, note in OPTIONAL:
        source = json.loads((HERE / "annotator_b" / name).read_text(encoding="utf-8"))
        (item,) = [q for q in source["quotes"] if (q["start"], q["end"]) == span]
        docs[name]["quotes"].append({"kind": "any", "start": span[0], "end": span[1],
                                     "speaker_aliases": item["speaker_aliases"], "speaker_span": None,
                                     "cue_span": None, "optional": True, "note": note})
    for name, doc in docs.items():
        doc["quotes"].sort(key=lambda q: (q["start"], q["end"]))
        (HERE / "adjudicated" / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(docs)


if __name__ == "__main__":
    print(f"adjudicated/: {build()} documents")
