"""Is this text Bulgarian? A fast letter-and-function-word test, with py3langid to name other languages."""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
#: Letters that Bulgarian does not use, by the language they point to.
_FOREIGN_LETTERS = {
    "ru": "ыэё",
    "uk": "іїєґ",
    "sr": "ђћ",
    "mk": "ѓќѕ",
    "be": "ў",
}
_SERBO_MACEDONIAN = "јљњџ"
#: Frequent Bulgarian function words (absent from, or rare in, Russian, Ukrainian, Serbian, Macedonian).
_BULGARIAN_WORDS = frozenset(
    "и на в за да се не от че с по са е ще като това съм са бе бяха със към във през след които който която "
    "което още също обаче според така тези тази този му ѝ им ги го нея него днес вчера може трябва".split()
)
#: Function words typical of the closest neighbours.
_NEIGHBOUR_WORDS = {
    "ru": frozenset("что это был была были который которые также этот его ее их из для при уже".split()),
    "mk": frozenset("што ќе беше биле кој која кое дека доколку исто кои биде нема".split()),
    "uk": frozenset("що це був була були який яка які також цей його її їх для при вже".split()),
    "sr": frozenset("што је су био била били који која које такође овај из за код".split()),
}
_NAMES = {"ru": "Russian", "uk": "Ukrainian", "sr": "Serbian", "mk": "Macedonian", "be": "Belarusian",
          "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pl": "Polish",
          "cs": "Czech", "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian", "ro": "Romanian", "tr": "Turkish",
          "el": "Greek", "bg": "Bulgarian", "nl": "Dutch", "pt": "Portuguese", "hu": "Hungarian"}


def language_name(code: str) -> str:
    return _NAMES.get(code, code)


def _cyrillic_guess(text: str) -> str:
    sample = text[:20000].lower()
    words = _WORD.findall(sample)
    scores = {code: sum(sample.count(ch) for ch in letters) * 3.0 for code, letters in _FOREIGN_LETTERS.items()}
    shared = sum(sample.count(ch) for ch in _SERBO_MACEDONIAN) * 3.0  # letters of both Serbian and Macedonian
    scores["sr"] += shared
    scores["mk"] += shared
    scores["bg"] = sum(1 for w in words if w in _BULGARIAN_WORDS) + 2.0 * sample.count("ъ")
    for code, vocab in _NEIGHBOUR_WORDS.items():
        scores[code] += sum(1 for w in words if w in vocab)
    return max(scores, key=lambda c: scores[c])


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (``bg`` when it is Bulgarian)."""
    letters = _LETTER.findall(text[:20000])
    if not letters:
        return "und"
    cyrillic = sum(1 for ch in letters if _CYRILLIC.match(ch))
    if cyrillic / len(letters) >= 0.5:
        return _cyrillic_guess(text)
    import py3langid  # imported lazily: only non-Cyrillic text needs it

    code, _ = py3langid.classify(text[:20000])
    return code


def is_bulgarian(text: str) -> bool:
    return detect_language(text) == "bg"
