"""Training on a few invented sentences, cross-validation folds, and choosing among lemma candidates."""

from hronika.morph import candidates, context
from hronika.morph.conllu import document_folds
from hronika.morph.tagger import Morph
from hronika.morph.training import train

SENTENCES = [
    [("Котките", "котка", "NOUN"), ("спят", "спя", "VERB"), (".", ".", "PUNCT")],
    [("Кучетата", "куче", "NOUN"), ("лаят", "лая", "VERB"), ("силно", "силно", "ADV"), (".", ".", "PUNCT")],
    [("Новите", "нов", "ADJ"), ("книги", "книга", "NOUN"), ("излязоха", "изляза", "VERB"), (".", ".", "PUNCT")],
    [("Децата", "дете", "NOUN"), ("четат", "чета", "VERB"), ("книгите", "книга", "NOUN"), (".", ".", "PUNCT")],
    [("Старият", "стар", "ADJ"), ("учител", "учител", "NOUN"), ("се", "се", "PRON"),
     ("усмихна", "усмихна-се", "VERB"), (".", ".", "PUNCT")],
]


def _conllu(docs: dict[str, list[list[tuple[str, str, str]]]]) -> str:
    out = []
    for doc, sentences in docs.items():
        for k, sentence in enumerate(sentences, 1):
            out.append(f"# sent_id = {doc}-s{k}")
            out.extend(f"{i}\t{w}\t{lemma}\t{tag}\t_\t_\t0\troot\t_\t_" for i, (w, lemma, tag) in
                       enumerate(sentence, 1))
            out.append("")
    return "\n".join(out) + "\n"


def test_folds_keep_documents_whole(tmp_path):
    path = tmp_path / "mini.conllu"
    path.write_text(_conllu({"a": SENTENCES[:2], "b": SENTENCES[2:3], "c": SENTENCES[3:]}), encoding="utf-8")
    parts = document_folds(path, 2)
    assert sorted(s for p in parts for s in p) == sorted(SENTENCES)
    for doc in (SENTENCES[:2], SENTENCES[2:3], SENTENCES[3:]):
        assert any(all(s in part for s in doc) for part in parts)
    assert all(parts)


def test_candidates_name_their_sources():
    options = candidates.candidates("по-новите", "ADJ", "по-нов")
    assert "нов" in options  # from the form without the degree prefix
    assert any(f.startswith("src=deg-") for f in options["нов"])
    assert "по-новите" in options and "src=form|ADJ" in options["по-новите"]


def test_trained_models_tag_and_lemmatise(tmp_path):
    summary = train(SENTENCES * 3, tmp_path, iterations=50)
    assert summary["sentences"] == 15
    assert {p.name for p in tmp_path.iterdir()} >= {"upos.crfsuite", "lemma.crfsuite", "ranker.crfsuite",
                                                     "marker.crfsuite", "lemmas.json.gz"}
    morph = Morph(tmp_path)
    tagged = morph.tag_words(["Котките", "четат", "книгите", "."])
    assert [t for _, t in tagged] == ["NOUN", "VERB", "NOUN", "PUNCT"]
    assert tagged[0][0] == "котка" and tagged[3][0] == "."
    assert morph.tag_words([]) == []


def test_a_frequent_lemma_is_not_outvoted_by_unseen_contexts():
    table = context.build([[("Аз", "аз", "PRON"), ("може", "мога", "VERB"), ("дойда", "дойда", "VERB")]] * 6
                          + [[("Може", "може", "VERB"), ("да", "да", "AUX"), (".", ".", "PUNCT")]] * 2)
    # neighbours never seen with either lemma: the more frequent lemma wins
    assert context.choose(table, "може\tVERB", ["Детето", "може", "!"], ["NOUN", "VERB", "PUNCT"], 1) == "мога"
    assert context.choose(table, "може\tVERB", ["Може", "да", "."], ["VERB", "AUX", "PUNCT"], 0) == "може"


def test_numbers_in_digits_get_number_word_candidates():
    from hronika.morph import numerals

    assert numerals.cardinal(3) == "три" and numerals.cardinal(21) is None
    assert numerals.ordinal(20) == "двадесети" and numerals.ordinal(2) == "втори" and numerals.ordinal(21) is None
    assert numerals.roman("XIX") == 19 and numerals.roman("МИ") is None
    assert ("петгодишен", "compound") in numerals.spelled("5-годишен", ["годишен"])
    assert ("осемдесети", "ordinal-suffix") in numerals.spelled("80-те", [])
    options = candidates.candidates("40", "NUM", "40")
    assert "четиридесет" in options and "40" in options


def test_a_number_in_digits_offers_its_word_and_marks_how_it_is_written():
    options = candidates.candidates("7", "NUM", "7")
    assert "седем" in options and "src=num-cardinal|NUM" in options["седем"]
    # the digits themselves carry the number's shape, so the ranker learns which numbers BTB spells out
    assert "digits-kept=1|False|NUM" in options["7"]
    assert "digits-kept=2|True|NUM" in candidates.candidates("70", "NUM", "70")["70"]
    assert not any(f.startswith("digits-kept") for f in candidates.candidates("12-те", "ADJ", None)["12-те"])
