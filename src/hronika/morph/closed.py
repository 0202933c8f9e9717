"""Closed-class words (pronouns, determiners, „&“) in BTB's conventions, for forms the training data never showed.

A treebank of 16 000 tokens misses forms of words that every news text has: „нещо“, „нейните“, „техния“.
Their part of speech and lemma follow from grammar, not from statistics: a personal pronoun's lemma is
„аз“ for every person and case; the full possessives take the lemma of their number (негов, неин → мой;
техен → наш); „нещо“ is a form of „някой“, „нищо“ of „никой“, „всичко“ of „всеки“. The tagger uses
these only for a form it has never seen (its part of speech) or never seen with the tag (its lemma).
"""

from __future__ import annotations

#: the endings of an adjective-like paradigm after its masculine form: masc. short and full article, fem.,
#: fem. art., neut., neut. art., plural, plural art. (a participle's too: определената, зиналите)
AGREEMENT = ("ия", "ият", "а", "ата", "о", "ото", "и", "ите")
#: those of them that carry the definite article (неговия, определената, зиналите)
ARTICLED = tuple(ending for ending in AGREEMENT if len(ending) > 1)
_ARTICLES = ("", *AGREEMENT)


def _paradigm(masc: str, stem: str, fem_stem: str | None = None) -> list[str]:
    """негов, негов → негов, неговия, неговият, негова, неговата, …, неговите."""
    fem_stem = fem_stem or stem
    forms = [masc]
    for ending in _ARTICLES[1:]:
        forms.append((fem_stem if ending[:1] in ("а", "о") else stem) + ending)
    return forms


def _possessive(masc: str, stem: str) -> list[str]:
    """мой → моя, моят, моята, мое, моето, мои, моите (stems ending in a vowel take -я/-ят, -е)."""
    return [masc, stem + "я", stem + "ят", stem + "я", stem + "ята", stem + "е", stem + "ето", stem + "и",
            stem + "ите"]


DETERMINERS: dict[str, str] = {}
for _lemma, _forms in (
        ("мой", _possessive("мой", "мо") + _paradigm("негов", "негов") + _paradigm("неин", "нейн")),
        ("твой", _possessive("твой", "тво")),
        ("свой", _possessive("свой", "сво")),
        ("наш", _paradigm("наш", "наш") + _paradigm("техен", "техн", "тяхн")),
        ("ваш", _paradigm("ваш", "ваш")),
        ("такъв", ["такъв", "такава", "такова", "такива"]),
        ("какъв", ["какъв", "каква", "какво", "какви"]),
        ("никакъв", ["никакъв", "никаква", "никакво", "никакви"]),
        ("някакъв", ["някакъв", "някаква", "някакво", "някакви"]),
        ("всякакъв", ["всякакъв", "всякаква", "всякакво", "всякакви"]),
        ("какъвто", ["какъвто", "каквато", "каквото", "каквито"]),
        ("чийто", ["чийто", "чиято", "чието", "чиито"]),
        ("всеки", ["всеки", "всяка", "всяко", "всички", "вси"]),
        ("някой", ["някоя", "някое", "някои"]),
        ("никой", ["никоя", "никое", "никои"]),
        ("кой", ["кой", "коя", "кое", "кои"]),
        ("този", ["този", "тази", "това", "тези", "тоя", "тая", "туй", "тия", "онзи", "онази", "онова", "онези"])):
    for _form in _forms:
        DETERMINERS.setdefault(_form, _lemma)

PRONOUNS: dict[str, str] = {form: "аз" for form in (
    "аз", "мен", "мене", "ме", "ти", "теб", "тебе", "той", "него", "го", "тя", "нея", "я", "ние", "нас",
    "вие", "вас", "те", "тях", "ги")}
for _lemma, _forms in (("някой", ("някой", "някого", "някому", "нещо", "нещата")),
                       ("никой", ("никой", "никого", "никому", "нищо")),
                       ("всеки", ("всичко", "всекиго", "всекиму")),
                       ("кой", ("кой", "кого", "кому", "коя", "кои")),
                       ("този", ("това",)),
                       ("който", ("който", "когото", "комуто", "която", "което", "които")),
                       ("себе", ("себе",))):
    for _form in _forms:
        PRONOUNS[_form] = _lemma

#: the part of speech of an unseen closed-class form (forms that are both determiners and pronouns are
#: left to the tagger)
TAGS: dict[str, str] = {form: "DET" for form in DETERMINERS if form not in PRONOUNS}
TAGS.update({form: "PRON" for form in PRONOUNS if form not in DETERMINERS})
TAGS["&"] = "CCONJ"  # Procter & Gamble: a conjunction, lemma „и“
#: prepositions of the written language, rare in the treebank („Съгласно споразумението правителството …“)
TAGS.update(dict.fromkeys(("съгласно", "посредством", "вследствие", "относно", "спрямо"), "ADP"))


def lemma(form: str, tag: str) -> str | None:
    """BTB's lemma of the pronoun or determiner ``form`` (lower case) tagged ``tag``, or None."""
    if tag == "DET":
        return DETERMINERS.get(form) or PRONOUNS.get(form)
    if tag == "PRON":
        return PRONOUNS.get(form) or DETERMINERS.get(form)
    if tag == "CCONJ" and form == "&":
        return "и"
    return None
