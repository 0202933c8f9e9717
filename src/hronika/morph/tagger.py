"""The morphology stage: UPOS from a CRF, lemmas from a lexicon of the training data, number words,
and an edit-script classifier that uses simplemma's lemma as evidence."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hronika.doc import Document, Token
from hronika.morph import candidates, context
from hronika.morph.features import apply_script, lemma_features, pos_features
from hronika.morph.markers import marker_features, split_marker

MODEL_DIR = Path(__file__).parent / "model"
POS_MODEL = MODEL_DIR / "upos.crfsuite"
LEMMA_MODEL = MODEL_DIR / "lemma.crfsuite"
MARKER_MODEL = MODEL_DIR / "marker.crfsuite"
RANKER_MODEL = MODEL_DIR / "ranker.crfsuite"
LEXICON = MODEL_DIR / "lemmas.json.gz"


def ranked(word: str, tag: str) -> bool:
    """Is the lemma of an unseen ``word`` chosen among candidates (anything but punctuation)?"""
    return tag != "PUNCT"


class Morph:
    """Lemma and UPOS for tokens, sentence by sentence."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        import pycrfsuite

        self.pos = pycrfsuite.Tagger()
        self.pos.open(str(model_dir / POS_MODEL.name))
        self.lemma = pycrfsuite.Tagger()
        self.lemma.open(str(model_dir / LEMMA_MODEL.name))
        self.marker = pycrfsuite.Tagger()
        self.marker.open(str(model_dir / MARKER_MODEL.name))
        self.ranker = pycrfsuite.Tagger()
        self.ranker.open(str(model_dir / RANKER_MODEL.name))
        with gzip.open(model_dir / LEXICON.name, "rt", encoding="utf-8") as f:
            tables = json.load(f)
        self.known: dict[str, str] = tables["forms"]
        self.verb_markers: dict[str, str] = tables["verbs"]
        self.contexts: context.Table = tables.get("contexts", {})
        self.usage: dict[str, list[int]] = tables.get("reflexive", {})

    def tag_words(self, words: list[str]) -> list[tuple[str, str]]:
        """``(lemma, upos)`` for each word of one sentence."""
        if not words:
            return []
        tags = self.pos.tag(pos_features(words))
        lemma_feats = None
        out = []
        for i, (word, tag) in enumerate(zip(words, tags)):
            key = f"{word.lower()}\t{tag}"
            lemma = context.choose(self.contexts, key, words, tags, i) or self.known.get(key)
            if lemma is None:
                if not ranked(word, tag):
                    lemma = word
                else:
                    if lemma_feats is None:
                        lemma_feats = lemma_features(words, tags)
                    script = self.lemma.tag([lemma_feats[i]])[0]  # one token: no label transitions
                    guess = split_marker(apply_script(word, script) or word.lower())[0].lower()
                    lemma = candidates.choose(self.ranker, candidates.candidates(word, tag, guess)) or guess
                if tag == "VERB":
                    lemma = self._with_marker(split_marker(lemma)[0], words, i)
            out.append((lemma, tag))
        return out

    def _with_marker(self, base: str, words: list[str], i: int) -> str:
        marker = self.verb_markers.get(base)
        if marker is None:
            marker = self.marker.tag([marker_features(base, words, i, self.usage)])[0]
        return base + ("" if marker == "none" else marker)

    def __call__(self, doc: Document) -> Document:
        tokens = doc.tokens
        i = 0
        for sentence in doc.sentences or [type("All", (), {"start": 0, "end": len(doc.text)})()]:
            while i < len(tokens) and tokens[i].end <= sentence.start:
                i += 1
            j = i
            while j < len(tokens) and tokens[j].end <= sentence.end:
                j += 1
            self._tag(tokens[i:j])
            i = j
        return doc

    def _tag(self, tokens: list[Token]) -> None:
        for tok, (lemma, pos) in zip(tokens, self.tag_words([t.text for t in tokens])):
            tok.lemma, tok.pos = lemma, pos


def load() -> Morph:
    return Morph()
