"""Token features for the POS and lemma models, and the edit scripts that turn forms into lemmas.

An edit script says how a lemma is made from a form: drop a ``най-``/``по-`` degree prefix or not, cut
``n`` final letters, append a string, keep or lower the case — e.g. ``министрите`` → ``министър`` is
``l|0|4|ър``. Scripts generalise across words with the same ending, which is what lets a model trained
on 16 000 tokens lemmatise words it has never seen.
"""

from __future__ import annotations

import functools

from hronika.morph import hunspell
from hronika.morph.paradigms import signature

DEGREE_PREFIXES = ("най-", "по-")
#: How many words' features each per-word cache keeps (news text repeats its words; memory stays small).
WORD_CACHE = 4096


@functools.lru_cache(maxsize=1)
def lexicon():
    """simplemma's Bulgarian form → lemma dictionary (MIT licence; ~226 000 forms)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary("bg")


@functools.lru_cache(maxsize=1)
def _lemmagen():
    """lemmagen3's Bulgarian lemmatiser (rules learned from Multext-East; CC BY-SA 4.0 model)."""
    import lemmagen3

    return lemmagen3.Lemmatizer("bg")


def guessed_lemma(form: str) -> str:
    """lemmagen3's lemma: a rule-based guess that also covers words no dictionary lists."""
    return _lemmagen().lemmatize(form.lower())


def lexicon_lemma(form: str) -> str | None:
    table = lexicon()
    lemma = table.get(form)
    if lemma is None:
        lemma = table.get(form.lower())
    return lemma


def _strip_degree(word: str) -> tuple[bool, str]:
    lower = word.lower()
    for prefix in DEGREE_PREFIXES:
        if lower.startswith(prefix) and len(word) > len(prefix) + 2:
            return True, word[len(prefix) :]
    return False, word


def edit_script(form: str, lemma: str) -> str:
    """The script that turns ``form`` into ``lemma`` (see module docstring)."""
    case = "k" if lemma[:1].isupper() else "l"
    stripped, base = _strip_degree(form)
    if not stripped or not lemma.lower().startswith(base.lower()[:2]):
        stripped, base = False, form
    source = base if case == "k" else base.lower()
    target = lemma if case == "k" else lemma.lower()
    common = 0
    for a, b in zip(source, target):
        if a != b:
            break
        common += 1
    return f"{case}|{int(stripped)}|{len(source) - common}|{target[common:]}"


def apply_script(form: str, script: str) -> str | None:
    """The lemma ``script`` makes of ``form`` (None when it does not fit the form)."""
    try:
        case, stripped, cut, append = script.split("|", 3)
    except ValueError:
        return None
    base = form
    if stripped == "1":
        has, base = _strip_degree(form)
        if not has:
            return None
    if case == "l":
        base = base.lower()
    cut_n = int(cut)
    if cut_n > len(base) - 1 and not append:
        return None
    return base[: len(base) - cut_n] + append if cut_n <= len(base) else None


VERB_ENDINGS = {"ах", "ях", "ахме", "ейки", "айки", "еш", "иш"}


def is_verb_lemma(lemma: str) -> bool:
    """Does the lemma conjugate (its forms take verb endings in simplemma's dictionary)?"""
    paradigm = signature(lemma)
    return paradigm is not None and bool(set(paradigm.split(",")) & VERB_ENDINGS)


def strip_degree(word: str) -> str:
    """``по-точно`` → ``точно``: the comparative/superlative prefix removed."""
    return _strip_degree(word)[1]


def shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not any(ch.isalnum() for ch in word):
        return "p"
    if word.isupper():
        return "X" if len(word) > 1 else "I"
    if word[0].isupper():
        return "Xx"
    if "-" in word:
        return "x-x"
    if any(ch.isdigit() for ch in word):
        return "dx"
    return "x"


def hunspell_features(word: str) -> list[str]:
    """What the system's hunspell dictionary says of ``word``: suffix classes, rules, stem flags, scripts.

    Only abstract evidence (flags, suffixes, edit scripts), no words of the dictionary (see ``hunspell``).
    """
    found = hunspell.analyses(word)
    if not found:
        return ["hs=0"]
    d = hunspell.dictionary()
    f = [f"hs={min(len(found), 3)}"]
    for a in found:
        f.append(f"hf={a.flag or '='}")
        f.append(f"hr={a.flag}:{a.suffix}")
        f.append(f"hl={d.stems[a.stem] or '-'}")
        f.append(f"hed={edit_script(word, a.stem)}")
        if a.stem[:1].isupper():
            f.append("hcap")
    return list(dict.fromkeys(f))


