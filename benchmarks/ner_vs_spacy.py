"""hronika's NER against spaCy's NER trained on the same folds: strict F1 and NER-only speed on one core.

    pip install -e '.[bench]'          # spaCy (no torch: its default CPU "efficiency" pipeline)
    python benchmarks/ner_vs_spacy.py [--folds 1] [--max-steps 3000]

Protocol: 5-fold cross-validation over the Bulgarian SlavicNER documents (the same shuffled folds as
``hronika evaluate ner``); ``--folds N`` runs the first N of them. spaCy gets ``spacy.blank("bg")`` + ``ner``
with the config ``spacy init config --lang bg --pipeline ner --optimize efficiency`` writes, trained on the
same training documents (hronika's tokens, so both see identical tokenisation). Speed is NER-only on the
held-out documents, on one core: hronika's features + CRF + acronym and document passes given tokens, lemmas and POS;
spaCy's trained pipeline (``tok2vec`` + ``ner``) given tokenised ``Doc`` objects.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def spacy_docs(nlp, prepared, with_entities: bool):
    from spacy.tokens import Doc

    docs = []
    for p in prepared:
        tokens = [t for group in p.groups for t in group]
        words = [t.text for t in tokens]
        spaces = [tokens[i + 1].start > tokens[i].end if i + 1 < len(tokens) else False for i in range(len(tokens))]
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        if with_entities:
            starts = {t.start: i for i, t in enumerate(tokens)}
            ends = {t.end: i for i, t in enumerate(tokens)}
            spans = []
            for m in p.article.mentions:
                if m.start in starts and m.end in ends:
                    spans.append(doc[starts[m.start] : ends[m.end] + 1])
                    spans[-1].label_ = m.type
            from spacy.util import filter_spans

            doc.ents = filter_spans([doc.char_span(s.start_char, s.end_char, label=s.label_) for s in spans
                                     if doc.char_span(s.start_char, s.end_char) is not None])
        docs.append((doc, tokens))
    return docs


def train_spacy(train_prepared, dev_prepared, workdir: Path, max_steps: int, seed: int):
    import spacy
    from spacy.cli.init_config import init_config
    from spacy.cli.train import train
    from spacy.tokens import DocBin

    nlp = spacy.blank("bg")
    for name, part in (("train", train_prepared), ("dev", dev_prepared)):
        DocBin(docs=[d for d, _ in spacy_docs(nlp, part, True)]).to_disk(workdir / f"{name}.spacy")
    config = init_config(lang="bg", pipeline=["ner"], optimize="efficiency", gpu=False)
    config["paths"]["train"] = str(workdir / "train.spacy")
    config["paths"]["dev"] = str(workdir / "dev.spacy")
    config["system"]["seed"] = seed
    config["training"]["max_steps"] = max_steps
    config.to_disk(workdir / "config.cfg")
    train(workdir / "config.cfg", workdir / "out", use_gpu=-1, overrides={})
    return spacy.load(workdir / "out" / "model-last")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=1, help="how many of the 5 CV folds to run")
    parser.add_argument("--max-steps", type=int, default=3000, help="spaCy training steps per fold")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    _pin()

    from hronika.data import data_dir
    from hronika.ner.evaluation import count, folds, predict, prf
    from hronika.ner.model import NER
    from hronika.ner.training import load_articles, prepare, train_model

    prepared = prepare(load_articles(data_dir()), progress=False)
    plan = folds(prepared, "cv", 5, args.seed)[: args.folds]
    ours, theirs = Counter(), Counter()
    our_time = spacy_time = 0.0
    n_docs = n_tokens = 0
    for label, train_idx, test_idx in plan:
        train_part = [prepared[i] for i in train_idx]
        test_part = [prepared[i] for i in test_idx]
        with tempfile.TemporaryDirectory() as tmp:
            train_model(train_part, Path(tmp), seed=args.seed)
            ner = NER(Path(tmp))
            start = time.perf_counter()
            predictions = [predict(ner, p) for p in test_part]
            our_time += time.perf_counter() - start
            for p, pred in zip(test_part, predictions):
                ours += count({(m.start, m.end, m.type) for m in p.article.mentions}, pred)
        with tempfile.TemporaryDirectory() as tmp:
            print(f"{label}: training spaCy ({args.max_steps} steps max)…", file=sys.stderr)
            nlp = train_spacy(train_part, test_part[: len(test_part) // 4], Path(tmp), args.max_steps, args.seed)
            pairs = spacy_docs(nlp, test_part, False)
            docs = [d for d, _ in pairs]
            start = time.perf_counter()
            for _, component in nlp.pipeline:  # tok2vec + ner: everything after tokenisation
                docs = list(component.pipe(docs))
            tagged_docs = docs
            spacy_time += time.perf_counter() - start
            for p, doc, (_, tokens) in zip(test_part, tagged_docs, pairs):
                # spaCy's character offsets refer to its own rebuilt text: map back through the tokens
                pred = {(tokens[e.start].start, tokens[e.end - 1].end, e.label_) for e in doc.ents}
                theirs += count({(m.start, m.end, m.type) for m in p.article.mentions}, pred)
        n_docs += len(test_part)
        n_tokens += sum(len(g) for p in test_part for g in p.groups)
    print(f"NER, {len(plan)} of 5 CV folds over Bulgarian SlavicNER documents ({n_docs} held-out documents), one core")
    print("| system | P | R | F1 | docs/s | tokens/s |\n|---|---|---|---|---|---|")
    for name, c, seconds in (("hronika CRF", ours, our_time), ("spaCy efficiency ner", theirs, spacy_time)):
        p, r, f = prf(c)
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {n_docs / seconds:.0f} | {n_tokens / seconds:.0f} |")
    print(f"speed ratio (hronika / spaCy): {spacy_time / our_time:.2f}×")


if __name__ == "__main__":
    main()
