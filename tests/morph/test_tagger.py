"""The morphology stage tags invented sentences sensibly and follows BTB lemma conventions."""

import pytest

import hronika
from hronika.morph import Morph
from hronika.morph.features import apply_script, edit_script
from hronika.morph.markers import split_marker


@pytest.fixture(scope="module")
def morph() -> Morph:
    return Morph()


def _tag(morph: Morph, sentence: str) -> dict[str, tuple[str, str]]:
    words = sentence.split()
    return dict(zip(words, morph.tag_words(words)))


def test_common_words(morph):
    tags = _tag(morph, "Министрите заявиха вчера в София , че протестите ще продължат 2022 .")
    assert tags["Министрите"] == ("министър", "NOUN")
    assert tags["заявиха"][1] == "VERB" and tags["заявиха"][0].startswith("заявя")
    assert tags["София"] == ("софия", "PROPN")  # BTB lower-cases proper-noun lemmas
    assert tags[","] == (",", "PUNCT")
    assert tags["2022"] == ("2022", "NUM")
    assert tags["в"][1] == "ADP" and tags["ще"][1] == "AUX"


def test_adjectives_and_definite_forms(morph):
    tags = _tag(morph, "Новият закон за обществените поръчки беше приет .")
    assert tags["Новият"] == ("нов", "ADJ")
    assert tags["обществените"] == ("обществен", "ADJ")
    assert tags["поръчки"] == ("поръчка", "NOUN")


def test_edit_scripts_round_trip():
    for form, lemma in [("министрите", "министър"), ("Европейския", "европейски"), ("най-големия", "голям"),
                        ("София", "София")]:
        assert apply_script(form, edit_script(form, lemma)) == lemma


def test_reflexive_markers_split():
    assert split_marker("нося-(се)") == ("нося", "-(се)")
    assert split_marker("смея-се") == ("смея", "-се")
    assert split_marker("чета") == ("чета", "")


def test_stage_fills_every_token():
    doc = hronika.analyze("Правителството подаде оставка. Президентът я прие.")
    assert all(t.pos and t.lemma for t in doc.tokens)
    assert [t.pos for t in doc.tokens][-1] == "PUNCT"


def test_single_digits_take_their_number_word_as_btb_does_and_other_numbers_stay(morph):
    tags = _tag(morph, "Загинаха 7 души , а 25 бяха ранени .")
    assert tags["7"] == ("седем", "NUM")
    assert tags["25"] == ("25", "NUM")
