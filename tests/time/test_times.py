"""Temporal expressions resolve against the publication date; without one they stay relative."""

import pytest

from hronika.doc import Document
from hronika.time import extract_times

FRIDAY = "2022-01-07"


def _times(text: str, published: str | None = FRIDAY) -> list[tuple]:
    doc = extract_times(Document(text=text, published=published))
    for t in doc.times:
        assert text[t["start"] : t["end"]] == t["text"]
    return [(t["text"], t["kind"], t["value"]) for t in doc.times]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Протестите започнаха в неделя.", ("неделя", "date", "2022-01-02")),
        ("Вчера властите заявиха.", ("Вчера", "date", "2022-01-06")),
        ("Днес е тихо.", ("Днес", "date", "2022-01-07")),
        ("Руски войски пристигнаха онзи ден.", ("онзи ден", "date", "2022-01-05")),
        ("През 2017 г. той бе осъден.", ("2017 г.", "year", "2017")),
        ("Той бе арестуван на 3 ноември.", ("3 ноември", "date", "2021-11-03")),
        ("Срещата е на 7 януари 2022 г.", ("7 януари 2022 г.", "date", "2022-01-07")),
        ("Срещата е на 7.01.2022.", ("7.01.2022", "date", "2022-01-07")),
        ("Това стана преди две седмици.", ("преди две седмици", "date", "2021-12-24")),
        ("Миналата седмица валя.", ("Миналата седмица", "week", "2021-W52")),
        ("Изборите ще са в понеделник.", ("понеделник", "date", "2022-01-10")),
        ("Пожарът избухна през март.", ("март", "month", "2021-03")),
        ("Срещата започна в 10:30 ч.", ("10:30 ч.", "time", "2022-01-07T10:30")),
        ("Това стана ясно след днешната среща.", ("днешната", "date", "2022-01-07")),
        ("Вчерашният протест беше мирен.", ("Вчерашният", "date", "2022-01-06")),
        ("През изминалата нощ бяха задържани десетима.", ("изминалата нощ", "date", "2022-01-06")),
        ("През днешния ден са доказани 12 случая.", ("днешния ден", "date", "2022-01-07")),
        ("Пациентът беше приет на 8-ми декември.", ("8-ми декември", "date", "2021-12-08")),
        ("Данните са към 11 ч. по Гринуич.", ("11 ч.", "time", "2022-01-07T11:00")),
        ("През месец май средно по 1400 души.", ("месец май", "month", "2021-05")),
        ("Войните в Ирак (2003-2011 г.) взети заедно.", ("2003-2011 г.", "interval", "2003/2011")),
        ("Мерките остават в сила до 31 януари.", ("31 януари", "date", "2022-01-31")),
        ("Снимките ще бъдат подновени след 18 януари.", ("18 януари", "date", "2022-01-18")),
        ("Новите правила влизат в сила от понеделник.", ("понеделник", "date", "2022-01-10")),
    ],
)
def test_resolves_against_publication_date(text, expected):
    assert _times(text) == [expected]


def test_interval_of_years():
    assert _times("Той управлява от 1989 до 2019 г.") == [("от 1989 до 2019 г.", "interval", "1989/2019")]


def test_late_nineties():
    doc = extract_times(Document(text="Изпадна в немилост в края на 90-те години.", published=FRIDAY))
    (item,) = doc.times
    assert (item["text"], item["value"], item["mod"]) == ("края на 90-те години", "199X", "late")


def test_without_publication_date_relative_values_are_kept():
    doc = extract_times(Document(text="Вчера и в неделя.", published=None))
    assert [(t["value"], t["relative"]) for t in doc.times] == [(None, "P-1D"), (None, "WD-6")]


def test_may_the_particle_is_not_a_month():
    assert _times("Май ще завали довечера.") == []


def test_day_intervals_within_and_across_months():
    assert _times("От 27 декември до 5 януари заразените растат.") == [
        ("От 27 декември до 5 януари", "interval", "2021-12-27/2022-01-05")]
    assert _times("От 10 до 23 декември нараства.") == [("От 10 до 23 декември", "interval", "2021-12-10/2021-12-23")]


