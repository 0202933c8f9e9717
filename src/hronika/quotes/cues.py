"""Cue words of reported speech, as lemmas (so every inflected form counts) with a stem fallback."""

from __future__ import annotations

import re

from hronika.doc import Token

#: Lemmas of speech, cognition and report verbs (BTB lemma convention: 1st person singular present).
CUE_LEMMAS = frozenset("""
заявя заявявам кажа казвам съобщя съобщавам посоча посочвам подчертая подчертавам смятам считам мисля
призова призовавам обещая обещавам отрека отричам предупредя предупреждавам уверя уверявам добавя добавям
допълня допълвам поискам твърдя обявя обявявам настоявам отбележа отбелязвам разсъждавам разкритикувам
критикувам призная признавам информирам потвърдя потвърждавам предам предавам коментирам преценя преценявам
очаквам уточня уточнявам обясня обяснявам напиша пиша отговоря отговарям изтъкна изтъквам констатирам
прогнозирам вярвам надявам опасявам споделя споделям разкажа разказвам напомня напомням акцентирам
увери заяви сподели оценя оценявам припомня припомням прогнозира декларирам допусна допускам подчерта
обвиня обвинявам оплаквам попитам питам възразя възразявам призове съобщи изрази изразя изразявам
повторя повтарям поясня пояснявам отсека отсичам апелирам заключа заключавам
помоля моля оплача посъветвам съветвам отвърна отвръщам докладвам доклада заплаша заплашвам открия откривам
отчета отчитам успокоя успокоявам говоря страхувам разясня разяснявам поканя поканвам приканя приканвам
изчисля изчислявам
""".split())
#: Verbs that report only after the words they report („"…", гласи документът“), not before a clause of their own
#: („Посланието гласеше, че …“: the message's sender speaks).
INVERTED_CUES = frozenset(("глася",))
#: Verbs that characterise in quoted words („нарече … „лек грип““, „окачестви … като …“): cues of direct quotes.
CHARACTERISING = frozenset("нарека наричам окачествя окачествявам определя определям опиша описвам дамгосам дамгосвам "
                           "заклеймя заклеймявам".split())
CHARACTERISING_STEMS = ("нарече", "нарекоха", "окачеств", "описа", "дамгос", "заклейм")
#: Verbs of speaking about someone or something („осмя истерията“, „похвали лекарите“): in „…, като осмя …“ the
#: speaker's own next act, which ends the reported clause before it.
SPEECH_ACTS = frozenset("осмея осмивам похваля хваля упрекна упреквам атакувам нападна нападам".split()) \
    | CHARACTERISING
#: Form stems for cue verbs the lemmatiser may miss (checked at the start of the lower-cased form).
CUE_STEMS = ("заяв", "каза", "казв", "съобщ", "посоч", "подчерт", "смята", "смяташ", "счита", "призова",
             "призов", "обеща", "отрек", "отрич", "предупре", "увери", "уверя", "добави", "добавя", "допълн",
             "твърд", "обяви", "обявя", "настоя", "отбеляз", "отбеляза", "разсъжда", "разкритикув", "призна",
             "потвърд", "коментир", "прецени", "очаква", "уточн", "обясн", "изтъкн", "сподел", "разказ",
             "напомн", "припомн", "заключи", "предадоха", "предаде", "предават", "информира", "написа", "отговори",
             "допусн",
             "повтори", "повтаря", "поясн", "отсече", "помоли", "оплака", "посъветва", "отвърна", "докладва",
             "заплаши", "заплашва", "отчете", "успоко", "разясн")
_ANY_CUE_STEMS = CUE_STEMS + CHARACTERISING_STEMS
NOT_CUES = frozenset({"казахстан", "казахстанския", "казахстанският", "казахстанците", "казаха-", "твърдо",
                      "твърдата", "твърд", "твърде", "каза-"})
#: Adjectives that report a conviction with „съм“ and a clause („категоричен е, че“, „са съгласни, че“,
#: „бяха единодушни, че“).
ADJECTIVE_CUE = re.compile(r"(?:категорич|съглас|сигур|единодуш)(?:ен|на|ни)|(?:убеден|уверен)[аи]?")
#: Active present participles („отговарящи“, „казващият“) report no speech of their own either.
PRESENT_PARTICIPLE = re.compile(r"[аяе]щ(?:и|ия|ият|ата|ото|ите)?$|(?:ва|я)щ[ао]$")  # „приканваща“, not „обеща“
PASSIVE_PARTICIPLE = ("ан", "ян", "ен", "ана", "яна", "ена", "ано", "яно", "ено")  # not -ени: прецени
REPORT_NOUNS = ("според", "по думите на", "по данни на", "по информация на", "както заяви", "както каза")
PRONOUNS = {"той": "m", "тя": "f", "те": None, "него": "m", "нея": "f", "тях": None, "негов": "m", "неговите": "m",
            "Той": "m", "Тя": "f", "Те": None}


def lemma_of(token: Token) -> str:
    lemma = (token.lemma or token.text).lower()
    for marker in ("-(се)", "-(си)", "-се", "-си"):
        lemma = lemma.removesuffix(marker)
    return lemma


def characterises(token: Token) -> bool:
    """„нарече …“, „окачестви … като“, „определи … като“: a verb that introduces quoted words, not a clause."""
    return lemma_of(token) in CHARACTERISING or token.text.lower().startswith(CHARACTERISING_STEMS)


#: Endings of a past or present verb that no adverb has: a tagger that reads „още веднъж призова“ as three
#: adverbs is overruled.
NO_ADVERB_ENDINGS = ("а", "я", "ха", "ше", "ли", "ла", "л")


def is_cue(token: Token, any_pos: bool = False) -> bool:
    """Does this token report speech or thought (заяви, каза, смята, …)? ``any_pos``: trust the position
    (right after a quote, right after a name) over a tagger that read the verb as a noun or adverb."""
    form = token.text.lower()
    if ADJECTIVE_CUE.fullmatch(form):
        return True
    if not form.isalpha() or form in NOT_CUES or (not any_pos and token.pos and token.pos not in ("VERB", "AUX", "")
                                                   and not (token.pos == "ADV" and form.endswith(NO_ADVERB_ENDINGS))):
        return False
    if form.endswith(PASSIVE_PARTICIPLE) or PRESENT_PARTICIPLE.search(form):
        return False  # смятан, казана, отговарящи: a participle reports no speech of its own
    lemma = lemma_of(token)
    return lemma in CUE_LEMMAS or lemma in CHARACTERISING or form.startswith(_ANY_CUE_STEMS) \
        or any_pos and (lemma in INVERTED_CUES or _misspelt_cue(form))


def _misspelt_cue(form: str) -> bool:
    """Is ``form`` a cue with two neighbouring letters swapped („подчрета“ for „подчерта“)? Only trusted where
    the position already says a cue comes („"…", подчрета премиерът“)."""
    return len(form) >= 6 and any((form[:i] + form[i + 1] + form[i] + form[i + 2 :]).startswith(_ANY_CUE_STEMS)
                                  for i in range(1, len(form) - 1))
