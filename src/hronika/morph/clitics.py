"""Short pronoun clitics: possessive after a noun phrase, personal next to a verb.

„баща му“, „новата ѝ къща“, „родителите си“: the clitic follows a noun or adjective and is the short form of
a possessive (BTB lemmas мой, твой, неин, наш, ваш, техен, свой). „му каза“, „да им дам“, „не ѝ се
вярва“: next to a verb, a particle or another pronoun it is a personal pronoun (BTB lemma аз for every
person, се for „си“). The rule looks at the part of speech of the word before the clitic, and for „си“
also at a verb right after it: „пияниците си говорят“ (се), unless a preposition heads the noun phrase
(„в писмото си заяви“: свой). Another clitic between a noun without its article and a verb is the verb's
(„По финансови съображения ни се налага“, „служба ни обясни“: аз): a possessive clitic follows a noun with its
article („колата му се повредила“), except a kinship noun, which takes none („баща му дойде“).

„си“ is also the second person of съм (AUX): after „ти“ („Ти си весела“), after „ли“ that follows a
participle, adjective or adverb („Дал ли си“, „добре ли си“), before an adjective after „да“, „ще“ or „не“
(„да си сигурен“), and before a past participle with no noun or third-person subject before it in its
clause („ако не си се подготвил“, „което си получила“; but „Никой от пътниците не си признал“: се).
"""

from __future__ import annotations

import re

#: clitic → its possessive lemma (BTB's convention: the masculine singular full possessive)
POSSESSIVE = {"ми": "мой", "ти": "твой", "му": "мой", "й": "неин", "ѝ": "неин", "ни": "наш", "ви": "ваш",
              "им": "техен", "си": "свой"}
#: clitic → its personal lemma (BTB lemmatises every personal pronoun as аз, the reflexive „си“ as се)
PERSONAL = {form: "се" if form == "си" else "аз" for form in POSSESSIVE}
#: the parts of speech that end a noun phrase a possessive clitic can follow
NOMINAL = {"NOUN", "ADJ", "NUM"}
#: the full definite article a noun phrase ends in before a possessive clitic („колата му“, „очите му“)
ARTICLE = ("та", "то", "те", "ът", "ят")
#: kinship nouns, which take a possessive clitic without the article („баща му“, „жена ми“)
KINSHIP = {"баща", "майка", "жена", "съпруга", "съпруг", "мъж", "брат", "сестра", "син", "дъщеря", "дядо",
           "баба", "чичо", "леля", "вуйчо", "вуйна", "тъща", "свекърва", "внук", "внучка"}
#: the short clitics that may stand between a clitic and its verb („ни се налага“, „ти я натрапват“)
CLITICS = set(POSSESSIVE) | {"се", "ме", "те", "го", "я", "ги"}
#: a past active participle, masculine or feminine singular as „си“ wants it (дошъл, търсил, усмихвала)
PAST_PARTICIPLE = re.compile(r"[аяеиъ]ла?$")
#: any participle in the masculine or feminine singular (дал, разочарован, притисната)
PARTICIPLE = re.compile(r"(?:[аяеиъ]л|[аяе]н|т)а?$")
#: subjects that rule out the second person („Никой … не си признал“, „той си купил“)
NOT_SECOND_PERSON = {"той", "тя", "то", "те", "ние", "вие", "аз", "никой", "някой", "всеки", "всички", "всичко"}


def is_auxiliary(words: list[str], tags: list[str], i: int) -> bool:
    """Is „си“ at ``i`` the second person of съм rather than the reflexive or possessive clitic?"""
    if words[i].lower() != "си":
        return False
    before = words[i - 1].lower() if i else ""
    if before == "ти":
        return True
    if before == "ли" and i >= 2 and (tags[i - 2] in ("ADJ", "ADV")
                                      or PARTICIPLE.search(words[i - 2].lower()) is not None):
        return True
    after = tags[i + 1] if i + 1 < len(words) else ""
    if before in ("да", "ще", "не") and after == "ADJ":
        return True
    k = i + 1
    while k < len(words) and words[k].lower() in CLITICS:
        k += 1
    if k == len(words) or tags[k] != "VERB" or PAST_PARTICIPLE.search(words[k].lower()) is None:
        return False
    for j in range(i - 1, -1, -1):  # the clause before „си“: a noun or a third-person subject in it says се
        if tags[j] == "PUNCT":
            break
        if tags[j] in ("NOUN", "PROPN") or words[j].lower() in NOT_SECOND_PERSON:
            return False
    return True


def lemma(words: list[str], tags: list[str], i: int) -> str | None:
    """The lemma of the clitic ``words[i]`` tagged PRON, or None when it is not one of the clitics."""
    form = words[i].lower()
    if tags[i] != "PRON" or form not in POSSESSIVE:
        return None
    before = tags[i - 1] if i else ""
    if before not in NOMINAL or (form == "си" and _dative_before_verb(words, tags, i)):
        return PERSONAL[form]
    if form != "си" and _verb_after_bare_noun(words, tags, i):
        return PERSONAL[form]
    return POSSESSIVE[form]


def _dative_before_verb(words: list[str], tags: list[str], i: int) -> bool:
    """Does „си“ stand between a subject and its verb („Двама пияници си говорят“, „противоречията си
    остават“: the reflexive dative)? After a prepositional phrase it is possessive („В писмото си заяви“,
    „с родителите си живее“)."""
    if i + 1 >= len(words) or tags[i + 1] != "VERB":
        return False
    k = i - 1
    while k >= 0 and tags[k] in NOMINAL | {"DET"}:
        k -= 1
    return k < 0 or tags[k] != "ADP"


def _verb_after_bare_noun(words: list[str], tags: list[str], i: int) -> bool:
    """Does the clitic ``words[i]`` follow a noun without its article (not a kinship noun) and come before a
    verb, perhaps past other clitics („съображения ни се налага“)?"""
    before = words[i - 1].lower()
    if before.endswith(ARTICLE) or before in KINSHIP:
        return False
    k = i + 1
    while k < len(words) and words[k].lower() in CLITICS and tags[k] == "PRON":
        k += 1
    return k < len(words) and tags[k] == "VERB"
