"""Direct and indirect quotes, cues, speakers and their resolution, on invented news sentences."""

import hronika
from hronika.quotes.evaluation import overlap, score_document, speaker_name


def _quotes(text: str):
    doc = hronika.analyze(text)
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
    return doc, [(q.kind, q.text, (q.cue or {}).get("text"), speaker_name(doc, q)[:1]) for q in doc.quotes]


def test_direct_quote_with_attribution_after_and_pronoun_speaker():
    doc, quotes = _quotes('Министърът на финансите Иван Петров посети Варна. "Бюджетът ще бъде приет до края на '
                          'месеца", каза той пред журналисти.')
    assert quotes == [("direct", "Бюджетът ще бъде приет до края на месеца", "каза", ("иван петров",))]


def test_quote_broken_by_attribution_gives_two_quotes_with_one_speaker():
    doc, quotes = _quotes("„Няма да подам оставка“, заяви Мария Иванова. „Ще остана до края на мандата си.“")
    assert [q[1] for q in quotes] == ["Няма да подам оставка", "Ще остана до края на мандата си."]
    assert {q[3] for q in quotes} == {("мария иванова",)}


def test_names_and_titles_in_quotes_are_not_quotes():
    doc, quotes = _quotes('Партия "Зелено бъдеще" подкрепи проекта „Северен поток 2“ и компанията "Нова енергия".')
    assert quotes == []


def test_indirect_speech_with_che_and_da():
    doc, quotes = _quotes("Премиерът Николай Денков заяви вчера, че правителството няма да вдига данъците. "
                          "Той призова депутатите да приемат бюджета.")
    kinds = [(q[0], q[1], q[2]) for q in quotes]
    assert ("indirect", "правителството няма да вдига данъците", "заяви") in kinds
    assert ("indirect", "приемат бюджета", "призова") in kinds
    assert all(q[3] == ("николай денков",) for q in quotes)


def test_according_to_and_its_pronoun():
    doc, quotes = _quotes("Експертът Петър Колев е категоричен. Според него инфлацията ще спадне през есента.")
    assert quotes == [("indirect", "инфлацията ще спадне през есента", "Според", ("петър колев",))]


def test_inverted_report_by_a_group():
    doc, quotes = _quotes("Двама души са загинали при пожара, съобщиха от пожарната.")
    assert quotes and quotes[0][0] == "indirect" and quotes[0][1] == "Двама души са загинали при пожара"


def test_channel_is_recorded():
    doc = hronika.analyze("Министърът Иван Петров заяви пред БНТ, че ще подаде оставка.")
    assert doc.quotes and doc.quotes[0].channel == "БНТ"


def test_scoring_follows_the_guidelines():
    assert overlap((0, 10), (2, 10)) and not overlap((0, 10), (6, 20))
    doc = hronika.analyze('"Ще спечелим изборите", каза Иван Петров.')
    gold = [{"kind": "direct", "start": 1, "end": 20, "speaker_aliases": ["Иван Петров", "Петров"]},
            {"kind": "indirect", "start": 30, "end": 35, "optional": True}]
    counts = score_document(doc, gold)
    assert counts["tp_direct"] == 1 and counts["e2e_direct"] == 1 and counts["gold_indirect"] == 0


def test_example_article_quotes(example_article):
    from hronika.data import data_dir
    from hronika.quotes.evaluation import gold_documents

    (_, text, gold), *_ = gold_documents(data_dir(), data_dir() / "missing")
    counts = score_document(hronika.analyze(text), gold)
    assert counts["tp_direct"] == counts["gold_direct"] == 11 and counts["e2e_direct"] == 11
    assert counts["e2e_indirect"] >= 9


def test_quotes_table_lists_speaker_cue_and_channel():
    from rich.console import Console

    from hronika.render.text import quotes_table

    doc = hronika.analyze("Министърът Иван Петров заяви пред БНТ, че ще подаде оставка.")
    table = quotes_table([doc])
    console = Console(width=200, record=True)
    console.print(table)
    out = console.export_text()
    assert table.row_count == 1 and "заяви" in out and "БНТ" in out and "ще подаде оставка" in out


def test_a_document_as_source_speaks_for_its_author():
    doc, quotes = _quotes('"Правителството не е готово за промените", се посочва в доклада на комисията.')
    assert quotes and quotes[0][0] == "direct" and doc.quotes[0].speaker_text == "комисията"


def test_straight_quotes_nested_in_a_straight_quote():
    doc, quotes = _quotes('"Парламентът ще обсъди проекта "Нова магистрала" още тази седмица", '
                          'каза премиерът Иван Петров.')
    assert [q[1] for q in quotes if q[0] == "direct"] == [
        'Парламентът ще обсъди проекта "Нова магистрала" още тази седмица']


def test_adverb_before_pronoun_speaker_is_dropped():
    doc, quotes = _quotes('Министърът Иван Петров говори пред депутатите. "Бюджетът е балансиран и ще бъде изпълнен", '
                          'предупреди още той.')
    assert quotes[0][3] == ("иван петров",)


def test_title_followed_by_a_relative_clause_is_not_a_quote():
    doc, quotes = _quotes('Министърът призова да не се политизира "Южен коридор", '
                          'който според него е търговски проект.')
    assert not [q for q in quotes if q[0] == "direct"]


def test_according_to_skips_a_relative_clause_on_the_source():
    doc, quotes = _quotes("Според Иван Петров, който беше министър до 2020 г., реформата ще се провали.")
    assert quotes and quotes[0][1] == "реформата ще се провали" and quotes[0][3] == ("иван петров",)


def test_this_said_attributes_the_previous_sentence():
    doc, quotes = _quotes("Правителството няма да вдига данъците през следващата година. Това заяви финансовият "
                          "министър Иван Петров пред БНТ.")
    assert quotes == [("indirect", "Правителството няма да вдига данъците през следващата година", "заяви",
                       ("иван петров",))]
    assert doc.quotes[0].channel == "БНТ"


def test_quote_with_only_a_closing_mark_runs_back_to_the_attribution():
    doc, quotes = _quotes("Това каза председателят на комисията Петър Иванов. "
                          "Той напомни, че правилата важат за всички. Пътниците имат право на храна. "
                          "Имат право и на обезщетение“. Освен това авиокомпаниите "
                          "трябва да реагират бързо“, уточни Иванов.")
    direct = [q for q in quotes if q[0] == "direct"]
    assert [q[1] for q in direct] == ["Пътниците имат право на храна. Имат право и на обезщетение",
                                      "Освен това авиокомпаниите трябва да реагират бързо"]
    assert all(q[3] == ("петър иванов",) for q in direct)


def test_a_quoted_name_inside_a_quote_does_not_close_it():
    doc, quotes = _quotes("„Двеста души чакаха на опашка за полет на „Евроавиа” и никой не ни помогна”, "
                          "каза Иван Петров.")
    assert [q[1] for q in quotes if q[0] == "direct"] == [
        "Двеста души чакаха на опашка за полет на „Евроавиа” и никой не ни помогна"]


def test_one_mark_may_close_a_name_and_the_quote():
    doc, quotes = _quotes("„Ще ви помогнем с „Южен поток“, коментира Иван Петров. Министърът нарече това "
                          "„груб опит за натиск върху правителството на страната“.")
    direct = [q[1] for q in quotes if q[0] == "direct"]
    assert direct[0] == "Ще ви помогнем с „Южен поток"


def test_unattributed_quoted_paragraph_continues_the_previous_speaker():
    doc, quotes = _quotes("Премиерът Иван Петров обяви, че училищата затварят.\n\n"
                          "„Мерките целят да ограничат контактите между хората и да спрат заразата.“")
    direct = [q for q in quotes if q[0] == "direct"]
    assert direct and direct[0][3] == ("иван петров",)


def test_pronoun_skips_names_inside_the_quote():
    doc, quotes = _quotes("Кметът Иван Петров критикува кампанията. „Целият свят греши и единственият прав е "
                          "президентът Георги Димов?“, каза той.")
    assert [q[3] for q in quotes if q[0] == "direct"] == [("иван петров",)]


def test_a_country_can_be_the_speaker():
    doc, quotes = _quotes("Полша заяви, че не одобрява изграждането на газопровода.")
    assert quotes[0][:3] == ("indirect", "не одобрява изграждането на газопровода", "заяви")
    assert quotes[0][3] == ("полша",)


def test_speaker_of_the_second_clause_after_a():
    doc, quotes = _quotes("Министерството на енергетиката мълча, а говорителят на кабинета Петър Иванов заяви, че "
                          "цените няма да бъдат повишени.")
    assert quotes == [("indirect", "цените няма да бъдат повишени", "заяви", ("петър иванов",))]


def test_person_before_organisation_in_one_subject():
    doc, quotes = _quotes("Секретарят на Националния оперативен щаб доц. Иван Колев съобщи, че мерките остават.")
    assert quotes[0][3] == ("иван колев",)


def test_po_dumite_with_a_clitic_points_to_the_woman_named_before():
    doc, quotes = _quotes("Министър Мария Петрова посети Русе. По думите й общината не е поискала помощ.")
    assert quotes == [("indirect", "общината не е поискала помощ", "По", ("мария петрова",))]


def test_characterising_verb_introduces_a_direct_quote():
    doc, quotes = _quotes("Говорителят Иван Стоев определи решението като „груб опит за намеса във вътрешните ни "
                          "работи“.")
    assert [(q[0], q[2], q[3]) for q in quotes] == [("direct", "определи", ("иван стоев",))]


def test_a_reason_stays_inside_the_reported_clause():
    doc, quotes = _quotes("Кметът Георги Илиев заяви, че училищата ще бъдат затворени, защото болните се увеличават.")
    assert quotes[0][1] == "училищата ще бъдат затворени, защото болните се увеличават"


def test_person_named_at_the_end_of_a_long_description_after_the_cue():
    doc, quotes = _quotes("„Мафията винаги печели от кризите“, смята председателят на Европейската асоциация за "
                          "наказателно право Джон Спенсър.")
    assert quotes[0][3] == ("джон спенсър",)


def test_inverted_report_after_a_verb_that_reports_no_clause():
    doc, quotes = _quotes("Върховният съд днес потвърди присъдата на бизнесмена, като отхвърли жалбата му, "
                          "предаде Ройтерс.")
    assert [(q[0], q[2]) for q in quotes] == [("indirect", "предаде")]
    assert quotes[0][1].startswith("Върховният съд днес потвърди присъдата")


def test_inverted_report_by_a_quoted_name():
    doc, quotes = _quotes('Опозицията ще гласува против бюджета в парламента, отбелязва "Ройтерс".')
    assert quotes and quotes[0][2] == "отбелязва" and quotes[0][1].startswith("Опозицията ще гласува")


def test_words_before_po_dumite_na():
    doc, quotes = _quotes("Ваксините ще пристигнат до края на месеца, стана ясно по думите на доц. Иван Димов.")
    assert quotes == [("indirect", "Ваксините ще пристигнат до края на месеца", "по", ("иван димов",))]


def test_an_embedded_source_starts_its_own_quote():
    doc, quotes = _quotes("Канада призова Исламабад да гарантира сигурността на журналиста, защото според Отава "
                          "животът му е в опасност.")
    assert [q[1] for q in quotes] == ["гарантира сигурността на журналиста", "животът му е в опасност"]


def test_a_named_quotation_with_no_verb_and_no_speaker_is_not_a_quote():
    doc, quotes = _quotes("Днес и утре в Медицинския университет се провеждат „Дни на отворените врати – 2024“.")
    assert quotes == []


def test_cue_after_a_quote_counts_even_where_the_tagger_doubts_it_is_a_verb():
    doc, quotes = _quotes('„За нас това е икономически неизгоден проект“, заключи Анна Гопко.')
    assert quotes == [("direct", "За нас това е икономически неизгоден проект", "заключи", ("анна гопко",))]


def test_quoted_words_inside_reported_speech_are_a_mixed_quote_of_its_speaker():
    doc, quotes = _quotes('Министърът Иван Петров заяви, че решението е "напълно безотговорно", когато '
                          'журналистите съобщават слухове.')
    assert ("direct", "напълно безотговорно", "заяви", ("иван петров",)) in quotes


