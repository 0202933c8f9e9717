"""A learned sentence-boundary model: a CRF over tokens labelled ``B`` (opens a sentence) or ``I``.

Its features are the rule-based decision of :mod:`hronika.text.sentences`, token shapes, neighbouring
punctuation and function words, and whether a capitalised word is normally written in lower case
(simplemma's Bulgarian lexicon) — which finds the breaks that carry no punctuation, such as a headline
run into the next sentence. Trained on UD Bulgarian-BTB dev (``hronika train segmentation``).
"""

from __future__ import annotations

import functools
from pathlib import Path

from hronika.doc import Token
from hronika.text.sentences import sentence_token_spans
from hronika.text.tokenize import PREFIX_ABBREVIATIONS, is_abbreviation

MODEL_PATH = Path(__file__).parent / "model" / "boundaries.crfsuite"

FUNCTION_WORDS = frozenset(
    "и в във на за да се не от с със по към при че като а но или ако до след през без между пред под над "
    "чрез според срещу около това този тази тези той тя те го му ѝ им ги ще е са бе бяха беше съм си "
    "който която което които ни ви нас вас".split()
)


@functools.lru_cache(maxsize=1)
def _lexicon():
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary("bg")


def _shape(text: str) -> str:
    if not text:
        return "empty"
    first = text[0]
    if first.isdigit():
        return "digit"
    if not first.isalpha():
        return "punct"
    if text.isupper():
        return "upper" if len(text) > 1 else "initial"
    if first.isupper():
        return "title"
    return "lower"


def _is_common(text: str) -> bool:
    """A capitalised word whose lower-case form is an ordinary Bulgarian word."""
    lexicon = _lexicon()
    lower = text.lower()
    return lower in lexicon and text not in lexicon


def token_features(tokens: list[Token], text: str) -> list[list[str]]:
    rule_starts = {a for a, _ in sentence_token_spans(tokens)}
    features = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        w = tok.text
        shape = _shape(w)
        prev = tokens[i - 1].text if i else "<s>"
        prev2 = tokens[i - 2].text if i > 1 else "<s>"
        nxt = tokens[i + 1].text if i + 1 < n else "</s>"
        pshape = _shape(prev)
        f = [
            "bias",
            f"rule={i in rule_starts}",
            f"shape={shape}",
            f"pshape={pshape}",
            f"nshape={_shape(nxt)}",
            f"pshape|shape={pshape}|{shape}",
            f"gap={'sp' if i and tokens[i - 1].end < tok.start else 'nosp'}",
        ]
        if shape == "punct":
            f.append(f"w={w}")
        elif w.lower() in FUNCTION_WORDS:
            f.append(f"fw={w.lower()}")
        if shape == "title":
            f.append(f"common={_is_common(w)}")
            f.append(f"suffix={w[-2:].lower()}")
        if pshape == "punct":
            f.append(f"p={prev}")
            f.append(f"p2={prev2 if _shape(prev2) == 'punct' else _shape(prev2)}|p={prev}")
        elif prev.lower() in FUNCTION_WORDS:
            f.append(f"pfw={prev.lower()}")
        else:
            f.append(f"psuffix={prev[-2:].lower()}")
        if prev.endswith(".") and len(prev) > 1:
            word = prev[:-1].lower()
            f.append(f"pabbr={'prefix' if word in PREFIX_ABBREVIATIONS else is_abbreviation(word)}")
        if _shape(nxt) == "punct":
            f.append(f"n={nxt}")
        features.append(f)
    return features


@functools.lru_cache(maxsize=1)
def _tagger():
    import pycrfsuite

    if not MODEL_PATH.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    return tagger


#: Where the rules see no boundary, the model must be this sure (it was trained on treebank text full of
#: headlines run into the next sentence; in news, names after a lower-case word look alike).
CONFIDENT = 0.85


def learned_sentence_starts(tokens: list[Token], text: str) -> set[int] | None:
    """Token indices that open a sentence according to the model (None when no model is installed)."""
    tagger = _tagger()
    if tagger is None or not tokens:
        return None
    rule_starts = {a for a, _ in sentence_token_spans(tokens)}
    labels = tagger.tag(token_features(tokens, text))
    return {i for i, label in enumerate(labels)
            if label == "B" and (i in rule_starts or tagger.marginal("B", i) >= CONFIDENT)} | {0}


def train(documents: list[tuple[list[Token], str, set[int]]], out: Path = MODEL_PATH,
          c1: float = 0.05, c2: float = 0.01, iterations: int = 150) -> Path:
    """Train on ``(tokens, text, gold sentence-start token indices)`` triples; write the model."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, text, starts in documents:
        labels = ["B" if i in starts else "I" for i in range(len(tokens))]
        trainer.append(token_features(tokens, text), labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    _tagger.cache_clear()
    return out


def sentence_spans(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """``(first, last + 1)`` token ranges of sentences: the learned model, else the rules."""
    starts = learned_sentence_starts(tokens, text)
    if starts is None:
        return sentence_token_spans(tokens)
    ordered = sorted(starts) + [len(tokens)]
    return [(a, b) for a, b in zip(ordered, ordered[1:]) if a < b]
