"""NER: BIO decoding, document-level consistency, the shipped model on invented news, and a quick fold."""

import random
import tempfile
from collections import Counter
from pathlib import Path

import hronika
from hronika.doc import Document, Span, Token
from hronika.ner.model import NER, bio_spans, join_split_names, propagate


def test_bio_spans_decoding():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "I-ORG", "O", "I-LOC"]
    assert bio_spans(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (6, 7, "LOC")]


def test_a_name_found_once_is_tagged_everywhere_in_the_document():
    def toks(*words):
        return [Token(i, i + 1, w) for i, w in enumerate(words)]

    groups = [toks("Иван", "Колев", "дойде"), toks("Колев", "каза"), toks("Иван", "Колев", "си", "тръгна")]
    tagged = [["B-PER", "I-PER", "O"], ["O", "O"], ["O", "O", "O", "O"]]
    propagate(groups, tagged)
    assert tagged[2][:2] == ["B-PER", "I-PER"] and tagged[1] == ["O", "O"]


def test_a_name_the_segmenter_split_inside_a_line_is_joined_with_its_sentences():
    text = "Секретарят Джон Смит дойде. Иван каза\nПетров чака"
    doc = Document(text=text, sentences=[Span(0, 15), Span(16, 27), Span(28, 37), Span(38, 49)])
    words = [(0, "Секретарят"), (11, "Джон"), (16, "Смит"), (20, "дойде"), (25, "."), (28, "Иван"), (33, "каза"),
             (38, "Петров"), (45, "чака")]
    tokens = [Token(a, a + len(w), w) for a, w in words]
    groups = [tokens[:2], tokens[2:5], tokens[5:7], tokens[7:]]
    tagged = [["O", "B-PER"], ["B-PER", "O", "O"], ["B-PER", "O"], ["B-PER", "O"]]
    join_split_names(doc, groups, tagged)
    assert doc.sentences == [Span(0, 27), Span(28, 37), Span(38, 49)]  # not across the line break
    assert tagged[0] == ["O", "B-PER", "I-PER", "O", "O"] and len(groups[0]) == 5
    assert tagged[1:] == [["B-PER", "O"], ["B-PER", "O"]]


def test_shipped_model_finds_people_places_and_organisations():
    doc = hronika.analyze("Германският канцлер Олаф Шолц пристигна вчера в София, където се срещна с "
                          "премиера Кирил Петков и представители на Европейската комисия.")
    found = {(m.text, m.type) for m in doc.mentions}
    assert {("Олаф Шолц", "PER"), ("София", "LOC"), ("Кирил Петков", "PER")} <= found
    assert any(m.type == "ORG" and "Европейската комисия" in m.text for m in doc.mentions)
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text


def test_quick_fold_on_the_corpus_keeps_a_floor(shared_data):
    from hronika.ner.evaluation import count, predict, prf
    from hronika.ner.training import load_articles, prepare, train_model

    articles = load_articles(shared_data)
    random.Random(1).shuffle(articles)
    prepared = prepare(articles[:260], progress=False)
    with tempfile.TemporaryDirectory() as tmp:
        train_model(prepared[:200], Path(tmp), iterations=30)
        ner = NER(Path(tmp))
        total = Counter()
        for p in prepared[200:]:
            total += count({(m.start, m.end, m.type) for m in p.article.mentions}, predict(ner, p))
    assert prf(total)[2] > 0.8


def test_a_mention_the_tagger_runs_onto_a_bracket_or_comma_is_trimmed_to_the_name(monkeypatch):
    ner = NER()
    doc = hronika.analyze("Световната банка (СБ) отпусна заема.")
    words = [t.text for t in doc.tokens]
    assert words[:3] == ["Световната", "банка", "("]
    tags = ["B-ORG", "I-ORG", "I-ORG"] + ["O"] * (len(words) - 3)
    monkeypatch.setattr(ner, "tag_sentences", lambda groups: [tags])
    ner(doc)
    assert doc.mentions[0].text == "Световната банка" and not any("(" in m.text for m in doc.mentions)


def test_an_office_glued_to_a_name_by_a_hyphen_is_no_part_of_it():
    from hronika.ner.model import mention_spans

    text = "Иван Петров-комисар Джордж Буш-младши"
    tokens = [Token(0, 4, "Иван"), Token(5, 19, "Петров-комисар"), Token(20, 26, "Джордж"), Token(27, 37, "Буш-младши")]
    spans = mention_spans(tokens, ["B-PER", "I-PER", "B-PER", "I-PER"])
    assert [text[a:b] for a, b, _ in spans] == ["Иван Петров", "Джордж Буш-младши"]
