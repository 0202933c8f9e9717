"""Casualty frames take the right count, victim group and source from real sentence patterns."""

import re

import pytest

import hronika
from hronika.doc import Document
from hronika.events import extract_events
from hronika.numbers import extract_numbers
from hronika.text import segment

COUNT = re.compile(r"\b(десетки|стотици|над хиляда|Осемнадесет|двама|трима|\d[\d ]*)\b")
VALUES = {"десетки": (None, 10), "стотици": (None, 100), "над хиляда": (None, 1000), "Осемнадесет": (18, None),
          "двама": (2, None), "трима": (3, None)}


def _doc(text: str) -> Document:
    """A segmented document whose numbers are marked by a tiny fixture recogniser (not the numbers stage)."""
    doc = segment(Document(text=text))
    for m in COUNT.finditer(text):
        word = m.group().strip()
        value, low = VALUES.get(word, (int(word.replace(" ", "")) if word[0].isdigit() else None, None))
        doc.numbers.append({"start": m.start(), "end": m.start() + len(word), "text": word, "kind": "cardinal",
                            "value": value, "low": low})
    return extract_events(doc)


def _casualties(doc: Document) -> list[tuple[str, str, str | None]]:
    return [(e["subtype"], e["count"]["text"], (e["victims"] or {}).get("text"))
            for e in doc.events if e["type"] == "casualties"]


def test_count_before_participle_with_victim_group():
    doc = _doc("Властите съобщиха, че десетки демонстранти са убити и над хиляда души са ранени.")
    assert _casualties(doc) == [("killed", "десетки", "демонстранти"), ("injured", "над хиляда", "души")]


def test_coordinated_frame_inherits_victim_group_and_source_cites():
    doc = _doc("Осемнадесет полицаи бяха убити и 748 бяха ранени, предадоха агенциите, като се позоваха на МВР.")
    assert _casualties(doc) == [("killed", "Осемнадесет", "полицаи"), ("injured", "748", "полицаи")]
    source = doc.events[0]["source"]
    assert source["text"] == "агенциите" and source["citing"] == "МВР"


def test_count_after_the_trigger():
    doc = _doc("През изминалото денонощие са починали 34 пациенти.")
    assert _casualties(doc) == [("killed", "34", "пациенти")]


def test_a_preposition_after_the_count_is_no_victim_group():
    doc = segment(Document(text="Смъртните случаи за денонощието са 157, със 123 повече спрямо вчера."))
    doc = extract_events(extract_numbers(doc))
    assert _casualties(doc)[0] == ("killed", "157", None)


def test_negated_trigger_and_numbers_in_other_clauses_are_ignored():
    assert _casualties(_doc("Никой не е ранен при инцидента.")) == []
    assert _casualties(_doc("Самолетът е с 200 места; пътниците не са ранени.")) == []


def test_arrests_and_other_event_types():
    doc = _doc("Полицията задържа трима души. Премиерът подаде оставка след протестите.")
    assert _casualties(doc) == [("arrested", "трима", "души")]
    types = {e["type"] for e in doc.events}
    assert {"resignation", "protest"} <= types


def test_missing_people():
    doc = hronika.analyze("Двама туристи са в неизвестност след лавината.")
    assert _casualties(doc) == [("missing", "Двама", "туристи")]


@pytest.mark.parametrize(
    "sentence, kind, trigger",
    [
        ("Парламентът назначи Иван Петров за министър на отбраната.", "appointment", "назначи"),
        ("Русия изпрати войски в Казахстан по молба на президента.", "deployment", "войски"),
        ("Правителството поиска помощ от Европейския съюз за справяне с наводненията.", "request_for_help",
         "поиска помощ"),
        ("Цената на газа се повишава с 20% от догодина.", "price_change", "Цената на газа се повишава"),
        ("Правителството въведе извънредно положение в цялата страна.", "policy_change",
         "въведе извънредно положение"),
        ("Прокуратурата повдигна обвинение на бившия кмет за присвояване.", "charges", "повдигна обвинение"),
        ("Съдът осъди бившия министър на 5 години затвор.", "conviction", "осъди"),
        ("Апелативният съд оправда бизнесмена.", "acquittal", "оправда"),
        ("Франция предостави политическо убежище на опозиционера.", "asylum", "убежище"),
        ("На изборите в неделя партията спечели 32% от гласовете.", "election", "изборите"),
    ],
)
def test_event_types_and_their_triggers(sentence, kind, trigger):
    doc = hronika.analyze(sentence, published="2023-03-10")
    assert (kind, trigger) in [(e["type"], e["trigger"]["text"]) for e in doc.events]


