"""Pronouns and determiners the training data may miss get BTB's part of speech and lemma by grammar."""

from hronika.morph import closed


def test_possessives_take_the_lemma_of_their_number():
    assert closed.lemma("нейните", "DET") == "мой" and closed.lemma("неговата", "DET") == "мой"
    assert closed.lemma("тяхната", "DET") == "наш" and closed.lemma("техния", "DET") == "наш"
    assert closed.lemma("твоето", "DET") == "твой" and closed.lemma("своите", "DET") == "свой"


def test_indefinite_and_personal_pronouns():
    assert closed.lemma("нещо", "PRON") == "някой" and closed.lemma("нищо", "PRON") == "никой"
    assert closed.lemma("всичко", "PRON") == "всеки" and closed.lemma("тях", "PRON") == "аз"
    assert closed.lemma("нещо", "NOUN") is None


def test_only_unambiguous_forms_get_a_part_of_speech():
    assert closed.TAGS["нещо"] == "PRON" and closed.TAGS["нейните"] == "DET"
    assert closed.TAGS["&"] == "CCONJ" and closed.lemma("&", "CCONJ") == "и"
    assert "това" not in closed.TAGS and "кои" not in closed.TAGS  # determiner or pronoun: the tagger decides


def test_tagger_corrects_an_unseen_pronoun(monkeypatch):
    from hronika.morph import Morph

    morph = Morph()
    monkeypatch.setattr(morph, "forms", morph.forms - {"нещата"})
    words = "Нещата вървят добре .".split()
    assert morph.tag_words(words)[0] == ("някой", "PRON")
