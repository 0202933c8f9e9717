"""BTB's reflexive markers on verb lemmas: ``нося-(се)`` (can be reflexive), ``отида-(си)``, ``смея-се``.

Whether a verb takes one is a property of the verb; a small classifier guesses it from the lemma's
ending, its prefix, a reflexive clitic (се, си) near the verb and what tells a reflexive „се“ from a
passive one (the preposition the verb governs, its person, „да се“ before it), simplemma's lemma, how
often the verb stands next to „се“ in unannotated news text (never: no marker; always: ``-се``; sometimes: ``-(се)``),
whether simplemma's dictionary gives the verb passive participles (a reflexive-only verb has none:
страхувам, усмихвам), and the marker of its nearest relative among the verbs of the training data — the
other verb of an aspect pair (доближа-(се) → доближавам-(се)) or the verb without or with a prefix
(усмихна-се → поусмихна-се).
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from collections.abc import Iterable

from hronika.morph.features import is_verb_lemma, lexicon_lemma
from hronika.morph.paradigms import signature

MARKERS = ("-(се)", "-(си)", "-се", "-си")
PREFIXES = ("из", "раз", "за", "на", "по", "пре", "при", "про", "от", "до", "въз", "с", "у", "о")
LONGEST_FIRST = sorted(PREFIXES, key=len, reverse=True)


def split_marker(lemma: str) -> tuple[str, str]:
    """``нося-(се)`` → (``нося``, ``-(се)``)."""
    for marker in MARKERS:
        if lemma.endswith(marker) and len(lemma) > len(marker):
            return lemma[: -len(marker)], marker
    return lemma, ""


Usage = dict[str, list[int]]  # verb lemma → [occurrences, occurrences next to „се“]


def reflexive_usage(texts: Iterable[str], least: int = 2) -> Usage:
    """How often each verb (by simplemma's lemma of its forms) stands right next to „се“ in ``texts``."""
    total: Counter = Counter()
    with_se: Counter = Counter()
    for text in texts:
        tokens = re.findall(r"\w+", text.lower())
        for i, token in enumerate(tokens):
            if token == "се":
                continue
            lemma = lexicon_lemma(token)
            if lemma is None or lemma == "се":
                continue
            base = split_marker(lemma)[0]
            total[base] += 1
            with_se[base] += (i > 0 and tokens[i - 1] == "се") or (i + 1 < len(tokens) and tokens[i + 1] == "се")
    return {b: [n, with_se[b]] for b, n in sorted(total.items()) if n >= least and is_verb_lemma(b)}


def usage_features(base: str, usage: Usage) -> list[str]:
    n, k = usage.get(base, (0, 0))
    if n == 0:
        return ["se=unseen"]
    rate = k / n
    rate_bucket = "0" if k == 0 else "<.05" if rate < 0.05 else "<.15" if rate < 0.15 else "<.4" if rate < 0.4 \
        else "<.8" if rate < 0.8 else "high"
    count_bucket = "few" if n < 5 else "some" if n < 20 else "many"
    return [f"se={rate_bucket}", f"se|n={rate_bucket}|{count_bucket}"]


class Relatives:
    """The markers of known verbs (the training data's), to find an unseen verb's nearest relatives."""

    def __init__(self, markers: dict[str, str]) -> None:
        self.markers = markers
        self.lemmas = sorted(markers)

    def nearest(self, base: str) -> tuple[str, int] | None:
        """The known verb (other than ``base``) sharing the longest beginning with ``base``, and its length."""
        k = bisect.bisect_left(self.lemmas, base)
        best = None
        for j in (k - 1, k, k + 1):
            if 0 <= j < len(self.lemmas) and self.lemmas[j] != base:
                other = self.lemmas[j]
                n = len(os.path.commonprefix((other, base)))
                if best is None or n > best[1]:
                    best = (other, n)
        return best

    def features(self, base: str) -> list[str]:
        """``rel{k}``: the nearest verb's marker when all but at most ``k`` letters of ``base`` (and at least
        four) begin it; ``unpre``/``prefixed``: the marker of the same verb without or with a prefix."""
        near = self.nearest(base)
        f = []
        for slack in (2, 3, 4, 5, 6):
            close = near is not None and near[1] >= max(4, len(base) - slack)
            f.append(f"rel{slack}={self.markers[near[0]] if close else 'no'}")
        for prefix in LONGEST_FIRST:
            if base.startswith(prefix) and base[len(prefix):] in self.markers:
                f.append(f"unpre={self.markers[base[len(prefix):]]}")
                break
        for prefix in PREFIXES:
            if prefix + base in self.markers:
                f.append(f"prefixed={self.markers[prefix + base]}")
                break
        return f


#: words after a verb that tell a reflexive use („убеди се в“, „позовава се на“) from a passive one
#: („се провеждат от“, „да се подчертае, че“)
GOVERNED = {"в", "във", "на", "с", "със", "за", "от", "до", "към", "по", "при", "пред", "над", "под", "срещу",
            "като", "че", "да"}
#: endings of the first and second person (се with them is never a passive's: „се сещам“, „се срещнахме“)
SPEAKER = ("м", "ш", "ме", "те", "х", "хме", "хте")


def reading_features(lowered: list[str], i: int, near: str, tag: str = "VERB") -> list[str]:
    """What tells a reflexive „се“ from a passive one: the word governed after the verb, the verb's person
    (a participle has none), and „да се“ before it."""
    after = lowered[i + 1] if i + 1 < len(lowered) else "</s>"
    if after in ("се", "си") and i + 2 < len(lowered):
        after = lowered[i + 2]
    governed = after if after in GOVERNED else "other"
    person = "-" if tag != "VERB" else "12" if lowered[i].endswith(SPEAKER) else "3"
    before = lowered[max(0, i - 3):i]
    return [f"gov={governed}", f"gov|near={governed}|{near}", f"person|near={person}|{near}",
            f"da_se={'да' in before and 'се' in before}"]


#: endings of a passive participle's feminine and neuter forms (продадена, казвано)
PASSIVE = {"ана", "ано", "ена", "ено"}
#: endings of a past active participle (казал, смял, казали, казало)
ACTIVE = {"ал", "ял", "ли", "ло"}


def paradigm_features(base: str) -> list[str]:
    """Which participles simplemma's dictionary gives the verb: a reflexive-only verb has no passive one."""
    paradigm = signature(base)
    if paradigm is None:
        return ["sig=none"]
    endings = set(paradigm.split(","))
    passive, active = bool(endings & PASSIVE), bool(endings & ACTIVE)
    return [f"pp={passive}", f"act={active}", f"pp|act={passive}|{active}"]


def marker_features(base: str, words: list[str], i: int, usage: Usage | None = None,
                    tag: str = "VERB", relatives: Relatives | None = None) -> list[str]:
    base = base.lower()
    lowered = [w.lower() for w in words]
    near = "|".join(sorted(set(lowered[max(0, i - 3) : i + 3]) & {"се", "си"}))
    prefix = next((p for p in PREFIXES if base.startswith(p) and len(base) > len(p) + 3), "")
    # simplemma lists some verbs with BTB's marker (бия-(се)) and forms of reflexive-only verbs under „се“
    known = lexicon_lemma(words[i])
    said = "none" if known is None else "се" if known == "се" else split_marker(known)[1] or "plain"
    f = ["b", f"l={base}", f"s2={base[-2:]}", f"s3={base[-3:]}", f"s4={base[-4:]}",
         f"pre={prefix}", f"pre|s3={prefix}|{base[-3:]}", f"near={near}",
         f"fs2={lowered[i][-2:]}", f"sm={said}", f"sm|near={said}|{near}", f"t={tag}"]
    before = lowered[i - 1] if i else ""
    after = lowered[i + 1] if i + 1 < len(words) else ""
    f.append(f"adj={before if before in ('се', 'си') else ''}|{after if after in ('се', 'си') else ''}")
    if usage is not None:
        f.extend(usage_features(base, usage))
    f.extend(reading_features(lowered, i, near, tag))
    f.extend(paradigm_features(base))
    if relatives is not None:
        f.extend(relatives.features(base))
    return f
