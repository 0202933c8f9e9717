"""The morphology stage: UPOS from a CRF, lemmas from a lexicon of the training data, number words,
and an edit-script classifier that uses simplemma's lemma as evidence."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hronika.doc import Document, Token
from hronika.morph.features import apply_script, lemma_features, pos_features
from hronika.morph.numerals import digit_lemma

MODEL_DIR = Path(__file__).parent / "model"
POS_MODEL = MODEL_DIR / "upos.crfsuite"
LEMMA_MODEL = MODEL_DIR / "lemma.crfsuite"
LEXICON = MODEL_DIR / "lemmas.json.gz"


class Morph:
    """Lemma and UPOS for tokens, sentence by sentence."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        import pycrfsuite

        self.pos = pycrfsuite.Tagger()
        self.pos.open(str(model_dir / POS_MODEL.name))
        self.lemma = pycrfsuite.Tagger()
        self.lemma.open(str(model_dir / LEMMA_MODEL.name))
        with gzip.open(model_dir / LEXICON.name, "rt", encoding="utf-8") as f:
            self.known: dict[str, str] = json.load(f)

    def tag_words(self, words: list[str]) -> list[tuple[str, str]]:
        """``(lemma, upos)`` for each word of one sentence."""
        if not words:
            return []
        tags = self.pos.tag(pos_features(words))
        scripts = None
        out = []
        for i, (word, tag) in enumerate(zip(words, tags)):
            lemma = self.known.get(f"{word.lower()}\t{tag}")
            if lemma is None and tag == "NUM":
                lemma = digit_lemma(word)
            if lemma is None and tag == "PUNCT":
                lemma = word
            if lemma is None:
                if scripts is None:
                    scripts = self.lemma.tag(lemma_features(words, tags))
                lemma = apply_script(word, scripts[i]) or (word if tag == "PROPN" else word.lower())
            out.append((lemma, tag))
        return out

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
