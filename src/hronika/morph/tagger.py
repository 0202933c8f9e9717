"""The morphology stage: UPOS from a CRF, lemmas from a lexicon of the training data, number words,
and an edit-script classifier that uses simplemma's lemma as evidence."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from hronika.doc import Document, Token
from hronika.morph import abbreviations, candidates, clitics, closed, context, hunspell, rules
from hronika.morph.features import apply_script, is_verb_lemma, lemma_features, pos_features
from hronika.morph.markers import Relatives, marker_features, split_marker

MODEL_DIR = Path(__file__).parent / "model"
POS_MODEL = MODEL_DIR / "upos.crfsuite"
LEMMA_MODEL = MODEL_DIR / "lemma.crfsuite"
MARKER_MODEL = MODEL_DIR / "marker.crfsuite"
RANKER_MODEL = MODEL_DIR / "ranker.crfsuite"
LEXICON = MODEL_DIR / "lemmas.json.gz"
#: How many unseen (word, tag) lemmas a tagger remembers.
CACHE_SIZE = 50_000


def ranked(tag: str) -> bool:
    """Is the lemma of an unseen word tagged ``tag`` chosen among candidates (anything but punctuation)?"""
    return tag != "PUNCT"


def takes_marker(tag: str, base: str, form: str = "") -> bool:
    """Does a lemma take BTB's reflexive marker: a verb's, or a participle's lemmatised as its verb
    (определената → определя-(се), усмихнатия → усмихна-се)?"""
    return tag == "VERB" or (tag == "ADJ" and PARTICIPLE.search(form.lower()) is not None
                             and (is_verb_lemma(base) or _verb_ending(base)))


#: A participle's ending: -н, -т (passive), -щ (present active), -л (past active), then gender, number
#: and the article (определената, изолиращ, зиналите).
PARTICIPLE = re.compile(rf"[нтщл](?:{'|'.join(closed.AGREEMENT)})?$")


def _verb_ending(lemma: str) -> bool:
    """A verb's lemma (1st person singular present) ends in -а, -я, -ам or -ям; a masculine adjective's
    almost never does (голям, ням: short words)."""
    return lemma.isalpha() and (lemma.endswith(("а", "я")) or (lemma.endswith(("ам", "ям")) and len(lemma) > 5))


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
        self.relatives = Relatives(self.verb_markers)
        self.contexts: context.Table = tables.get("contexts", {})
        self.usage: dict[str, list[int]] = tables.get("reflexive", {})
        self._cache: dict[tuple[str, str, object], str] = {}
        self.lemma_tags: candidates.LemmaTags = {}  # the lemmas of the training data and their tags
        self.forms = {key.rsplit("\t", 1)[0] for key in self.known}  # the forms of the training data
        for key, lemma in self.known.items():
            self.lemma_tags.setdefault(split_marker(lemma)[0].lower(), set()).add(key.rsplit("\t", 1)[1])

    def tag_words(self, words: list[str]) -> list[tuple[str, str]]:
        """``(lemma, upos)`` for each word of one sentence."""
        if not words:
            return []
        tags = self.pos.tag(pos_features(words))
        for i, word in enumerate(words):  # a pronoun or determiner the training data never showed
            low = word.lower()
            if low in closed.TAGS and low not in self.forms:
                tags[i] = closed.TAGS[low]
            elif clitics.is_auxiliary(words, tags, i):  # „Ти си весела“, „Дал ли си“
                tags[i] = "AUX"
        out = []
        for i, (word, tag) in enumerate(zip(words, tags)):
            key = f"{word.lower()}\t{tag}"
            lemma = (clitics.lemma(words, tags, i) or context.choose(self.contexts, key, words, tags, i)
                     or self.known.get(key) or closed.lemma(word.lower(), tag))
            if lemma is None:
                lemma = abbreviations.lemma(word, tag, lambda rest: self._ranked(rest, tag, None))
            if lemma is None:
                lemma = self._unseen(word, tag) if ranked(tag) else word
                base = split_marker(lemma)[0]
                if takes_marker(tag, base, word):
                    lemma = self._with_marker(base, words, i, tag)
            out.append((lemma, tag))
        return out

    def _unseen(self, word: str, tag: str) -> str:
        """The lemma (without a marker) of a word the training data never showed with ``tag``: the ranker's
        choice among the candidates, the edit-script CRF's guess among them. It depends on the word and the
        tag only, so it is remembered (with the hunspell dictionary in use, which tests switch)."""
        key = (word, tag, hunspell.dictionary())
        lemma = self._cache.get(key)
        if lemma is None:
            script = self.lemma.tag([lemma_features([word], [tag])[0]])[0]  # one token: no label transitions
            guess = split_marker(apply_script(word, script) or word.lower())[0].lower()
            lemma = rules.correct(self._ranked(word, tag, guess), word, tag)
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = lemma
        return lemma

    def _ranked(self, word: str, tag: str, guess: str | None) -> str:
        """The ranker's choice among the candidate lemmas of an unseen ``word``."""
        options = candidates.candidates(word, tag, guess, self.lemma_tags)
        return candidates.choose(self.ranker, options) or guess or word.lower()

    def _with_marker(self, base: str, words: list[str], i: int, tag: str = "VERB") -> str:
        marker = self.verb_markers.get(base)
        if marker is None:
            marker = self.marker.tag([marker_features(base, words, i, self.usage, tag, self.relatives)])[0]
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
