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

import re

from hronika.morph import closed, hunspell, numerals
from hronika.morph.features import (
    DEGREE_PREFIXES,
    VERB_ENDINGS,
    edit_script,
    guessed_lemma,
    is_verb_lemma,
    lexicon_lemma,
)
from hronika.morph.markers import split_marker
from hronika.morph.paradigms import signature


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


#: the definite article's forms (masculine full and short, feminine, neuter) and what stays of the word
ARTICLES = (("ът", ""), ("ят", ""), ("та", ""), ("то", ""), ("ия", "ий"))


def without_article(low: str) -> list[str]:
    """The word without a definite article: рефинансирането → рефинансиране, СДС-то → сдс, жребия → жребий."""
    out = []
    head, _, tail = low.rpartition("-")
    if head and tail in ("то", "та", "те", "ът", "а", "ия"):
        out.append(head)
    for article, rest in ARTICLES:
        if low.endswith(article) and len(low) > len(article) + 2 and low[-len(article) - 1] != "-":
            out.append(low[: -len(article)] + rest)
    return out


LemmaTags = dict[str, set[str]]  # lemma (without marker) → the tags it has in the training data


def lemma_tags(sentences) -> LemmaTags:
    table: LemmaTags = {}
    for sentence in sentences:
        for _, lemma, tag in sentence:
            table.setdefault(split_marker(lemma)[0].lower(), set()).add(tag)
    return table


#: A plural noun's ending → its singular's: доносници → доносник/доносница, тексасци → тексасец,
#: ментета → менте, фолкове → фолк.
PLURAL_ENDINGS = (("ици", ("ик", "ица")), ("ци", ("ец",)), ("ета", ("е",)), ("ове", ("",)), ("еве", ("",)))


def plural_singulars(low: str) -> list[str]:
    """Singulars a plural noun (with or without its article) may have, by the regular plural endings."""
    out = []
    for form in (low, low[:-2] if low.endswith("те") else ""):
        for ending, singulars in PLURAL_ENDINGS:
            if form.endswith(ending) and len(form) > len(ending) + 2:
                out.extend(form[: -len(ending)] + singular for singular in singulars)
                break
    return list(dict.fromkeys(out))


#: A participle's suffix (after its gender, number and article are taken off) → its verb's lemma endings:
#: предстоящ → предстоя, изолиращ → изолирам, водещ → водя, определен → определя, убит → убия, загинал → загина.
PARTICIPLE_SUFFIXES = (("ващ", ("вам",)), ("ящ", ("я", "ям")), ("ащ", ("а", "ам")), ("ещ", ("я", "а")),
                       ("ван", ("вам",)), ("ян", ("ям", "я")), ("ан", ("ам", "а")), ("ен", ("я", "а", "ея")),
                       ("ит", ("ия",)), ("ят", ("ея",)), ("ал", ("ам", "а")), ("ял", ("ям", "я")),
                       ("ил", ("я",)), ("ел", ("а", "я")), ("нал", ("на",)))
#: endings only verbs' forms take (in simplemma's dictionary)
VERB_FORMS = VERB_ENDINGS | {"аха", "яха", "ем", "им", "ли", "ал", "ял", "ете"}
_AGREEMENT = re.compile(rf"(?:{'|'.join(closed.AGREEMENT)})$")


def participle_verbs(low: str) -> list[str]:
    """The verbs whose participle ``low`` may be (only lemmas that simplemma's or hunspell's dictionary lists):
    предстоящото → предстоя, определената → определя."""
    stems = {low}
    stripped = _AGREEMENT.sub("", low)
    stems.add(stripped)
    if stripped.endswith(("н", "т")) and not stripped.endswith(("ен", "ан", "ян", "ит", "ят")):
        stems.add(stripped[:-1] + "е" + stripped[-1])  # определена → определен (the е drops before an ending)
    d = hunspell.dictionary()
    out = []
    for stem in sorted(stems):
        for suffix, endings in PARTICIPLE_SUFFIXES:
            if stem.endswith(suffix) and len(stem) > len(suffix) + 1:
                for ending in endings:
                    verb = stem[: -len(suffix)] + ending
                    paradigm = signature(verb)
                    if (paradigm is not None and set(paradigm.split(",")) & VERB_FORMS) or (
                            d is not None and verb in d.stems and verb.endswith(("я", "ям", "ам"))):
                        out.append(verb)
    return list(dict.fromkeys(out))


def candidates(word: str, tag: str, crf_lemma: str | None, known: LemmaTags | None = None) -> dict[str, list[str]]:
    """Candidate lemma → its features for the ranker (``known``: the lemmas of the training data)."""
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
        shape_of_value = f"{size}|{value % 10 == 0}"
        for lemma, kind in numerals.spelled(word, rest_lemmas):
            proposals.append((lemma, f"num-{kind}", [f"digits={size}", f"round={value % 10 == 0}",
                                                    f"value={shape_of_value}"]))
        # BTB spells out single digits and round tens and hundreds („7“ → седем) but keeps other numbers
        if word.isdigit():
            proposals.append((low, "form", [f"digits-kept={shape_of_value}"]))
    proposals.extend((lemma, "art", []) for lemma in without_article(low))
    proposals.extend((lemma, "part", []) for lemma in participle_verbs(low))
    if tag == "NOUN":
        proposals.extend((lemma, "pl", []) for lemma in plural_singulars(low))
    if low.startswith("не") and len(low) > 6:  # неостаряващите → остарявам, нерегистрирани → регистрирам
        proposals.extend((lemma, "neg-part", []) for lemma in participle_verbs(low[2:]))
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
        if known is not None:
            tags = known.get(lemma)
            f.append(f"known={'no' if tags is None else tag in tags}|{tag}")
        out[lemma] = f
    # how a candidate compares with the others: has it the most sources, is it the only dictionary analysis
    most = max(len(sources) for sources, _ in by_lemma.values())
    with_hs = [lemma for lemma, (sources, _) in by_lemma.items() if "hs" in sources]
    with_sm = [lemma for lemma, (sources, _) in by_lemma.items() if "sm" in sources]
    for lemma, (sources, _) in by_lemma.items():
        out[lemma].append(f"most={len(sources) == most}|{tag}")
        out[lemma].append(f"hsn={min(len(with_hs), 3)}|{'hs' in sources}|{tag}")
        out[lemma].append(f"dict={bool(with_hs or with_sm)}|{'hs' in sources or 'sm' in sources}|{tag}")
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
