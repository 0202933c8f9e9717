"""Digits to Bulgarian number words, the lemma UD Bulgarian-BTB gives to numerals („400“ → „четиристотин“)."""

from __future__ import annotations

UNITS = ["нула", "един", "два", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет",
         "единадесет", "дванадесет", "тринадесет", "четиринадесет", "петнадесет", "шестнадесет",
         "седемнадесет", "осемнадесет", "деветнадесет"]
TENS = {2: "двадесет", 3: "тридесет", 4: "четиридесет", 5: "петдесет", 6: "шестдесет", 7: "седемдесет",
        8: "осемдесет", 9: "деветдесет"}
HUNDREDS = {1: "сто", 2: "двеста", 3: "триста", 4: "четиристотин", 5: "петстотин", 6: "шестстотин",
            7: "седемстотин", 8: "осемстотин", 9: "деветстотин"}


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words.append(HUNDREDS[n // 100])
        n %= 100
    if n >= 20:
        words.append(TENS[n // 10])
        n %= 10
    if n or not words:
        words.append(UNITS[n])
    if len(words) > 1:
        words.insert(len(words) - 1, "и")
    return words


def number_words(n: int) -> str:
    """„1500“ → „хиляда и петстотин“; numbers up to 999 999 999."""
    if n < 1000:
        return " ".join(_below_thousand(n))
    parts: list[str] = []
    for value, singular, plural in ((1_000_000, "милион", "милиона"), (1000, "хиляда", "хиляди")):
        if n >= value:
            count, n = divmod(n, value)
            if count == 1:
                parts.append(singular)
            else:
                head = _below_thousand(count)
                if value == 1000 and head[-1] == "два":
                    head[-1] = "две"
                parts.append(" ".join(head + [plural]))
    if n:
        rest = _below_thousand(n)
        parts.append(("и " if n < 100 or n % 100 == 0 else "") + " ".join(rest))
    return " ".join(parts)


def digit_lemma(form: str) -> str | None:
    """The BTB lemma of a numeral written in digits, or None for other forms (1,5; 7.01.2022)."""
    if form.isdigit() and len(form) <= 9:
        return number_words(int(form))
    return None