def test_conviction_carries_its_sentence_and_election_its_result():
    doc = hronika.analyze("Съдът осъди бившия министър на 5 години затвор. "
                          "На изборите в неделя партията спечели 32% от гласовете.", published="2023-03-10")
    frames = {e["type"]: e for e in doc.events}
    assert [doc.numbers[i]["text"] for i in frames["conviction"]["figures"]] == ["5 години"]
    assert [doc.numbers[i]["value"] for i in frames["election"]["figures"]] == [32]
    assert frames["election"]["time"] == "2023-03-05"


def _analysed_casualties(text: str) -> list[tuple[str, str, str | None]]:
    return _casualties(hronika.analyze(text))


def test_new_cases_count_as_infections_in_a_text_about_a_disease():
    text = ("Коронавирусът се разпространява, а заразата не спира. Днес са доказани още 12 нови случая на коронавирус. "
            "Вчера са регистрирани близо 680 хил. нови случаи, а 15 599 човека са починали.")
    assert _analysed_casualties(text) == [("infected", "12", None), ("infected", "близо 680 хил.", None),
                                          ("killed", "15 599", "човека")]


def test_cases_outside_a_disease_story_are_not_infections():
    assert _analysed_casualties("Полицията е разследвала 12 случая на измама.") == []


def test_parts_and_rates_are_not_head_counts():
    text = ("Заразените с коронавирус са 593. От тях 332 от регистрираните случаи са на мъже. "
            "Белгия е първа по смъртни случаи на 100 хиляди жители (168). "
            "Близо 51 млн. души от заразените с вируса вече са оздравели.")
    assert [c for c in _analysed_casualties(text) if c[0] != "recovered"] == [("infected", "593", None)]


def test_a_count_with_an_upper_bound_and_people_after_it():
    text = "САЩ са с най-много заразени с коронавируса (малко под 20 млн. души) и починали (над 342 хил. души)."
    assert _analysed_casualties(text) == [("infected", "малко под 20 млн.", "души"),
                                          ("killed", "над 342 хил.", "души")]


def test_transitive_verb_takes_the_count_after_it():
    doc = _doc("Полицията иззе стоки в 77 държави и арестува 407 души.")
    assert _casualties(doc) == [("arrested", "407", "души")]


def test_figures_after_respectively_repeat_the_outcome():
    doc = _doc("Италия е първа с 1441 починали, следват Иран и Испания със съответно 611 и 196.")
    assert _casualties(doc) == [("killed", "1441", None), ("killed", "611", None), ("killed", "196", None)]


def test_a_difference_between_counts_is_not_a_count():
    doc = _doc("Новите заразени с коронавирус са 174 (с 2 случая по-малко спрямо вчера).")
    assert [c for _, c, _ in _casualties(doc)] == ["174"]


def test_label_and_figure_across_a_dash():
    doc = _doc("Най-много новозаразени с коронавирус – 63 има в София.")
    assert _casualties(doc) == [("infected", "63", None)]


def test_found_in_people_and_the_sick_are_infections_but_the_two_cases_are_not_a_count():
    doc = hronika.analyze("Новият щам на коронавируса е открит при двама души в Пекин. Досега там бяха "
                          "регистрирани 186 болни с вируса. И в двата случая вирусът бил предаден.")
    found = [(e["subtype"], e["count"]["value"]) for e in doc.events if e["type"] == "casualties"]
    assert found == [("infected", 2), ("infected", 186)]


def test_found_in_an_operation_is_no_count_of_people():
    doc = hronika.analyze("Полицията иззе 17 000 фалшиви теста за коронавирус, открити при операции в десетки "
                          "страни.")
    assert [e for e in doc.events if e["type"] == "casualties"] == []


def test_a_population_and_an_average_share_are_not_victim_counts():
    doc = hronika.analyze("В Норвегия и Финландия, с общо население от около 16,5 милиона, от вируса са починали "
                          "малко над 1000 души. На 100 000 души се падаха по 197,6 новозаразени с вируса.")
    found = [(e["subtype"], e["count"]["low"], e["count"]["value"]) for e in doc.events if e["type"] == "casualties"]
    assert found == [("killed", 1000, None)]


def test_an_active_verb_of_infection_takes_the_count_after_it():
    doc = hronika.analyze("Досега коронавирусът е инфектирал повече от 42 000 души в САЩ.")
    found = [(e["subtype"], e["count"]["low"]) for e in doc.events if e["type"] == "casualties"]
    assert found == [("infected", 42000)]


