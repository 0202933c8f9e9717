"""The real wire story in ../shared/examples comes out with the right structure (corpus test)."""

import hronika


def test_wire_story_structure(example_article):
    doc = hronika.analyze(example_article)
    assert doc.title is None and doc.blocks[0].kind == "paragraph"
    subheadings = [doc.text[b.start : b.end] for b in doc.subheadings]
    assert subheadings == ["Назарбаев в Абу Даби?", "Премиер"]
    assert doc.blocks[-1].kind == "byline" and doc.agency == "БТА"


def test_wire_story_sentence_boundaries(example_article):
    doc = hronika.analyze(example_article)
    text = doc.text
    sentences = [text[s.start : s.end] for s in doc.sentences]
    assert len(sentences) == 31
    for sentence in sentences:
        assert sentence[0].isupper() or sentence[0] in "\"„", sentence[:30]
        assert sentence[-1] in '.?!"' or sentence in ("Премиер", "БТА"), sentence[-30:]
    assert not any(s.startswith(". . .") or s.endswith("(. . .)") for s in sentences)


def test_wire_story_entities(example_article):
    doc = hronika.analyze(example_article)
    by_name = {e.name: e for e in doc.entities}
    for name in ("Мухтар Аблязов", "Нурсултан Назарбаев", "Касъм-Жомарт Токаев", "Казахстан", "Франс прес"):
        assert name in by_name, name
    assert len(by_name["Мухтар Аблязов"].mentions) >= 10
    assert {doc.mentions[i].text for i in by_name["Касъм-Жомарт Токаев"].mentions} == {"Касъм-Жомарт Токаев", "Токаев"}
    assert by_name["Мухтар Аблязов"].latin == "Muhtar Ablyazov"