def test_a_cue_in_a_later_subordinate_clause_does_not_attribute_a_quote():
    doc, quotes = _quotes("Организацията отхвърли идеята за „зелени паспорти“, която обмислят много страни и "
                          "обяви, че са нужни още изследвания.")
    assert all(q[1] != "зелени паспорти" for q in quotes)


def test_a_so_called_term_in_marks_is_not_a_quote():
    doc, quotes = _quotes("Децата имаха и така наречения „малинов език“. Лекарите заявиха, че това е рядкост.")
    assert [q[1] for q in quotes] == ["това е рядкост"]


def test_the_antecedent_of_a_relative_pronoun_speaks():
    doc, quotes = _quotes("Делото беше отложено след преговори между властите и радикални ислямисти, които "
                          "настояват съдът да бъде разпуснат.")
    assert quotes == [("indirect", "бъде разпуснат", "настояват", ("радикални ислямисти",))]


def test_a_group_named_by_its_relation_to_a_person_is_the_speaker():
    doc, quotes = _quotes("Семейството на Мария Петрова винаги е твърдяло, че тя е невинна.")
    assert quotes and quotes[0][1] == "тя е невинна" and quotes[0][3] == ("семейството на мария петрова",)


def test_an_indefinite_description_is_not_resolved_to_an_earlier_person():
    doc, quotes = _quotes("Адвокатът Иван Петров замина за Виена. Той получи убежище там, каза говорител на "
                          "министерството на външните работи.")
    assert quotes and quotes[-1][3] == ("говорител на министерството на външните работи",)


def test_a_definite_description_refers_back_to_the_person_named_before():
    doc, quotes = _quotes("Генералният директор Тедрос Гебрейесус говори пред журналисти. Ръководителят на СЗО "
                          "добави, че ваксините не достигат.")
    assert quotes[-1][1] == "ваксините не достигат" and quotes[-1][3] == ("тедрос гебрейесус",)


def test_inverted_report_whose_speaker_has_a_relative_clause_with_its_own_report():
    doc, quotes = _quotes("Тя е на сигурно място в страната, каза днес висш представител на властта, който "
                          "отрече твърденията, че е заминала.")
    assert quotes[0][:3] == ("indirect", "Тя е на сигурно място в страната", "каза")


def test_inverted_report_after_a_channel_and_a_reflexive():
    doc, quotes = _quotes('Пътниците не получили никаква информация за полета, заяви пред "Марица" една от '
                          "пътничките. Ядохме само солети и бисквити, оплака се друга пътничка.")
    assert [q[3] for q in quotes] == [("една от пътничките",), ("друга пътничка",)]
    assert doc.quotes[0].channel == "Марица"


def test_first_person_report_is_attributed_by_the_report_that_follows():
    doc, quotes = _quotes("Моля президента да ни помогне. Призовавам и премиера да ни помогне, казва Ашик Масих "
                          "пред агенцията.")
    assert len(quotes) == 1 and quotes[0][1].startswith("Моля президента") and quotes[0][3] == ("ашик масих",)


def test_a_reporting_gerund_shares_the_subject_and_ends_the_clause_before_it_but_another_gerund_does_not():
    doc, quotes = _quotes("Позицията не се е променила, каза той, припомняйки, че проектът е икономически. "
                          "Блеър призоваваше да се преразгледа решението, заобикаляйки парламента.")
    texts = [q[1] for q in quotes]
    assert "Позицията не се е променила" in texts and "проектът е икономически" in texts
    assert "се преразгледа решението, заобикаляйки парламента" in texts


def test_a_report_attributed_to_the_paragraph_before():
    doc, quotes = _quotes("СЗО предупреждава\n\nПандемията далеч не е преминала. Имаме да изминем дълъг път.\n\n"
                          "Това предупреди в понеделник генералният директор Тедрос Гебрейесус.")
    assert quotes and quotes[0][1] == "Пандемията далеч не е преминала. Имаме да изминем дълъг път"
    assert quotes[0][3] == ("тедрос гебрейесус",)


def test_conclusions_and_convictions_report_a_clause():
    doc, quotes = _quotes("Учените стигнаха до заключението, че децата боледуват по-леко. Привържениците на "
                          "сделката са съгласни, че тя е важна.")
    assert [q[1] for q in quotes] == ["децата боледуват по-леко", "тя е важна"]


def test_a_newsroom_recap_and_a_capacity_to_insist_are_not_reports():
    doc, quotes = _quotes("Припомняме, че строежът започна през 2018 г. Това ще намали способността на Берлин да "
                          "настоява част от газа да минава през Украйна.")
    assert quotes == []


def test_a_closing_mark_after_a_name_whose_opening_mark_is_lost_is_not_a_quote():
    doc, quotes = _quotes("Строителството на Северен поток 2“ продължава. Компанията Газпром“ Алексей Милер не "
                          "коментира.")
    assert quotes == []


def test_the_family_of_a_described_person_speaks_not_the_person():
    doc, quotes = _quotes("В Китай семейството на хвърления в затвора адвокат Джиянг Тианьонг споделя, че е "
                          "загрижено за здравето му.")
    assert quotes and quotes[0][3][0].startswith("семейството на хвърления в затвора адвокат")


def test_imperatives_address_the_reader_and_report_nothing():
    doc, quotes = _quotes("Молете Бог да закриля семействата им. Молете се за мир.")
    assert quotes == []


def test_a_subjectless_report_continues_the_subject_of_the_sentence_before():
    doc, quotes = _quotes("Единият от трите съдии си направи отвод от случая. Обяснява, че е бил съдия по друго "
                          "дело.")
    assert quotes == [("indirect", "е бил съдия по друго дело", "Обяснява", ("единият от трите съдии",))]


def test_a_coordinated_report_shares_the_subject_of_the_first_clause():
    doc, quotes = _quotes("Премиерът Тереза Мей разполага с осем месеца, но настоява, че страната ще напусне "
                          "съюза.")
    assert quotes and quotes[0][3] == ("тереза мей",)


def test_a_straight_opening_mark_closed_by_a_curly_one():
    doc, quotes = _quotes('Марк Линас е на същото мнение. Пред агенция Ройтерс той заяви следното: "Става дума '
                          'за мит, който се разпространява съзнателно“.')
    assert quotes and quotes[0][:2] == ("direct", "Става дума за мит, който се разпространява съзнателно")
    assert quotes[0][3] == ("марк линас",)


def test_po_dumite_na_people_who_are_not_named():
    doc, quotes = _quotes("По думите на хората, авиокомпанията ги е оставила без информация, предаде NOVA.")
    assert len(quotes) == 1 and quotes[0][3] == ("хората",)


def test_a_present_participle_is_not_a_cue_but_a_promise_is():
    doc, quotes = _quotes("Това призоваха депутатите, отговарящи за комуникацията. Той изрази готовност да "
                          "стане премиер и обеща реформи.")
    assert all(q[2] != "отговарящи" for q in quotes)
    assert ("indirect", "стане премиер", "изрази") in [q[:3] for q in quotes]


def test_a_sentence_adverb_before_the_subject_is_not_part_of_the_speaker():
    doc, quotes = _quotes("Междувременно говорителят смени тона и твърди, че преговорите вървят добре.")
    assert quotes and quotes[0][3] == ("говорителят",)


def test_a_report_after_da_has_the_subject_of_the_verb_that_governs_it():
    doc, quotes = _quotes("Местните лекари са склонни да вярват, че болницата ще се справи. Министрите отказват да "
                          "коментират. Те предпочитат да напомнят, че бюджетът е приет.")
    assert [q[3] for q in quotes] == [("местните лекари",), ("министрите",)]


def test_an_inverted_speaker_after_kakto_is_the_person_named_after_the_cue():
    doc, quotes = _quotes('Или както посочва софийският лекар Петър Димов пред телевизията: "Няма никаква '
                          'опасност за хората".')
    assert quotes and quotes[0][3] == ("петър димов",)


def test_a_name_inside_a_relative_clause_does_not_speak_for_the_subject():
    doc, quotes = _quotes("Местен журналист, на когото е било позволено да посети Мария Петрова в затвора, "
                          "съобщава, че тя е простила на обвинителите си.")
    assert quotes and quotes[0][3] == ("местен журналист",)


def test_the_head_of_a_relative_clause_antecedent_speaks_not_the_organisation():
    doc, quotes = _quotes("Подобно мнение изрази говорител на руското външно министерство, който дори допусна, че "
                          "вирусът е внесен отвън.")
    assert quotes and quotes[0][3] == ("говорител на руското външно министерство",)


def test_an_inverted_speaker_after_a_channel_that_is_a_common_noun():
    doc, quotes = _quotes("Заразата не е тръгнала от пазара, казва пред вестника един вирусолог.")
    assert quotes and quotes[0][3] == ("един вирусолог",)


def test_ot_before_an_institution_after_the_cue_is_not_part_of_the_speaker():
    doc, quotes = _quotes("Молбите ще се подават онлайн, уточняват от вътрешното министерство.")
    assert quotes and quotes[0][3] == ("вътрешното министерство",)


def test_a_title_of_office_before_the_name_of_a_country_speaks():
    doc, quotes = _quotes('"Проектът е политически", изтъкнал държавният глава на Полша.')
    assert quotes and quotes[0][3] == ("държавният глава на полша",)


def test_quoted_words_after_a_preposition_name_something_and_are_no_quote():
    doc, quotes = _quotes("Приложението още не работи на телефоните на “Епъл”, уточняват от министерството. "
                          'Вестниците посочват двама кандидати за "първия заразен": мъж и жена от Ухан. Газът ще '
                          'поевтинее заради "Турски поток", каза министърът.')
    assert [q for q in quotes if q[0] == "direct"] == []


def test_a_newspaper_abbreviated_before_its_name_in_marks():
    doc, quotes = _quotes('"Проектът е грешка", каза пред в. "Труд", министърът.')
    assert [q[1] for q in quotes if q[0] == "direct"] == ["Проектът е грешка"]


def test_one_mark_closes_a_quoted_name_and_the_quote_around_it():
    doc, quotes = _quotes('Президентът каза, че парите трябва да отидат за училища "вместо да бъдат похарчени за '
                          '"Южен поток".')
    assert [q[1] for q in quotes if q[0] == "direct"] == ['вместо да бъдат похарчени за "Южен поток"']


def test_a_quote_without_a_closing_mark_runs_on_into_the_next_paragraph_that_opens_with_one():
    doc, quotes = _quotes('Президентът изрази мнението, че проектът "е чиста политика, платена от чужди пари.\n\n'
                          '"Простете ми грубите думи, но това е подкуп", добави той.')
    assert [q[1] for q in quotes if q[0] == "direct"] == ["е чиста политика, платена от чужди пари.",
                                                           "Простете ми грубите думи, но това е подкуп"]


