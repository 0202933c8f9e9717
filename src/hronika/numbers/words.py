"""Bulgarian number words: cardinals (with colloquial forms), ordinals and approximate quantities."""

from __future__ import annotations

from hronika.morph.closed import AGREEMENT

CARDINALS: dict[str, int] = {
    "нула": 0, "един": 1, "една": 1, "едно": 1, "два": 2, "две": 2, "двама": 2, "три": 3, "трима": 3,
    "четири": 4, "четирима": 4, "пет": 5, "петима": 5, "шест": 6, "шестима": 6, "седем": 7, "седмина": 7,
    "осем": 8, "осмина": 8, "девет": 9, "деветима": 9, "десет": 10, "десетима": 10,
    "единадесет": 11, "единайсет": 11, "дванадесет": 12, "дванайсет": 12, "тринадесет": 13, "тринайсет": 13,
    "четиринадесет": 14, "четиринайсет": 14, "петнадесет": 15, "петнайсет": 15, "шестнадесет": 16,
    "шестнайсет": 16, "седемнадесет": 17, "седемнайсет": 17, "осемнадесет": 18, "осемнайсет": 18,
    "деветнадесет": 19, "деветнайсет": 19, "двадесет": 20, "двайсет": 20, "тридесет": 30, "трийсет": 30,
    "четиридесет": 40, "четирийсет": 40, "петдесет": 50, "шестдесет": 60, "седемдесет": 70, "осемдесет": 80,
    "деветдесет": 90, "двата": 2, "двете": 2, "трите": 3, "четирите": 4, "петте": 5, "шестте": 6, "седемте": 7,
    "осемте": 8, "деветте": 9, "десетте": 10, "двамата": 2, "тримата": 3, "четиримата": 4, "петимата": 5,
    "сто": 100, "двеста": 200, "триста": 300, "четиристотин": 400, "петстотин": 500,
    "шестстотин": 600, "седемстотин": 700, "осемстотин": 800, "деветстотин": 900, "хиляда": 1000,
}
MULTIPLIERS: dict[str, int] = {
    "хиляди": 1000, "хил.": 1000, "хил": 1000, "милион": 10**6, "милиона": 10**6, "млн.": 10**6, "млн": 10**6,
    "милиард": 10**9, "милиарда": 10**9, "млрд.": 10**9, "млрд": 10**9, "трилион": 10**12, "трилиона": 10**12,
    "трлн.": 10**12, "трлн": 10**12,
}
#: Plural nouns of approximate quantity → lower bound („десетки“ ≥ 10).
APPROXIMATE: dict[str, int] = {
    "десетки": 10, "стотици": 100, "хиляди": 1000, "милиони": 10**6, "милиарди": 10**9,
    "няколко": 3, "няколкото": 3, "десетина": 10, "стотина": 100, "хилядина": 1000, "единици": 1,
}
_ORDINAL_STEMS: dict[str, int] = {
    "първ": 1, "втор": 2, "трет": 3, "четвърт": 4, "пет": 5, "шест": 6, "седм": 7, "осм": 8, "девет": 9,
    "десет": 10, "единадесет": 11, "дванадесет": 12, "тринадесет": 13, "четиринадесет": 14, "петнадесет": 15,
    "шестнадесет": 16, "седемнадесет": 17, "осемнадесет": 18, "деветнадесет": 19, "двадесет": 20,
    "тридесет": 30, "четиридесет": 40, "петдесет": 50, "шестдесет": 60, "седемдесет": 70, "осемдесет": 80,
    "деветдесет": 90,
}
_ORDINAL_ENDINGS = AGREEMENT  # an ordinal agrees like an adjective (втори, втората, второто)


def _ordinals() -> dict[str, int]:
    table: dict[str, int] = {}
    for stem, value in _ORDINAL_STEMS.items():
        for ending in _ORDINAL_ENDINGS:
            table[stem + ending] = value
    for stem, value in (("стотн", 100), ("хилядн", 1000)):
        for ending in _ORDINAL_ENDINGS:
            table[stem + ending] = value
    table.update({"стотен": 100, "хиляден": 1000, "пръв": 1})  # „за пръв път“
    return table


ORDINALS = _ordinals()
#: Words that may continue a number phrase.
NUMBER_WORDS = set(CARDINALS) | {"хиляди", "милион", "милиона", "милиард", "милиарда", "половин"} | set(ORDINALS)


def words_value(words: list[str]) -> tuple[float, bool]:
    """Value of a phrase of number words and whether it is an ordinal: „две хиляди и седемнадесета“ →
    (2017, True); „седемстотин четиридесет и осем“ → (748, False)."""
    total = 0.0
    current = 0.0
    ordinal = False
    for word in words:
        w = word.lower()
        if w == "и":
            continue
        if w == "половин":
            current += 0.5
        elif w in CARDINALS and CARDINALS[w] == 1000:
            total += (current or 1) * 1000
            current = 0
        elif w in CARDINALS:
            current += CARDINALS[w]
        elif w in MULTIPLIERS:
            total += (current or 1) * MULTIPLIERS[w]
            current = 0
        elif w in ORDINALS:
            ordinal = True
            current += ORDINALS[w]
    return total + current, ordinal
