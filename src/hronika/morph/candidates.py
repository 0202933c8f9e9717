"""Choosing the lemma of a word the training data never showed, among what several sources propose.

The sources: simplemma's dictionary (``sm``), the system's hunspell dictionary (``hs``, one candidate per
stem that can make the form), lemmagen3's rules (``lg``), the edit-script CRF (``crf``) and the form itself
(``form``); for a ``по-``/``най-`` form also the same sources on the form without the prefix, and for a
number in digits its number words (``num-…``: 3 → три or трети, 60-годишните → шестдесетгодишен). A small
classifier, trained on the treebank, scores each distinct candidate from which sources propose it and
what they say of it (the hunspell suffix class, whether the candidate conjugates, the edit from form to
candidate, each with the part of speech); the best-scoring one is the lemma.
"""

from __future__ import annotations

from hronika.morph import hunspell, numerals
from hronika.morph.features import edit_script, guessed_lemma, is_verb_lemma, lexicon_lemma
from hronika.morph.markers import split_marker
from hronika.morph.paradigms import signature

DEGREE_PREFIXES = ("по-", "най-")


def _sources(word: str, prefix: str) -> list[tuple[str, str, list[str]]]:
    """``(candidate, source, details)`` triples for ``word`` from the dictionaries and lemmagen3."""
    out: list[tuple[str, str, list[str]]] = []
    sm = lexicon_lemma(word)
    if sm is not None:
        out.append((split_marker(sm)[0].lower(), prefix + "sm", []))
    for a in hunspell.analyses(word):
        d = hunspell.dictionary()
        details = [f"hf={a.flag or '='}", f"hr={a.flag}:{a.suffix}", f"hl={d.stems[a.stem] or '-'}"]
        if a.stem[:1].isupper():
            details.append("hcap")
        out.append((a.stem.lower(), prefix + "hs", details))
    out.append((guessed_lemma(word).lower(), prefix + "lg", []))
    return out


def candidates(word: str, tag: str, crf_lemma: str | None) -> dict[str, list[str]]:
    """Candidate lemma → its features for the ranker."""
    low = word.lower()
    proposals = _sources(word, "")
    for prefix in DEGREE_PREFIXES:
        if low.startswith(prefix) and len(low) > len(prefix) + 2:
            proposals += _sources(word[len(prefix):], "deg-")
            proposals.append((low[len(prefix):], "deg-form", []))
    if word[:1].isdigit() or numerals.roman(word):
        rest = word.split("-", 1)[1] if "-" in word else ""
        rest_lemmas = sorted({lemma for lemma, _, _ in _sources(rest, "")}) if rest.isalpha() else []
        value = int(digits) if (digits := word.split("-", 1)[0]).isdigit() else numerals.roman(word) or 0
        size = "1" if value < 10 else "2" if value < 100 else "3" if value < 1000 else "4+"
        for lemma, kind in numerals.spelled(word, rest_lemmas):
            proposals.append((lemma, f"num-{kind}", [f"digits={size}", f"round={value % 10 == 0}"]))
    if crf_lemma:
        proposals.append((crf_lemma.lower(), "crf", []))
    proposals.append((low, "form", []))
    by_lemma: dict[str, tuple[set[str], list[str]]] = {}
    for lemma, source, details in proposals:
        if not lemma:
            continue
        sources, feats = by_lemma.setdefault(lemma, (set(), []))
        sources.add(source)
        feats.extend(details)
    d = hunspell.dictionary()
    out = {}
    for lemma, (sources, details) in by_lemma.items():
        combo = "+".join(sorted(sources))
        f = ["b", f"n={len(sources)}|{tag}", f"srcs={combo}|{tag}"]
        f.extend(f"src={s}|{tag}" for s in sorted(sources))
        f.extend(f"{x}|{tag}" for x in dict.fromkeys(details))
        f.append(f"ed={edit_script(low, lemma)}|{tag}")
        f.append(f"e2={low[-2:]}>{lemma[-2:]}|{tag}")
        f.append(f"le2={lemma[-2:]}|{tag}")
        f.append(f"verb={is_verb_lemma(lemma)}|{tag}")
        paradigm = signature(lemma)
        f.append(f"par={paradigm is not None}|{tag}")
        if paradigm:
            f.extend(f"pe={e}|{tag}" for e in paradigm.split(",") if e)
        if d is not None:
            flags = d.stems.get(lemma)
            if flags is None and lemma[:1].isalpha():
                flags = d.stems.get(lemma[:1].upper() + lemma[1:])
            f.append(f"cl={'none' if flags is None else flags or '-'}|{tag}")
        out[lemma] = f
    return out


def choose(tagger, options: dict[str, list[str]]) -> str | None:
    """The candidate that ``tagger`` (a pycrfsuite tagger trained on ``y``/``n``) scores highest."""
    best, best_p = None, -1.0
    for lemma in sorted(options):
        tagger.set([options[lemma]])
        p = tagger.marginal("y", 0)
        if p > best_p:
            best, best_p = lemma, p
    return best
