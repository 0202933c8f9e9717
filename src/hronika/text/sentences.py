"""Sentence boundaries over tokens: terminal punctuation, abbreviations, initials, quotes and brackets.

A sentence ends after ``.``, ``!``, ``?``, ``…`` (with any closing quotes or brackets that follow) when the
next token can open a sentence (capital letter, digit, opening quote, dash). A sentence-final
abbreviation carries the period itself (``… през 2004 г. Той …``), unless it is a title or prefix
(``проф.``, ``гр.``, ``ул.``). Lines (blocks) are split by the structure layer before this runs.
"""

from __future__ import annotations

from hronika.doc import Span, Token
from hronika.text.tokenize import PREFIX_ABBREVIATIONS, is_abbreviation, tokenize

TERMINALS = {".", "!", "?", "...", "…", "?!", "!?", "!!", "??", "!!!", "???"}
OPENING_QUOTES = {"„", "“", "«", "‘", "‚"}
CLOSING_QUOTES = {"“", "”", "»", "’", "'"}
CLOSING_BRACKETS = {")", "]", "}"}
DASHES = {"-", "–", "—"}


def _opens_sentence(token: Token) -> bool:
    first = token.text[0]
    return first.isupper() or first.isdigit() or token.text in OPENING_QUOTES or token.text in DASHES \
        or token.text == '"' or first in "(["


def _quote_closes(tokens: list[Token], index: int, open_straight: bool) -> bool:
    """Is the straight or curly quote at ``index`` a closing one?"""
    text = tokens[index].text
    if text == '"':
        return open_straight
    if text == "“":  # Bulgarian „…“ closes with “; English “…” opens with it
        return index > 0 and tokens[index - 1].end == tokens[index].start
    return text in CLOSING_QUOTES


def closes_before_attribution(tokens: list[Token], index: int) -> bool:
    """Is the quote mark at ``index`` followed by a comma or a lower-case word („…15.30 ч.", споделя един …“)?
    Then it closes a quote, even one opened sentences ago."""
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return tokens[index].text in ('"', "“", "”", "»") and (following in (",", ";") or following[:1].islower())


def sentence_token_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, last + 1)`` token index ranges of the sentences."""
    spans: list[tuple[int, int]] = []
    start = 0
    open_straight = False
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.text == '"':
            open_straight = not open_straight
        ends = False
        if tok.text in TERMINALS or (len(tok.text) > 1 and set(tok.text) <= set("!?")):
            ends = True
        elif tok.text.endswith(".") and len(tok.text) > 1 and not tok.text[0].isdigit():
            word = tok.text[:-1].lower()
            ends = is_abbreviation(word) and word not in PREFIX_ABBREVIATIONS and not (
                len(word) <= 2 and tok.text[0].isupper())
        if ends:
            j = i + 1
            # closing quotes and brackets belong to the sentence they close
            while j < n and (tokens[j].text in CLOSING_BRACKETS or tokens[j].text in ("”", "»", "’")
                             or (tokens[j].text in ('"', "“") and (_quote_closes(tokens, j, open_straight)
                                                                  or closes_before_attribution(tokens, j)))):
                if tokens[j].text == '"':
                    open_straight = not open_straight
                j += 1
            if j >= n:
                break
            nxt = tokens[j]
            if _opens_sentence(nxt) and not (tok.text in ("...", "…") and nxt.text[0].isdigit()):
                spans.append((start, j))
                start = j
                open_straight = False
            i = j
            continue
        i += 1
    if start < n:
        spans.append((start, n))
    return spans


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (offsets into ``text``)."""
    tokens = tokenize(text, start, end)
    return [Span(tokens[a].start, tokens[b - 1].end) for a, b in sentence_token_spans(tokens)]
