"""Article structure: title, subheadings, dateline and agency byline."""

from hronika.doc import Document
from hronika.text import segment

ARTICLE = """Нови мерки срещу сушата в Добруджа

ДОБРИЧ, 3 август /БТА/ Областната администрация обяви днес мерки срещу сушата. Те включват ограничения.

Фермерите са недоволни от решението и настояват за компенсации от държавата, каза председателят на сдружението.

Какво следва?

Министерството ще излезе със становище до края на седмицата.

БТА
"""


def _kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def test_title_dateline_subheading_and_byline():
    doc = segment(Document(text=ARTICLE))
    kinds = _kinds(doc)
    assert kinds[0] == ("title", "Нови мерки срещу сушата в Добруджа") and doc.title == kinds[0][1]
    assert ("subheading", "Какво следва?") in kinds
    assert kinds[-1] == ("byline", "БТА") and doc.agency == "БТА"
    assert doc.dateline is not None
    assert doc.text[doc.dateline.start : doc.dateline.end] == "ДОБРИЧ, 3 август /БТА/"
    assert (doc.dateline.place, doc.dateline.date, doc.dateline.agency) == ("ДОБРИЧ", "3 август", "БТА")


def test_sentences_never_cross_blocks_and_cover_tokens():
    doc = segment(Document(text=ARTICLE))
    for sentence in doc.sentences:
        assert "\n" not in doc.text[sentence.start : sentence.end]
    assert {doc.text[s.start : s.end] for s in doc.sentences} >= {"Какво следва?", "БТА", "Те включват ограничения."}
    covered = sum(1 for t in doc.tokens if any(s.start <= t.start and t.end <= s.end for s in doc.sentences))
    assert covered == len(doc.tokens)


def test_title_from_metadata_is_recognised_and_long_first_paragraph_is_not_a_title():
    doc = segment(Document(text="Кратко заглавие\n\nТекст на статията тук.\n", title="Кратко заглавие"))
    assert doc.blocks[0].kind == "title"
    long_first = ("Правителството прие днес на заседанието си решение за отпускане на допълнителни средства "
                  "за земеделците, пострадали от сушата.\n\nВторият абзац.\n")
    doc = segment(Document(text=long_first))
    assert doc.title is None and doc.blocks[0].kind == "paragraph"


def test_other_dateline_and_byline_styles():
    doc = segment(Document(text="Москва, 3 март (БТА) Руската армия обяви учение.\n\n(БГНЕС)\n"))
    assert doc.dateline is not None and doc.dateline.agency == "БТА" and doc.agency in ("БГНЕС", "БТА")
    assert doc.blocks[-1].kind == "byline"


def test_a_short_closing_sentence_is_not_a_byline():
    doc = segment(Document(text="Първи абзац с текст.\n\nТова е всичко.\n"))
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"] and doc.agency is None
