"""Tokens with character offsets, following UD Bulgarian-BTB conventions.

Abbreviations keep their period (``г.``, ``млн.``, ``т.е.``), initials too (``Дж.``, ``Н.``); hyphenated
words (``най-големия``, ``Касъм-Жомарт``, ``д-р``) and number forms (``1,5``, ``7.01.2022``, ``2021–2022``,
``58-годишният``, ``90-те``) are one token; URLs, e-mails, hashtags and @handles are one token; the spaced
ellipsis ``. . .`` is one token. Everything else that is not a letter or digit is a token of its own.
"""

from __future__ import annotations

import re

from hronika.doc import Token

#: Abbreviations that keep their period (lower-cased, without the final period).
ABBREVIATIONS = frozenset(
    """г гр с ул бул пл кв ж.к обл общ р-н м мес ян яну февр фев мар апр авг септ сеп окт ноем ное дек
    млн млрд хил лв ст стр т ал чл пар изд вж вкл напр др проф доц акад инж арх ген полк подп серж
    ст.с мл.с лейт кап адм пор ефр серж мин сек ч см гл св о в сп бел прев пр н.е пр.н.е сл.хр
    т.е т.нар т.н т.г т.м т.к и.д зам рег бр вр англ фр нем рус лат гр кор тел факс ок пок дж ал
    хр нач ред-р гл.ред сл сл.н.е т.ч г-н г-жа г-ца ин ау пл. бг монс""".split()
)
#: Abbreviations that never end a sentence: titles and prefixes of names, places and numbers.
PREFIX_ABBREVIATIONS = frozenset(
    """гр с ул бул пл кв ж.к обл общ р-н проф доц акад инж арх ген полк подп серж лейт кап адм пор ефр
    св о в сп гл чл ал пар т.нар напр вкл вж т.е зам дж ст рег бр тел стр изд монс"""
    .split()
)

_URL = r"(?:https?://|www\.)[^\s<>\"“”„«»]+[^\s<>\"“”„«».,;:!?)\]']"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE = r"[#@][^\W_][\w]*"
_NUMBER = r"\d+(?:[.,:]\d+)*(?:[-–]\d+(?:[.,]\d+)*)?(?:-?[^\W\d_]+)?(?:-[^\W\d_]+)*"
_ABBR_CHAIN = r"(?:[^\W\d_]{1,4}\.){2,}(?![^\W\d_])"  # т.е. т.нар. пр.н.е. (or гл.серж.: split below)
_WORD = r"[^\W\d_][\w]*(?:[-'’][\w]+)*(?:\.-[^\W\d_]+|\.(?!\.))?"
_ELLIPSIS = r"\.\s\.\s\.|\.{2,}|…"
_OTHER = r"[!?]+|\S"

TOKEN_PATTERN = re.compile(
    "|".join(f"(?P<{name}>{rx})" for name, rx in (
        ("url", _URL), ("email", _EMAIL), ("handle", _HANDLE), ("number", _NUMBER),
        ("chain", _ABBR_CHAIN), ("word", _WORD), ("ellipsis", _ELLIPSIS), ("other", _OTHER),
    ))
)


def is_abbreviation(word: str) -> bool:
    """``word`` (without its final period) is a known abbreviation."""
    return word.lower() in ABBREVIATIONS


def _keeps_period(word: str, text: str, end: int) -> bool:
    """Should the period after ``word`` (at ``text[end-1]``) stay on the token?"""
    if is_abbreviation(word):
        return True
    # initials: one capital letter (Н. Назарбаев; Дж. is in the abbreviation list), then a capitalised word
    if len(word) == 1 and word.isupper():
        rest = text[end : end + 3].lstrip()
        return bool(rest) and rest[0].isupper()
    return False


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    for match in TOKEN_PATTERN.finditer(text, start, end):
        s, e = match.span()
        kind = match.lastgroup
        if kind == "chain" and text[s:e].rstrip(".").lower() not in ABBREVIATIONS:
            parts = text[s:e].split(".")[:-1]
            if all(len(part) > 1 for part in parts):  # гл.серж., млн.лв.: one token per abbreviation
                pos = s
                for part in parts:
                    tokens.append(Token(pos, pos + len(part) + 1, text[pos : pos + len(part) + 1]))
                    pos += len(part) + 1
                continue
        if kind == "word" and text[e - 1] == ".":
            word = text[s : e - 1]
            if not _keeps_period(word, text, e):
                tokens.append(Token(s, e - 1, word))
                tokens.append(Token(e - 1, e, "."))
                continue
        glued = _GLUED_SENTENCE.search(text, s, e) if kind == "word" else None
        if glued and (text[s].islower() or glued.end() - glued.start() >= 7):  # „… за борба с коронавирусаЕС и
            # страните …“: a headline run into the next line's first word (not „ЛаудаМоушън“, „ЕйшаНюз“)
            cut = glued.start()
            tokens += [Token(s, cut, text[s:cut]), Token(cut, e, text[cut:e])]
            continue
        tokens.append(Token(s, e, text[s:e]))
    return tokens


#: A capitalised word right after three lower-case Cyrillic letters inside a word: two words whose space the page
#: lost when the first is lower-case („коронавирусаЕС“) or the second is long („КитайТуристическите“); a short
#: second part of a capitalised word is a brand's („ЛаудаМоушън“).
_GLUED_SENTENCE = re.compile(r"(?<=[а-я]{3})[А-Я][а-я]*")
