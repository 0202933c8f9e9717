"""The NER stage: a CRF over tokens (BIO tags for PER LOC ORG EVT PRO) and a document-level pass that
tags every other occurrence of a name the model found once."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

from hronika.doc import Document, Mention, Span, Token
from hronika.ner.features import sentence_features

MODEL_DIR = Path(__file__).parent / "model"


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``(first, last + 1, type)`` token ranges of the BIO tags (an I- after O opens a mention)."""
    spans: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind):
            if start is not None:
                spans.append((start, i, kind))
                start, kind = None, None
            if tag != "O":
                start, kind = i, tag[2:]
    return spans


def sentence_token_groups(doc: Document) -> list[list[Token]]:
    groups, i = [], 0
    for sentence in doc.sentences:
        group = []
        while i < len(doc.tokens) and doc.tokens[i].start < sentence.end:
            if doc.tokens[i].start >= sentence.start:
                group.append(doc.tokens[i])
            i += 1
        groups.append(group)
    return groups


class NER:
    """Named-entity recogniser; ``NER()(doc)`` fills ``doc.mentions``."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_dir / "ner.crfsuite"))
        with gzip.open(model_dir / "gazetteer.json.gz", "rt", encoding="utf-8") as f:
            self.gazetteer: dict[str, str] = json.load(f)

    def tag_sentences(self, groups: list[list[Token]]) -> list[list[str]]:
        return [self.tagger.tag(sentence_features(g, self.gazetteer)) if g else [] for g in groups]

    def __call__(self, doc: Document) -> Document:
        groups = sentence_token_groups(doc)
        tagged = self.tag_sentences(groups)
        define_acronyms(groups, tagged)
        propagate(groups, tagged)
        join_split_names(doc, groups, tagged)
        doc.mentions = [Mention(start, end, doc.text[start:end], kind)
                        for tokens, tags in zip(groups, tagged) for start, end, kind in mention_spans(tokens, tags)]
        return doc


def mention_spans(tokens: list[Token], tags: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` character spans of the tagged mentions of one sentence, without a bracket or
    comma the tagger ran a name onto („Световната здравна организация (СЗО)“: the bracket belongs to the
    acronym)."""
    spans = []
    for a, b, kind in bio_spans(tags):
        while b - a > 1 and tokens[b - 1].text in _NO_NAME_END:
            b -= 1
        while b - a > 1 and tokens[a].text in _NO_NAME_END:
            a += 1
        end = tokens[b - 1].end
        glued = _GLUED_WORD.search(tokens[b - 1].text)
        if kind == "PER" and glued and (b - a > 1 or glued.start() > 0):
            end = tokens[b - 1].start + glued.start()  # „Гюнтер Йотингер-комисар“: the title lost its spaces
        spans.append((tokens[a].start, end, kind))
    return spans


#: An office glued to a name by a hyphen („Йотингер-комисар“): no part of a person's name (but „Буш-младши“,
#: „Либерал-демократи“, „Чан-оча“ are).
_GLUED_WORD = re.compile(r"(?<=[^\W\d_])-(?=(?:комисар|министър|премиер|президент|председател|депутат|говорител|"
                         r"посланик|кмет|лидер|шеф|директор|канцлер)\w*$)")


#: Tokens a name neither ends nor starts with (the tagger sometimes runs a mention onto them).
_NO_NAME_END = frozenset("( [ , ; : – —".split())
_SMALL_WORDS = frozenset("на за от в във и с със по към при до".split())


def define_acronyms(groups: list[list[Token]], tagged: list[list[str]]) -> None:
    """„Организацията на договора за колективна сигурност (ОДКС)“: a capitalised phrase followed by an acronym
    in brackets that its initials spell is a name, and so is the acronym (typed like the phrase, else ORG)."""
    for tokens, tags in zip(groups, tagged):
        for k in range(2, len(tokens) - 1):
            acronym = tokens[k].text
            if not (tokens[k - 1].text == "(" and tokens[k + 1].text == ")" and acronym.isupper()
                    and acronym.isalpha() and 2 <= len(acronym) <= 8):
                continue
            content = [i for i in range(k - 2, max(-1, k - 14), -1) if tokens[i].text.lower() not in _SMALL_WORDS]
            initials = ""
            for i in content:  # walk back over content words while they spell the acronym's end
                initials = tokens[i].text[:1].upper() + initials
                if not acronym.endswith(initials):
                    break
                if initials == acronym and tokens[i].text[:1].isupper():
                    kinds = [t[2:] for t in tags[i : k - 1] if t != "O"]
                    kind = kinds[0] if kinds else "ORG"
                    tags[i : k - 1] = [f"B-{kind}"] + [f"I-{kind}"] * (k - 2 - i)
                    tags[k] = f"B-{kind}"
                    break


def join_split_names(doc: Document, groups: list[list[Token]], tagged: list[list[str]]) -> None:
    """„… секретар Джон | Смит пристигна …“: where the segmenter opened a sentence inside a line with no
    punctuation between a word tagged as a person and a capitalised word tagged as one, the name and the
    sentence go on; the two sentences become one (in ``doc.sentences`` too) and so does the name."""
    k = 0
    while k + 1 < len(groups):
        first, second = groups[k], groups[k + 1]
        gap = doc.text[first[-1].end : second[0].start] if first and second else "\n"
        if (gap.isspace() and "\n" not in gap and first[-1].text[:1].isalpha()
                and tagged[k][-1][2:] == "PER" and tagged[k + 1][0] == "B-PER" and second[0].text[:1].isupper()):
            tagged[k + 1][0] = "I-PER"
            groups[k : k + 2] = [first + second]
            tagged[k : k + 2] = [tagged[k] + tagged[k + 1]]
            doc.sentences[k : k + 2] = [Span(doc.sentences[k].start, doc.sentences[k + 1].end)]
            continue
        k += 1


def propagate(groups: list[list[Token]], tagged: list[list[str]]) -> None:
    """Document-level consistency: a capitalised name tagged once is tagged (with its majority type)
    wherever else it occurs untagged in the same document."""
    found: dict[tuple[str, ...], Counter] = {}
    for tokens, tags in zip(groups, tagged):
        for a, b, kind in bio_spans(tags):
            words = tuple(t.text for t in tokens[a:b])
            if words[0][:1].isupper():
                found.setdefault(words, Counter())[kind] += 1
    if not found:
        return
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(found, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    for tokens, tags in zip(groups, tagged):
        i = 0
        while i < len(tokens):
            for words in by_first.get(tokens[i].text, ()):
                n = len(words)
                if tuple(t.text for t in tokens[i : i + n]) == words and all(t == "O" for t in tags[i : i + n]):
                    kind = found[words].most_common(1)[0][0]
                    tags[i : i + n] = [f"B-{kind}"] + [f"I-{kind}"] * (n - 1)
                    i += n - 1
                    break
            i += 1


def load() -> NER:
    return NER()
