"""Lemmas of ambiguous forms chosen by their neighbours: „може да“ → може (impersonal), „той може“ → мога.

For every (form, tag) that the training data lemmatises in more than one way, a naive Bayes table counts
each lemma with the neighbouring tags and words; the lemma with the highest posterior wins. A few set
phrases („може би“) are fixed in advance. Short pronoun clitics („баща му“ → мой, „му каза“ → аз) are left to
the rule in :mod:`hronika.morph.clitics`, which the tagger applies first.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from hronika.morph.clitics import POSSESSIVE

Table = dict[str, dict[str, dict[str, int]]]  # key → lemma → context feature → count ("" = total)
SMOOTHING = 0.5


def context_features(words: list[str], tags: list[str], i: int) -> list[str]:
    prev_tag = tags[i - 1] if i else "<s>"
    next_tag = tags[i + 1] if i + 1 < len(tags) else "</s>"
    prev_word = words[i - 1].lower() if i else "<s>"
    next_word = words[i + 1].lower() if i + 1 < len(words) else "</s>"
    return [f"p:{prev_tag}", f"n:{next_tag}", f"pw:{prev_word}", f"nw:{next_word}", f"pn:{prev_tag}|{next_tag}"]


def build(sentences: list[list[tuple[str, str, str]]]) -> Table:
    """The table from ``(form, lemma, tag)`` sentences, for forms seen with two or more lemmas."""
    lemmas: dict[str, Counter] = defaultdict(Counter)
    for sentence in sentences:
        for word, lemma, tag in sentence:
            lemmas[f"{word.lower()}\t{tag}"][lemma] += 1
    ambiguous = {key for key, c in lemmas.items() if len(c) > 1 and sorted(c.values())[-2] >= 2}
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for sentence in sentences:
        words = [w for w, _, _ in sentence]
        tags = [t for _, _, t in sentence]
        for i, (word, lemma, tag) in enumerate(sentence):
            key = f"{word.lower()}\t{tag}"
            if key in ambiguous and not (tag == "PRON" and word.lower() in POSSESSIVE):  # the clitic rule's
                counts = table[key][lemma]
                counts[""] += 1
                counts.update(context_features(words, tags, i))
    return {key: {lemma: dict(sorted(c.items())) for lemma, c in sorted(by_lemma.items())}
            for key, by_lemma in sorted(table.items())}


def _kinds(by_lemma: dict[str, dict[str, int]]) -> dict[str, int]:
    """How many values each kind of context feature (``p``, ``nw``, …) takes with the lemmas of one form."""
    values: dict[str, set[str]] = {}
    for counts in by_lemma.values():
        for f in counts:
            if f:
                values.setdefault(f.split(":", 1)[0], set()).add(f)
    return {kind: len(v) + 1 for kind, v in values.items()}


#: (form, tag, next word) → lemma, for set phrases: „може би“ (perhaps) is the impersonal може, not мога
SET_PHRASES = {("може", "VERB", "би"): "може"}
#: (form, tag) → lemma for forms whose reading grammar settles: the neuter past participle of има(м) is the
#: existential „има“ („не е имало други кандидати“, „Имало е промяна“), a neuter owner being rare
SET_FORMS = {("имало", "VERB"): "има"}


def choose(table: Table, key: str, words: list[str], tags: list[str], i: int) -> str | None:
    """The most probable lemma of an ambiguous form in its context (None when the form is not ambiguous)."""
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    phrase = SET_PHRASES.get((words[i].lower(), tags[i], after)) or SET_FORMS.get((words[i].lower(), tags[i]))
    if phrase is not None:
        return phrase
    by_lemma = table.get(key)
    if not by_lemma:
        return None
    kinds = _kinds(by_lemma)
    # a context never seen with any of the form's lemmas says nothing about which one it is
    features = [f for f in context_features(words, tags, i) if any(f in counts for counts in by_lemma.values())]

    def score(counts: dict[str, int]) -> float:
        # add-α over the values a kind of feature takes, so a lemma seen in few contexts is not favoured
        total = counts[""]
        return math.log(total) + sum(math.log((counts.get(f, 0) + SMOOTHING)
                                              / (total + SMOOTHING * kinds[f.split(":", 1)[0]])) for f in features)

    return max(sorted(by_lemma), key=lambda lemma: score(by_lemma[lemma]))
