"""``hronika train entities``: base-form rules from Bulgarian SlavicNER and the knowledge base from all
six languages, into one compact file (``model/entities.json.gz``)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from rich.console import Console

from hronika.entities.base import BaseForms
from hronika.entities.kb import KnowledgeBase
from hronika.entities.stage import MODEL
from hronika.ner.corpus import Article, load_articles

LANGUAGES = ("bg", "cs", "pl", "ru", "sl", "uk")


def kb_aliases(articles_by_language: dict[str, list[Article]]):
    for articles in articles_by_language.values():
        for article in articles:
            for m in article.mentions:
                yield m.base, m.link
                yield m.text, m.link


def build(bulgarian: list[Article], others: dict[str, list[Article]]) -> tuple[BaseForms, KnowledgeBase]:
    base_forms = BaseForms.train((m.text, m.base, m.type) for a in bulgarian for m in a.mentions)
    kb = KnowledgeBase.build(kb_aliases({"bg": bulgarian, **others}))
    return base_forms, kb


def save(base_forms: BaseForms, kb: KnowledgeBase, path: Path = MODEL) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"base_forms": base_forms.to_dict(), "kb": kb.table}, ensure_ascii=False,
                         separators=(",", ":"))
    path.write_bytes(gzip.compress(payload.encode("utf-8"), compresslevel=9, mtime=0))


def run(data: Path, console: Console, **options: str) -> dict:
    with console.status("reading SlavicNER in six languages"):
        bulgarian = load_articles(data, "bg")
        others = {lang: load_articles(data, lang) for lang in LANGUAGES if lang != "bg"}
    base_forms, kb = build(bulgarian, others)
    save(base_forms, kb)
    summary = {"bg_articles": len(bulgarian), "other_articles": sum(map(len, others.values())),
               "kb_aliases": len(kb.table), "mention_memory": len(base_forms.mentions),
               "scripts": len(base_forms.scripts), "size_kb": MODEL.stat().st_size // 1024}
    console.print(f"entities model: {summary} → {MODEL}")
    return summary
