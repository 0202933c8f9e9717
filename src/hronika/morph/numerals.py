"""Number words for numbers written in digits: BTB often lemmatises „3“ as три, „80-те“ as осемдесети and
„60-годишните“ as шестдесетгодишен. These are candidates only; the lemma ranker learns when to take them.
"""

from __future__ import annotations

import re

_UNITS = ["нула", "един", "два", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет",
          "единадесет", "дванадесет", "тринадесет", "четиринадесет", "петнадесет", "шестнадесет",
          "седемнадесет", "осемнадесет", "деветнадесет"]
_TENS = {20: "двадесет", 30: "тридесет", 40: "четиридесет", 50: "петдесет", 60: "шестдесет", 70: "седемдесет",
         80: "осемдесет", 90: "деветдесет"}
_HUNDREDS = {100: "сто", 200: "двеста", 300: "триста", 400: "четиристотин", 500: "петстотин",
             600: "шестстотин", 700: "седемстотин", 800: "осемстотин", 900: "деветстотин", 1000: "хиляда"}
_ORDINALS = {1: "първи", 2: "втори", 3: "трети", 4: "четвърти", 7: "седми", 8: "осми", 100: "стотен",
             1000: "хиляден"}
#: The form a cardinal takes at the start of a compound („двадесеткилограмов“, „едногодишен“, „двучасов“).
_COMPOUND = {1: "едно", 2: "дву"}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_NUMBER = re.compile(r"^(\d+)(?:-([^\W\d_]+))?$")


def cardinal(n: int) -> str | None:
    """The one-word cardinal (masculine) for ``n``, None when it takes several words („двадесет и едно“)."""
    if 0 <= n < 20:
        return _UNITS[n]
    return _TENS.get(n) or _HUNDREDS.get(n)


def ordinal(n: int) -> str | None:
    """The one-word ordinal (masculine) for ``n``: трети, двадесети, стотен."""
    if n in _ORDINALS:
        return _ORDINALS[n]
    word = cardinal(n)
    if word is None or n == 0 or n >= 100:
        return None
    return word + "и"  # пети, десети, двадесети


def roman(token: str) -> int | None:
    if not token or any(ch not in _ROMAN for ch in token):
        return None
    values = [_ROMAN[ch] for ch in token]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if 0 < total < 400 else None


def spelled(token: str, rest_lemmas: list[str]) -> list[tuple[str, str]]:
    """``(lemma, kind)`` candidates for a number in digits (or Roman numerals); ``rest_lemmas`` are the
    candidate lemmas of the part after a hyphen (годишните → годишен), for compounds."""
    value = roman(token)
    if value is not None:
        word = ordinal(value)
        return [(word, "roman-ordinal")] if word else []
    match = _NUMBER.match(token)
    if not match:
        return []
    n, rest = int(match.group(1)), match.group(2)
    out = []
    if rest is None:
        if cardinal(n):
            out.append((cardinal(n), "cardinal"))
        if ordinal(n):
            out.append((ordinal(n), "ordinal"))
        return out
    if ordinal(n):
        out.append((ordinal(n), "ordinal-suffix"))  # 80-те, 5-ата
    head = _COMPOUND.get(n) or cardinal(n)
    if head:
        out.extend((head + lemma, "compound") for lemma in rest_lemmas if len(lemma) > 2)
    return out
