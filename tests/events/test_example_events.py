"""The wire story's events come out as the issue lists them (corpus test; published 2022-01-07)."""

import hronika


def _frames(text: str):
    return hronika.analyze(text, published="2022-01-07").events


def test_casualty_figures_and_their_sources(example_article):
    doc = hronika.analyze(example_article, published="2022-01-07")
    casualties = [(e["subtype"], e["count"]["value"], e["count"]["low"], e["victims"]["text"], e["source"]["text"],
                   e["source"]["citing"]) for e in doc.events if e["type"] == "casualties"]
    assert casualties == [
        ("killed", None, 10, "демонстранти", "властите", None),
        ("injured", None, 1000, "души", "властите", None),
        ("killed", 18, None, "служители на силите за сигурност", "информационните агенции", "властите"),
        ("injured", 748, None, "служители на силите за сигурност", "информационните агенции", "властите"),
    ]


def test_other_frames(example_article):
    frames = _frames(example_article)
    by_type = {}
    for frame in frames:
        by_type.setdefault(frame["type"], []).append(frame)
    assert by_type["protest"][0]["time"] == "2022-01-02"  # began on Sunday
    assert any(f["time"] == "2022-01-06" for f in by_type["deployment"])  # Russian troops arrived yesterday
    assert {"resignation", "price_change", "request_for_help", "asylum", "charges"} <= set(by_type)
    (conviction,) = by_type["conviction"]
    assert conviction["time"] == "2017" and conviction["penalties"] == ["20 години затвор", "доживотен затвор"]
    assert any(f["figures"] for f in by_type["imprisonment"])  # 14 months in prison
