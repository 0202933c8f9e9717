"""Reading a hunspell dictionary: stems and suffix classes give every form's possible lemmas."""

import pytest

from hronika.morph import hunspell

# An invented miniature in the format of Debian's bg_BG.dic/.aff: a noun class, an adjective class that
# replaces -ен, and a conditioned rule.
AFF = """SET UTF-8

SFX N Y 3
SFX N   0     ът      .
SFX N   0     и       .
SFX N   0     ите     .

SFX K Y 3
SFX K   ен    на      .
SFX K   ен    ни      .
SFX K   ен    ният    .

SFX V Y 2
SFX V   ам    а       ам
SFX V   ам    ат      ам
"""
DIC = """4
стол/N
умен/K
чакам/V
Пловдив
"""


@pytest.fixture()
def dictionary(tmp_path, monkeypatch):
    (tmp_path / "xx.aff").write_text(AFF, encoding="utf-8")
    (tmp_path / "xx.dic").write_text(DIC, encoding="utf-8")
    monkeypatch.setenv(hunspell.ENV, str(tmp_path / "xx.dic"))
    hunspell.dictionary.cache_clear()
    hunspell.analyses.cache_clear()
    yield hunspell.dictionary()
    hunspell.dictionary.cache_clear()
    hunspell.analyses.cache_clear()


def test_forms_are_traced_to_their_stems(dictionary):
    assert hunspell.analyses("столите") == (hunspell.Analysis("стол", "N", "ите"),)
    assert hunspell.analyses("умената") == ()  # no such rule in the miniature
    assert hunspell.analyses("умният") == (hunspell.Analysis("умен", "K", "ният"),)
    assert hunspell.analyses("чакат") == (hunspell.Analysis("чакам", "V", "ат"),)


def test_entries_and_capitalised_words(dictionary):
    assert hunspell.analyses("стол") == (hunspell.Analysis("стол", "", ""),)
    assert hunspell.analyses("Пловдив") == (hunspell.Analysis("Пловдив", "", ""),)
    assert hunspell.analyses("Столът") == (hunspell.Analysis("стол", "N", "ът"),)  # sentence-initial
    assert dictionary.stems["умен"] == "K"


def test_an_empty_setting_switches_the_dictionary_off(monkeypatch):
    monkeypatch.setenv(hunspell.ENV, "")
    hunspell.dictionary.cache_clear()
    hunspell.analyses.cache_clear()
    try:
        assert hunspell.dictionary() is None
        assert hunspell.analyses("столът") == ()
    finally:
        hunspell.dictionary.cache_clear()
        hunspell.analyses.cache_clear()


def test_the_morphology_stage_works_without_the_dictionary(monkeypatch):
    from hronika.morph import Morph

    monkeypatch.setenv(hunspell.ENV, "")
    hunspell.dictionary.cache_clear()
    hunspell.analyses.cache_clear()
    try:
        tagged = Morph().tag_words(["Министрите", "заявиха", "вчера", "."])
        assert [t for _, t in tagged] == ["NOUN", "VERB", "ADV", "PUNCT"]
        assert tagged[0][0] == "министър"
    finally:
        hunspell.dictionary.cache_clear()
        hunspell.analyses.cache_clear()