def test_clock_time_takes_the_date_beside_it():
    assert _times("От 0:00 ч. на 8 януари се въвеждат ограничения.") == [
        ("0:00 ч.", "time", "2022-01-08T00:00"), ("8 януари", "date", "2022-01-08")]


def test_a_plural_number_with_te_is_no_decade_on_its_own():
    assert _times("От 20-те най-засегнати държави САЩ е осма.") == []
    assert _times("Изпадна в немилост през 90-те.")[0][2] == "199X"


def test_a_future_word_in_another_clause_does_not_move_a_weekday():
    assert _times("В понеделник вечерта той обяви, че заведенията ще затварят рано.")[0] == (
        "понеделник", "date", "2022-01-03")


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Операцията е извършена от декември 2019 г. до юни 2020 година.", "2020-12-08",
         ("от декември 2019 г. до юни 2020 година", "interval", "2019-12/2020-06")),
        ("Стачката продължи от март до май.", "2020-12-08", ("от март до май", "interval", "2020-03/2020-05")),
        ("Очаква се доставка до края на януари.", "2020-12-08", ("края на януари", "month", "2021-01")),
        ("Той ще поеме поста през януари.", "2020-12-03", ("януари", "month", "2021-01")),
        ("Пожарът избухна през октомври.", "2020-12-08", ("октомври", "month", "2020-10")),
        ("Мярката влиза в сила в 18 часа днес.", "2020-12-08", ("18 часа", "time", "2020-12-08T18:00")),
    ],
)
def test_month_intervals_coming_months_and_hours(text, published, expected):
    assert _times(text, published)[0] == expected



def test_a_range_of_days_in_one_month_is_an_interval():
    assert _times("Ваксинирането ще започне на 27-29 декември.", "2020-12-18") == [
        ("27-29 декември", "interval", "2020-12-27/2020-12-29")]


def test_since_a_month_looks_back_and_midnight_is_a_clock_time():
    assert _times("Мерките действат от март насам.", "2021-01-05") == [("март", "month", "2020-03")]
    assert _times("От полунощ магазините затварят.", "2021-01-05") == [("полунощ", "time", "2021-01-05T00:00")]


def test_a_clock_time_takes_the_day_named_earlier_in_its_clause_and_sentence():
    assert _times("Карантината влиза в сила от 0:01 ч. в сряда.", "2021-01-05") == [
        ("0:01 ч.", "time", "2021-01-06T00:01"), ("сряда", "date", "2021-01-06")]
    assert _times("От четвъртък заведенията ще трябва да затварят в 22:00 часа.", "2020-09-22") == [
        ("четвъртък", "date", "2020-09-24"), ("22:00 часа", "time", "2020-09-24T22:00")]


def test_a_condition_looks_ahead():
    assert _times("Ако комитетът даде одобрение в понеделник, комисията го подкрепя.", "2020-12-18") == [
        ("понеделник", "date", "2020-12-21")]


@pytest.mark.parametrize(
    "text, published, expected",
    [("Случаят бе регистриран на 1 март миналата година.", "2021-01-02",
      [("1 март миналата година", "date", "2020-03-01")]),
     ("Данните до юни тази година бяха изнесени.", "2020-09-01", [("юни тази година", "month", "2020-06")]),
     ("В края на годината данните ще бъдат други.", "2020-12-30", [("края на годината", "year", "2020")]),
     ("© 2018 Всички права запазени.", "2018-03-01", [("2018", "year", "2018")]),
     ("Атентати имаше в Годжра през 2009 и в Колони през 2013.", "2018-11-01",
      [("2009", "year", "2009"), ("2013", "year", "2013")]),
     ("Тя излезе след осем години затвор.", "2018-11-01", []),
     ("Те ще дойдат след три дни.", "2018-11-01", [("след три дни", "date", "2018-11-04")])])
def test_relative_years_copyright_and_time_spent_is_not_a_date(text, published, expected):
    assert _times(text, published) == expected


def test_a_decade_of_the_last_century_takes_the_century_words():
    assert _times("Законите, въведени през 80-те години на миналия век, остават.") == [
        ("80-те години на миналия век", "decade", "198X")]


def test_a_recurring_weekday_is_no_date():
    assert _times("Виждам семейството си всеки вторник.") == []


