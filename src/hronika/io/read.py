"""Turn what the user gives (paths, ``-``) into articles, or one-line errors that never stop a batch.

Kinds: plain text (UTF-8 with or without BOM, windows-1251, KOI8-R), HTML pages (trafilatura extracts the
main text, title, date and author), JSON (an object or an array of objects) and JSONL records
``{"text", "title"?, "published"?, "url"?, "id"?}``. Text is newline-normalised the way Python's text
mode reads a file (``\\r\\n`` and ``\\r`` → ``\\n``); a UTF-8 BOM is dropped.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from hronika.io.language import detect_language, language_name

DEFAULT_MAX_BYTES = 5_000_000


@dataclass
class Article:
    """One input record, ready for analysis."""

    text: str
    source: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    id: str | None = None
    author: str | None = None


class InputError(Exception):
    """An input that cannot be analysed; ``str(error)`` is a one-line message naming the source."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<title|<!--)", re.IGNORECASE)
_BULGARIAN_LETTERS = set("абвгдежзийклмнопрстуфхцчшщъьюя")
_FREQUENT = set("оаеинтрсвлкдпмзбгяъчушцжйхфщюь")


def _plausible_bulgarian(text: str) -> float:
    """Share of lower-case letters among frequent Bulgarian ones, penalising upper-case soup."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if not letters:
        return 0.0
    lower = sum(1 for c in letters if c in _BULGARIAN_LETTERS)
    return lower / len(letters)


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (BOM dropped), else the better of windows-1251 and KOI8-R, else detected."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        candidates = []
        for encoding in ("cp1251", "koi8_r"):
            try:
                candidates.append((_plausible_bulgarian(data.decode(encoding)), encoding))
            except UnicodeDecodeError:
                continue
        if candidates and max(candidates)[0] > 0.5:
            text = data.decode(max(candidates)[1])
        else:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is None:
                raise ValueError("cannot tell the text encoding") from None
            text = str(best)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(sample) * 0.05


def _iso_date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    for parse in (lambda s: date.fromisoformat(s[:10]), lambda s: datetime.fromisoformat(s).date()):
        try:
            return parse(text).isoformat()
        except ValueError:
            continue
    match = re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if match:
        try:
            return date(int(match[3]), int(match[2]), int(match[1])).isoformat()
        except ValueError:
            return None
    return None


def _check_text(source: str, text: str) -> None:
    if not text.strip():
        raise InputError(source, "empty: no text to analyse")
    code = detect_language(text)
    if code != "bg":
        raise InputError(source, f"looks like {language_name(code)} ({code}), not Bulgarian")


def _record(source: str, record: Any) -> Article:
    if not isinstance(record, dict):
        raise InputError(source, "JSON record is not an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(source, 'JSON record has no string "text"')
    for key in ("title", "published", "url", "id"):
        if record.get(key) is not None and not isinstance(record[key], (str, int)):
            raise InputError(source, f'JSON field "{key}" must be a string')
    _check_text(source, text)
    published = _iso_date(record.get("published"))
    if record.get("published") and published is None:
        raise InputError(source, f'"published" is not a date: {record["published"]!r}')
    return Article(text=text, source=source, title=record.get("title"), published=published,
                   url=record.get("url"), id=None if record.get("id") is None else str(record["id"]))


def _json_records(source: str, text: str, jsonl: bool) -> Iterator[Article | InputError]:
    if not jsonl:
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as exc:
            if "\n{" not in text.strip():
                yield InputError(source, f"malformed JSON: {exc.msg} at line {exc.lineno}")
                return
            payload = None  # several objects, one per line: read as JSONL
        if payload is not None:
            records = payload if isinstance(payload, list) else [payload]
            for index, record in enumerate(records):
                name = source if len(records) == 1 and not isinstance(payload, list) else f"{source}[{index}]"
                try:
                    yield _record(name, record)
                except InputError as error:
                    yield error
            return
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        name = f"{source}:{lineno}"
        try:
            yield _record(name, json.loads(line))
        except json.JSONDecodeError as exc:
            yield InputError(name, f"malformed JSON line: {exc.msg}")
        except InputError as error:
            yield error


def _html_article(source: str, data: bytes) -> Article:
    import trafilatura

    html = decode(data)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    if extracted is None:
        raise InputError(source, "HTML page with no main text")
    fields = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (fields.get("text") or "").strip()
    if not text:
        raise InputError(source, "HTML page with no main text")
    text = re.sub(r"\n+", "\n\n", text) + "\n"
    _check_text(source, text)
    return Article(text=text, source=source, title=fields.get("title"), published=_iso_date(fields.get("date")),
                   url=fields.get("url"), author=fields.get("author"))


def read_bytes(source: str, data: bytes, suffix: str = "") -> Iterator[Article | InputError]:
    """Articles (or errors) from the raw bytes of one input."""
    if not data.strip():
        yield InputError(source, "empty file")
        return
    if _looks_binary(data):
        yield InputError(source, "binary file, not text")
        return
    suffix = suffix.lower()
    if suffix in (".html", ".htm", ".xhtml") or _HTML_START.match(data[:1024]):
        try:
            yield _html_article(source, data)
        except InputError as error:
            yield error
        return
    try:
        text = decode(data)
    except ValueError as exc:
        yield InputError(source, str(exc))
        return
    if suffix in (".json", ".jsonl", ".ndjson") or (not suffix and text.lstrip()[:1] in "{["):
        yield from _json_records(source, text, jsonl=suffix in (".jsonl", ".ndjson"))
        return
    try:
        _check_text(source, text)
    except InputError as error:
        yield error
        return
    yield Article(text=text, source=source)


def read_inputs(paths: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    """Yield, in input order, an Article per document or an InputError per unusable input or record."""
    for given in paths:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield InputError("-", f"standard input is larger than the limit of {max_bytes:,} bytes")
                continue
            yield from read_bytes("-", data)
            continue
        path = Path(given)
        try:
            if path.is_dir():
                yield InputError(given, "is a directory, not a file")
                continue
            size = path.stat().st_size
            if size > max_bytes:
                yield InputError(given, f"file of {size:,} bytes is over the size limit of {max_bytes:,} bytes")
                continue
            data = path.read_bytes()
        except FileNotFoundError:
            yield InputError(given, "no such file")
            continue
        except PermissionError:
            yield InputError(given, "permission denied")
            continue
        except OSError as exc:
            yield InputError(given, f"cannot read: {exc.strerror or exc}")
            continue
        yield from read_bytes(given, data, path.suffix)