def test_the_killing_of_a_counted_group_names_killed_and_its_victims_past_adjectives():
    doc = hronika.analyze("Делото стана причина за убийството на двама пакистански политици. През 2011 г. бяха "
                          "убити двама известни пакистански политици.")
    found = [(e["subtype"], e["count"]["value"], e["victims"] and e["victims"]["head"])
             for e in doc.events if e["type"] == "casualties"]
    assert found == [("killed", 2, "политици"), ("killed", 2, "политици")]


def test_a_participle_used_as_a_noun_names_the_group_and_inherits_none():
    doc = hronika.analyze("В света са заразени над 20 млн. души, като близо 750 хил. са загиналите.")
    killed = [e for e in doc.events if e["type"] == "casualties" and e["subtype"] == "killed"]
    assert killed and killed[0]["count"]["value"] == 750_000 and killed[0]["victims"] is None


def test_a_death_sentence_is_no_death_and_a_relative_clause_counts_the_noun_before_it():
    doc = hronika.analyze("Хиляди хора искат смъртна присъда. Жертвите са седем души, които са убити в Ирак. "
                          "Войната доведе до смъртта на стотици деца.")
    found = [(e["subtype"], e["count"]["text"], e["victims"] and e["victims"]["head"])
             for e in doc.events if e["type"] == "casualties"]
    assert found == [("killed", "седем", "души"), ("killed", "стотици", "деца")]


def test_death_threats_and_early_trials_are_no_casualties_but_death_cases_are():
    doc = hronika.analyze("Съпругът и четирите й дъщери получиха смъртни заплахи. Няколко вече са стартирали ранни "
                          "изпитания. Смъртните случаи са 12.")
    found = [(e["subtype"], e["count"]["value"]) for e in doc.events if e["type"] == "casualties"]
    assert found == [("killed", 12)]


def test_confirmed_cases_counted_after_the_trigger_have_no_victim_group():
    doc = hronika.analyze("По света има потвърдени повече от 550 000 случая на ковид. Вирусът се разпространява.")
    infected = [e for e in doc.events if e["type"] == "casualties" and e["subtype"] == "infected"]
    assert infected and infected[0]["victims"] is None


def test_a_relative_clause_between_the_counted_people_and_their_verb():
    doc = _doc("Случаят раздели страната, а двама политици, който се опитваха да ѝ помогнат, бяха убити.")
    assert _casualties(doc) == [("killed", "двама", "политици")]


def test_infections_named_zarazi_and_no_count_of_instances_or_of_a_part():
    doc = hronika.analyze("За последните 24 часа са регистрирани 3568 нови зарази с коронавируса.")
    assert _casualties(doc) == [("infected", "3568", None)]
    assert _casualties(_doc("Вирусът е открит в няколко случая. Преборилите болестта са 1322, или 51% от всички "
                            "заразени.")) == []
    assert _casualties(_doc("Преди години двама представители на правителството, които са се застъпили за нея, са "
                            "убити.")) == [("killed", "двама", "представители на правителството")]


def test_figures_that_add_up_to_an_earlier_total_are_its_parts():
    doc = hronika.analyze("За денонощието са регистрирани 900 новозаразени. Направени са 4 000 антигенни теста, от "
                          "които положителни са 400. PCR тестовете са 5 000, като положителните са 500.")
    assert _casualties(doc) == [("infected", "900", None)]


def test_a_count_ending_at_a_clause_break_belongs_to_its_own_clause():
    doc = _doc("Тестовете са 5 435, като положителните са 525.")
    assert _casualties(doc) == [("infected", "525", None)]


def test_a_part_among_the_cases_a_count_in_each_place_and_lives_lost():
    assert _casualties(_doc("Заразените с вируса са 120. 75 медици са сред официалните случаи на вируса.")) == [
        ("infected", "120", None)]
    assert _casualties(_doc("При ковид във Видин и Смолян са отчетени по 4 нови случая.")) == []
    assert _casualties(_doc("От началото на пандемията 7 835 са загубили живота си.")) == [("killed", "7 835", None)]


def test_a_fatal_case_counts_a_death_not_an_infection():
    assert _analysed_casualties("В страната са регистрирани 1160 случая на заболели от коронавируса и само един "
                                "фатален случай.") == [("infected", "1160", None), ("killed", "един", None)]
    assert _analysed_casualties("Това беше фатална грешка за 20 заразени.") == [("infected", "20", None)]
