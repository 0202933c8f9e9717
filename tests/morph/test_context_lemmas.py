"""Ambiguous forms take the lemma their neighbours point to."""

from hronika.morph import context

SENTENCES = [
    [("Баща", "баща", "NOUN"), ("му", "мой", "PRON"), ("дойде", "дойда", "VERB")],
    [("Къщата", "къща", "NOUN"), ("му", "мой", "PRON"), ("е", "съм", "AUX"), ("голяма", "голям", "ADJ")],
    [("Тя", "аз", "PRON"), ("му", "аз", "PRON"), ("каза", "кажа", "VERB")],
    [("Аз", "аз", "PRON"), ("му", "аз", "PRON"), ("писах", "пиша", "VERB")],
    [("Котката", "котка", "NOUN"), ("спи", "спя", "VERB")],
]


def test_only_forms_with_two_lemmas_are_in_the_table():
    table = context.build(SENTENCES)
    assert list(table) == ["му\tPRON"]
    assert set(table["му\tPRON"]) == {"аз", "мой"}


def test_the_neighbouring_tags_choose_the_lemma():
    table = context.build(SENTENCES)
    words, tags = ["Приятелят", "му", "замина"], ["NOUN", "PRON", "VERB"]
    assert context.choose(table, "му\tPRON", words, tags, 1) == "мой"
    words, tags = ["Той", "му", "помогна"], ["PRON", "PRON", "VERB"]
    assert context.choose(table, "му\tPRON", words, tags, 1) == "аз"


def test_unambiguous_forms_are_left_to_the_lexicon():
    assert context.choose(context.build(SENTENCES), "спи\tVERB", ["спи"], ["VERB"], 0) is None


def test_perhaps_is_the_impersonal_verb_whatever_the_table_says():
    table = {"може\tVERB": {"мога": {"": 5, "nw:би": 3}, "може": {"": 1}}}
    assert context.choose(table, "може\tVERB", ["Може", "би", "ще"], ["VERB", "PART", "AUX"], 0) == "може"
    assert context.choose(table, "може\tVERB", ["той", "може", "да"], ["PRON", "VERB", "AUX"], 1) == "мога"