def test_a_clock_time_opening_a_line_of_a_live_report_takes_the_publication_day():
    assert _times("09:11 Премиерът пристигна в Брюксел.") == [("09:11", "time", "2022-01-07T09:11")]


def test_the_end_of_the_current_week_and_a_clock_time_after_a_date():
    assert _times("Министрите ще го видят до края на настоящата седмица.") == [
        ("края на настоящата седмица", "week", "2022-W01")]
    assert _times("06.01.2022 18.16 Пътниците се прибраха.") == [
        ("06.01.2022", "date", "2022-01-06"), ("18.16", "time", "2022-01-06T18:16")]


def test_a_month_of_doing_something_is_time_spent_and_a_site_named_today_is_no_date():
    assert _times("След месец на затягане на мерките магазините отварят. Източник: Днес+") == []


def test_a_year_after_prez_before_a_comma_and_vague_plural_ago():
    assert _times("Рецесия през 2020, която ще е тежка.") == [("2020", "year", "2020")]
    assert _times("Той го каза преди дни, а тя преди седмици.") == []


def test_the_next_elections_do_not_make_a_past_weekday_future_but_a_scheduled_one_is():
    assert _times("Комитетът гласува също във вторник за листа за следващите избори.") == [
        ("вторник", "date", "2022-01-04")]
    assert _times("Изслушването е насрочено за четвъртък.") == [("четвъртък", "date", "2022-01-13")]
    assert _times("Шансът идва, когато делото й бъде представено в сряда.") == [("сряда", "date", "2022-01-12")]


def test_months_of_quarantine_after_sled_are_time_spent_not_a_date():
    assert _times("Икономиката ще се върне към нормалния ход след 2 месеца карантина.") == []


def test_this_morning_a_clock_time_with_a_comma_or_a_part_of_the_day_and_after_a_dateline_pipe():
    assert _times("Самолетът кацна рано тази сутрин.") == [("тази сутрин", "date", "2022-01-07")]
    assert _times("Полетът е в 14,45 ч.") == [("14,45 ч.", "time", "2022-01-07T14:45")]
    assert _times("Чакаха до 2 ч. сутринта, а вечерята беше в 8 ч. вечерта.") == [
        ("2 ч. сутринта", "time", "2022-01-07T02:00"), ("8 ч. вечерта", "time", "2022-01-07T20:00")]
    assert _times("06.01.2022 | 11:30 Пътниците чакат.") == [
        ("06.01.2022", "date", "2022-01-06"), ("11:30", "time", "2022-01-06T11:30")]


def test_last_weeks_weekday_and_a_month_ago_are_dates():
    assert _times("Миналата сряда духовниците издадоха фетва.") == [("Миналата сряда", "date", "2021-12-29")]
    assert _times("Преди месец съпругът й даде интервю.") == [("Преди месец", "date", "2021-12-07")]
    assert _times("Преди два месеца го обявиха.", "2022-03-31") == [("Преди два месеца", "date", "2022-01-31")]


def test_two_months_joined_by_a_dash_are_one_interval():
    assert _times("В зимното разписание /края на декември 2018 - края на март 2019 г./ има три чартъра.") == [
        ("края на декември 2018 - края на март 2019 г.", "interval", "2018-12/2019-03")]


def test_from_one_day_to_another_with_an_apposition_is_one_interval():
    assert _times("Мерките ще важат от днес, 27 ноември, до 21 декември.", "2020-11-27") == [
        ("от днес, 27 ноември, до 21 декември", "interval", "2020-11-27/2020-12-21")]


def test_the_weekend_is_the_last_saturday_and_sunday_or_the_next_ones_in_a_future_clause():
    assert _times("През уикенда опозицията принуди кабинета да отстъпи.") == [
        ("уикенда", "interval", "2022-01-01/2022-01-02")]
    assert _times("Следващия уикенд ще има нов протест.") == [
        ("Следващия уикенд", "interval", "2022-01-08/2022-01-09")]


