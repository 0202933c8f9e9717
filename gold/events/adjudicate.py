"""Build ``adjudicated/`` from the three annotations of the events gold set.

    python gold/events/adjudicate.py

Starts from ``annotator_c/`` (the only annotation of all 20 documents) and applies the decisions below, each
taken on a disagreement listed by ``compare.py`` (C vs A, C vs B) and justified by ``GUIDELINES.md``. Items
are taken over from the annotator whose reading won, matched by span, so no offset is typed here.
B's casualty items for parts of a total and for rates are not taken over: the guidelines exclude them.

``heldout2/`` (twelve fresh documents, annotators F and G) is F's annotation: ``compare.py heldout2_f heldout2_g``
agrees on every casualty figure and on all but four numbers and one time. F's readings stand: fractions
(„две трети“) are not marked, like „Половината“ in the adjudicated set; „единици“ is a vague quantity with
lower bound 1, like „десетки“; „десетата си година“ keeps the number word as its span; the one date-dependent
„днес“ follows F's (guessed) publication date.

``heldout3/`` (twelve more fresh documents, annotators H and I) is H's annotation: ``compare.py heldout3_h heldout3_i``
agrees on every number (67) and casualty figure (9) and on 53 of 54 times. „година по-късно“ (a year after a year
named in the story) is left out as H has it: the guidelines resolve offsets against the publication date only;
the clock time `09:11` follows H's estimated publication date.

``heldout4/`` (twelve more fresh documents, annotators J and K) is J's annotation: ``compare.py heldout4_j heldout4_k``
agrees on every number (82) and casualty figure (18) and on 53 of 56 times; the three others follow from
publication dates that neither text gives (a Ryanair story with no date at all, a Sunday or a Monday).

``heldout5/`` (twelve more fresh documents, annotators L and M) is L's annotation: ``compare.py heldout5_l heldout5_m``
agrees on every number (79) and casualty figure (3) and on 44 of 46 times; the other two are one „днес“ (twice)
read against publication dates a day apart, which the text does not give. The pool of unused documents with two
casualty words or more was spent (``gold/pick.py`` found two), so this set holds only three casualty figures.

``heldout6/`` (twelve more fresh documents with one casualty word or more, annotators P and Q) is P's annotation:
``compare.py heldout6_p heldout6_q`` agrees on both casualty figures, on 69 of P's 69 numbers (Q also marks a page
counter's „0“) and on 43 of 44 times; the other is „Миналата сряда“ read against publication dates three days
apart, which the text does not give.

``heldout7/`` (twelve more fresh documents with one casualty word or more, annotators R and S) is S's annotation:
``compare.py heldout7_r heldout7_s`` agrees on every number (67) and casualty figure (7) and on 39 of R's 40 times;
the other is „(заключена) и до днес“, which S leaves out as the vague "to this day", like „досега“ (R marks it as
the publication date).

``heldout8/`` (the last seven unused documents with a casualty word and five more, annotators T and U) is T's
annotation with two of U's items: ``compare.py heldout8_t heldout8_u`` agrees on every casualty figure (8), on 96 of
T's 97 numbers and on 43 of T's 43 times. U's „Повече от 16 000“ replaces T's „16 000“ (the guidelines put „повече
от“ inside the span; the title runs into the lead with no space, „коронавирусаПовече“, which is the text's fault,
not the span's), and U's „уикенда“ (the last weekend, Saturday to Sunday) is taken as an interval. U's „не един и
двама“ and „не едно и две“ ("quite a few") are idioms, not quantities, and stay out as T has them.

``heldout11/`` (twelve more fresh documents, annotators Z and AA; no casualty figure) is AA's annotation with Z's
span for „фаза 3“ (the number alone): ``compare.py heldout11_z heldout11_aa`` agrees on 24 of 25 numbers and 25 of
27 times; the two times („вчера“, „началото на седмицата“) follow publication dates the texts do not give, and AA's
rest on sister reports of the same story in the corpus that carry a date.

``heldout12/`` (twelve more fresh documents, annotators AB and AC; no casualty figure) is AC's annotation as it is:
``compare.py heldout12_ab heldout12_ac`` agrees on all 26 numbers and all 36 times. The two differ only in the
publication dates of four documents where no value depends on the date.

``heldout13/`` (twelve more fresh documents, annotators AD and AE; no casualty figure) is AE's annotation as it is:
``compare.py heldout13_ad heldout13_ae`` agrees on all 46 numbers and all 41 times. The two differ only in the
publication dates of two documents where no value depends on the date; AE dates brexit 793 by a sister report of the
same events in the corpus.

``heldout14/`` (twelve more fresh documents, annotators AF and AG; no casualty figure) is AG's annotation as it is:
``compare.py heldout14_af heldout14_ag`` agrees on all 34 numbers and on 33 of 34 times. The other is one „днес“ in
brexit 1080, read against publication dates a day apart (5 or 6 June 2018) that the text does not give; AG dates
brexit 645 by sister reports of the same launch in the corpus.

``heldout15/`` (twelve more fresh documents, annotators AH and AI; no casualty figure) is AI's annotation as it is:
``compare.py heldout15_ah heldout15_ai`` agrees on all 42 numbers and on 30 of 32 times. The other two follow
publication dates the texts do not give: AI dates brexit 1667 („вчера“) after Tusk's statement of 7 March 2018 that
Davis answers („Знам, че господин Туск го каза така“), a firmer basis than AH's; brexit 1284's „днес“ rests on a
rough guess in both (5 or 8 February 2018).

``heldout16/`` (twelve more fresh documents, annotators AJ and AK; no casualty figure) is AJ's annotation with AK's
publication date for brexit 345: ``compare.py heldout16_aj heldout16_ak`` agrees on 31 of 32 numbers and 25 of 27
times. AK's extra ordinal „първите“ in „През първите 10 минути“ stays out, as „първите пет месеца“ does in the
adjudicated set; the two „днес“ of brexit 345 take AK's date, which rests on the dateline of a sister report in the
corpus („Лондон, 11 януари“), not AJ's estimate a day earlier. The other documents' dates differ where no value
depends on them.

``heldout17/`` (twelve more fresh documents, annotators AL and AM; no casualty figure) is AL's annotation as it is:
``compare.py heldout17_al heldout17_am`` agrees on all 32 numbers and all 18 times. The two publication dates that
differ (brexit 113, nord_stream 108) change no value.

``heldout18/`` (twelve more fresh documents, all from brexit, annotators AN and AO; no casualty figure) is AO's
annotation as it is: ``compare.py heldout18_an heldout18_ao`` agrees on all 31 numbers and on 33 of 34 times. The
other is the „вчера“ of brexit 535 (the Financial Times published Davis's letter „вчера“), read against dates a day
apart: the sister report brexit 314 („09.01.2018 16.41“) already has the leaked letter and Brussels's reply, and
AO dates 535, which carries the same reply, on that day, not on the day after as AN does. brexit 1275's two dates
change no value.

``heldout19/`` (twelve more fresh documents, eleven from brexit, annotators AP and AQ; no casualty figure: no unused
document has a casualty word left) is AQ's annotation as it is: ``compare.py heldout19_ap heldout19_aq`` agrees on
51 of AP's 53 numbers and on all 36 times. AP also marks the two „0“ of a page's counters („Гласували 0 Коментари
0“, nord_stream 60), which stay out as in ``heldout6/``. AP saw one context line of AQ's files for two documents
(brexit 477, nord_stream 60) after annotating them, and changed nothing (AP's NOTES.md). The publication dates that
differ (brexit 357) change no value.

``heldout20/`` (twelve more fresh documents, annotators AR and AS; no casualty figure) is AR's annotation as it is:
``compare.py heldout20_ar heldout20_as`` agrees on all 24 of AR's numbers and on 38 of 39 times. AS also marks „не
са на едно мнение“ ("they disagree") as the number 1, a numeral idiom that stays out (GUIDELINES.md); the other time
is the „понеделник“ of nord_stream 1209, read against dates a week apart: AR dates the report by the Kremlin's
statement on the Putin–Merkel call and three sister reports in the corpus (10 April 2018), AS takes the first Monday
after the end of March as an estimate. AR saw one line of AS's NOTES.md (on that idiom) after writing its files and
changed nothing. The other publication dates that differ (brexit 800, nord_stream 533) change no value.

``heldout21/`` (twelve more fresh documents, annotators AV and AW) is AV's annotation as it is: ``compare.py
heldout21_av heldout21_aw`` agrees on all 44 numbers, all 53 times and both casualty figures (covid 126: „1160
случая на заболели“, „само един фатален случай“). Both mark „Най-доброто от двата свята“ (two options the text
has just named) and the footer's „© 1998 - 2018“ as an interval. The publication dates that differ by a day or
three (brexit 126, 1450, 1760, 1773) change no value.

``heldout22/`` (twelve more fresh documents, all brexit; annotators AZ and BA) is AZ's annotation as it is:
``compare.py heldout22_az heldout22_ba`` agrees on all 38 numbers and all 27 times; neither has a casualty figure (the
head counts are employees, voters, MPs and migrants). Both mark the page stamp „обновено преди 2 минути“ (brexit 574)
as the publication day, the misprint „втроия ден“ as ordinal 2 and „17 и половина милиони“ as one cardinal. The
publication dates that differ (brexit 1994, 384, 667, 709) change no value.

``heldout23/`` (twelve more fresh documents, all brexit; annotators BD and BE) is BD's annotation as it is:
``compare.py heldout23_bd heldout23_be`` agrees on all 19 numbers and on 33 of 34 times; neither has a casualty
figure. The other time is the clock time „21:44“ over brexit 933, which has no date: BD dates it like its
word-for-word twin brexit 409 in ``heldout15/`` (2018-01-25), BE a month later; BD's keeps the two copies alike.
Both read „преди по-малко от две седмици“ as a duration below 2 and leave „ЕС-27“ out as a label. (BD saw one of
BE's items through a glob after writing its own files, the same dateline date; its NOTES.md records it.) The
publication dates that differ (brexit 1172, 1655, 67) change no value.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (document file, annotator, section, span) — an item the adjudicated set takes from that annotator.
TAKE = [
    # Compound adjectives with a number are durations, like „58-годишният“ is an age (A and B agree).
    ("covid-19__bg__095bg.txt.json", "annotator_a", "numbers", (399, 410)),
    ("covid-19__bg__154bg.txt.json", "annotator_a", "numbers", (1006, 1018)),
    ("covid-19__bg__154bg.txt.json", "annotator_a", "numbers", (1244, 1256)),
    # „на едно място“: one (the same) place, a quantity, not an article (A and B agree).
    ("covid-19__bg__106bg.txt.json", "annotator_a", "numbers", (886, 890)),
    # „в полунощ в понеделник (8 юни)“ is a clock time the guidelines mark (A).
    ("covid-19__bg__108bg.txt.json", "annotator_a", "times", (584, 591)),
]

# (document file, annotator whose publication date and date-dependent values win)
PUBLISHED = [
    # A's basis names the day of the report (13 March 2020); its „днес“ follows.
    ("covid-19__bg__006bg.txt.json", "annotator_a"),
    # B's basis matches the AFP tally at 11:00 GMT on 31 December 2020; its clock times and „Вчера“ follow.
    ("covid-19__bg__078bg.txt.json", "annotator_b"),
    # The UN brief came out on 25 August 2020 and was reported that day (A); no value depends on it.
    ("covid-19__bg__097bg.txt.json", "annotator_a"),
]

# Not taken over, by rule: „една от …“ (membership, not a quantity: 095, 108), the anaphoric „годината“ /
# „цялата година“ (097, vague), „Днес сутринта“ (the span is the day word, 025), „1975/58 г.“ (misprint, 109).


def _span(section: str, item: dict) -> tuple[int, int]:
    return tuple(item["count_span"]) if section == "casualties" else (item["start"], item["end"])


MULTIPLICATIVE = " пъти"


#: (held-out set, document file, annotator, section, span, span of the item it replaces or None)
HELDOUT_TAKE = [
    ("heldout8", "covid-19__bg__120bg.txt.json", "heldout8_u", "numbers", (61, 77), (71, 77)),
    ("heldout8", "brexit__bg__brexit_bg.txt_file_771.txt.json", "heldout8_u", "times", (575, 582), None),
    # „фаза 3“: the number alone, the noun it counts or labels stays out (GUIDELINES.md: „3-ти“, „пъти“)
    ("heldout11", "covid-19__bg__021bg.txt.json", "heldout11_z", "numbers", (1417, 1418), (1412, 1418)),
]

#: (held-out set, document file, annotator whose publication date and date-dependent times win)
HELDOUT_PUBLISHED = [
    # a sister report of the same meeting in the corpus (brexit 275) carries the dateline „Лондон, 11 януари“
    ("heldout16", "brexit__bg__brexit_bg.txt_file_345.txt.json", "heldout16_ak"),
]


def copy(source: str, target: str) -> int:
    """A held-out set whose adjudication keeps one annotator's items, except that a multiplicative number's span
    leaves out „пъти“ as ``GUIDELINES.md`` asks (heldout5 and heldout6 were annotated before the rule was written)."""
    from hronika.data import data_dir

    (HERE / target).mkdir(exist_ok=True)
    paths = sorted((HERE / source).glob("*.json"))
    for path in paths:
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = (data_dir() / "slavicner" / "raw" / doc["doc"]).read_text(encoding="utf-8")
        for number in doc["numbers"]:
            if text[number["start"]:number["end"]].endswith(MULTIPLICATIVE):
                number["end"] -= len(MULTIPLICATIVE)
        for _, name, annotator, section, span, replaced in (t for t in HELDOUT_TAKE if t[:2] == (target, path.name)):
            other = json.loads((HERE / annotator / name).read_text(encoding="utf-8"))
            (item,) = [x for x in other[section] if _span(section, x) == span]
            doc[section] = [x for x in doc[section] if _span(section, x) != replaced] + [item]
            doc[section].sort(key=lambda x: _span(section, x))
        for _, name, annotator in (p for p in HELDOUT_PUBLISHED if p[:2] == (target, path.name)):
            _take_published(doc, json.loads((HERE / annotator / name).read_text(encoding="utf-8")))
        (HERE / target / path.name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(paths)


def _take_published(doc: dict, source: dict) -> None:
    """``doc`` takes the publication date of ``source`` and the values of the times that depend on it."""
    doc["published"], doc["published_basis"] = source["published"], source["published_basis"]
    values = {(t["start"], t["end"]): t for t in source["times"]}
    doc["times"] = [values.get((t["start"], t["end"]), t) for t in doc["times"]]


def build() -> int:
    out = HERE / "adjudicated"
    docs = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "annotator_c").glob("*.json"))}
    for name, annotator, section, span in TAKE:
        source = json.loads((HERE / annotator / name).read_text(encoding="utf-8"))
        (item,) = [x for x in source[section] if _span(section, x) == span]
        docs[name][section].append(item)
    for name, annotator in PUBLISHED:
        _take_published(docs[name], json.loads((HERE / annotator / name).read_text(encoding="utf-8")))
    for name, doc in docs.items():
        for section in ("numbers", "times"):
            doc[section].sort(key=lambda x: (x["start"], x["end"]))
        (out / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(docs)


#: (annotation taken as it is, adjudicated held-out set)
HELDOUT_SETS = [("heldout2_f", "heldout2"), ("heldout3_h", "heldout3"), ("heldout4_j", "heldout4"),
                ("heldout5_l", "heldout5"), ("heldout6_p", "heldout6"),
                ("heldout7_s", "heldout7"), ("heldout8_t", "heldout8"), ("heldout9_w", "heldout9"),
                ("heldout10_y", "heldout10"),
                ("heldout11_aa", "heldout11"), ("heldout12_ac", "heldout12"),
                ("heldout13_ae", "heldout13"), ("heldout14_ag", "heldout14"), ("heldout15_ai", "heldout15"),
                ("heldout16_aj", "heldout16"), ("heldout17_al", "heldout17"), ("heldout18_ao", "heldout18"),
                ("heldout19_aq", "heldout19"), ("heldout20_ar", "heldout20"),
                ("heldout21_av", "heldout21"), ("heldout22_az", "heldout22"),
                ("heldout23_bd", "heldout23")]

if __name__ == "__main__":
    print(f"adjudicated/: {build()} documents")
    for annotation, out in HELDOUT_SETS:
        print(f"{out}/: {copy(annotation, out)} documents")
