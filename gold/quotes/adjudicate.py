"""Build ``adjudicated/`` and ``heldout/`` from the independent annotations of the quote gold sets.

    python gold/quotes/adjudicate.py

``adjudicated/`` starts from ``annotator_a/`` (all 20 documents). ``compare.py annotator_a annotator_b`` found
no quote A marked that B missed and no speaker disagreement; every disagreement is a quote only B marked. Seven
of those already fall inside A's optional entries (noun cues with a „да“ clause, teasers, a scare-quoted word).
The other four are reports attributed to a text or an event rather than a speaker, which QUOTES.md leaves
open, so they become optional entries too: they count neither way.

``heldout/`` starts from ``heldout_c/`` (ten fresh documents). ``compare.py heldout_c heldout_d`` agrees on every
direct quote and all but two indirect ones; D's two differing readings become optional entries.

``heldout2/`` starts from ``heldout2_e/`` (ten more fresh documents). ``compare.py heldout2_e heldout2_f`` agrees on
every direct quote and all but two indirect ones: where a reported clause holds an embedded „според X“, E ends the
first quote before it (the README's reading: the embedded source starts its own quote), F runs it to the sentence
end; F's longer spans become optional entries.

``heldout3/`` starts from ``heldout3_g/`` (ten more fresh documents). ``compare.py heldout3_g heldout3_h`` agrees on
every indirect quote and all but one direct one: a sentence whose opening mark is lost, which both leave open
(optional) and where H also guesses where the quoted words begin; that guess becomes optional too.

``heldout4/`` starts from ``heldout4_j/`` (fifteen more fresh documents). ``compare.py heldout4_j heldout4_k``:
direct 26 of 27 shared, indirect 66 of 67 (K 70), speaker agreement 1.000. Threats („заплашиха да …“) and an
agency's report of criticism with no content are optional in J, as QUOTES.md treats intentions and contentless
reports, and stay so. Two of J's entries become optional: quoted wording with no cue verb, which K left open,
and the extent of „<paragraph>. Това пише в анализ на X“ — J takes the sentence before, K the whole paragraph
(both readings are in J's file, one of them optional already).

``heldout5/`` starts from ``heldout5_l/`` (fifteen more fresh documents). ``compare.py heldout5_l heldout5_m``:
direct 12 of L's 13 shared, indirect 35 of L's 36 (M 39), speaker agreement 1.000. M's four extra indirect
quotes (a backstory „направили забележка да …“, a concessive „Въпреки че призова да …“, a company's forecast in a
relative clause, the indirect frame of a mixed quote) are optional entries in L already. Two of L's entries
become optional, as M left them: a study as the source („Това сочи ново проучване на …“) and two quoted words
inside a report within a report („Според "Уич травъл" "хиляди респонденти" заявяват …“).

``heldout6/`` starts from ``heldout6_n/`` (fifteen more fresh documents). ``compare.py heldout6_n heldout6_o``:
direct 29 of 29 shared (O 30), indirect 53 of N's 57 (O 53), speaker agreement 1.000. O's extra direct quote
(„блокада“, perhaps scare quotes) is optional in N already. Four of N's entries become optional, as O left them:
a wire report of guidelines („насоките предвиждат …, предаде БТА“: a document and an agency as layered sources),
a noun cue („излезе с идеята, че …“) and two teasers of other articles.

``heldout7/`` is ``heldout7_p/`` (fifteen more fresh documents) as it is. ``compare.py heldout7_p heldout7_q``: direct
17 of 17 and indirect 67 of 67 shared, speaker agreement 1.000; every entry either annotator scores meets a scored
entry of the other (they differ only in optional entries: P 43, Q 46).

``heldout8/`` is ``heldout8_s/`` (fifteen more fresh documents) as it is. ``compare.py heldout8_r heldout8_s``: direct
44 of S's 46 and indirect 52 of S's 53 shared, speaker agreement 1.000. The three others are in one Brexit story,
where R left optional what S scores: „вайкането“ and „волята на хората“ in marks inside a reported clause (the
mixed quotes of QUOTES.md, rule 3: the fragment is the reporter's words, so S's reading stands) and „които
предложиха да бъде отменен“ (a speech verb with a „да“ clause, an indirect quote however short).

``heldout11/`` is ``heldout11_x/`` (fifteen more fresh documents) as it is. ``compare.py heldout11_x heldout11_y``:
direct 16 of 16 and indirect 67 of 68 shared, speaker agreement 1.000. The other is the extent of „посочи, че желае
да укрепи икономическите връзки …, които се обтегнаха заради санкциите …“: X runs it to the sentence end, as the
reported clause's relative clause belongs to it, Y stops before the relative clause; each has the other's reading
as an optional entry, so both count the same.

``heldout12/`` is ``heldout12_z/`` (fifteen more fresh documents) with one of AA's readings. ``compare.py heldout12_z
heldout12_aa``: direct 14 of Z's 15 and indirect 57 of AA's 60 shared, speaker agreement 1.000. Of the four
differences, Z's reading stands for three: „автомобилният туризъм“ in marks inside „Според ген. Мутафчийски …“ is a
mixed quote's fragment, direct (QUOTES.md rule 3, as in ``heldout8/``); „са категорични в позицията, че …“ is a noun
cue and the headline „Кремъл обяви: …“ is in "Name: claim" form, both open under QUOTES.md and optional, as in
earlier sets. AA's reading stands for „<the court's ruling>. Новината е потвърдена от … Наим Шакир“: the passive of
„Това потвърди X“, which reports the sentence before; Z's optional entry becomes indirect.

``heldout13/`` is ``heldout13_ab/`` (fifteen more fresh documents) as it is. ``compare.py heldout13_ab heldout13_ac``:
direct 11 of 11 and indirect 41 of 41 shared, speaker agreement 1.000; the two differ only in the extent of a few
optional entries.

``heldout14/`` is ``heldout14_ae/`` (fifteen more fresh documents) as it is. ``compare.py heldout14_ad heldout14_ae``:
direct 16 of AD's 19 and indirect 58 of 58 shared, speaker agreement 1.000. The other three direct quotes are in one
Brexit story that lost every opening mark („… като твърд Брексит”“, „… към загубено десетилетие”“, „… колкото
по-труден е Брекзит, толкова …”“): AD guesses where each quote begins and scores it, AE leaves the guesses open
(optional), as ``heldout3/`` does, since no mark says where the quoted words start.

``heldout15/`` is ``heldout15_ag/`` (fifteen more fresh documents) as it is. ``compare.py heldout15_af heldout15_ag``:
direct 26 of 26 and indirect 56 of AF's 56 shared, speaker agreement 1.000. AG also scores „Според нея Лондон ще
продължи …“ (brexit 497), which AF leaves optional because „нея“ may be the EU's position or Павлова: „според“ with
a pronoun is indirect speech by definition, and AG lists both readings among the speaker's aliases. The set's
asia_bibi file_8 is nearly the same text as ``heldout5/``'s file_18 (the corpus repeats some stories).

``heldout16/`` is ``heldout16_ah/`` (fifteen more fresh documents) as it is. ``compare.py heldout16_ah heldout16_ai``:
direct 22 of 22 and indirect 53 of AH's 53 shared, speaker agreement 1.000. AI also scores „Според документа има
"…" и "…"“ (brexit 702) as indirect; AH leaves the frame optional, as the adjudicated set leaves a report attributed
to a document („Според новата редакция на документа …“), and scores the two quoted fragments inside it, as AI does.

``heldout17/`` is ``heldout17_aj/`` (fifteen more fresh documents) with one block left open. ``compare.py heldout17_aj
heldout17_ak``: direct 28 of 28 and indirect 56 of AJ's 57 (AK 59) shared, speaker agreement 1.000. The difference
is one passenger's unmarked first-person account („Обясниха ни, че …. Казаха ни, че …. 200 души … останаха в
безизходица, обяснява Ружа Любенова пред bTV“, ryanair 1104): AJ scores the three sentences as one quote of hers,
AK scores the airline staff's reports inside it and the cue sentence alone for her. QUOTES.md leaves layered
attributions open, so AJ's block becomes optional and AK's readings join AJ's optional ones there.

``heldout18/`` is ``heldout18_al/`` (fifteen more fresh documents; asia_bibi had one left, so brexit gave two more)
with one block left open. ``compare.py heldout18_al heldout18_am``: direct 6 of 6 and indirect 47 of 48 shared,
speaker agreement 1.000. The difference is again the extent of an unmarked first-person account before its cue
(„Лично аз се обаждах … . … дори спря да ми вдига телефона, каза … Величка Божерикова“, ryanair 1059): AL takes the
five sentences, AM the cue sentence alone, each with the other reading optional. As in ``heldout4/`` and
``heldout17/``, the extent stays open: AL's block becomes optional too.

``heldout19/`` is ``heldout19_an/`` (fifteen more fresh documents; four from other topics, as asia_bibi has none left
and ryanair two) with one entry left open and one of AO's readings. ``compare.py heldout19_an heldout19_ao``: direct
23 of AO's 24 and indirect 50 of AN's 52 (AO 51) shared, speaker agreement 1.000. Barnier's „нареди на
Великобритания да приема …“ (brexit 942) is an order, optional as in ``heldout8/`` (AO), not a demand (AN). The
extent of the Eurosceptics' „настояват, че …“ in the same digest stays AN's: the clause ends before „и съответно,
преговарящите … ще получат инструкции …“, the paper's own consequence, and each annotator has the other's reading
as an optional entry. The one quoted word „замръзне“ in the Световната банка report's clause (covid 131) is a
mixed quote's fragment, direct as in ``heldout8/`` and ``heldout12/`` (AO), not left open (AN).

``heldout20/`` is ``heldout20_ap/`` as it is (fifteen more fresh documents; six from other topics, as asia_bibi and
ryanair have none left). ``compare.py heldout20_ap heldout20_aq``: direct 19 of AQ's 20 and indirect 67 of AP's 68
shared, speaker agreement 1.000. The quoted words „силно зависи“ in the report of a poll („…, показва
проучването“, brexit 1096) stay open (AP): both annotators leave the poll's own report open, so its fragment is no
one's direct speech (AQ scores it). „Кан е поискал Cambridge Econometrics да изготви оценка“ (brexit 1739) is a
request with its да-clause, indirect like „призова … да …“ in QUOTES.md (AP), not an act left open (AQ).

``heldout21/`` is ``heldout21_at/`` as it is (fifteen more fresh documents; six from other topics).
``compare.py heldout21_at heldout21_au``: direct 28 of 28 and indirect 59 of AT's 60 shared, speaker agreement
1.000. The one other is „По данни на шведското здравно министерство, завърнал се … пътник е дал положителна проба“
(covid 051): a ministry reporting a case is a source like the government of ``heldout14/`` („По данни на
правителството на Острова“), indirect (AT), not a data set left open as „По данни на ECDC“ (AU).

``heldout22/`` is ``heldout22_ax/`` (fifteen more fresh documents; six from other topics) with one of AY's readings.
``compare.py heldout22_ax heldout22_ay``: direct 29 of AY's 33 and indirect 72 of AY's 73 shared, speaker agreement
1.000. „един политик отново изрази надежда, че британците ще се откажат …“ (brexit 1665) is a hope with a че-clause,
indirect as in ``heldout8/`` (AY), not left open (AX; a да-clause after the noun stays open, as in ``heldout21/``).
The other four are AY's and stay open, as AX has them: two fragments on a page that lost their opening marks
(brexit 1909, whose starts are guesses, as in ``heldout3/`` and ``heldout14/``), „Европа функционира“ in a sentence
with no cue after Шойбле's (a continuation), and „нарече “абсолютно неверни““ in a teaser of another article
(nord_stream 156, as in ``heldout6/``).

``heldout23/`` is ``heldout23_bc/`` as it is (fifteen more fresh documents; six from other topics).
``compare.py heldout23_bb heldout23_bc``: direct 29 of 29 and indirect 51 of BC's 53 (BB 52) shared, speaker
agreement 1.000. „Украйна покани Германия да участва …“ (nord_stream 570) is an invitation with a да-clause, indirect
for Ukraine as both annotators of its twin in ``heldout14/`` have it (BC; BB leaves it open). „Такъв трети клон може
според него да стане бъдещ газопровод …, който … Радев … предложи да бъде наречен …“ (nord_stream 870): the content is
the whole sentence the source governs, the relative clause included (BC); each annotator has the other's extent as
optional.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (document file, span in the other annotation, why it is optional)
OPTIONAL = [
    ("nord_stream__bg__nord_stream_bg.txt_file_1020.txt.json", (562, 684),
     "„Според новата редакция на документа …“: a document as source"),
    ("nord_stream__bg__nord_stream_bg.txt_file_1755.txt.json", (257, 411),
     "„Подобно изявление той направи …, информира X“: reports a statement, does not give its content"),
    ("ryanair__bg__ryan-BG.txt_file_1322.txt.json", (315, 418), "„Според новите правила …“: rules as source"),
    ("ryanair__bg__ryan-BG.txt_file_1322.txt.json", (349, 375), "a term quoted from the rules"),
]
HELDOUT_OPTIONAL = [
    ("nord_stream__bg__nord_stream_bg.txt_file_6.txt.json", (311, 408),
     "a quote whose opening mark is lost starts where the reported words start (README), as C has it"),
    ("ryanair__bg__ryan-BG.txt_file_1125.txt.json", (1281, 1404),
     "the last of several reported sentences attributed afterwards; the README takes them all, as C has it"),
]
HELDOUT2_OPTIONAL = [
    ("brexit__bg__brexit_bg.txt_file_675.txt.json", (133, 309),
     "„каза, че …, тъй като според нея …“ as one clause (F); E splits it at the embedded source"),
    ("nord_stream__bg__nord_stream_bg.txt_file_1153.txt.json", (1478, 1626),
     "„призова … да …, който според парламентаристите …“ as one clause (F); E splits it at the embedded source"),
]
HELDOUT3_OPTIONAL = [
    ("ryanair__bg__ryan-BG.txt_file_1082.txt.json", (571, 641),
     "opening mark lost: where the quoted words begin is a guess (H); G leaves the sentence open"),
]
HELDOUT4_DEMOTED = [
    ("brexit__bg__brexit_bg.txt_file_1592.txt.json", (1714, 1750),
     "quoted wording of a proposal with no cue verb: direct in J, optional in K"),
    ("covid-19__bg__073bg.txt.json", (477, 618),
     "„… . Това пише в анализ на X“: the sentence before (J) or the whole paragraph (K)"),
]

HELDOUT5_DEMOTED = [
    ("covid-19__bg__103bg.txt.json", (67, 207), "a study as the source: indirect in L, optional in M"),
    ("ryanair__bg__ryan-BG.txt_file_2002.txt.json", (1034, 1052),
     "two quoted words in a report within a report: direct in L, optional in M"),
]

HELDOUT6_DEMOTED = [
    ("brexit__bg__brexit_bg.txt_file_158.txt.json", (50, 249),
     "guidelines reported by an agency (document and agency as layered sources): indirect in N, optional in O"),
    ("covid-19__bg__119bg.txt.json", (2387, 2500), "a noun cue („излезе с идеята, че“): indirect in N, optional in O"),
    ("nord_stream__bg__nord_stream_bg.txt_file_1004.txt.json", (1568, 1636),
     "a teaser of another article: indirect in N, optional in O"),
    ("nord_stream__bg__nord_stream_bg.txt_file_1004.txt.json", (1759, 1819),
     "a teaser of another article: indirect in N, optional in O"),
]


#: (document file, span) — the base annotator's optional entry that the other annotator scores, and is scored
PROMOTED = {
    "heldout12": [("asia_bibi__bg__asia_bibi_bg_3006.txt.txt.json", (70, 225))],
    "heldout19": [("covid-19__bg__131bg.txt.json", (120, 128))],
    "heldout22": [("brexit__bg__brexit_bg.txt_file_1665.txt.json", (403, 457))],
}


def _merge(base: str, other: str, optional: list, out: str, demoted: list) -> int:
    docs = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / base).glob("*.json"))}
    for name, span in PROMOTED.get(out, []):  # the other annotator's scored reading of an entry the base left open
        source = json.loads((HERE / other / name).read_text(encoding="utf-8"))
        (scored,) = [q for q in source["quotes"] if (q["start"], q["end"]) == span and not q.get("optional")]
        (item,) = [q for q in docs[name]["quotes"] if (q["start"], q["end"]) == span and q.get("optional")]
        del item["optional"]
        item.update(kind=scored["kind"], note=scored["note"])
    for name, span, note in demoted:  # the base annotator's own entry, left open
        (item,) = [q for q in docs[name]["quotes"] if (q["start"], q["end"]) == span and not q.get("optional")]
        item.update(kind="any", optional=True, note=note)
    for name, span, note in optional:
        source = json.loads((HERE / other / name).read_text(encoding="utf-8"))
        (item,) = [q for q in source["quotes"] if (q["start"], q["end"]) == span]
        docs[name]["quotes"].append({"kind": "any", "start": span[0], "end": span[1],
                                     "speaker_aliases": item["speaker_aliases"], "speaker_span": None,
                                     "cue_span": None, "optional": True, "note": note})
    (HERE / out).mkdir(exist_ok=True)
    for name, doc in docs.items():
        doc["quotes"].sort(key=lambda q: (q["start"], q["end"]))
        (HERE / out / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(docs)


_RYANAIR_1104 = "ryanair__bg__ryan-BG.txt_file_1104.txt.json"
HELDOUT17_OPTIONAL = [(_RYANAIR_1104, (410, 457), "„Казаха ни, че …“ inside a passenger's unmarked account: "
                       "the airline staff's words in AK, her layer in AJ")]
HELDOUT17_DEMOTED = [(_RYANAIR_1104, (329, 517), "a passenger's unmarked first-person account with reports "
                      "inside it (layered attribution): one quote of hers in AJ, the inner reports and the cue "
                      "sentence in AK")]

HELDOUT18_DEMOTED = [("ryanair__bg__ryan-BG.txt_file_1059.txt.json", (160, 522),
                      "an unmarked first-person account before its cue: five sentences in AL, the cue sentence "
                      "alone in AM (optional in both)")]

HELDOUT19_DEMOTED = [("brexit__bg__brexit_bg.txt_file_942.txt.json", (451, 626),
                      "an order („нареди на Великобритания да …“): indirect in AN, optional in AO, as in heldout8")]


#: (base annotator, second annotator, the second's readings added as optional, output, base entries left open)
SETS = [
    ("annotator_a", "annotator_b", OPTIONAL, "adjudicated", []),
    ("heldout_c", "heldout_d", HELDOUT_OPTIONAL, "heldout", []),
    ("heldout2_e", "heldout2_f", HELDOUT2_OPTIONAL, "heldout2", []),
    ("heldout3_g", "heldout3_h", HELDOUT3_OPTIONAL, "heldout3", []),
    ("heldout4_j", "heldout4_k", [], "heldout4", HELDOUT4_DEMOTED),
    ("heldout5_l", "heldout5_m", [], "heldout5", HELDOUT5_DEMOTED),
    ("heldout6_n", "heldout6_o", [], "heldout6", HELDOUT6_DEMOTED),
    ("heldout7_p", "heldout7_q", [], "heldout7", []),
    ("heldout8_s", "heldout8_r", [], "heldout8", []),
    ("heldout9_u", "heldout9_t", [], "heldout9", []),
    ("heldout10_v", "heldout10_w", [], "heldout10", []),
    ("heldout11_x", "heldout11_y", [], "heldout11", []),
    ("heldout12_z", "heldout12_aa", [], "heldout12", []),
    ("heldout13_ab", "heldout13_ac", [], "heldout13", []),
    ("heldout14_ae", "heldout14_ad", [], "heldout14", []),
    ("heldout15_ag", "heldout15_af", [], "heldout15", []),
    ("heldout16_ah", "heldout16_ai", [], "heldout16", []),
    ("heldout17_aj", "heldout17_ak", HELDOUT17_OPTIONAL, "heldout17", HELDOUT17_DEMOTED),
    ("heldout18_al", "heldout18_am", [], "heldout18", HELDOUT18_DEMOTED),
    ("heldout19_an", "heldout19_ao", [], "heldout19", HELDOUT19_DEMOTED),
    ("heldout20_ap", "heldout20_aq", [], "heldout20", []),
    ("heldout21_at", "heldout21_au", [], "heldout21", []),
    ("heldout22_ax", "heldout22_ay", [], "heldout22", []),
    ("heldout23_bc", "heldout23_bb", [], "heldout23", []),
]

if __name__ == "__main__":
    for base, other, optional, out, demoted in SETS:
        print(f"{out}/: {_merge(base, other, optional, out, demoted)} documents")