def test_the_end_of_the_week_or_month_is_the_current_one_and_the_last_week_of_a_month_an_iso_week():
    assert _times("Кабинетът трябва до края на седмицата да представи плана.") == [
        ("края на седмицата", "week", "2022-W01")]
    assert _times("Заплатите ще бъдат изплатени в края на месеца.") == [("края на месеца", "month", "2022-01")]
    assert _times("През последната седмица на ноември случаите намаляха.") == [
        ("последната седмица на ноември", "week", "2021-W47")]
    assert _times("През първата седмица на декември те се увеличиха.") == [
        ("първата седмица на декември", "week", "2021-W48")]
    assert _times("Подобно изказване той направи по-рано през седмицата.") == [("седмицата", "week", "2022-W01")]
    assert _times("По-късно през месеца ще има избори.") == [("месеца", "month", "2022-01")]
    assert _times("Това се случва три пъти през седмицата.") == []


def test_ordinal_days_in_an_interval_and_the_previous_day_of_a_daily_report():
    assert _times("Форумът се провежда от 12-ти до 14-и януари.") == [
        ("от 12-ти до 14-и януари", "interval", "2022-01-12/2022-01-14")]
    assert _times("Делът на положителните проби през предходния ден беше по-нисък.") == [
        ("предходния ден", "date", "2022-01-06")]


def test_a_future_clause_that_looks_back_keeps_the_date_in_the_past():
    assert _times("Помощите ще се изплащат със задна дата от 1 декември.") == [("1 декември", "date", "2021-12-01")]
    assert _times("Помощите ще се изплащат от 1 декември.", "2022-11-20") == [("1 декември", "date", "2022-12-01")]


def test_a_year_with_its_ordinal_ending_keeps_it_in_the_span():
    assert _times("Сривът през 2008-а година беше тежък.") == [("2008-а година", "year", "2008")]


def test_a_bare_year_after_a_preposition_or_a_period_but_not_a_count():
    assert _times("Проектът ще бъде готов до 2020, а парите са за програмния период 2021.") == [
        ("2020", "year", "2020"), ("2021", "year", "2021")]
    assert _times("Дойдоха до 2000 души, спад от 1500 през април.") == [("април", "month", "2021-04")]


def test_a_weekday_followed_by_its_date_is_that_date():
    assert _times("Срещата ще се проведе в четвъртък, 13 януари, в Брюксел.") == [
        ("четвъртък", "date", "2022-01-13"), ("13 януари", "date", "2022-01-13")]


def test_years_ago_in_any_number_word_is_the_same_day_then_and_a_vague_count_is_nothing():
    assert _times("Договорът беше подписан преди четиринадесет години.") == [
        ("преди четиринадесет години", "date", "2008-01-07")]
    assert _times("Това се случи преди много години.") == []


def test_a_possible_passive_looks_ahead():
    assert _times("Споразумение може да бъде постигнато през март.") == [("март", "month", "2022-03")]
    assert _times("Споразумение беше постигнато през март.") == [("март", "month", "2021-03")]


def test_a_date_or_month_before_dogodina_is_in_the_next_year():
    assert _times("Страната ще напусне на 29 март догодина.") == [("29 март догодина", "date", "2023-03-29")]
    assert _times("Изборите ще са през март догодина.") == [("март догодина", "month", "2023-03")]


def test_a_half_of_a_year_is_that_year_over_the_whole_phrase():
    doc = extract_times(Document(text="Групата ще е готова за втората половина на 2019 г.", published=FRIDAY))
    assert [(t["text"], t["kind"], t["value"], t["mod"]) for t in doc.times] == [
        ("втората половина на 2019 г.", "year", "2019", "second_half")]


def test_a_quarter_or_a_third_of_a_year_is_that_year_over_the_whole_phrase():
    doc = extract_times(Document(text="Разрешенията се очакват в първото четиримесечие на 2018 г. Ръстът през "
                                      "последното тримесечие на 2019 година и второто полугодие на 2020 г.",
                                 published=FRIDAY))
    assert [(t["text"], t["value"], t["mod"]) for t in doc.times] == [
        ("първото четиримесечие на 2018 г.", "2018", "T1"), ("последното тримесечие на 2019 година", "2019", "Q4"),
        ("второто полугодие на 2020 г.", "2020", "second_half")]


