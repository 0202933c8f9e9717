"""The evidence the reflexive-marker classifier gets about an unseen verb: its nearest relative among the
known verbs (aspect pair, prefixed or unprefixed verb) and which participles the dictionary gives it."""

from hronika.morph.markers import Relatives, marker_features, paradigm_features, reading_features


def test_nearest_known_verb_shares_the_longest_beginning():
    relatives = Relatives({"доближа": "-(се)", "добия": "none", "усмихна": "-се", "уча": "none"})
    assert relatives.nearest("доближавам") == ("доближа", 7)
    assert relatives.nearest("доближа")[0] != "доближа"  # a verb is not its own relative


def test_aspect_partner_and_prefixed_relatives_give_their_markers():
    relatives = Relatives({"доближа": "-(се)", "усмихна": "-се", "науча": "none"})
    f = relatives.features("доближавам")
    assert "rel3=-(се)" in f and "rel2=no" in f  # доближа|вам: three letters differ
    assert "unpre=-се" in relatives.features("поусмихна")  # по + усмихна
    assert "prefixed=none" in relatives.features("уча")  # на + уча
    assert relatives.features("пиша") == [f"rel{k}=no" for k in (2, 3, 4, 5, 6)]


def test_reflexive_only_verbs_lack_passive_participles_in_the_dictionary():
    assert "pp=True" in paradigm_features("казвам")  # казван, казвана
    assert "pp=False" in paradigm_features("страхувам")  # *страхуван
    assert paradigm_features("xyzзъм") == ["sig=none"]


def test_marker_features_include_the_relatives_when_given():
    words = ["Той", "се", "доближава"]
    relatives = Relatives({"доближа": "-(се)"})
    assert "rel4=-(се)" in marker_features("доближавам", words, 2, {}, "VERB", relatives)
    assert not any(f.startswith("rel") for f in marker_features("доближавам", words, 2, {}, "VERB"))


def test_reading_features_tell_a_reflexive_use_from_a_passive_one():
    words = "Но се убеди в този факт".lower().split()
    assert "gov|near=в|се" in reading_features(words, 2, "се")
    words = "не се сещам за нищо".split()
    assert "person|near=12|се" in reading_features(words, 2, "се")  # се with the first person: not a passive
    words = "за да се подчертае , че".split()
    f = reading_features(words, 3, "се")
    assert "da_se=True" in f and "person|near=3|се" in f and "gov=other" in f
    assert "person|near=-|" in reading_features(["определените"], 0, "", "ADJ")
