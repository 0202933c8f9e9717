"""``hronika train ner``: the CRF and gazetteer from the Bulgarian SlavicNER articles.

Gazetteer features of the training articles come from the *other* half of the training set (cross-fitting),
so the CRF learns how far a gazetteer match can be trusted on names it has not seen.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import track

from hronika.doc import Document, Token
from hronika.ner.corpus import Article, load_articles
from hronika.ner.features import sentence_features
from hronika.ner.model import MODEL_DIR, sentence_token_groups


@dataclass
class Prepared:
    article: Article
    groups: list[list[Token]]
    labels: list[list[str]]


def prepare(articles: list[Article], progress: bool = True) -> list[Prepared]:
    """Tokenise, tag morphology and turn gold mentions into BIO labels."""
    from hronika.pipeline import Pipeline

    nlp = Pipeline(["text", "morph"])
    out = []
    items = track(articles, description="preparing articles") if progress else articles
    for article in items:
        doc = nlp.run(Document(text=article.text))
        groups = sentence_token_groups(doc)
        labels = []
        for tokens in groups:
            tags = ["O"] * len(tokens)
            for m in article.mentions:
                inside = [i for i, t in enumerate(tokens) if t.start < m.end and m.start < t.end]
                if inside:
                    tags[inside[0]] = f"B-{m.type}"
                    for i in inside[1:]:
                        tags[i] = f"I-{m.type}"
            labels.append(tags)
        out.append(Prepared(article, groups, labels))
    return out


def build_gazetteer(prepared: list[Prepared]) -> dict[str, str]:
    """Lower-cased token sequences of gold mentions → their most frequent type."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for p in prepared:
        for tokens, tags in zip(p.groups, p.labels):
            start = None
            for i, tag in enumerate(tags + ["O"]):
                if start is not None and not tag.startswith("I-"):
                    counts[" ".join(t.text.lower() for t in tokens[start:i])][tags[start][2:]] += 1
                    start = None
                if tag.startswith("B-"):
                    start = i
    return {phrase: c.most_common(1)[0][0] for phrase, c in sorted(counts.items())}


def train_model(prepared: list[Prepared], out_dir: Path, seed: int = 13, c1: float = 0.05, c2: float = 0.01,
                iterations: int = 100) -> dict[str, int]:
    import pycrfsuite

    order = list(range(len(prepared)))
    random.Random(seed).shuffle(order)
    halves = [[prepared[i] for i in order[::2]], [prepared[i] for i in order[1::2]]]
    trainer = pycrfsuite.Trainer(verbose=False)
    for half, other in ((halves[0], halves[1]), (halves[1], halves[0])):
        gazetteer = build_gazetteer(other)
        for p in half:
            for tokens, tags in zip(p.groups, p.labels):
                if tokens:
                    trainer.append(sentence_features(tokens, gazetteer), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    out_dir.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_dir / "ner.crfsuite"))
    gazetteer = build_gazetteer(prepared)
    payload = json.dumps(gazetteer, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    (out_dir / "gazetteer.json.gz").write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    return {"articles": len(prepared), "gazetteer": len(gazetteer)}


def run(data: Path, console: Console, seed: int = 13, **options: str) -> dict:
    prepared = prepare(load_articles(data))
    with console.status(f"training the NER CRF on {len(prepared)} articles"):
        summary = train_model(prepared, MODEL_DIR, seed=int(seed), iterations=int(options.get("iterations", 100)))
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir()) // 1024
    console.print(f"NER model: {summary} → {MODEL_DIR} ({size} KB)")
    return summary
