"""The HTML view is one self-contained page that escapes all article text and nests its highlights."""

import re

from hronika.doc import Block, Document, Entity, Mention, Quote
from hronika.render.html import render_article, render_page


def _doc() -> Document:
    text = 'Иван <b>Колев</b> каза: "Ще дойда в София & Варна".\n'
    doc = Document(text=text, source="t.txt")
    doc.blocks = [Block(0, len(text) - 1, "paragraph")]
    q_start = text.index("Ще")
    q_end = text.index('".')
    sofia = text.index("София")
    name_end = text.index(" каза")
    doc.mentions = [
        Mention(0, name_end, text[0:name_end], "PER", "Иван Колев", "E1"),
        Mention(sofia, sofia + 5, "София", "LOC", "София", "E2"),
    ]
    doc.entities = [Entity("E1", "PER", "Иван Колев", "Ivan Kolev", None, [0]),
                    Entity("E2", "LOC", "София", "Sofia", None, [1])]
    doc.quotes = [Quote("direct", q_start, q_end, text[q_start:q_end], {"text": "каза"}, 0, "E1")]
    return doc


def test_article_text_is_escaped():
    html = render_article(_doc())
    assert "<b>" not in html and "&lt;b&gt;Колев&lt;/b&gt;" in html
    assert "&amp; Варна" in html


def test_highlights_are_properly_nested_and_balanced():
    html = render_article(_doc())
    assert html.count("<mark") == html.count("</mark>") == 2
    opened = len(re.findall(r"<span class=\"(quote|lbl)", html))
    assert opened == html.count("</span>")
    # the location is inside the quote
    quote_open = html.index('class="quote direct"')
    assert quote_open < html.index("София") < html.index("</span>", html.index("София") + 40)


def test_removing_markup_gives_back_the_text():
    doc = _doc()
    html = render_article(doc)
    plain = re.sub(r'<span class="lbl">[^<]*</span>', "", html)
    plain = re.sub(r"<[^>]+>", "", plain)
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", '"')
    assert plain.replace("&#x27;", "'") == doc.text


def test_crossing_spans_are_clipped_not_broken():
    doc = _doc()
    doc.quotes[0].end = doc.text.index("София") + 2  # quote ends inside the mention
    html = render_article(doc)
    assert html.count("<mark") == html.count("</mark>")


def test_page_is_self_contained_and_lists_speaker():
    page = render_page([_doc()])
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "http://" not in page.replace("https://json", "") and "<script src" not in page
    assert "Иван Колев" in page and "Ivan Kolev" in page