# The per-word caches are keyed by the hunspell dictionary in use too (``hunspell.dictionary()``, passed by the
# sentence-level functions), which tests switch on and off.
@functools.lru_cache(maxsize=WORD_CACHE)
def _neighbour_features(word: str, _dictionary: object) -> tuple[str, str, str, str]:
    """What a word tells its neighbours: its last letters, shape, hunspell suffix classes, and whether
    simplemma's lemma conjugates."""
    lemma = lexicon_lemma(word)
    flags = "|".join(sorted({a.flag or "=" for a in hunspell.analyses(word)})) or "0"
    kind = "none" if lemma is None else "verb" if is_verb_lemma(lemma) else "paradigm" if signature(lemma) else "other"
    return word.lower()[-3:], shape(word), flags, kind


@functools.lru_cache(maxsize=WORD_CACHE)
def _own_pos_features(w: str, _dictionary: object) -> tuple[str, ...]:
    """The features of one word for part-of-speech tagging that do not depend on its neighbours."""
    low = w.lower()
    lemma = lexicon_lemma(w)
    f = [
        "b",
        f"w={low}",
        f"sh={shape(w)}",
        f"s1={low[-1:]}", f"s2={low[-2:]}", f"s3={low[-3:]}", f"s4={low[-4:]}",
        f"p2={low[:2]}",
        f"lex={lemma is not None}",
    ]
    if lemma is not None:
        f.append(f"ed={edit_script(w, lemma)}")
        f.append(f"ls2={lemma[-2:].lower()}")
        f.append(f"same={lemma.lower() == low}")
        paradigm = signature(lemma)
        if paradigm is not None:
            f.append(f"par={paradigm}")
            f.extend(f"pe={e}" for e in paradigm.split(",") if e)
    else:
        guess = guessed_lemma(w)
        f.append(f"ged={edit_script(low, guess)}")
        f.append(f"gls2={guess[-2:]}")
    f.extend(hunspell_features(w))
    return tuple(f)


def pos_features(words: list[str]) -> list[list[str]]:
    """CRF features for part-of-speech tagging of one sentence."""
    lowered = [w.lower() for w in words]
    dictionary = hunspell.dictionary()
    around = [_neighbour_features(w, dictionary) for w in words]
    out = []
    n = len(words)
    for i, w in enumerate(words):
        f = list(_own_pos_features(w, dictionary))
        if i == 0:
            f.append("first")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d}={lowered[j]}")
                if abs(d) == 1:
                    s3, sh, flags, kind = around[j]
                    f.append(f"s3{d}={s3}")
                    f.append(f"sh{d}={sh}")
                    f.append(f"hf{d}={flags}")
                    f.append(f"sm{d}={kind}")
            else:
                f.append(f"w{d}=<pad>")
        out.append(f)
    return out


def lemma_features(words: list[str], tags: list[str]) -> list[list[str]]:
    """CRF features for choosing an edit script, given the part-of-speech tags (each word's own only)."""
    dictionary = hunspell.dictionary()
    return [list(word_lemma_features(w, tag, dictionary)) for w, tag in zip(words, tags)]


@functools.lru_cache(maxsize=WORD_CACHE)
def word_lemma_features(w: str, tag: str, _dictionary: object) -> tuple[str, ...]:
    """The lemma features of one word with its part of speech."""
    low = w.lower()
    lemma = lexicon_lemma(w)
    f = [
        "b", f"t={tag}", f"sh={shape(w)}",
        f"s1={low[-1:]}|{tag}", f"s2={low[-2:]}|{tag}", f"s3={low[-3:]}|{tag}", f"s4={low[-4:]}|{tag}",
        f"s5={low[-5:]}|{tag}", f"w={low}",
    ]
    if lemma is not None:
        f.append(f"ed={edit_script(w, lemma)}")
        f.append(f"ed|t={edit_script(w, lemma)}|{tag}")
        f.append(f"l={lemma.lower()}")
    else:
        guess = guessed_lemma(w)
        f.append("unknown")
        f.append(f"ged={edit_script(w, guess)}")
        f.append(f"ged|t={edit_script(w, guess)}|{tag}")
    found = hunspell.analyses(w)
    stems = {a.stem.lower() for a in found}
    f.append(f"hs={min(len(stems), 3)}")
    if lemma is not None and stems:
        f.append(f"agree={lemma.lower() in stems}")
    for a in found:
        script = edit_script(w, a.stem)
        f.append(f"hed={script}")
        f.append(f"hed|t={script}|{tag}")
        f.append(f"hf|t={a.flag}|{tag}")
        f.append(f"hr|t={a.flag}:{a.suffix}|{tag}")
    return tuple(dict.fromkeys(f))
