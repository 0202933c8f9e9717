"""Short pronoun clitics take a possessive lemma after a noun phrase and a personal one next to a verb;
standard abbreviations are spelled out; participles lemmatised as verbs may take a reflexive marker."""

from hronika.morph import abbreviations, clitics
from hronika.morph.tagger import takes_marker


def test_clitic_after_a_noun_is_possessive():
    assert clitics.lemma(["Баща", "му", "дойде"], ["NOUN", "PRON", "VERB"], 1) == "мой"
    assert clitics.lemma(["новата", "ѝ", "къща"], ["ADJ", "PRON", "NOUN"], 1) == "неин"
    assert clitics.lemma(["с", "родителите", "си"], ["ADP", "NOUN", "PRON"], 2) == "свой"
    assert clitics.lemma(["мнението", "ви"], ["NOUN", "PRON"], 1) == "ваш"


def test_clitic_next_to_a_verb_is_personal():
    assert clitics.lemma(["да", "им", "дам"], ["PART", "PRON", "VERB"], 1) == "аз"
    assert clitics.lemma(["Кажи", "му"], ["VERB", "PRON"], 1) == "аз"
    assert clitics.lemma(["ще", "си", "купи"], ["AUX", "PRON", "VERB"], 1) == "се"


def test_clitic_between_a_noun_without_its_article_and_a_verb_is_the_verbs():
    assert clitics.lemma(["финансови", "съображения", "ни", "се", "налага"], ["ADJ", "NOUN", "PRON", "PRON", "VERB"],
                         2) == "аз"
    assert clitics.lemma(["паспортната", "служба", "ни", "обясни"], ["ADJ", "NOUN", "PRON", "VERB"], 2) == "аз"
    # with the article, or after a kinship noun (which takes none), it stays possessive
    assert clitics.lemma(["колата", "му", "се", "повредила"], ["NOUN", "PRON", "PRON", "VERB"], 1) == "мой"
    assert clitics.lemma(["Жена", "му", "грабна"], ["NOUN", "PRON", "VERB"], 1) == "мой"
    assert clitics.lemma(["служба", "ни", "в", "Берлин"], ["NOUN", "PRON", "ADP", "PROPN"], 1) == "наш"


def test_si_between_a_subject_and_its_verb_is_the_reflexive_dative():
    assert clitics.lemma(["Двама", "пияници", "си", "говорят"], ["NUM", "NOUN", "PRON", "VERB"], 2) == "се"
    assert clitics.lemma(["противоречията", "си", "остават"], ["NOUN", "PRON", "VERB"], 1) == "се"
    # after a prepositional phrase, or before anything but a verb, it stays possessive
    assert clitics.lemma(["В", "писмото", "си", "заяви"], ["ADP", "NOUN", "PRON", "VERB"], 2) == "свой"
    assert clitics.lemma(["Зад", "гърба", "си", "има"], ["ADP", "NOUN", "PRON", "VERB"], 2) == "свой"
    assert clitics.lemma(["колегите", "си", "в"], ["NOUN", "PRON", "ADP"], 1) == "свой"
    assert clitics.lemma(["баща", "му", "дойде"], ["NOUN", "PRON", "VERB"], 1) == "мой"  # only „си“


def test_si_is_the_second_person_of_sam_where_no_third_person_could_be_its_subject():
    def auxiliary(sentence: str, tags: str) -> bool:
        words = sentence.split()
        return clitics.is_auxiliary(words, tags.split(), words.index("си"))

    assert auxiliary("Ти си весела", "PRON PRON ADJ")
    assert auxiliary("Дал ли си му я ?", "VERB PART PRON PRON PRON PUNCT")
    assert auxiliary("Татко , добре ли си ?", "NOUN PUNCT ADV PART PRON PUNCT")
    assert auxiliary("не можеш да си сигурен", "PART VERB AUX PRON ADJ")
    assert auxiliary(", ако не си се подготвил да", "PUNCT SCONJ PART PRON PRON VERB AUX")
    assert auxiliary("образованието , което си получила", "NOUN PUNCT PRON PRON VERB")
    # a noun or a third-person subject in the clause: the reflexive; a finite verb or a plural: not съм
    assert not auxiliary("Никой от пътниците не си признал", "PRON ADP NOUN PART PRON VERB")
    assert not auxiliary("свако Дан си имал план", "NOUN PROPN PRON VERB NOUN")
    assert not auxiliary("Атанасов , който си свали дрехите", "PROPN PUNCT PRON PRON VERB NOUN")
    assert not auxiliary("Купи ли си кола ?", "VERB PART PRON NOUN PUNCT")
    assert not auxiliary("ще си купи", "AUX PRON VERB")
    assert not auxiliary(", докато си играело в снега", "PUNCT SCONJ PRON VERB ADP NOUN")  # a neuter


def test_other_words_are_not_clitics():
    assert clitics.lemma(["Баща", "му"], ["NOUN", "DET"], 1) is None
    assert clitics.lemma(["Баща", "той"], ["NOUN", "PRON"], 1) is None


def test_units_and_abbreviations_are_spelled_out():
    assert abbreviations.lemma("кг", "NOUN") == "килограм"
    assert abbreviations.lemma("ч.", "NOUN") == "час"
    assert abbreviations.lemma("млн.", "NOUN") == "милион"
    assert abbreviations.lemma("гл.", "ADJ") == "главен"
    assert abbreviations.lemma("кг", "PROPN") is None  # only with the part of speech it has
    assert abbreviations.lemma("масата", "NOUN") is None


def test_deputy_compounds_keep_the_lemma_of_their_second_part():
    lemma = abbreviations.lemma("зам.-министърът", "NOUN", lambda rest: {"министърът": "министър"}[rest])
    assert lemma == "заместник-министър"


def test_verbs_and_verbal_participles_take_markers():
    assert takes_marker("VERB", "нося")
    assert not takes_marker("NOUN", "нося", "носа")
    assert takes_marker("ADJ", "определя", "определената")  # определената → определя-(се)
    assert takes_marker("ADJ", "организирам", "организираните") and takes_marker("ADJ", "работя", "работещ")
    assert not takes_marker("ADJ", "голям", "големият") and not takes_marker("ADJ", "нов", "новата")
    assert not takes_marker("ADJ", "проституция", "проституция")  # a noun mistagged: not a participle's form
