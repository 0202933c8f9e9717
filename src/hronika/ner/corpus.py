"""The Bulgarian part of SlavicNER: raw articles with their annotated mentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

TYPES = ("PER", "LOC", "ORG", "EVT", "PRO")


@dataclass
class GoldMention:
    start: int
    end: int
    text: str
    base: str
    type: str
    link: str


@dataclass
class Article:
    topic: str
    name: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)


def read_tsv(path: Path, text: str) -> list[GoldMention]:
    mentions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 5 or not cols[0].isdigit():
            continue
        start, end = int(cols[0]), int(cols[1])
        mentions.append(GoldMention(start, end, text[start:end], cols[3], cols[4], cols[5] if len(cols) > 5 else ""))
    return sorted(mentions, key=lambda m: m.start)


def load_articles(data: Path, language: str = "bg") -> list[Article]:
    """Every annotated article of ``language`` (sorted by topic and name, so order is stable)."""
    root = data / "slavicner"
    articles = []
    for raw in sorted((root / "raw").glob(f"*/{language}/*.txt")):
        topic = raw.parts[-3]
        tsv = root / "ner" / topic / language / (raw.name[: -len(".txt")] + ".tsv")
        if not tsv.exists():
            continue
        text = raw.read_text(encoding="utf-8")
        articles.append(Article(topic, raw.name, text, read_tsv(tsv, text)))
    return articles
