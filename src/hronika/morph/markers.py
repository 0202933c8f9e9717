"""BTB's reflexive markers on verb lemmas: ``нося-(се)`` (can be reflexive), ``отида-(си)``, ``смея-се``.

Whether a verb takes one is a property of the verb; a small classifier guesses it from the lemma's
ending, its prefix, a reflexive clitic (се, си) near the verb and simplemma's lemma.
"""

from __future__ import annotations

from hronika.morph.features import lexicon_lemma

MARKERS = ("-(се)", "-(си)", "-се", "-си")
PREFIXES = ("из", "раз", "за", "на", "по", "пре", "при", "про", "от", "до", "въз", "с", "у", "о")


def split_marker(lemma: str) -> tuple[str, str]:
    """``нося-(се)`` → (``нося``, ``-(се)``)."""
    for marker in MARKERS:
        if lemma.endswith(marker) and len(lemma) > len(marker):
            return lemma[: -len(marker)], marker
    return lemma, ""


def marker_features(base: str, words: list[str], i: int) -> list[str]:
    base = base.lower()
    near = {w.lower() for w in words[max(0, i - 3) : i + 3]} & {"се", "си"}
    prefix = next((p for p in PREFIXES if base.startswith(p) and len(base) > len(p) + 3), "")
    # simplemma lists some verbs with BTB's marker (бия-(се)) and forms of reflexive-only verbs under „се“
    known = lexicon_lemma(words[i])
    said = "none" if known is None else "се" if known == "се" else split_marker(known)[1] or "plain"
    return ["b", f"l={base}", f"s2={base[-2:]}", f"s3={base[-3:]}", f"s4={base[-4:]}",
            f"pre={prefix}", f"pre|s3={prefix}|{base[-3:]}", f"near={'|'.join(sorted(near))}",
            f"fs2={words[i].lower()[-2:]}", f"sm={said}", f"sm|near={said}|{'|'.join(sorted(near))}"]
