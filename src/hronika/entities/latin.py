"""Bulgarian → Latin by the official system (Transliteration Act, 2009).

„щ“ → sht, „ъ“ → a, „ю“ → yu, „я“ → ya, and a word-final „ия“ → ia. Digraphs keep the word's case style:
„Жомарт“ → „Zhomart“, „ЖОМАРТ“ → „ZHOMART“ (not „ZHomart“).
"""

from __future__ import annotations

import re

TABLE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}
_WORD = re.compile(r"[^\W\d_]+")


def _word(word: str) -> str:
    all_caps = len(word) > 1 and word.isupper()
    out = []
    lower = word.lower()
    for i, ch in enumerate(lower):
        if ch == "я" and i == len(lower) - 1 and i > 0 and lower[i - 1] == "и":
            latin = "a"  # final -ия → -ia
        else:
            latin = TABLE.get(ch, ch)
        if word[i].isupper():
            latin = latin.upper() if all_caps else latin[:1].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


def transliterate(text: str) -> str:
    """„Мухтар Аблязов“ → „Muhtar Ablyazov“; „София“ → „Sofia“; non-Cyrillic text is kept."""
    return _WORD.sub(lambda m: _word(m.group()), text)