def test_a_year_and_the_next_ones_last_two_digits_are_an_interval():
    assert _times("Бойната група за периода 2019-20 е готова.") == [("2019-20", "interval", "2019/2020")]
    assert _times("Резултатът беше 2019-17 точки.") == []


def test_hours_and_minutes_after_a_verb_of_lasting_are_a_duration_not_a_clock_time():
    assert _times("Полетът е трябвало да продължи 3.35 часа.") == []
    assert _times("Самолетът излетя в 3.35 часа.") == [("3.35 часа", "time", "2022-01-07T03:35")]


def test_the_part_of_the_day_joins_the_span_only_when_it_tells_the_hour():
    assert _times("Трябваше да кацне в 22 часа вечерта.") == [("22 часа", "time", "2022-01-07T22:00")]
    assert _times("Трябваше да кацне в 8 ч. вечерта.") == [("8 ч. вечерта", "time", "2022-01-07T20:00")]


def test_from_a_month_to_the_end_of_a_year_is_one_interval():
    assert _times("Периодът трябва да продължи от март 2019 г. до края на 2020 г., за да се улесни излизането.") == [
        ("от март 2019 г. до края на 2020 г.", "interval", "2019-03/2020")]


def test_this_mornings_and_last_nights_adjectives_are_days():
    assert _times("При тазсутрешния дебат той каза това.") == [("тазсутрешния", "date", "2022-01-07")]
    assert _times("След снощната среща нищо не се промени.") == [("снощната", "date", "2022-01-06")]


def test_a_date_left_in_english_by_a_scraped_page():
    assert _times("Кабинетът на Мей May 17, 2018 не може да постигне единодушие.") == [
        ("May 17, 2018", "date", "2018-05-17")]


def test_a_weekday_closing_a_quoted_name_is_no_date():
    assert _times("Споразумението от 1998 г. - сделката \"Добрият петък\" - сложи край на конфликта.") == [
        ("1998 г.", "year", "1998")]
    assert _times("Отстъпките около т.нар. „Черен петък“ бяха големи.") == []
    assert _times("Той каза: „Ще дойда в понеделник“.") == [("понеделник", "date", "2022-01-10")]


def test_a_weekday_ahead_may_be_the_day_of_publication_and_an_upcoming_one_looks_ahead():
    # published on Friday 2022-01-07: like „в петък“ in a past clause, the speech „в петък“ can be that day
    assert _times("Тя ще заяви намерението си в предстоящата си реч в петък.") == [("петък", "date", "2022-01-07")]
    assert _times("Това става преди предстоящите местни избори в четвъртък.") == [("четвъртък", "date", "2022-01-13")]
    assert _times("Ще говори следващия петък.") == [("следващия петък", "date", "2022-01-14")]


def test_a_scheduled_start_and_an_obligation_look_ahead():
    # published on Friday 2022-01-07: the talks start next Tuesday; the negotiations must begin next April
    assert _times("Вторият кръг от преговорите започва във вторник.") == [("вторник", "date", "2022-01-11")]
    assert _times("Преговорите трябва да започнат през април.") == [("април", "month", "2022-04")]
    assert _times("ЕС и Великобритания трябва официално да обсъдят отношенията през месец март.") == [
        ("месец март", "month", "2022-03")]
    assert _times("Преговорите започнаха във вторник.") == [("вторник", "date", "2022-01-04")]


def test_last_month_with_the_full_article():
    assert _times("Миналият месец двете страни се споразумяха.") == [("Миналият месец", "month", "2021-12")]


def test_a_number_of_days_in_the_plural_with_the_article_is_no_decade():
    assert _times("Пътуват през 40-те дни около празника.") == []
    assert _times("Родени през 40-те години.") == [("40-те години", "decade", "194X")]


def test_a_month_named_with_the_word_month():
    assert _times("На последния съвет през май месец бе докладвано.") == [("май месец", "month", "2021-05")]
    assert _times("Крайният срок е октомври месец тази година.") == [
        ("октомври месец тази година", "month", "2022-10")]


def test_until_today_alone_is_so_far_not_a_date():
    assert _times("Тя е заключена и до днес. Истината е, че до днес информацията е добра.") == []
    assert _times("От 2010 до днес цените растат.") == [("От 2010 до днес", "interval", "2010/2022-01-07")]


