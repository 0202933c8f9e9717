"""Article structure: title, paragraphs, subheadings, dateline and agency byline.

Blocks are lines (or hard-wrapped runs of lines) of the text. The first block is a title when it reads
like a headline (short, no final full stop, followed by more text). A short inner line without final
punctuation („Премиер“, „Назарбаев в Абу Даби?“) is a subheading. A closing line that names a news agency
(„БТА“, „(БТА)“, „/БГНЕС/“) is the byline. A dateline („СОФИЯ, 7 януари /БТА/“) opens the first paragraph.
"""

from __future__ import annotations

import re

from hronika.doc import Block, Dateline

#: News agencies and outlets that sign Bulgarian wire copy (canonical spelling).
AGENCIES = {
    name.lower(): name
    for name in (
        "БТА", "БГНЕС", "ФОКУС", "Фокус", "БНР", "БНТ", "АФП", "Франс прес", "Ройтерс", "Асошиейтед прес", "АП",
        "ДПА", "ТАСС", "ИТАР-ТАСС", "РИА Новости", "Интерфакс", "Синхуа", "Анадолу", "УНИАН", "Укринформ",
        "Новинар", "Дарик", "bTV", "Нова", "Блиц", "Монитор", "Сега", "Труд", "24 часа", "Дневник", "Mediapool",
        "Offnews", "Клуб Z", "Actualno", "Dnes.bg", "News.bg", "Novini.bg", "Reuters", "AFP", "AP", "dpa",
    )
}
MONTHS = "януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември"
DATELINE = re.compile(
    rf"^(?P<place>[А-ЯA-Z][А-ЯA-Z\-]+(?: [А-ЯA-Z][А-ЯA-Z\-]+){{0,2}}|[А-Я][а-я]+(?:[ -][А-Я][а-я]+)?)"
    rf"(?:,\s*(?P<date>\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}}(?:\s*г\.)?)?|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}))?"
    rf"\s*(?:[/(]\s*(?P<agency>[^/()\n]{{2,25}}?)\s*[/)])"
)
BYLINE = re.compile(r"^\s*[/(]?\s*(?P<name>[^/()\n]{2,30}?)\s*[/)]?\s*$")
_FINAL_STOP = re.compile(r"[.:;,…]\s*$")


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as ``(start, end)`` without surrounding whitespace."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + len(line.rstrip())))
    return spans


def _chunks(text: str) -> list[tuple[int, int]]:
    """Blocks: lines, except that hard-wrapped runs of long lines (no blank line between) become one."""
    lines = _lines(text)
    blocks: list[tuple[int, int]] = []
    for start, end in lines:
        if blocks:
            prev_start, prev_end = blocks[-1]
            between = text[prev_end:start]
            prev_line = text[prev_start:prev_end].rsplit("\n", 1)[-1]
            wrapped = between.count("\n") == 1 and 55 <= len(prev_line) <= 100 and not _FINAL_STOP.search(prev_line) \
                and text[start].islower()
            if wrapped:
                blocks[-1] = (prev_start, end)
                continue
        blocks.append((start, end))
    return blocks


def _agency(name: str) -> str | None:
    return AGENCIES.get(name.strip().lower())


def _is_byline(line: str) -> str | None:
    """The agency (or signature) a closing line names, else None."""
    match = BYLINE.match(line)
    if not match or len(line.split()) > 4:
        return None
    name = match.group("name").strip()
    agency = _agency(name)
    if agency:
        return agency
    wrapped = line.strip()[:1] in "/(" and line.strip()[-1:] in "/)"
    if wrapped and name.replace(" ", "").isupper():
        return name  # signatures such as /ДД/
    return None


def _headline_like(line: str, max_words: int, max_chars: int) -> bool:
    words = line.split()
    return 0 < len(words) <= max_words and len(line) <= max_chars and not _FINAL_STOP.search(line) \
        and not line.lstrip().startswith(("-", "–", "—", "•", "*"))


def find_structure(text: str, title: str | None = None) -> tuple[list[Block], Dateline | None, str | None]:
    """Blocks, dateline and agency of an article."""
    spans = _chunks(text)
    if not spans:
        return [], None, None
    kinds = ["paragraph"] * len(spans)
    agency: str | None = None
    first_line = text[spans[0][0] : spans[0][1]]
    if len(spans) > 1:
        if title and first_line.strip() == title.strip():
            kinds[0] = "title"
        elif title is None and _headline_like(first_line, 25, 200) and not DATELINE.match(first_line):
            kinds[0] = "title"
    last = len(spans) - 1
    if last > 0:
        signed = _is_byline(text[spans[last][0] : spans[last][1]])
        if signed:
            kinds[last] = "byline"
            agency = signed if _agency(signed) else None
    for i in range(1, len(spans)):
        if kinds[i] == "paragraph" and i < last and kinds[i - 1] != "subheading":
            line = text[spans[i][0] : spans[i][1]]
            if _headline_like(line, 10, 90) and line[0].isupper():
                kinds[i] = "subheading"
    dateline = None
    body = next((i for i, k in enumerate(kinds) if k == "paragraph"), None)
    if body is not None:
        start = spans[body][0]
        match = DATELINE.match(text[start : spans[body][1]])
        if match and match.end() < spans[body][1] - start:
            named = match.group("agency").strip()
            dateline = Dateline(start, start + match.end(), match.group("place"), match.group("date"),
                                _agency(named) or named)
            agency = agency or _agency(named) or named
    blocks = [Block(s, e, k) for (s, e), k in zip(spans, kinds)]
    return blocks, dateline, agency