def _speakers(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    doc, quotes = _quotes(text)
    return [(q[0], q[1], q[3]) for q in quotes]


def test_an_outlet_closing_a_run_on_sentence_is_the_speaker_and_ends_before_the_next_sentence():
    quotes = _speakers("Кабинетът е пред оставка, пише британският вестник The Times Депутатите ще гласуват утре.")
    assert quotes[0][0] == "indirect" and quotes[0][1] == "Кабинетът е пред оставка"
    assert "the times" in quotes[0][2][0]


def test_the_one_accused_or_called_on_does_not_speak_the_outlet_that_reports_it_does():
    quotes = _speakers("Обвиняват Иван Петров, че крие доходите си, пише вестник „Сега“.")
    assert quotes and quotes[0][1] == "крие доходите си" and "сега" in quotes[0][2][0]
    assert _speakers("Призовават Иван Петров да подаде оставка.")[0][2] == ()


def test_an_institution_after_ot_before_a_plural_cue_speaks():
    quotes = _speakers("„Решението е окончателно“, каза Иван Петров От Министерството на финансите казват: "
                       "„Бюджетът ще бъде изпълнен до края на годината“.")
    assert quotes[-1][1] == "Бюджетът ще бъде изпълнен до края на годината"
    assert quotes[-1][2] == ("министерството на финансите",)


def test_after_the_cue_ot_and_one_of_stay_in_the_speaker_phrase():
    quotes = _speakers('"Ще работим и в събота", казват от отдела за човешки ресурси на общината. '
                       '"Чакахме шест часа", споделя един от пътниците.')
    assert quotes[0][2] == ("отдела за човешки ресурси на общината",)
    assert quotes[1][2] == ("един от пътниците",)


def test_according_to_people_named_by_a_participle_or_whose_statement_is_cited():
    quotes = _speakers("Според гласувалите Европейското икономическо пространство носи приходи. Според изказване на "
                       "лидера на партията Иван Петров депутатите няма да подкрепят закона.")
    assert quotes[0][2] == ("гласувалите",)
    assert quotes[1][1].startswith("депутатите няма да подкрепят") and quotes[1][2][0] == "иван петров"


def test_a_time_after_the_cue_is_no_speaker_and_a_parenthetical_adverb_is_skipped():
    quotes = _speakers("Италианските власти, обаче, заявиха във вторник, че ще помогнат на семейството.")
    assert quotes == [("indirect", "ще помогнат на семейството", ("италианските власти",))]


def test_a_clause_after_a_comma_and_another_verb_is_not_reported_by_the_first_verb():
    assert _speakers("В случай, че съдът бе потвърдил обвинението, Мария щеше да бъде осъдена.") == []


def test_a_verb_after_i_shares_the_speaker_and_may_address_two_names():
    quotes = _speakers("Иван Петров посочва, че цените ще растат и предупреждава Германия и Франция, че "
                       "газопроводът е опасен.")
    assert [q[1] for q in quotes] == ["цените ще растат", "газопроводът е опасен"]
    assert {q[2] for q in quotes} == {("иван петров",)}


def test_the_authors_contradiction_ends_the_reported_clause():
    quotes = _speakers("Министрите смятат, че са спрели плана, но се оказва, че той е още актуален.")
    assert quotes[0][1] == "са спрели плана"


def test_a_straight_mark_before_the_attribution_closes_a_quote_whose_opening_was_lost():
    text = ('Депутатите заявиха, че законът е спешен. Не можем да приемем дискриминация между гражданите", '
            'изтъкна Иван Петров в изявление.\n\n"Правата трябва да са равни", допълва той.')
    quotes = _speakers(text)
    assert ("direct", "Не можем да приемем дискриминация между гражданите", ("иван петров",)) in quotes


def test_a_description_resolves_to_the_person_who_carries_that_title():
    text = ("Министърът на здравеопазването Кирил Ананиев обясни, че мерките се връщат. Главният инспектор Ангел "
            "Кунчев обясни, че ще има контрол. В отговор на въпрос здравният министър уточни, че мерките са до "
            "второ нареждане.")
    quotes = _speakers(text)
    assert quotes[-1][1] == "мерките са до второ нареждане" and quotes[-1][2][0] == "кирил ананиев"


def test_a_document_named_again_speaks_for_its_author():
    text = ("Реформите са неизбежни, пише в анализ на института „Рего“. Успехът е значим за Съюза, пише още в "
            "анализа.")
    quotes = _speakers(text)
    assert len(quotes) == 2 and quotes[1][2] == quotes[0][2] and "рего" in quotes[1][2][0]


def test_became_clear_from_a_report_and_impersonal_said_in_a_statement_by():
    quotes = _speakers("От доклада на областните управители стана ясно още, че заразата се разпространява. "
                       "Строежът започна, се казва в съобщение от компанията Nord Stream 2 AG, предава ТАСС.")
    assert quotes[0][1] == "заразата се разпространява" and quotes[0][2] == ("областните управители",)
    assert quotes[1][1] == "Строежът започна" and "nord stream 2 ag" in quotes[1][2][0]


def test_they_after_a_group_of_people_is_that_group():
    quotes = _speakers("Групата на евроскептиците смята, че премиерът греши. Според тях този план няма да проработи.")
    assert quotes[1][1] == "този план няма да проработи"
    assert quotes[1][2] == quotes[0][2] == ("групата на евроскептиците",)


def test_speaker_names_are_compared_without_quotation_marks_or_free_dashes():
    from hronika.quotes.evaluation import plain_name

    assert plain_name("институт „Рего“") == plain_name('Институт "Рего"') == "институт рего"
    assert plain_name("Агенция Франс – Прес") == "агенция франс прес" and plain_name("Рийс-Мог") == "рийс-мог"


def test_a_channel_with_an_outlet_word_is_skipped_and_a_description_may_be_named_right_after():
    quotes = _speakers('Клиентката му е невинна. Това заяви пред в. "Труд" нейният адвокат, предаде БТА. „Тя ще '
                       'обжалва“, каза адвокат Петър Маринов.')
    assert quotes[0][1] == "Клиентката му е невинна" and quotes[0][2][0] == "петър маринов"
    quotes = _speakers('Лидерът Ги Верхофстат пристигна. "Близо сме до сделка", каза пред репортери Верхофстат.')
    assert quotes == [("direct", "Близо сме до сделка", ("ги верхофстат",))]


def test_a_relative_clause_with_a_subject_of_its_own_reports_that_subjects_words():
    quotes = _speakers("Фермерът Иван Колев разказа, че при него работят 50 души, на които съседите са заявили, че "
                       "трябва да си тръгнат.")
    assert quotes[-1][1] == "трябва да си тръгнат" and quotes[-1][2] == ("съседите",)


def test_a_title_after_a_concessive_clause_heads_the_organisation_and_names_its_holder():
    quotes = _speakers("Генералният директор на СЗО Тедрос Гебрейесус посети Женева. Въпреки че призова за "
                       "спокойствие, генералният директор на СЗО призна, че ваксините не стигат.")
    assert quotes[-1][1] == "ваксините не стигат" and quotes[-1][2][0] == "тедрос гебрейесус"


def test_an_unnamed_speaker_after_an_adverbial_is_he_in_the_next_sentence():
    quotes = _speakers("Министърът Иван Петров замина. В отговор на писмото правителствен говорител заяви, че "
                       "реформата продължава. Той подчерта, че това е решено.")
    assert [q[2] for q in quotes] == [("правителствен говорител",)] * 2


def test_they_after_an_inverted_or_a_subordinate_plural_subject():
    quotes = _speakers("Писмо до кабинета изпратиха над 50 организации на фермерите. Те настояват правителството "
                       "да отговори.")
    assert quotes[0][1] == "отговори" and quotes[0][2] == ("над 50 организации",)
    quotes = _speakers("Тя ядоса шефа, след като нейните колеги й направили забележка. Когато те поискали да смени "
                       "работата си, тя отказала.")
    assert quotes == [("indirect", "смени работата си", ("нейните колеги",))]


def test_a_subject_with_its_relative_clause_is_no_inverted_report_but_a_clause_after_one_is():
    assert _speakers("Върховният съд, който е от петима съдии с председател Иван Иванов, съобщи решението в София.") \
        == []
    quotes = _speakers("А тези, които получат статут, няма да плащат такса, посочва още Би Би Си.")
    assert quotes[0][1] == "А тези, които получат статут, няма да плащат такса"


def test_an_apposition_after_according_to_is_no_part_of_the_report():
    quotes = _speakers("Според Иван Петров, председател на асоциацията на млекопреработвателите, проблемът е в "
                       "цените.")
    assert quotes == [("indirect", "проблемът е в цените", ("иван петров",))]


def test_a_name_after_an_inflected_title_noun_is_no_quote_and_a_cut_teaser_has_no_speaker():
    doc, quotes = _quotes("Германия одобри газопровода „Балтийски поток“, съобщи ТАСС.")
    assert [q for q in quotes if q[0] == "direct"] == []
    assert all(q[3] != ("пред",) for q in _quotes("Строежът ще започне през май, заяви пред...")[1])


def test_a_name_after_a_place_preposition_is_no_subject_and_a_channel_ends_the_speaker_phrase():
    quotes = _speakers("Президентът Джо Байдън говори вчера. Въпреки че се е върнал в Белия дом и многократно е "
                       "заявил, че се чувства добре, той отменя срещите си.")
    assert all("белия дом" not in (q[2][0] if q[2] else "") for q in quotes)
    quotes = _speakers("Сделката е близо, заяви висш представител на Брюксел пред британското издание The Independent.")
    assert quotes == [("indirect", "Сделката е близо", ("висш представител на брюксел",))]


def test_speaker_after_time_place_and_audience_phrases():
    _, quotes = _quotes("Очакваме правителството да вземе мерки за сигурността на своите граждани. Това заяви днес "
                        "на пресконференция говорител на Европейската комисия в отговор на въпрос.")
    assert quotes == [("indirect", "Очакваме правителството да вземе мерки за сигурността на своите граждани",
                       "заяви", ("говорител на европейската комисия",))]
    for text, speaker in [("Бюджетът ще бъде приет до края на месеца, каза пред журналисти в Брюксел министърът "
                           "на финансите.", ("министърът на финансите",)),
                          ("Бюджетът ще бъде приет до края на месеца, съобщи на сайта си министерството.",
                           ("министерството",)),
                          ("Бюджетът ще бъде приет до края на месеца, каза на журналистите.", ())]:
        assert [q[3] for q in _quotes(text)[1]] == [speaker], text


def test_a_document_named_after_the_cue_speaks_for_its_author():
    _, quotes = _quotes("Реформите в здравните системи са неизбежни, пише в анализ на институт „Рего“.")
    assert [q[3] for q in quotes] == [("институт рего",)]


def test_report_in_a_fronted_clause_shares_the_main_subject():
    _, quotes = _quotes("Президентът Иван Петров беше приет в болница. Въпреки че се е върнал на работа и многократно "
                        "е заявил, че се чувства добре, той отмени пътуването си.")
    assert quotes == [("indirect", "се чувства добре", "заявил", ("иван петров",))]


def test_relative_clause_after_an_organisation_speaks_for_the_people_it_qualifies():
    _, quotes = _quotes("Планът може да разяри депутатите от управляващата Консервативна партия, които смятат, че "
                        "това ще отслаби правителството.")
    assert quotes == [("indirect", "това ще отслаби правителството", "смятат",
                       ("депутатите от управляващата консервативна партия",))]


def test_a_name_whose_closing_mark_is_lost_is_no_quote_and_a_dash_is_an_aside():
    doc, quotes = _quotes("Политици от „Зелените“ и бизнес ориентираните „Свободни демократи се обявиха срещу „Северен "
                          "поток-2“. Премиерът Матеуш Моравецки предупреди, че на един производител на газ - "
                          "„Газпром“, не бива да се дава монопол.")
    assert quotes == [("indirect", "на един производител на газ - „Газпром“, не бива да се дава монопол", "предупреди",
                       ("матеуш моравецки",))]


def test_they_after_a_plural_subject_behind_opening_adverbials():
    _, quotes = _quotes("В рядко съгласие през февруари високопоставени политици от трите партии се обявиха срещу "
                        "проекта. Те предупредиха, че той ще раздели Европейския съюз.")
    assert quotes == [("indirect", "той ще раздели Европейския съюз", "предупредиха",
                       ("високопоставени политици",))]


def test_a_chanted_slogan_is_a_quote_of_the_chanting_crowd():
    _, quotes = _quotes("Привържениците на партията се събраха в Лахор, скандирайки лозунги, включително "
                        "„Обесете Азия“.")
    assert quotes == [("direct", "Обесете Азия", "скандирайки", ("привържениците на партията",))]


def test_this_said_after_a_sentence_ending_in_a_quoted_name():
    _, quotes = _quotes('Дания може да спре изпълнението на газопровода "Северен поток-2". Това обяви премиерът Ларс '
                        'Локе Расмусен в Копенхаген.')
    assert quotes == [("indirect", 'Дания може да спре изпълнението на газопровода "Северен поток-2"', "обяви",
                       ("ларс локе расмусен",))]


def test_speaker_phrases_leave_out_object_clitics_opening_adverbials_and_times():
    for text, speaker in [
        ("Други жени я обвинили, че е осквернила водата.", ("други жени",)),
        ("В съвместно изявление двете институции подчертаха, че сътрудничеството е важно.", ("двете институции",)),
        ("Всички случаи са свързани с пазара, съобщиха градските власти в неделя вечерта.", ("градските власти",)),
    ]:
        assert [q[3] for q in _quotes(text)[1]] == [speaker], text


def test_a_role_with_a_country_speaks_for_the_person_holding_it():
    doc, quotes = _quotes("Американският държавен секретар Джон Смит пристигна във Варшава. Държавният секретар на "
                          "САЩ призна, че проектът има търговски аспект.")
    assert [(q[0], q[1], q[3]) for q in quotes] == [("indirect", "проектът има търговски аспект", ("джон смит",))]


def test_a_name_in_marks_before_a_cue_is_no_quote_and_a_coordinated_report_ends_the_clause():
    _, quotes = _quotes('Ще спрем газопровода между Русия и Германия "Северен поток 2", обяви министърът. Той призна, '
                        'че проектът е търговски, но в същото време предупреди, че носи риск.')
    assert [(q[0], q[1], q[2]) for q in quotes if q[0] == "direct"] == []
    assert ("indirect", "проектът е търговски", "призна") in [(q[0], q[1], q[2]) for q in quotes]


def test_the_question_put_to_a_speaker_is_not_his_report():
    _, quotes = _quotes('"Ще направим всичко", каза Иван Петров, попитан дали Вашингтон обмисля санкции.')
    assert [(q[0], q[1]) for q in quotes] == [("direct", "Ще направим всичко")]


def test_a_singular_pronoun_does_not_point_to_a_plural_nationality_noun():
    _, quotes = _quotes('Волфганг Шойбле говори пред вестници. Те искат британците да останат в съюза, каза бившият '
                        'министър. Той поясни, че атаката показва колко е важна солидарността.')
    assert quotes[-1][3] == ("волфганг шойбле",)


def test_words_whose_opening_mark_is_lost_are_a_direct_quote():
    _, quotes = _quotes('Министърът Иван Петров пристигна. Надявам се британците да останат в ЕС ", каза бившият '
                        'финансов министър пред вестници.')
    assert [(q[0], q[1]) for q in quotes] == [("direct", "Надявам се британците да останат в ЕС")]


def test_a_spokesman_of_someone_is_neither_that_person_nor_the_previous_speaker():
    doc, quotes = _quotes("Британският премиер Борис Джонсън мълчи. Иван Петров заяви, че референдум е нужен. По-късно "
                          "говорителят на британския премиер изтъкна, че не се предвижда референдум.")
    assert quotes[-1][1] == "не се предвижда референдум" and doc.quotes[-1].speaker_entity is None


def test_a_fronted_clause_and_a_source_aside_are_not_the_subject():
    _, quotes = _quotes("Но след като процедурата по чл. 50 от Лисабонския договор е в ход, противниците настояват за "
                        "нов вот и твърдят, че обществото трябва да гласува пак.")
    assert quotes[-1][3] == ("противниците",)
    _, quotes = _quotes("Както информира Иван Петров, ръководител на фондацията, пакистанската християнка призова "
                        "мъжете и жените с добра воля от цял свят да се молят за нея.")
    assert [(q[1], q[3]) for q in quotes] == [("се молят за нея", ("пакистанската християнка",))]


def test_an_attribution_between_dashes_splits_a_quote_in_two():
    _, quotes = _quotes("Иван Петров посети Варна. „Това е недопустимо – каза той – и срамно за страната.“")
    assert [(q[0], q[1], q[3]) for q in quotes] == [("direct", "Това е недопустимо", ("иван петров",)),
                                                    ("direct", "и срамно за страната.", ("иван петров",))]


def test_according_to_a_body_that_speaks_without_a_comma():
    for text, said, speaker in [
        ("Според регулатора това е в разрез с правилата.", "това е в разрез с правилата", ("регулатора",)),
        ("Според британски медии нарушителят е 57-годишен мъж.", "нарушителят е 57-годишен мъж", ("британски медии",)),
    ]:
        assert [(q[1], q[3]) for q in _quotes(text)[1]] == [(said, speaker)], text
    assert _quotes("Според закона това е забранено.")[1] == []


def test_a_reflexive_cue_with_its_own_subject_is_not_impersonal():
    _, quotes = _quotes("Полша и Балтийските страни се опасяват, че проектът ще засили влиянието на Русия.")
    assert [(q[1], q[3]) for q in quotes] == [("проектът ще засили влиянието на Русия", ("полша",))]
    assert _quotes("Смята се, че той е болен.")[1] == []
    assert _quotes("Срещу проекта е Украйна, която се опасява да не загуби доходи.")[1] == []


def test_a_threat_with_a_clause_and_a_finding_are_reports():
    _, quotes = _quotes("Партията заплаши, че ще свали правителството.")
    assert [(q[1], q[2]) for q in quotes] == [("ще свали правителството", "заплаши")]
    _, quotes = _quotes("Екип на Имперския колеж откри, че антителата намаляват. Според тях имунитетът отслабва.")
    assert [q[1] for q in quotes] == ["антителата намаляват", "имунитетът отслабва"]
    assert quotes[0][3] == quotes[1][3] != ()  # „тях“: the body that spoke just before


def test_a_complex_preposition_or_an_adverbial_with_this_opens_no_subject():
    _, quotes = _quotes("Съгласно споразумението правителството обеща да не се противопоставя на петицията.")
    assert quotes[0][3] == ("правителството",)
    _, quotes = _quotes("Въпреки това изследователите твърдят, че това може да се дължи на факта, че имунитетът "
                        "започва да спада.")
    assert [(q[1], q[3]) for q in quotes] == [
        ("това може да се дължи на факта, че имунитетът започва да спада", ("изследователите",))]


def test_a_source_glued_to_the_next_sentence_and_a_paper_after_its_abbreviation():
    _, quotes = _quotes("Призовават Тереза Мей да уволни преговарящия, пише британският вестник The Sunday Times "
                        "Тереза Мей е предупредена за последствията.")
    assert quotes[0][3] == ("the sunday times",)
    _, quotes = _quotes("Лидерът се съгласи с плана, пише британското издание The Telegraph Найджъл Одс, лидерът на "
                        "партията в Уестминстър, заяви, че партията ще гласува против.")
    assert quotes[-1][1:3] == ("партията ще гласува против", "заяви") and quotes[-1][3][0].startswith("найджъл")
    _, quotes = _quotes('Консерваторите получиха подкрепа от опозиционната Лейбъристка партия, отбелязва в. '
                        '"Дейли мейл".')
    assert [(q[1], q[3]) for q in quotes] == [
        ("Консерваторите получиха подкрепа от опозиционната Лейбъристка партия", ("дейли мейл",))]


def test_according_to_a_source_with_no_comma_ends_before_the_clause():
    _, quotes = _quotes("Според привържениците на Брекзит обаче той ще освободи страната от бюрокрацията.")
    assert [(q[1], q[3]) for q in quotes] == [("той ще освободи страната от бюрокрацията",
                                               ("привържениците на брекзит",))]
    _, quotes = _quotes("По думите на бедстващите към този час нямат информация от авиокомпанията.")
    assert [(q[1], q[3]) for q in quotes] == [("към този час нямат информация от авиокомпанията", ("бедстващите",))]


def test_first_person_words_after_will_belong_to_the_inverted_report():
    _, quotes = _quotes("Министърът Яцек Чапутович посети Вашингтон. Ще помолим партньорите си да подкрепят политиката "
                        "ни, посочи Чапутович.")
    assert [(q[1], q[3]) for q in quotes] == [("Ще помолим партньорите си да подкрепят политиката ни",
                                               ("яцек чапутович",))]


def test_an_institution_with_a_place_speaks_and_a_consul_is_found_by_title():
    _, quotes = _quotes("От българското консулство в Румъния казаха, че ситуацията ще бъде разрешена.")
    assert quotes[0][3] == ("българското консулство в румъния",)
    _, quotes = _quotes('"Работим по казуса", каза консулът на България в Букурещ Мирчо Иванов. Почетният консул в '
                        'Тимишоара ще посети българите. "Ако постъпи искане, ще реагираме", заяви българският консул.')
    assert [q[3] for q in quotes if q[0] == "direct"] == [("мирчо иванов",), ("мирчо иванов",)]


def test_a_report_nested_without_a_subject_is_part_of_the_outer_words():
    _, quotes = _quotes("От компанията коментираха, че не очакват промяната да донесе допълнителни приходи.")
    assert [q[1] for q in quotes] == ["не очакват промяната да донесе допълнителни приходи"]


def test_figures_that_this_sentence_sources_and_a_noted_report():
    _, quotes = _quotes("Малко над 500 души са били ваксинирани във Франция до неделя вечерта. Това показват "
                        "последните данни, съобщи кореспондентът Петя Желева.")
    assert [(q[1], q[3]) for q in quotes] == [("Малко над 500 души са били ваксинирани във Франция до неделя вечерта",
                                               ("петя желева",))]
    _, quotes = _quotes("В страната са установени десетина случая на новия щам, отчете министър Оливие Веран.")
    assert [(q[1], q[2]) for q in quotes] == [("В страната са установени десетина случая на новия щам", "отчете")]


def test_a_mark_misplaced_before_a_names_number_closes_no_quote():
    _, quotes = _quotes("С подкрепата си за Северен поток“ 2 Германия рискува ролята си на лидер, допълват еколозите.")
    assert [q[0] for q in quotes] == ["indirect"]


def test_a_named_apposition_after_according_to_and_a_speaker_named_in_the_next_sentence():
    _, quotes = _quotes("Според католическия активист и защитник на човешките права, Сабир Мишел, „забавянето в "
                        "правосъдието е равностойно на смъртта на справедливостта.“")
    assert [(q[0], q[3]) for q in quotes] == [("direct", ("сабир мишел",))]
    _, quotes = _quotes("„Ще помогнем на всички пострадали.“ Това посочи министър Иван Петров пред журналисти.")
    assert [(q[1], q[2], q[3]) for q in quotes] == [("Ще помогнем на всички пострадали.", "посочи", ("иван петров",))]


def test_sentence_initial_quoted_words_and_an_impersonal_cue_before_an_inverted_report():
    _, quotes = _quotes("“Голяма грешка” е да се смята, че кризата ще отмине бързо, коментира икономистът Петър "
                        "Иванов пред БНТ.")
    assert ("direct", "Голяма грешка", "коментира", ("петър иванов",)) in quotes
    assert [q[0] for q in quotes if q[0] == "indirect" and q[3] == ("петър иванов",)] == ["indirect"]


def test_words_whose_closing_mark_is_lost_before_an_inverted_cue_are_direct():
    _, quotes = _quotes("Министър Иван Петров посети завода. Обещанията бяха много. “Няма да има нови "
                        "съкращения в тази година, подчерта Петров.")
    assert [(q[0], q[1], q[3]) for q in quotes] == [
        ("direct", "Няма да има нови съкращения в тази година", ("иван петров",))]


def test_za_tova_with_no_clause_of_its_own_reports_the_sentence_before():
    _, quotes = _quotes("Безработицата ще расте през цялата година. Затова предупреди Световната банка, съобщава "
                        "Ройтерс.")
    assert [(q[1], q[2], q[3]) for q in quotes] == [
        ("Безработицата ще расте през цялата година", "предупреди", ("световна банка",))]


def test_a_bulgarian_opening_mark_before_a_comma_opens_nothing():
    _, quotes = _quotes("Директорът Иван Петров призна, че „вече е късно да се спре строежът на “Южен поток „, тъй "
                        "като проектът има подкрепа. Затова компанията съди партньора си.")
    assert [q[0] for q in quotes].count("direct") == 1


def test_preposition_da_after_the_speaker_opens_no_report():
    _, quotes = _quotes("При тези условия е невъзможно да живея тук, заяви адвокатът Иван Петров пред АФП, преди "
                        "да се качи на самолета.")
    assert [(q[1], q[3]) for q in quotes] == [("При тези условия е невъзможно да живея тук", ("иван петров",))]


def test_an_addressees_relative_clause_does_not_hide_the_call():
    _, quotes = _quotes("Говорител на здравното бюро в Пловдив призова всички, които са посещавали пазара от 30 май "
                        "насам да съобщят това.")
    assert [(q[1], q[2]) for q in quotes] == [("съобщят това", "призова")]


def test_according_to_her_inside_a_bodys_report_is_the_body():
    _, quotes = _quotes("Нова партия, вдъхновена от Еманюел Макрон, започна кампания. Партията „Обновление“ каза, "
                        "че иска дебат, защото според нея старите партии са загубили връзка с избирателите.")
    assert [q[3] for q in quotes] == [("обновление",), ("обновление",)]


def test_he_continues_the_speaker_of_the_report_before_not_a_name_inside_it():
    _, quotes = _quotes("Министърът Иван Петров призна, че са нужни промени, но повтори коментар от финансовия "
                        "министър Георги Стоянов, че ефектът ще бъде малък. Промяната е неизбежна, каза той.")
    assert [q[3] for q in quotes][-1] == ("иван петров",)


def test_reassured_that_and_by_information_of_and_as_x_has_said():
    _, quotes = _quotes("Министър Иван Петров се опита да успокои бизнеса, че правилата ще останат същите.")
    assert [(q[1], q[2]) for q in quotes] == [("правилата ще останат същите", "успокои")]
    _, quotes = _quotes("По информация на синдикат КНСБ, най-голям е ръстът на безработните в Перник.")
    assert [(q[1], q[3]) for q in quotes] == [("най-голям е ръстът на безработните в Перник", ("кнсб",))]
    _, quotes = _quotes("Както е казал немският философ Хегел, историята се повтаря.")
    assert [(q[1], q[2], q[3]) for q in quotes] == [("историята се повтаря", "казал", ("хегел",))]


def test_said_in_a_corporation_is_the_corporations_report():
    _, quotes = _quotes("В корпорацията нееднократно са говорили, че са готови да доставят още газ.")
    assert [(q[1], q[2]) for q in quotes] == [("са готови да доставят още газ", "говорили")]
    doc = hronika.analyze("В корпорацията нееднократно са говорили, че са готови да доставят още газ.")
    assert doc.quotes[0].speaker_text == "корпорацията"


def test_a_name_opened_straight_and_closed_curly_inside_a_quote_does_not_end_it():
    _, quotes = _quotes('"Самолетът е кацнал на летище "Тимишоара“. Хората чакат автобусите и са спокойни “, обясни '
                        'консулът Иван Петров.')
    assert [(q[0], q[1], q[3]) for q in quotes] == [
        ("direct", 'Самолетът е кацнал на летище "Тимишоара“. Хората чакат автобусите и са спокойни', ("иван петров",))]


def test_a_headline_subject_with_the_article_trusts_the_cue_after_it():
    _, quotes = _quotes("Папата призова Пакистан да освободи осъдената жена\n\nВатиканът очаква отговор.")
    assert [(q[1], q[2]) for q in quotes] == [("освободи осъдената жена", "призова")]


def test_according_to_signed_agreements_is_no_source():
    _, quotes = _quotes("ЕС призова Исламабад да спазва правата на всички граждани според подписаните международни "
                        "спогодби.")
    assert [q[2] for q in quotes] == ["призова"]


def test_a_relative_clause_reports_the_words_of_the_text_before_it():
    _, quotes = _quotes("Лондон поиска съвет за предупреждение на ЕС към бизнеса, в което се подчертава, че страната "
                        "ще бъде третирана като трета държава.")
    assert [(q[1], q[2], q[3]) for q in quotes] == [
        ("страната ще бъде третирана като трета държава", "подчертава", ("ес",))]


def test_a_relative_clause_between_the_cue_and_its_clause_is_stepped_over():
    _, quotes = _quotes('Министърът Иван Петров отбелязва в писмото, с което се е сдобил вестник "Сега", че '
                        "мерките могат да навредят на бизнеса.")
    assert [(q[1], q[3]) for q in quotes] == [("мерките могат да навредят на бизнеса", ("иван петров",))]
    _, quotes = _quotes("Той предупреди срещу лекарства, за които не е показано, че действат срещу болестта.")
    assert quotes == []


def test_a_name_after_an_office_is_the_speaker_a_name_after_na_is_not():
    doc, quotes = _quotes("Притеснена съм от изявленията на Тереза Мей, каза министърът на българското "
                          "европредседателство Лиляна Павлова.")
    assert [q[3] for q in quotes] == [("лиляна павлова",)]
    doc, quotes = _quotes("Тереза Мей говори в Пекин. „Правата на гражданите ще бъдат различни“, заяви говорител на "
                          "Тереза Мей.")
    assert [(q[0], doc.quotes[0].speaker_text, doc.quotes[0].speaker_entity) for q in quotes] == [
        ("direct", "говорител на Тереза Мей", None)]


def test_of_this_opinion_is_x_reports_the_sentence_before():
    _, quotes = _quotes("Само ваксината няма да е достатъчна срещу вируса. На това мнение поне е изпълнителният "
                        "директор на Novartis Вас Нарасимхан.")
    assert [(q[1], q[3]) for q in quotes] == [("Само ваксината няма да е достатъчна срещу вируса",
                                               ("вас нарасимхан",))]


def test_proposing_and_supposing_report_only_with_a_clause():
    _, quotes = _quotes("От Pfizer предполагат, че ще имат резултати най-рано през октомври.")
    assert [(q[1], q[2]) for q in quotes] == [("ще имат резултати най-рано през октомври", "предполагат")]
    _, quotes = _quotes("Проф. Иван Костов предложи съветът да дава брифинг два пъти седмично.")
    assert [q[2] for q in quotes] == ["предложи"]
    _, quotes = _quotes("Лондон прие транзитен период „в норвежки стил“, който предполага, че страната ще спазва "
                        "правилата, заяви представител на Брюксел.")
    assert [q[2] for q in quotes if q[0] == "indirect"] == ["заяви"]
    _, quotes = _quotes("На пътниците бил предложен вариант да ползват друг полет.")
    assert quotes == []
    _, quotes = _quotes('ЕС обмисля да предложи на Лондон "привилегирован" достъп до пазара.')
    assert quotes == []


def test_a_cue_in_a_purpose_clause_attributes_no_quoted_word():
    _, quotes = _quotes("Но за да отчете интересите на тези страни, комисията трябваше да „диверсифицира“ поръчките "
                        "си.")
    assert quotes == []


def test_a_name_after_a_latin_name_closes_the_speaker_phrase():
    _, quotes = _quotes("По думите на шефа на BioNTech Угур Сахин, фирмата ще работи и по Коледа.")
    assert [(q[1], q[3]) for q in quotes] == [("фирмата ще работи и по Коледа", ("угур сахин",))]


def test_a_title_abbreviation_does_not_end_the_speaker_phrase():
    doc, quotes = _quotes("Ще даваме съвети и при усложненията, казва проф. Коста Костов.")
    assert doc.quotes[0].speaker_text == "проф. Коста Костов"


def test_an_embedded_according_to_him_ends_the_call_before_it():
    _, quotes = _quotes("Президентът Петро Порошенко призова германските политици да преразгледат отношението си към "
                        "проекта, тъй като по думите му транзитът през Украйна е по-изгоден.")
    assert quotes[0][1] == "преразгледат отношението си към проекта"


def test_a_circumstance_between_the_cue_and_its_clause_is_stepped_over():
    _, quotes = _quotes("Външният министър Хайко Маас заяви след среща с колегите си от Литва, Латвия и Естония, че "
                        "страната му ще се съобрази с позицията им.")
    assert [(q[1], q[3]) for q in quotes] == [("страната му ще се съобрази с позицията им", ("хайко маас",))]


def test_a_report_inside_a_relative_clause_ends_where_the_main_verb_comes_back():
    _, quotes = _quotes("Украйна, която твърди, че проектът подкопава санкциите, се страхува, че ще загуби "
                        "транзитните такси.")
    assert [(q[1], q[2], q[3]) for q in quotes] == [
        ("проектът подкопава санкциите", "твърди", ("украйна",)),
        ("ще загуби транзитните такси", "страхува", ("украйна",))]
    _, quotes = _quotes("Срещу проекта е Украйна, която смята, че чрез новата тръба, ще загуби приходи.")
    assert [q[1] for q in quotes] == ["чрез новата тръба, ще загуби приходи"]


def test_the_articled_noun_of_an_unnamed_description_keeps_its_speaker():
    _, quotes = _quotes("Франция е готова да приеме Асия Биби, каза говорителка на министерството. Франция вече "
                        "прие адвоката ѝ, допълни говорителката.")
    assert [q[3] for q in quotes] == [("говорителка на министерството",)] * 2


def test_news_confirmed_in_the_passive_reports_the_sentence_before():
    _, quotes = _quotes("Съдът в Лахор потвърди смъртната присъда на жената. Новината е потвърдена от нейния "
                        "адвокат Наим Шакир.")
    assert [(q[1], q[2], q[3]) for q in quotes] == [
        ("Съдът в Лахор потвърди смъртната присъда на жената", "потвърдена", ("наим шакир",))]


def test_a_clause_of_manner_goes_on_with_the_report_unless_the_speaker_acts_in_it():
    _, quotes = _quotes("Съветът настоява, че така ще се гарантира равнопоставеност, като се прилагат едни и същи "
                        "правила.")
    assert quotes[0][1] == "така ще се гарантира равнопоставеност, като се прилагат едни и същи правила"
    _, quotes = _quotes("Президентът Жаир Болсонаро заяви, че иска да запази икономиката, като осмя истерията.")
    assert quotes[0][1] == "иска да запази икономиката"
    _, quotes = _quotes("Министърът Иван Петров заяви, че бюджетът е готов, като добави, че ще бъде приет.")
    assert [q[1] for q in quotes] == ["бюджетът е готов", "ще бъде приет"]


def test_a_generals_abbreviated_rank_opens_the_speaker_phrase():
    _, quotes = _quotes("Според ген. Венцислав Мутафчийски на този етап пътуването с кола е най-безопасно.")
    assert [(q[1], q[3]) for q in quotes] == [("на този етап пътуването с кола е най-безопасно",
                                               ("венцислав мутафчийски",))]


def test_a_name_closing_a_circumstance_and_a_places_adjective_are_not_the_speaker():
    _, quotes = _quotes("Помощта ще пристигне скоро, заяви в разговор с премиера Борисов китайският премиер Ли "
                        "Къцян. Китайският премиер изрази увереност, че светът ще се справи.")
    assert [q[3] for q in quotes] == [("ли къцян",)] * 2


def test_a_sentence_opening_with_and_and_the_cues_object_continues_the_speaker_before():
    _, quotes = _quotes("Порошенко отново посочи, че проектът е насочен срещу Украйна. И изрази убеждението, че "
                        "той ще отнеме от бюджета на страната близо 3 милиарда долара.")
    assert [q[3] for q in quotes] == [("порошенко",)] * 2


def test_a_sentence_initial_call_read_as_a_name_continues_the_subject_before():
    _, quotes = _quotes("На 15 декември Европейският съвет даде зелена светлина за втората фаза. Призова ЕК да "
                        "представи необходимите препоръки.")
    assert [(q[1], q[2]) for q in quotes] == [("представи необходимите препоръки", "Призова")]
    assert quotes[0][3] == ("европейски съвет",)


def test_a_quoted_question_named_by_the_noun_question_is_no_quote():
    _, quotes = _quotes("Напредъкът разсея опасенията, които предизвика големият въпрос “Какво ще стане с правата на "
                        "гражданите?”. Споразумението ги гарантира.")
    assert quotes == []


def test_a_quoted_name_that_opens_with_a_number_is_no_quote():
    doc, quotes = _quotes('Сподели Приятел Tweet Абонамент за печатен или електронен "24 часа", както и за другите '
                          'издания на Медийна група България.')
    assert quotes == []


def test_a_spokesman_of_someone_is_the_speaker_and_is_taken_up_again_as_the_spokesman():
    doc, quotes = _quotes("Британският премиер Тереза Мей иска нова сделка за правата на гражданите. Това заяви "
                          "говорител на Мей, цитиран от Ройтерс. \"Всеки, дошъл преди март, ще има тези права\", "
                          "каза говорителят.")
    assert [(q[0], q[3]) for q in quotes] == [("indirect", ("говорител на мей",)), ("direct", ("говорител на мей",))]
    assert all(q.speaker_entity is None for q in doc.quotes)


def test_being_unanimous_that_reports_a_view():
    doc, quotes = _quotes("Двамата министри бяха единодушни, че двете страни ще запазят добрите си отношения.")
    assert quotes == [("indirect", "двете страни ще запазят добрите си отношения", "единодушни",
                       ("двамата министри",))]


def test_an_outer_layer_reports_the_words_of_the_report_before_it():
    doc, quotes = _quotes("От особено значение е сътрудничеството по въпросите на сигурността, посочи премиерът "
                          "Бойко Борисов при срещата си с Дейвид Дейвис. Това съобщиха от правителствената "
                          "информационна служба.")
    words = "От особено значение е сътрудничеството по въпросите на сигурността"
    assert [(q[1], q[2]) for q in quotes] == [(words, "посочи"), (words, "съобщиха")]


def test_after_a_circumstance_a_description_before_the_verb_is_its_subject():
    doc, quotes = _quotes("По време на разговора си с държавния секретар на Обединеното кралство Великобритания "
                          "българският премиер отбеляза, че Европа трябва да остане обединена.")
    assert [(q[1], q[3]) for q in quotes] == [("Европа трябва да остане обединена", ("българският премиер",))]


def test_a_quote_whose_closing_mark_is_lost_runs_to_the_end_of_its_sentence():
    doc, quotes = _quotes('Шефът на компанията Алексей Милер каза, че "определено количество газ ще продължи да '
                          'се доставя през Украйна. Милер добави, че транзитът ще намалее.')
    assert ("direct", "определено количество газ ще продължи да се доставя през Украйна", "каза",
            ("алексей милер",)) in quotes


def test_where_the_page_lost_the_opening_marks_of_names_a_name_s_mark_opens_no_quote():
    doc, quotes = _quotes("Започна строителството на „Северен поток 2“\n\nВ германския град Лубмин започнаха да "
                          "подготвят площадката на газопровода Северен поток 2“, съобщи пред РИА Новости представител "
                          "на компанията. Руският Газпром“ финансира половината от проекта.")
    assert [q[0] for q in quotes] == ["indirect"]


def test_allowing_someone_to_do_something_is_no_report():
    doc, quotes = _quotes("Ако британският премиер Тереза Мей допусне Брекзит да бъде отслабен от привържениците "
                          "на ЕС, страната ще бъде в криза, заяви Найджъл Фараж.")
    assert [(q[2], q[3]) for q in quotes] == [("заяви", ("найджъл фараж",))]
    doc, quotes = _quotes("Министърът допусна, че е сбъркал с мерките.")
    assert [q[1] for q in quotes] == ["е сбъркал с мерките"]


def test_a_risk_of_becoming_something_is_no_threat():
    doc, quotes = _quotes("Спорът за финансовите услуги заплашва да бъде едно от бойните полета на Брекзит.")
    assert quotes == []


def test_this_is_stated_in_a_document_of_its_authors():
    doc, quotes = _quotes("ЕС и Великобритания продължават да имат сериозни разногласия. Това се посочва в "
                          "съвместно изявление на ЕС и Великобритания.")
    assert [(q[1], q[2], q[3]) for q in quotes] == [
        ("ЕС и Великобритания продължават да имат сериозни разногласия", "посочва", ("ес",))]


def test_a_report_said_in_a_text_named_before():
    doc, quotes = _quotes("Лондон ще загуби 87 000 работни места, се казва в доклада, цитиран от CNBC. В доклада "
                          "се казва, че всеки резултат от Брекзит ще навреди на икономиката.")
    assert [(q[1], q[2]) for q in quotes] == [
        ("Лондон ще загуби 87 000 работни места", "казва"),
        ("всеки резултат от Брекзит ще навреди на икономиката", "казва")]


def test_according_to_some_and_to_a_body_whose_phrase_runs_into_the_clause():
    doc, quotes = _quotes("Според някои подобна позиция означава, че страната ще бъде васална.")
    assert [(q[1], q[3]) for q in quotes] == [("подобна позиция означава, че страната ще бъде васална", ("някои",))]
    doc, quotes = _quotes("Според други организацията отново е била под критика.")
    assert [q[1] for q in quotes] == ["организацията отново е била под критика"]
    doc, quotes = _quotes("По данни на правителството на Острова той се разпространява по-бързо.")
    assert [q[1] for q in quotes] == ["той се разпространява по-бързо"]
    assert doc.quotes[0].speaker_text == "правителството на Острова"
    doc, quotes = _quotes("Според министерството на здравеопазването случаите са нараснали.")
    assert doc.quotes[0].speaker_text == "министерството на здравеопазването"
    doc, quotes = _quotes("Потвърдените случаи надхвърлиха 3 милиона по данни на университета „Джонс Хопкинс“ към "
                          "28 април.")
    assert quotes == []


def test_the_government_of_a_country_speaks_not_the_country():
    doc, quotes = _quotes("По-рано днес правителството на Великобритания съобщи, че премиерът няма да подпише нищо.")
    assert doc.quotes[0].speaker_text == "правителството на Великобритания"


def test_a_paper_named_in_an_aside_tells_what_becomes_clear():
    doc, quotes = _quotes('От публикувания днес план, пише "Гардиън", става ясно, че Северна Ирландия ще остане в '
                          "съюза.")
    assert [(q[1], q[3]) for q in quotes] == [("Северна Ирландия ще остане в съюза", ("гардиън",))]


def test_a_closing_mark_inside_a_reported_clause_makes_no_direct_quote_of_the_sentence():
    doc, quotes = _quotes("Хан каза, че Великобритания може да се насочи към загубено десетилетие” на по-нисък "
                          "растеж. Министрите бързат да изчакат преговорите”, добави той.")
    assert [(q[0], q[3]) for q in quotes] == [("indirect", ("хан",)), ("direct", ("хан",))]


def test_a_cue_the_tagger_read_as_an_adverb_and_new_cue_verbs():
    doc, quotes = _quotes("Той още веднъж призова възрастните хора да останат по домовете си.")
    assert [q[1] for q in quotes] == ["останат по домовете си"]
    doc, quotes = _quotes("Изчистването става за 21 дни, разясни ген. Мутафчийски.")
    assert [q[2] for q in quotes] == ["разясни"]
    doc, quotes = _quotes("Украйна покани Германия да участва в международен консорциум.")
    assert [(q[1], q[3]) for q in quotes] == [("участва в международен консорциум", ("украйна",))]


def test_a_company_named_before_speaks_as_the_company():
    doc, quotes = _quotes("Германската авиокомпания Луфтханза обяви рекорд. Всички авиокомпании от групата са "
                          "превозили 130 милиона пътници, уточни компанията в комюнике.")
    assert doc.quotes[-1].speaker_text == "компанията"
    assert quotes[-1][3] == ("луфтханза",)


def test_a_decision_announced_is_a_noun_cue_so_the_outlet_reports_it():
    doc, quotes = _quotes("Авиокомпанията Райънеър обяви решението си да спре полетите в Гърция, съобщава "
                          "изданието Protothema.")
    assert [(q[2], q[3]) for q in quotes] == [("съобщава", ("изданието protothema",))]
    doc, quotes = _quotes("Партията призова поддръжниците си да излязат по улиците.")
    assert [q[1] for q in quotes] == ["излязат по улиците"]


def test_an_opening_mark_after_a_colon_whose_closing_mark_is_lost():
    doc, quotes = _quotes("Компанията обясни решението си така: “За съжаление таксите за летищата насърчават "
                          "само летните маршрути.")
    assert [(q[0], q[1]) for q in quotes] == [
        ("direct", "За съжаление таксите за летищата насърчават само летните маршрути")]


def test_a_present_participle_in_the_feminine_reports_nothing():
    doc, quotes = _quotes("Той подписа петиция, приканваща властите да отменят закона. Министърът обеща, че ще "
                          "помогне.")
    assert [q[2] for q in quotes] == ["обеща"]


def test_one_closing_mark_closes_a_quote_and_the_words_said_inside_it():
    doc, quotes = _quotes('Търговецът Иван Колев е доволен. "Време е депутатите да кажат: "Да, тръгваме, хайде да '
                          'работим заедно", каза Колев.')
    assert [(q[0], q[1][:8], q[3]) for q in quotes] == [("direct", "Време е ", ("иван колев",))]


def test_quoted_words_of_an_accusation_and_a_branding_verb():
    doc, quotes = _quotes('Вестник "Сън" обвини депутатите в "голямо предателство", а вестник "Мирър" дамгоса '
                          'съдиите като "врагове на реда".')
    assert [(q[0], q[1], q[2]) for q in quotes] == [("direct", "голямо предателство", "обвини"),
                                                     ("direct", "врагове на реда", "дамгоса")]
    doc, quotes = _quotes('Министърът остана в "пълно мълчание" до вечерта.')
    assert quotes == []


def test_a_plan_according_to_which_is_part_of_the_reported_clause():
    doc, quotes = _quotes("Служителите изразяват опасения, че планът, според който лидерите ще се споразумеят до "
                          "април, е нереалистичен.")
    assert [q[1] for q in quotes] == [
        "планът, според който лидерите ще се споразумеят до април, е нереалистичен"]


def test_a_quantifier_and_two_coordinated_nouns_belong_to_the_speaker():
    doc, quotes = _quotes("Много бизнесмени и банки се опасяват, че преговорите ще се провалят.")
    assert doc.quotes[0].speaker_text == "Много бизнесмени и банки"
    doc, quotes = _quotes("Шофьорите са недоволни. Повечето шофьори смятат, че цената е висока.")
    assert doc.quotes[0].speaker_text == "Повечето шофьори"
    doc, quotes = _quotes("Движението е затруднено в цялата страна и шофьорите се опасяват, че ще закъснеят.")
    assert doc.quotes[0].speaker_text == "шофьорите"


def test_wanting_to_act_oneself_is_no_request():
    doc, quotes = _quotes("Тя отишла на полето и поискала да пие вода от кладенеца.")
    assert quotes == []
    doc, quotes = _quotes("Съседите поискали тя да приеме исляма. Те поискали да приеме исляма.")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [("приеме исляма", "Съседите")] * 2


def test_a_pronoun_after_a_fronted_date_is_the_speaker():
    doc, quotes = _quotes("Мария Петрова живее в селото. На 14 юни тя отишла на пазара и поискала от "
                          "търговеца да намали цената.")
    assert doc.quotes[0].speaker_text == "тя"


def test_a_passive_participle_after_a_comma_reports_only_with_its_agent():
    doc, quotes = _quotes("Комисията одобри схемата. Схемата отговаря на условията, посочени в рамката.")
    assert quotes == []
    doc, quotes = _quotes("Страната ще остане в пазара при определени условия, уточнени от министър Иван Петров.")
    assert [q[3] for q in quotes] == [("иван петров",)]
    doc, quotes = _quotes("Икономиката ще се свие с два процента, прецени министърът на финансите Иван Петров.")
    assert [(q[1], q[2], q[3]) for q in quotes] == [("Икономиката ще се свие с два процента", "прецени",
                                                     ("иван петров",))]  # an aorist spelt like a plural participle


def test_an_estimate_is_reported_and_quoted_words_inside_it_are_mixed():
    doc, quotes = _quotes('Центърът изчислява, че 40% от случаите са безсимптомни, въпреки че това е „много '
                          'несигурно“.')
    assert [(q[0], q[2]) for q in quotes] == [("indirect", "изчислява"), ("direct", "изчислява")]


def test_a_subject_after_a_fronted_adverbial_outranks_a_name_inside_it():
    doc, quotes = _quotes("В писмо до канцлера Ангела Меркел и до лидера Мартин Шулц, еколозите предупреждават, "
                          "че строежът ще доведе до катастрофа.")
    assert doc.quotes[0].speaker_text == "еколозите"


def test_a_report_named_before_speaks_for_its_author():
    doc, quotes = _quotes("Пазарът на труда се свива. Това се посочва в доклад на Международната организация на "
                          "труда. Младите работници са най-засегнати, се посочва в доклада.")
    assert doc.quotes[-1].speaker_text == "Международната организация на труда"


def test_a_gerund_or_a_by_which_clause_reports_for_the_main_verbs_subject():
    doc, quotes = _quotes('Говорител на премиера Иван Петров омаловажи доклада, казвайки, че в него няма "нищо '
                          'ново".')
    assert doc.quotes[0].speaker_text == "Говорител на премиера Иван Петров"
    doc, quotes = _quotes("Президентът Иван Петров разкритикува начина, по който Мария Иванова води преговорите, "
                          "заявявайки, че той би бил по-твърд.")
    assert quotes[0][3] == ("иван петров",)
    doc, quotes = _quotes("Председателите на парламентите на Литва и Латвия подписаха изявление, с което апелират "
                          "страните да не участват в проекта.")
    assert doc.quotes[0].speaker_text == "Председателите на парламентите на Литва и Латвия"


def test_an_impersonal_cue_after_a_quote_speaks_for_the_document_and_glasi_reports_after_the_words():
    doc, quotes = _quotes('"Проектът е политически инструмент, който ще увеличи зависимостта", се казва в '
                          'документа.')
    assert doc.quotes[0].speaker_text == "документа"
    doc, quotes = _quotes('Министерството публикува доклад. Страната "желае да обсъди сроковете", гласи документът.')
    assert [(q[0], q[2]) for q in quotes] == [("indirect", "гласи"), ("direct", "гласи")]
    assert {q.speaker_text for q in doc.quotes} == {"документът"}
    doc, quotes = _quotes("Твърдото му послание гласеше, че страната няма да получи пълен достъп до пазара.")
    assert quotes == []


def test_according_to_a_source_stops_at_the_verb_before_quoted_words():
    doc, quotes = _quotes('Според документа има "широко привеждане в съответствие" и "само малък брой области, '
                          'които изискват обсъждане".')
    assert {q.speaker_text for q in doc.quotes} == {"документа"}


def test_according_to_him_after_a_body_reports_continues_that_body():
    doc, quotes = _quotes("Правителството заявява, че преходът трябва да продължи две години. Според него обаче "
                          "точната продължителност ще зависи от новите системи.")
    assert [q.speaker_text for q in doc.quotes] == ["Правителството", "Правителството"]


def test_a_second_clause_from_a_place_and_the_partisans_who_accuse():
    doc, quotes = _quotes("Правителството изключи тази възможност и от „Даунинг стрийт“ заявиха, че страната ще "
                          "напусне съюза.")
    assert quotes[0][3] == ("даунинг стрийт",)
    doc, quotes = _quotes("В опит да се успокоят страховете на някои привърженици на Брекзит, които обвиниха "
                          "министъра Иван Петров, че следва собствена политика, правителството излезе с изявление.")
    assert doc.quotes[0].speaker_text == "някои привърженици на Брекзит"


def test_a_cue_with_two_letters_swapped_after_a_quote():
    doc, quotes = _quotes('"Ще увеличим прага на държавната помощ", подчрета в отговор премиерът Иван Петров.')
    assert quotes[0][2] == "подчрета"
    assert quotes[0][3] == ("иван петров",)


def test_a_verbless_phrase_before_a_comma_and_a_cue_is_a_subject_not_reported_words():
    doc, quotes = _quotes("Други, до голяма степен членове на парламента, но също и граждански групи, настояваха за "
                          "по-голяма прозрачност на сделките.")
    assert quotes == []


def test_according_to_a_source_followed_by_a_relative_clause_reports_the_words_before_it():
    doc, quotes = _quotes("Блокът трябва да получи 12,5 млн. дози до края на годината, според производителя "
                          "BioNTech, които ще се разпределят според броя на населението.")
    assert [(q[0], q[1], q[2]) for q in quotes] == [
        ("indirect", "Блокът трябва да получи 12,5 млн. дози до края на годината", "според")]


def test_an_expression_someone_uses_or_welcomes_something_as_is_their_direct_quote():
    doc, quotes = _quotes('Евроскептиците от управляващата партия използват израза "васална страна" за преходния '
                          'период.')
    assert [(q[0], q[1], q[2]) for q in quotes] == [("direct", "васална страна", "използват")]
    doc, quotes = _quotes('Министър Иван Петров приветства общото решение като "трогателен момент на единство".')
    assert quotes == [("direct", "трогателен момент на единство", "приветства", ("иван петров",))]


def test_a_straight_mark_misplaced_inside_a_name_before_its_number_opens_no_quote():
    doc, quotes = _quotes('Строежът на газопровода Северен поток" 2, който ще свързва Русия с Германия, ще започне '
                          'скоро, заяви представител на компанията, цитиран от “Ведомости“.')
    assert [q[0] for q in quotes] == ["indirect"]
    assert quotes[0][1].startswith("Строежът на газопровода")


def test_a_name_in_a_fronted_prepositional_phrase_is_not_the_speaker():
    doc, quotes = _quotes("В отговор на изявленията на Иван Петров, говорителят на Мария Иванова посочи, че "
                          "правителството няма да отстъпи.")
    assert doc.quotes[0].speaker_text == "говорителят на Мария Иванова"


def test_a_cue_after_and_following_a_che_clause_speaks_for_the_first_subject():
    doc, quotes = _quotes("България отхвърли мнението, че ЕС е наложил на Великобритания неравен статут, и заяви, "
                          "че това всъщност е проява на щедрост.")
    said = next(q for q in doc.quotes if q.text == "това всъщност е проява на щедрост")
    assert said.speaker_text == "България"


def test_a_cue_that_is_the_verb_of_a_condition_reports_nothing():
    doc, quotes = _quotes("Комисията може да разреши преговорите, освен ако не прецени, че това е в противоречие с "
                          "правото на ЕС.")
    assert quotes == []
    doc, quotes = _quotes("Ако някой ви каже, че знае какво ще стане, не му вярвайте.")
    assert quotes == []


def test_unmarked_words_after_a_colon_that_closes_the_attribution_run_to_the_paragraph_end():
    doc, quotes = _quotes('Ето какво каза и консулът ни в Букурещ Иван Петров: Работим по казуса от сутринта. '
                          'Очакваме връзка с представителите на "Райънеър". Надявам се в рамките на деня да се реши.'
                          '\n\nПолетите остават отменени.')
    assert quotes == [("indirect", 'Работим по казуса от сутринта. Очакваме връзка с представителите на "Райънеър". '
                       "Надявам се в рамките на деня да се реши", "каза", ("иван петров",))]
    doc, quotes = _quotes("Вратата на съюза остава отворена за Великобритания. Това заяви еврокомисарят Пиер "
                          "Московиси: "
                          "Вратата е отворена. Съжалявам за вота, макар че го уважавам.")
    assert [q[1] for q in quotes] == ["Вратата на съюза остава отворена за Великобритания",
                                      "Вратата е отворена. Съжалявам за вота, макар че го уважавам"]
    assert {q[3] for q in quotes} == {("пиер московиси",)}


def test_words_after_a_colon_that_end_at_a_lone_closing_mark_are_direct():
    doc, quotes = _quotes("Иван Петров обясни: Законът е достатъчно широк. Много юристи твърдят, че процесът не може "
                          "да бъде спрян. Аз не съм съгласен с тях. Процесът може да бъде спрян.“ Той добави, че "
                          "решението е политическо.")
    assert quotes[0][:2] == ("direct", "Законът е достатъчно широк. Много юристи твърдят, че процесът не може да бъде "
                             "спрян. Аз не съм съгласен с тях. Процесът може да бъде спрян")
    assert quotes[0][3] == ("иван петров",)
    assert quotes[1][:2] == ("indirect", "решението е политическо")


def test_words_after_an_inverted_attribution_and_a_colon_end_where_the_article_reports_again():
    doc, quotes = _quotes("Колкото по-бързо стане ясно решението, толкова по-добре, смята експертът Иван Петров: "
                          "Процесът трябва да върви стъпка по стъпка. Ние направихме допитване до фирмите. Мария "
                          "Иванова заяви, че банките са готови.")
    assert quotes[0][1:] == ("Процесът трябва да върви стъпка по стъпка. Ние направихме допитване до фирмите", "смята",
                             ("иван петров",))
    assert quotes[-1][1] == "банките са готови"


def test_lower_case_words_in_marks_after_a_preposition_inside_reported_speech_are_direct():
    doc, quotes = _quotes("Евроскептиците в правителството настояват, че това ще превърне страната във „васална "
                          "държава“ на съюза.")
    assert ("direct", "васална държава") in [q[:2] for q in quotes]
    doc, quotes = _quotes("Жената поискала да пие вода от „мюсюлмански“ кладенец по време на работа.")
    assert "direct" not in [q[0] for q in quotes]  # no reported speech around: a term


def test_a_reported_clause_wholly_in_marks_opening_with_a_name_is_a_mixed_quote():
    doc, quotes = _quotes("Мария Иванова отбеляза, че „Великобритания и Китай са две световни сили и аз оставам "
                          "ангажирана с това партньорство“.")
    assert ("direct", "Великобритания и Китай са две световни сили и аз оставам ангажирана с това партньорство",
            "отбеляза", ("мария иванова",)) in quotes


def test_a_description_in_an_office_the_last_person_never_held_is_someone_else():
    doc, quotes = _quotes("Министър-председателят Мария Иванова ще посети Пекин. Тя заяви, че визитата е важна. "
                          "Китайският посланик в София заяви, че сътрудничеството е „стратегическа възможност“.")
    said = next(q for q in doc.quotes if q.text.startswith("сътрудничеството"))
    assert said.speaker_text == "Китайският посланик в София" and said.speaker_entity is None


def test_a_pronoun_after_a_sentence_opened_by_a_prepositional_phrase_means_its_subject():
    doc, quotes = _quotes("Пред министъра на финансите Иван Петров премиерът Георги Димитров представи проектите. "
                          "Той подчерта, че регионът има нужда от пътища.")
    assert quotes == [("indirect", "регионът има нужда от пътища", "подчерта", ("георги димитров",))]
    doc, quotes = _quotes("На пресконференцията Иван Иванов и Петър Петров подписаха договора. Той заяви, че "
                          "сделката е изгодна.")  # no title before the name: the phrase ends before it
    assert quotes == [("indirect", "сделката е изгодна", "заяви", ("иван иванов",))]


def test_a_speaker_after_the_channel_is_the_description_not_the_body_it_belongs_to():
    doc, quotes = _quotes('"Тя върви по много тънък лед", каза пред изданието неназован депутат от Консервативната '
                          'партия.')
    assert doc.quotes[0].speaker_text.startswith("неназован депутат")


def test_a_clitic_after_an_unnamed_described_speaker_continues_that_speaker():
    doc, quotes = _quotes("Вчера еврокомисарката Мария Иванова критикува проекта. Американският дипломат "
                          "предупреждава Германия, че газопроводът е опасен. По думите му, сегашната стратегия е "
                          "проблематична.")
    said = next(q for q in doc.quotes if q.text.startswith("сегашната"))
    assert said.speaker_text == "Американският дипломат" and said.speaker_entity is None


def test_according_to_whom_after_a_name_reports_for_that_name():
    doc, quotes = _quotes("Точно това каза и Ангела Меркел, според която, газопроводът не е възможен без гаранции.")
    assert ("indirect", "газопроводът не е възможен без гаранции", "според", ("ангела меркел",)) in quotes


def test_people_in_a_seat_of_power_speak_for_it():
    doc, quotes = _quotes("В Белия дом обаче мислят, че такива гаранции не са реални.")
    assert doc.quotes[0].speaker_text == "Белия дом"


def test_an_inverted_impersonal_report_in_a_new_document_names_its_author():
    doc, quotes = _quotes("Поне 11 млн. души в Азия са заплашени от бедност, се твърди в нов доклад на Световната "
                          "банка за икономиката на региона.")
    assert quotes == [("indirect", "Поне 11 млн. души в Азия са заплашени от бедност", "твърди",
                       ("световна банка",))]


def test_a_name_after_an_indefinite_description_after_according_to_opens_the_clause():
    quotes = _speakers("Според високопоставен британски служител Брюксел трябва да осъзнае, че няма сделка.")
    assert quotes == [("indirect", "Брюксел трябва да осъзнае, че няма сделка", ("високопоставен британски служител",))]


def test_a_pronoun_after_an_unnamed_source_of_according_to_continues_it():
    quotes = _speakers("Според високопоставен британски служител Брюксел трябва да осъзнае, че няма сделка. "
                       "Попитан дали Лондон ще плати, той отговори: \"Това е едно от няколкото неща, които може да "
                       "направим\".")
    assert quotes[1] == ("direct", "Това е едно от няколкото неща, които може да направим",
                         ("високопоставен британски служител",))


def test_the_closing_mark_of_a_quoted_source_is_not_part_of_the_clause():
    quotes = _speakers("Според в. \"Таймс\" министър-председателката е разкритикувала депутата.")
    assert quotes[0][1] == "министър-председателката е разкритикувала депутата" and "таймс" in quotes[0][2][0]


def test_a_verb_after_adverbials_alone_shares_the_subject_of_the_clause_before():
    quotes = _speakers("Джереми Корбин, лидерът на Лейбъристката партия, подкрепя единството, но по време на визита "
                       "в Белфаст през май заяви, че вероятността за това е малка.")
    assert quotes == [("indirect", "вероятността за това е малка", ("джереми корбин",))]


def test_a_participles_aside_between_subject_and_cue_is_skipped():
    quotes = _speakers("Двама други служители в правителството, запознати със стратегията, потвърдиха, че "
                       "плащането се обмисля.")
    assert quotes == [("indirect", "плащането се обмисля", ("двама други служители в правителството",))]


def test_the_subject_after_a_da_clauses_verb_is_the_speaker():
    quotes = _speakers("Преди да отпътува Фарадж заяви, че срещата е опит да предаде посланието на британците.")
    assert quotes[0][2] == ("фарадж",)


def test_a_woman_named_just_before_is_she_not_a_person_of_unknown_gender():
    quotes = _speakers("Тереза Мей изглежда не толкова убедена. Тя е разкритикувала депутата Джейкъб Рийс-Мог. "
                       "\"Това не е риск, който съм склонна да поема\", му отговорила тя.")
    assert quotes[-1] == ("direct", "Това не е риск, който съм склонна да поема", ("тереза мей",))


def test_a_place_right_after_the_cue_is_not_the_speaker():
    quotes = _speakers("„Изпълнението върви по график“, каза във Виена финансовият директор на „Газпром“ Пол Коркоран.")
    assert quotes == [("direct", "Изпълнението върви по график", ("пол коркоран",))]


def test_a_negation_before_the_cue_is_no_part_of_the_speaker():
    doc, quotes = _quotes("Здравните власти обаче не вярват, че пациентите са се заразили отново.")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [("пациентите са се заразили отново", "Здравните власти")]


def test_a_cue_coordinated_by_but_shares_the_first_clauses_subject():
    doc, quotes = _quotes("Говорител на консорциума е отказал да коментира делото, но е заявил, че то няма да се "
                          "отрази на строежа.")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [
        ("то няма да се отрази на строежа", "Говорител на консорциума")]
    doc, quotes = _quotes("Дори критиците на Тереза Мей приветстваха тона ѝ, но както посочи Анна Соубри, шансовете "
                          "са минимални: „Моята загриженост е, че това не отговаря на реалността“.")
    assert [q.speaker_text for q in doc.quotes] == ["Анна Соубри"]
    doc, quotes = _quotes("Тя апелира за нов пакт за сигурност и заяви, че страната ще продължи сътрудничеството.")
    assert [q.speaker_text for q in doc.quotes] == ["Тя"]


def test_a_share_of_a_group_is_the_whole_speaker_phrase():
    doc, _ = _quotes("Малко преди това 47 процента от британците изразиха мнение, че страната прави грешка. Само 42 "
                     "на сто от анкетираните смятат, че решението е правилно.")
    assert [q.speaker_text for q in doc.quotes] == ["47 процента от британците", "42 на сто от анкетираните"]
    doc, _ = _quotes("Компанията потулваше исканията им. Много пилоти на Райънеър твърдят, че ръководството ги "
                     "е заплашвало.")
    assert [q.speaker_text for q in doc.quotes] == ["Много пилоти на Райънеър"]


def test_an_adverb_or_a_participles_aside_before_the_speaker_is_left_out():
    doc, _ = _quotes("Там един политик отново изрази надежда, че британците ще се откажат.")
    assert [q.speaker_text for q in doc.quotes] == ["един политик"]
    doc, _ = _quotes("В проспекта, получен от Ройтерс, Газпром казва още, че съдът е конфискувал дела му.")
    assert [q.speaker_text for q in doc.quotes] == ["Газпром"]
    doc, _ = _quotes("Наред с това авторите на писмото смятат, че проектът е опасен.")
    assert [q.speaker_text for q in doc.quotes] == ["авторите на писмото"]


def test_the_office_of_a_named_person_speaks_as_the_office():
    doc, quotes = _quotes("Офисът на британския премиер Тереза Мей посочи, че страната няма да остане в митническия "
                          "съюз.")
    assert [(q.speaker_text, q.speaker_entity) for q in doc.quotes] == [
        ("Офисът на британския премиер Тереза Мей", None)]


def test_two_nouns_with_a_possessive_opening_the_clause_are_one_subject():
    doc, _ = _quotes("Съпругът и четирите й дъщери живеят в нелегалност и споделят, че са получили заплахи.")
    assert [q.speaker_text for q in doc.quotes] == ["Съпругът и четирите й дъщери"]


def test_a_name_after_a_cue_set_off_by_commas_speaks_there():
    doc, _ = _quotes("Шойбле даде интервю. След покушението срещу двойния агент Сергей Скрипал, заяви Шойбле, "
                     "британците видяха, \"колко е хубаво да не си сам на този свят\".")
    assert [(q.kind, q.speaker_text) for q in doc.quotes] == [("direct", "Шойбле")]
    doc, _ = _quotes("Днес България получава газ само през Украйна, напомня Константин Симонов, оглавяващ фонд "
                     "за енергийна сигурност.")
    assert [q.speaker_text for q in doc.quotes] == ["Константин Симонов"]


def test_a_participle_phrase_after_the_relative_clause_of_according_to_still_describes_the_source():
    _, quotes = _quotes("Според Петър Иванов, който бе кмет, избран от редиците на партията в периода 2007-2015 г., "
                        "градът ще бъде по-беден без завода.")
    assert quotes == [("indirect", "градът ще бъде по-беден без завода", "Според", ("петър иванов",))]


def test_an_opening_mark_never_closed_after_according_to_him_is_direct():
    _, quotes = _quotes("Министър Иван Петров говори пред депутатите. Според него, „2024 г. ще бъде най-трудната")
    assert ("direct", "2024 г. ще бъде най-трудната", "Според", ("иван петров",)) in quotes


def test_according_to_them_after_a_comma_means_the_plural_subject_of_its_own_sentence():
    _, quotes = _quotes("Агенцията съобщи новината вчера. Синдикатите подкрепят новия закон, което според тях се "
                        "харесва и на работодателите в страната.")
    assert [(q[0], q[3]) for q in quotes if q[2] == "според"] == [("indirect", ("синдикатите",))]


def test_a_da_clause_far_after_an_inverted_cue_belongs_to_a_noun_on_the_way():
    _, quotes = _quotes("Германия ще остане единна в разговорите с Лондон, каза говорител на правителството след "
                        "директния апел на британските министри към Берлин да помогне за сделка.")
    assert ("indirect", "Германия ще остане единна в разговорите с Лондон", "каза",
            ("говорител на правителството",)) in quotes


def test_first_person_words_inside_a_sentence_an_inverted_cue_reports():
    _, quotes = _quotes("Решението бе прието бързо и очакваме преговорите също да приключат бързо, каза министърът "
                        "Мария Петрова.")
    assert quotes == [("indirect", "Решението бе прието бързо и очакваме преговорите също да приключат бързо",
                       "каза", ("мария петрова",))]


def test_the_words_after_a_colon_end_where_an_inverted_report_follows():
    _, quotes = _quotes("Условията бяха уточнени от министър Мария Петрова: Страните се съгласиха, че правилата "
                        "важат. Решението бе прието бързо, каза министърът Мария Петрова.")
    assert [q[1] for q in quotes if q[0] == "indirect"][-1] == "Решението бе прието бързо"


def test_a_ballot_option_in_marks_is_nobodys_words():
    _, quotes = _quotes('Иван Петров заяви, че отказ от решението би бил предателство, защото 17 млн. души са '
                        'гласували "за".')
    assert [q[0] for q in quotes] == ["indirect"]


def test_a_mark_glued_after_a_stop_opens_words_whose_closing_mark_is_lost():
    _, quotes = _quotes('Партия "Обновление" каза, че ще поддържа дебата за реформата в страната."Възнамеряваме да '
                        'сме твърди...')
    assert ("direct", "Възнамеряваме да сме твърди", None, ("обновление",)) in [
        (q[0], q[1], None, q[3]) for q in quotes]


def test_a_name_and_its_office_before_a_colon_label_the_quote():
    _, quotes = _quotes("Бюджетът бе обсъден вчера.\n\nИван Петров-комисар по бюджета: „Ние ще имаме дупка в "
                        "бюджета след напускането на Великобритания.“")
    assert [(q[0], q[3]) for q in quotes] == [("direct", ("иван петров",))]
    _, quotes = _quotes('Петър Иванов каза, че е доволен. Мария Петрова продължи: "Ако имахме втори шанс, щяхме да '
                        'приключим с този въпрос."')
    assert [q[3] for q in quotes if q[0] == "direct"] == [("мария петрова",)]


def test_an_opinion_held_by_someone_is_their_statement():
    _, quotes = _quotes("Бюджетът на съюза трябва да бъде по-голям след 2027 г. Мнението е на комисаря Иван Петров. "
                        "Мнението на Петров е, че са необходими и повече пари за отбраната на страните.")
    assert [(q[0], q[1], q[3]) for q in quotes] == [
        ("indirect", "Бюджетът на съюза трябва да бъде по-голям след 2027 г", ("иван петров",)),
        ("indirect", "са необходими и повече пари за отбраната на страните", ("иван петров",))]


def test_an_interview_question_and_unattributed_first_person_answers_report_nothing():
    _, quotes = _quotes("Как можем да сме сигурни, че сме преборили вируса?\n\nСмятам, че трябва внимателно да следим "
                        "големите огнища на заразата.\n\nКога смятате, че ще можем да се върнем към нормалния живот?")
    assert quotes == []


def test_words_with_no_attribution_continue_the_report_just_before_them():
    _, quotes = _quotes('Премиерът Иван Петров говори за търговията. Последният губернатор Петър Иванов призова '
                        'премиера да повдигне въпроса за правата. "Договорът, макар да е важен, не трябва да бъде на '
                        'цената на правата ни.')
    assert [q[3] for q in quotes] == [("петър иванов",), ("петър иванов",)]


def test_an_office_of_two_domains_before_the_name_is_one_speaker():
    _, quotes = _quotes("Допълнителни 20 млн. лева ще бъдат дадени на болниците, заяви министърът на труда и "
                        "социалната политика Мария Петрова.")
    assert [q[3] for q in quotes] == [("мария петрова",)]


def test_and_adds_after_an_inverted_report_continues_its_speaker():
    _, quotes = _quotes("Директорът на радиото отец Иван Петров говори всяка сутрин. Политиката била част от "
                        "заговора, обяснява италианският свещеник. И добавя: „Това е проект, който цели да постави "
                        "човечеството на колене.“")
    assert [q[3] for q in quotes] == [("иван петров",), ("иван петров",)]


def test_a_cue_coordinated_past_an_apposition_shares_the_subject_of_the_verb_before():
    _, quotes = _quotes("Тогава папата е дарил на дъщерята на Мария, Ана, една броеница да я даде на майка си и е "
                        "уверил, че се моли за нея.")
    assert [(q[1], q[3]) for q in quotes] == [("се моли за нея", ("папата",))]


def test_a_company_name_in_marks_after_its_noun_is_no_quote():
    _, quotes = _quotes('Газът ще идва от Турция, напомня Иван Петров, оглавяващ руското дружество "Фонд за '
                        'национална енергийна сигурност".')
    assert [q[0] for q in quotes] == ["indirect"]
