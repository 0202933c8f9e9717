"""Claims: attributed statements with their status — asserted, reported, unconfirmed, denied, alleged.

Each item of ``doc.claims``::

    {"start", "end", "text", "status", "source": str | None, "source_entity": str | None,
     "denied_by": str | None, "denied_by_entity": str | None, "quote": int | None, "cue": str | None}

A quote's content is a ``reported`` claim of its speaker; it is ``unconfirmed`` when the article says the
information is not confirmed (непотвърдени данни; … не е потвърдена от …), ``denied`` when the speaker
denies it (X отрече, че …). Charges „… , които той отхвърля“ are ``denied`` by him; „твърди се, че …“,
„предполагаем …“ mark ``alleged`` statements. ``asserted`` is what the article states in its own voice
about a claim (e.g. „потвърди“ by the article); it is not assigned to every sentence.
"""

from __future__ import annotations

import re
from typing import Any

from hronika.doc import Document
from hronika.quotes.extract import antecedent

UNCONFIRMED = re.compile(r"не (?:е|са|бе|бяха) потвърден\w*|непотвърден\w*|не може да бъде потвърден\w*|"
                         r"не беше потвърден\w*", re.IGNORECASE)
DENIAL_CUES = ("отрек", "отрич", "отхвърл", "опроверг", "отрече")
DENIED_CHARGES = re.compile(
    r"(?P<noun>обвинени\w*|твърдени\w*|подозрени\w*),?\s+че\s+(?P<claim>.+?)\s*[-–—,]\s*(?:обвинения|твърдения)?,?\s*"
    r"(?:които|което)\s+(?P<who>\w+(?:\s+\w+)?)\s+(?P<verb>отхвърля\w*|отрича\w*|оспорва\w*)", re.IGNORECASE)
ALLEGED = re.compile(r"(?:твърди се|смята се|подозира се|предполага се),?\s+че\s+(?P<claim>[^.]+)|"
                     r"(?P<np>предполагаем\w*\s+[^\s,.]+(?:\s+(?:на|в|от)\s+[^\s,.]+)*)", re.IGNORECASE)


def _speaker(doc: Document, quote: Any) -> tuple[str | None, str | None]:
    if quote.speaker_entity:
        for e in doc.entities:
            if e.id == quote.speaker_entity:
                return e.name, e.id
    if quote.speaker is not None:
        return doc.mentions[quote.speaker].text, doc.mentions[quote.speaker].entity
    return quote.speaker_text, None


def _sentence_index(doc: Document, offset: int) -> int | None:
    for i, s in enumerate(doc.sentences):
        if s.start <= offset < s.end:
            return i
    return None


def _resolve_who(doc: Document, who: str, offset: int) -> tuple[str, str | None]:
    """A pronoun (той, тя) resolves to the nearest earlier person; a name to its mention's entity."""
    names = {e.id: e for e in doc.entities}
    pronoun = who.split()[0].lower()
    if pronoun in ("той", "тя"):
        index = antecedent(doc, offset, "m" if pronoun == "той" else "f")
        if index is not None:
            m = doc.mentions[index]
            entity = names.get(m.entity)
            return (entity.name if entity else m.text), m.entity
    for m in doc.mentions:
        if m.start >= offset and m.text.startswith(who.split()[0]):
            entity = names.get(m.entity)
            return (entity.name if entity else m.text), m.entity
    return who, None


def extract_claims(doc: Document) -> Document:
    claims: list[dict[str, Any]] = []
    for index, quote in enumerate(doc.quotes):
        if quote.kind == "direct" and len(quote.text.split()) <= 3:
            continue
        source, source_entity = _speaker(doc, quote)
        claim = {"start": quote.start, "end": quote.end, "text": quote.text, "status": "reported",
                 "source": source, "source_entity": source_entity, "denied_by": None, "denied_by_entity": None,
                 "quote": index, "cue": (quote.cue or {}).get("text")}
        cue = ((quote.cue or {}).get("lemma") or "").lower()
        here = _sentence_index(doc, quote.start)
        if cue.startswith(DENIAL_CUES):
            claim.update(status="denied", denied_by=source, denied_by_entity=source_entity)
        elif here is not None:
            window = [doc.sentences[i] for i in (here, here + 1) if i < len(doc.sentences)]
            if any(UNCONFIRMED.search(doc.text[s.start : s.end]) for s in window):
                claim["status"] = "unconfirmed"
        claims.append(claim)
    for match in DENIED_CHARGES.finditer(doc.text):
        who, who_entity = _resolve_who(doc, match.group("who"), match.start("who"))
        claims.append({"start": match.start("claim"), "end": match.end("claim"), "text": match.group("claim"),
                       "status": "denied", "source": None, "source_entity": None, "denied_by": who,
                       "denied_by_entity": who_entity, "quote": None, "cue": match.group("verb")})
    for match in ALLEGED.finditer(doc.text):
        group = "claim" if match.group("claim") else "np"
        claims.append({"start": match.start(group), "end": match.end(group), "text": match.group(group),
                       "status": "alleged", "source": None, "source_entity": None, "denied_by": None,
                       "denied_by_entity": None, "quote": None, "cue": None})
    doc.claims = sorted(claims, key=lambda c: c["start"])
    return doc


def load():
    """The claims stage (rule-based over quotes and the article's wording)."""
    return extract_claims
