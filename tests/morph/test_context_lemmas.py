"""Ambiguous forms take the lemma their neighbours point to."""

from hronika.morph import context

SENTENCES = [
    [("Той", "аз", "PRON"), ("може", "мога", "VERB"), ("дойде", "дойда", "VERB")],
    [("Тя", "аз", "PRON"), ("може", "мога", "VERB"), ("е", "съм", "AUX"), ("права", "прав", "ADJ")],
    [("Може", "може", "VERB"), ("да", "да", "AUX"), ("вали", "валя", "VERB")],
    [("Може", "може", "VERB"), ("да", "да", "AUX"), ("закъснее", "закъснея", "VERB")],
    [("Котката", "котка", "NOUN"), ("спи", "спя", "VERB")],
    [("Баща", "баща", "NOUN"), ("му", "мой", "PRON"), ("дойде", "дойда", "VERB")],
    [("Тя", "аз", "PRON"), ("му", "аз", "PRON"), ("каза", "кажа", "VERB")],
]


def test_only_forms_with_two_lemmas_are_in_the_table_and_clitics_are_left_to_their_rule():
    table = context.build(SENTENCES)
    assert list(table) == ["може\tVERB"]
    assert set(table["може\tVERB"]) == {"мога", "може"}


def test_the_neighbouring_tags_choose_the_lemma():
    table = context.build(SENTENCES)
    words, tags = ["Той", "може", "замина"], ["PRON", "VERB", "VERB"]
    assert context.choose(table, "може\tVERB", words, tags, 1) == "мога"
    words, tags = ["Може", "да", "стане"], ["VERB", "AUX", "VERB"]
    assert context.choose(table, "може\tVERB", words, tags, 0) == "може"


def test_unambiguous_forms_are_left_to_the_lexicon():
    assert context.choose(context.build(SENTENCES), "спи\tVERB", ["спи"], ["VERB"], 0) is None


def test_perhaps_is_the_impersonal_verb_whatever_the_table_says():
    table = {"може\tVERB": {"мога": {"": 5, "nw:би": 3}, "може": {"": 1}}}
    assert context.choose(table, "може\tVERB", ["Може", "би", "ще"], ["VERB", "PART", "AUX"], 0) == "може"
    assert context.choose(table, "може\tVERB", ["той", "може", "да"], ["PRON", "VERB", "AUX"], 1) == "мога"


def test_the_neuter_participle_of_imam_is_the_existential_verb_whatever_the_table_says():
    table = {"имало\tVERB": {"имам": {"": 3}, "има": {"": 1}}}
    words, tags = ["не", "е", "имало", "други", "кандидати"], ["PART", "AUX", "VERB", "ADJ", "NOUN"]
    assert context.choose(table, "имало\tVERB", words, tags, 2) == "има"
    assert context.choose(table, "имал\tVERB", ["той", "имал", "план"], ["PRON", "VERB", "NOUN"], 1) is None