def test_a_clock_time_after_a_cut_teaser_or_a_listed_date():
    assert _times("Кметовете днес се среща... 02:32 БНР\n\nКметовете се срещат в Брюксел.") == [
        ("днес", "date", "2022-01-07"), ("02:32", "time", "2022-01-07T02:32")]
    assert _times("Investor.bg - 05 Януари 14:38 Властите обявиха") == [
        ("05 Януари", "date", "2022-01-05"), ("14:38", "time", "2022-01-05T14:38")]
    assert _times("Резултатът беше 12:30 в полза на отбора.") == []


def test_a_clock_time_in_a_report_falls_on_the_day_the_paragraph_names():
    # published on Friday 2022-01-07; the flight was on Wednesday
    text = ("Силният вятър в сряда предизвика проблеми на летището. Самолетът не се приземи. Излетял е от Лондон в "
            "16:50 ч. местно време.")
    assert _times(text)[-1] == ("16:50 ч.", "time", "2022-01-05T16:50")
    assert _times("Срещата беше в сряда. Магазините ще отворят в 10:00 ч.")[-1] == (
        "10:00 ч.", "time", "2022-01-07T10:00")
    assert _times("Срещата беше в сряда.\n\nИзлетял е в 16:50 ч.")[-1] == ("16:50 ч.", "time", "2022-01-07T16:50")


def test_the_adjective_of_last_year_is_that_year():
    assert _times("След миналогодишното увеселително влакче вече почти нищо не е сигурно.") == [
        ("миналогодишното", "year", "2021")]
    assert _times("Тазгодишният бюджет е приет.") == [("Тазгодишният", "year", "2022")]


def test_a_month_after_until_in_a_clause_of_aim_is_the_coming_one():
    # published 2022-01-07
    assert _times("Те искат споразумение, което да бъде финализирано до октомври.") == [
        ("октомври", "month", "2022-10")]
    assert _times("Броят на случаите растеше до октомври.") == [("октомври", "month", "2021-10")]


def test_a_copyright_span_of_years_is_an_interval():
    assert _times("© 1998 - 2018 WEB MEDIA GROUP.") == [("1998 - 2018", "interval", "1998/2018")]


def test_a_clock_time_takes_the_day_named_after_it_in_its_clause():
    assert _times("Страната ще напусне ЕС точно в 23 часа по Гринуич (0 ч в Брюксел) на 29 март 2019 г.") == [
        ("23 часа", "time", "2019-03-29T23:00"), ("0 ч", "time", "2019-03-29T00:00"),
        ("29 март 2019 г.", "date", "2019-03-29")]


def test_minutes_or_hours_ago_are_the_day_of_publication():
    # published 2022-01-07
    assert _times("Обновено преди 2 минути.") == [("преди 2 минути", "date", "2022-01-07")]
    assert _times("Взривът избухна преди 3 часа.") == [("преди 3 часа", "date", "2022-01-07")]
    assert _times("Решението е взето преди 48 часа.") == [("преди 48 часа", "date", "2022-01-05")]
    assert _times("Потърсете помощ, ако хълцането не престане след 48 часа.") == []


def test_a_month_after_by_looks_a_few_months_ahead():
    # published 2022-01-07
    assert _times("Към март 60 % от компаниите може да преместят дейността си.") == [("март", "month", "2022-03")]
    assert _times("Към ноември безработицата е била 5 %.") == [("ноември", "month", "2021-11")]


def test_a_clause_opened_by_predi_da_takes_the_tense_of_the_clause_before():
    published = "2018-02-14"  # a Wednesday
    assert _times("Мей ще се срещне с Меркел, преди да даде реч в Мюнхен в събота.", published) == [
        ("събота", "date", "2018-02-17")]
    assert _times("Мей се срещна с Меркел, преди да даде реч в Мюнхен в събота.", published) == [
        ("събота", "date", "2018-02-10")]


def test_a_decade_with_the_abbreviated_years_and_its_century():
    assert _times("Популизмът носи риск от връщане на 30-те г. на XX век, предупреди Блеър.") == [
        ("30-те г. на XX век", "decade", "193X")]
