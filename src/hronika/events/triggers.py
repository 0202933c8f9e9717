"""Event triggers: word stems (matched against lower-cased token forms and lemmas) → event type.

Stems rather than full lemmas so that every inflected form matches even where the lemmatiser
is unsure („убити“, „убитите“, „убит“ → ``убит``). Each entry is checked at the start of the token.
"""

from __future__ import annotations

import re

#: Casualty triggers: stem → casualty kind.
CASUALTY_STEMS: dict[str, str] = {
    "убит": "killed", "убиха": "killed", "загина": "killed", "загинал": "killed", "загиват": "killed",
    "почина": "killed", "починал": "killed", "жертв": "killed", "мъртв": "killed", "смъртн": "killed",
    "разстрелян": "killed", "застрелян": "killed", "фатал": "killed", "летал": "killed",
    "ранен": "injured", "ранени": "injured", "пострада": "injured", "пострадал": "injured",
    "травмиран": "injured", "обгазен": "injured",
    "задържан": "arrested", "задържа": "arrested", "арестуван": "arrested", "арестува": "arrested",
    "арестант": "arrested",
    "изчезнал": "missing", "издирван": "missing", "безследно": "missing", "неизвестност": "missing",
    "заразен": "infected", "заразени": "infected", "новозаразен": "infected", "заразяван": "infected",
    "инфектиран": "infected", "новоинфектиран": "infected", "заболел": "infected", "новозаболел": "infected",
    "диагностициран": "infected", "инфектира": "infected", "заразил": "infected", "заразиха": "infected",
    "умира": "killed", "умря": "killed", "умрял": "killed", "умрели": "killed",
    "оздрав": "recovered", "излекуван": "recovered",
    "хоспитализиран": "hospitalised",
    "евакуиран": "evacuated",
}

#: Stems that look like casualty stems but are not (checked first).
CASUALTY_EXCLUDE = ("убиец", "убийств", "задържат", "задържи", "задържащ", "заразност", "смъртност", "жертвоготов",
                    "леталност", "фаталност", "ранн")  # „ранно“, „ранните“: early (the lemma „ранен“ is also wounded)

#: Other events: regular expression over the lower-cased sentence → event type.
EVENT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("protest", re.compile(r"\b(протест\w*|демонстра(ци|нт)\w*|бунт\w*|размирици\w*|безредици\w*|стачк\w*|"
                           r"митинг\w*|вълнения\w*|протестира\w*)\b")),
    ("resignation", re.compile(r"\b(оставка\w*|подаде оставка|подал оставка|се оттегл\w*)\b")),
    ("appointment", re.compile(r"\b(назнач\w*|избран\w* за|встъпи в длъжност|положи клетва)\b")),
    ("deployment", re.compile(r"\b(войски\w*|военни части|контингент\w*|миротвор\w*|военна интервенция)\b")),
    ("request_for_help", re.compile(r"\b(поиска\w* помощ|помоли\w* за помощ|призова\w* за помощ|"
                                    r"поиска\w* подкрепа)\b")),
    ("price_change", re.compile(r"\b(цен\w*|тарифи\w*|такси\w*|поскъпва\w*|поевтиня\w*)\b.{0,60}?"
                                r"\b(увелич\w*|намал\w*|повиш\w*|пониж\w*|ръст\w*|спад\w*)\b|"
                                r"\b(увелич\w*|намал\w*|повиш\w*|пониж\w*|поскъпва\w*|поевтиня\w*)\b.{0,40}?"
                                r"\b(цен\w*|тарифи\w*)\b")),
    ("policy_change", re.compile(r"\b(въвед\w* (извънредно положение|мерки|ограничения|забрана)|"
                                 r"отмен\w* (мерки|ограничения|забраната)|извънредно положение)\b")),
    ("charges", re.compile(r"\b(обвинени\w*|обвинен\w*|повдигна\w* обвинение|повдигнато обвинение|"
                           r"обвиняем\w*|обвинява\w*)\b")),
    ("conviction", re.compile(r"\b(осъден\w*|осъди\w*|присъд\w*|доживотен затвор|години затвор|"
                              r"месеца затвор|лишаване от свобода)\b")),
    ("acquittal", re.compile(r"\b(оправдан\w*|оправда\w*|отмени присъдата)\b")),
    ("asylum", re.compile(r"\b(убежище|статут\w* на бежанец|бежански статут)\b")),
    ("imprisonment", re.compile(r"\b(в затвора|зад решетките|лежа\w* в затвор)\b")),
    ("election", re.compile(r"\b(избори\w*|изборите|референдум\w*|вот\w*|гласуван\w*|спечели\w* (изборите|вота))\b")),
    ("cancellation", re.compile(r"\b(отмен\w* (полет|рейс)\w*|анулира\w*|отменени полети)\b")),
]


_STEM_PATTERN = re.compile("|".join(sorted(map(re.escape, CASUALTY_STEMS), key=len, reverse=True)))
_EXCLUDE_PATTERN = re.compile("|".join(map(re.escape, CASUALTY_EXCLUDE)))


#: Adjectives of death before „случаи“, „изход“ („смъртни случаи“, „фатален случай“, „летален изход“).
DEATH_ADJECTIVES = ("смъртн", "фатал", "летал")
#: Nouns that count infections only where the sentence speaks of a disease („171 нови случая на ковид“).
CASE_NOUNS = re.compile(r"(?:случа[йяи]\w*|положителн\w*|инфекци\w*|потвърден\w*|болни|болните|зарази|"
                        r"заразявания)$")
#: „вирусът е открит при двама души“: found in people — infections, where a disease is spoken of.
FOUND_IN = re.compile(r"(?:открит|установен|регистриран|доказан)[аои]?$")
DISEASE = re.compile(r"коронавирус|ковид|covid|вирус|инфекци|зараз|заболя|епидеми|пандеми|грип|тест|проб",
                     re.IGNORECASE)


def case_count(form: str, previous: str, about_a_disease: bool, following: str = "") -> bool:
    """Is this „случаи“ / „положителни“ a count of infections (not „смъртни случаи“), or „открит при“? Only where
    the sentence or the whole document speaks of a disease — not „в някои случаи“."""
    if not about_a_disease:
        return False
    if FOUND_IN.match(form.lower()) and following.lower() == "при":
        return True
    return bool(CASE_NOUNS.match(form.lower())) and not previous.lower().startswith(DEATH_ADJECTIVES)


def about_disease(text: str) -> bool:
    """Does a document speak of a disease throughout (three mentions or more)?"""
    return len(DISEASE.findall(text)) >= 3


def casualty_kind(form: str, lemma: str = "") -> str | None:
    """The casualty kind a token triggers (``killed``, ``injured``, …), or None."""
    if _EXCLUDE_PATTERN.match(form.lower()):
        return None  # the form decides: „задържат“ (hold) whatever its lemma
    for word in (form.lower(), lemma.lower()):
        if not word or _EXCLUDE_PATTERN.match(word):
            continue
        match = _STEM_PATTERN.match(word)
        if match:
            return CASUALTY_STEMS[match.group()]
    return None
