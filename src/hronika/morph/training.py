"""``hronika train morph``: the UPOS and lemma models from UD Bulgarian-BTB dev (test stays unseen)."""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console

from hronika.morph import context, paradigms
from hronika.morph.conllu import read_sentences
from hronika.morph.features import edit_script, lemma_features, lexicon, pos_features
from hronika.morph.markers import marker_features, split_marker
from hronika.morph.tagger import LEMMA_MODEL, LEXICON, MARKER_MODEL, POS_MODEL


def _crf(params: dict) -> "object":
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(params)
    return trainer


def train(sentences: list[list[tuple[str, str, str]]], out_dir: Path, c1: float = 0.1, c2: float = 0.01,
          iterations: int = 200) -> dict[str, int]:
    """Train both CRFs and the lemma lexicon on ``sentences`` and write them to ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paradigms.write(paradigms.build(lexicon()), out_dir / paradigms.PATH.name)
    paradigms._table.cache_clear()
    pos = _crf({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    lemma = _crf({"c1": 0.05, "c2": 0.01, "max_iterations": iterations})
    marker = _crf({"c1": 0.1, "c2": 0.01, "max_iterations": iterations})
    counts: dict[str, Counter] = defaultdict(Counter)
    verbs: dict[str, Counter] = defaultdict(Counter)
    for sentence in sentences:
        words = [w for w, _, _ in sentence]
        tags = [t for _, _, t in sentence]
        pos.append(pos_features(words), tags)
        for i, (feats, (word, lem, tag)) in enumerate(zip(lemma_features(words, tags), sentence)):
            base, mark = split_marker(lem)
            lemma.append([feats], [edit_script(word, base)])
            counts[f"{word.lower()}\t{tag}"][lem] += 1
            if tag == "VERB":
                marker.append([marker_features(base, words, i)], [mark or "none"])
                verbs[base.lower()][mark] += 1
    pos.train(str(out_dir / POS_MODEL.name))
    lemma.train(str(out_dir / LEMMA_MODEL.name))
    marker.train(str(out_dir / MARKER_MODEL.name))
    known = {key: c.most_common(1)[0][0] for key, c in sorted(counts.items())}
    verb_markers = {base: c.most_common(1)[0][0] or "none" for base, c in sorted(verbs.items())}
    contexts = context.build(sentences)
    payload = json.dumps({"forms": known, "verbs": verb_markers, "contexts": contexts}, ensure_ascii=False,
                         separators=(",", ":"))
    (out_dir / LEXICON.name).write_bytes(gzip.compress(payload.encode("utf-8"), compresslevel=9, mtime=0))
    return {"sentences": len(sentences), "tokens": sum(map(len, sentences)), "lexicon": len(known)}


def run(data: Path, console: Console, seed: int = 13, **options: str) -> dict:
    """CRF training is deterministic; ``seed`` is accepted for a uniform interface."""
    sentences = list(read_sentences(data / "ud-bulgarian-btb" / "bg_btb-ud-dev.conllu"))
    with console.status(f"training the morphology models on {len(sentences)} sentences"):
        summary = train(sentences, POS_MODEL.parent, c1=float(options.get("c1", 0.1)),
                        c2=float(options.get("c2", 0.01)))
    size = sum(p.stat().st_size for p in POS_MODEL.parent.iterdir()) // 1024
    console.print(f"morph models: {summary} → {POS_MODEL.parent} ({size} KB)")
    return summary
