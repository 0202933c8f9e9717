"""``hronika train morph``: the UPOS and lemma models from UD Bulgarian-BTB dev (test stays unseen)."""

from __future__ import annotations

import gzip
import json
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console

from hronika.morph import candidates, context, paradigms
from hronika.morph.conllu import read_sentences
from hronika.morph.features import apply_script, edit_script, lemma_features, lexicon, pos_features
from hronika.morph.markers import Relatives, marker_features, reflexive_usage, split_marker
from hronika.morph.tagger import LEMMA_MODEL, LEXICON, MARKER_MODEL, POS_MODEL, RANKER_MODEL, ranked, takes_marker

#: The ranker learns from words at most this frequent in the training data, the kind it will meet unseen.
RANKER_MAX_FREQUENCY = 3


def _crf(params: dict) -> "object":
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(params)
    return trainer


def _train_lemma_crf(sentences: list[list[tuple[str, str, str]]], path: Path, iterations: int) -> None:
    lemma = _crf({"c1": 0.05, "c2": 0.01, "max_iterations": iterations})
    for sentence in sentences:
        words = [w for w, _, _ in sentence]
        tags = [t for _, _, t in sentence]
        for feats, (word, lem, _) in zip(lemma_features(words, tags), sentence):
            lemma.append([feats], [edit_script(word, split_marker(lem)[0])])
    lemma.train(str(path))


def _held_out_crf_lemmas(sentences: list[list[tuple[str, str, str]]], iterations: int) -> list[list[str]]:
    """The edit-script CRF's lemma of every token, each from a CRF trained on the other half of the data.

    The ranker must learn how far to trust the CRF on words it has not seen, not on its own training data.
    """
    import pycrfsuite

    out: list[list[str]] = [[] for _ in sentences]
    with tempfile.TemporaryDirectory() as tmp:
        for half in (0, 1):
            path = Path(tmp) / f"half{half}.crfsuite"
            _train_lemma_crf([s for k, s in enumerate(sentences) if k % 2 != half], path, iterations)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for k, sentence in enumerate(sentences):
                if k % 2 == half:
                    words = [w for w, _, _ in sentence]
                    feats = lemma_features(words, [t for _, _, t in sentence])
                    out[k] = [split_marker(apply_script(w, tagger.tag([f])[0]) or w.lower())[0].lower()
                              for w, f in zip(words, feats)]
            tagger.close()
    return out


def news_texts(data: Path) -> list[str]:
    """The Bulgarian articles of SlavicNER (raw text only: the reflexive-usage counts come from them)."""
    return [p.read_text(encoding="utf-8") for p in sorted((data / "slavicner" / "raw").glob("*/bg/*.txt"))]


def train(sentences: list[list[tuple[str, str, str]]], out_dir: Path, c1: float = 0.1, c2: float = 0.01,
          iterations: int = 200, texts: list[str] | None = None) -> dict[str, int]:
    """Train the CRFs and the lexicons on ``sentences`` (and unannotated ``texts``); write them to ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    usage = reflexive_usage(texts or [])
    paradigms.write(paradigms.build(lexicon()), out_dir / paradigms.PATH.name)
    paradigms._table.cache_clear()
    pos = _crf({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    marker = _crf({"c1": 0.1, "c2": 0.01, "max_iterations": iterations})
    ranker = _crf({"c1": 0.1, "c2": 0.01, "max_iterations": iterations})
    crf_lemmas = _held_out_crf_lemmas(sentences, iterations)
    frequency = Counter(w.lower() for sentence in sentences for w, _, _ in sentence)
    # as with the CRF's lemmas: which lemmas are known comes from the other half of the data
    halves = [candidates.lemma_tags(s for k, s in enumerate(sentences) if k % 2 != half) for half in (0, 1)]
    for k, (sentence, crf_lemma) in enumerate(zip(sentences, crf_lemmas)):
        for (word, lem, tag), guess in zip(sentence, crf_lemma):
            if not ranked(tag) or frequency[word.lower()] > RANKER_MAX_FREQUENCY:
                continue
            gold = split_marker(lem)[0].lower()
            for option, feats in sorted(candidates.candidates(word, tag, guess, halves[k % 2]).items()):
                ranker.append([feats], ["y" if option == gold else "n"])
    counts: dict[str, Counter] = defaultdict(Counter)
    verbs: dict[str, Counter] = defaultdict(Counter)
    for sentence in sentences:
        pos.append(pos_features([w for w, _, _ in sentence]), [t for _, _, t in sentence])
        for word, lem, tag in sentence:
            counts[f"{word.lower()}\t{tag}"][lem] += 1
            base, mark = split_marker(lem)
            if takes_marker(tag, base.lower(), word):
                verbs[base.lower()][mark] += 1
    verb_markers = {base: c.most_common(1)[0][0] or "none" for base, c in sorted(verbs.items())}
    relatives = Relatives(verb_markers)
    for sentence in sentences:
        words = [w for w, _, _ in sentence]
        for i, (word, lem, tag) in enumerate(sentence):
            base, mark = split_marker(lem)
            if takes_marker(tag, base.lower(), word):
                marker.append([marker_features(base, words, i, usage, tag, relatives)], [mark or "none"])
    pos.train(str(out_dir / POS_MODEL.name))
    _train_lemma_crf(sentences, out_dir / LEMMA_MODEL.name, iterations)
    marker.train(str(out_dir / MARKER_MODEL.name))
    ranker.train(str(out_dir / RANKER_MODEL.name))
    known = {key: c.most_common(1)[0][0] for key, c in sorted(counts.items())}
    contexts = context.build(sentences)
    payload = json.dumps({"forms": known, "verbs": verb_markers, "contexts": contexts, "reflexive": usage},
                         ensure_ascii=False, separators=(",", ":"))
    (out_dir / LEXICON.name).write_bytes(gzip.compress(payload.encode("utf-8"), compresslevel=9, mtime=0))
    return {"sentences": len(sentences), "tokens": sum(map(len, sentences)), "lexicon": len(known)}


def run(data: Path, console: Console, **options: str) -> dict:
    """CRF training is deterministic."""
    sentences = list(read_sentences(data / "ud-bulgarian-btb" / "bg_btb-ud-dev.conllu"))
    with console.status(f"training the morphology models on {len(sentences)} sentences"):
        summary = train(sentences, POS_MODEL.parent, c1=float(options.get("c1", 0.1)),
                        c2=float(options.get("c2", 0.01)), texts=news_texts(data))
    size = sum(p.stat().st_size for p in POS_MODEL.parent.iterdir()) // 1024
    console.print(f"morph models: {summary} → {POS_MODEL.parent} ({size} KB)")
    return summary
