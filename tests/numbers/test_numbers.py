"""Numbers in every Bulgarian style, from real sentence patterns (sentences invented for the tests)."""

import pytest

from hronika.doc import Document, Mention
from hronika.numbers import extract_numbers, words_value


def _numbers(text: str) -> list[tuple]:
    doc = extract_numbers(Document(text=text))
    for n in doc.numbers:
        assert text[n["start"] : n["end"]] == n["text"]
    return [(n["text"], n["kind"], n["value"], n["low"], n["high"], n["unit"]) for n in doc.numbers]


@pytest.mark.parametrize(
    "words, value",
    [("Осемнадесет", 18), ("двадесет и пет", 25), ("седемстотин четиридесет и осем", 748), ("двайсет", 20),
     ("трийсет и две", 32), ("петстотин", 500), ("хиляда", 1000), ("хиляда и петстотин", 1500),
     ("две хиляди", 2000), ("половин милион", 500_000), ("три милиона", 3_000_000)],
)
def test_number_words(words, value):
    assert words_value(words.split())[0] == value


def test_ordinal_in_words():
    assert words_value("две хиляди и седемнадесета".split()) == (2017, True)


def test_casualty_counts_in_words_and_digits():
    assert _numbers("Осемнадесет полицаи бяха убити и 748 бяха ранени.") == [
        ("Осемнадесет", "cardinal", 18, None, None, None), ("748", "cardinal", 748, None, None, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("десетки демонстранти", ("десетки", "approx", None, 10, None, None)),
        ("стотици хора", ("стотици", "approx", None, 100, None, None)),
        ("над хиляда души", ("над хиляда", "approx", None, 1000, None, None)),
        ("около 300 протестиращи", ("около 300", "approx", 300, None, None, None)),
        ("близо половин милион души", ("близо половин милион", "approx", 500_000, None, None, None)),
        ("повече от 20 души", ("повече от 20", "approx", None, 20, None, None)),
        ("до 50 души", ("до 50", "approx", None, None, 50, None)),
        ("стотици хиляди жители", ("стотици хиляди", "approx", None, 100_000, None, None)),
    ],
)
def test_approximate_quantities_are_ranges_with_a_lower_bound(text, expected):
    assert _numbers(text) == [expected]


def test_exclusive_lower_bound_is_marked():
    doc = extract_numbers(Document(text="над хиляда души"))
    assert doc.numbers[0]["exclusive"] is True


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1 500 души", ("1 500", "cardinal", 1500, None, None, None)),
        ("1500 души", ("1500", "cardinal", 1500, None, None, None)),
        ("ръст от 1,5", ("1,5", "cardinal", 1.5, None, None, None)),
        ("3-4 души", ("3-4", "range", None, 3, 4, None)),
        ("2.5 млн. души", ("2.5 млн.", "cardinal", 2_500_000, None, None, None)),
        ("10% от гласовете", ("10%", "percent", 10, None, None, "%")),
        ("10 процента от гласовете", ("10 процента", "percent", 10, None, None, "%")),
        ("заплата от 1200 лв.", ("1200", "money", 1200, None, None, "BGN")),
        ("2,5 милиарда долара", ("2,5 милиарда", "money", 2_500_000_000, None, None, "USD")),
        ("100 млн. евро", ("100 млн.", "money", 100_000_000, None, None, "EUR")),
        ("58-годишният бивш банкер", ("58-годишният", "age", 58, None, None, None)),
        ("14 месеца в затвора", ("14 месеца", "duration", 14, None, None, "month")),
        ("20 години затвор", ("20 години", "duration", 20, None, None, "year")),
        ("на 3-ти ред", ("3-ти", "ordinal", 3, None, None, None)),
    ],
)
def test_digit_styles_money_ages_durations(text, expected):
    assert _numbers(text) == [expected]


def test_dates_years_clock_times_and_names_are_not_numbers():
    assert _numbers("На 7 януари през 2019 г. в 10:30 на 7.01.2022 COVID-19 удари") == []


def test_indefinite_article_is_not_the_number_one():
    assert _numbers("Един човек дойде.") == []


def test_figures_side_by_side_are_not_a_range():
    assert _numbers("Положителните са 525 - 9,65% от всички.") == [
        ("525", "cardinal", 525, None, None, None), ("9,65%", "percent", 9.65, None, None, "%")]
    assert _numbers("Очакват се 3 - 4 градуса.")[0][1:5] == ("range", None, 3, 4)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Три от четирите магистрали са блокирани.", [("Три", "cardinal", 3), ("четирите", "cardinal", 4)]),
        ("Загубите могат да достигнат 1.2 трлн. долара.", [("1.2 трлн.", "money", 1_200_000_000_000)]),
        ("Почина 65-годишен мъж.", [("65-годишен", "age", 65)]),
        ("САЩ е 8-а държава по брой случаи.", [("8-а", "ordinal", 8)]),
        ("Активните случаи намаляват до 72 962.", [("72 962", "cardinal", 72962)]),
        ("През първите пет месеца туристите са по-малко.", [("пет месеца", "duration", 5)]),
        ("През първите 10 минути Азия мълчеше.", [("10 минути", "duration", 10)]),
        ("Надяваме се да няма втора и трета вълна.", [("втора", "ordinal", 2), ("трета", "ordinal", 3)]),
        ("Третата страна в спора мълчи.", [("Третата", "ordinal", 3)]),
    ],
)
def test_definite_words_trillions_ages_ordinals_and_new_levels(text, expected):
    assert [n[:3] for n in _numbers(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("задължителна 14-дневна карантина", ("14-дневна", "duration", 14, None, None, "day")),
        ("предстои шестмесечна борба", ("шестмесечна", "duration", 6, None, None, "month")),
        ("за едноседмичен период", ("едноседмичен", "duration", 1, None, None, "week")),
        ("денонощна 24-часова охрана", ("24-часова", "duration", 24, None, None, "hour")),
    ],
)
def test_adjectives_of_a_period_are_durations(text, expected):
    assert _numbers(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Регистриран е още един случай.", [("един", "cardinal", 1, None, None, None)]),
        ("Не е регистриран нито един нов случай.", [("нито един", "cardinal", 0, None, None, None)]),
        ("Една жена е сред тях.", []),
        ("Това е една от най-тежко засегнатите страни.", []),
    ],
)
def test_the_number_one_and_the_article(text, expected):
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Граждани от 26 европейски държави.", "Парите са от програмата „Хоризонт 2020“.",
     "Магазините за стоки от първа необходимост работят.", "Влизащите от трети страни са под карантина."],
)
def test_not_money_names_or_idioms(text):
    assert all(kind not in ("money", "ordinal") for _, kind, *_ in _numbers(text))
    assert "2020" not in [n[0] for n in _numbers(text)]


@pytest.mark.parametrize(
    "text, expected",
    [("Заразените са от 10 до 15 души.", ("от 10 до 15", "range", None, 10, 15, None)),
     ("Новият щам е с 50 до 70 на сто по-заразен.", ("50 до 70 на сто", "percent", None, 50, 70, "%")),
     ("Броят им е нараснал с 30 на сто.", ("30 на сто", "percent", 30, None, None, "%")),
     ("Тя прекара 8 години и половина в затвора.", ("8 години и половина", "duration", 8.5, None, None, "year")),
     ("Изолацията приключва след още два допълнителни дни.", ("два допълнителни дни", "duration", 2, None, None,
                                                               "day"))])
def test_ranges_with_do_per_cent_in_words_halves_and_durations_with_an_adjective(text, expected):
    assert _numbers(text) == [expected]


def test_a_fall_from_one_figure_to_another_is_two_numbers():
    assert [n[0] for n in _numbers("Случаите спаднаха от 15 до 10 на ден.")] == ["15", "10"]


@pytest.mark.parametrize(
    "text, expected",
    [("В 56-страничното решение.", [("56-страничното", "cardinal", 56, None, None, None)]),
     ("Десетмилионното население, 10-милионното население.", [("10-милионното", "cardinal", 10_000_000, None, None,
                                                                 None)]),
     ("Между 70 и 79 години.", [("Между 70 и 79 години", "duration", None, 70, 79, "year")]),
     ("Починаха 5 и 7 души.", [("5", "cardinal", 5, None, None, None), ("7", "cardinal", 7, None, None, None)]),
     ("Само единици са под 18.", [("единици", "approx", None, 1, None, None), ("под 18", "approx", None, None, 18,
                                                                               None)]),
     ("За едно денонощие.", [("едно денонощие", "duration", 1, None, None, "day")]),
     ("Две трети от мъжете.", []),
     ("Съгласно статия 295 и секция 144, Даунинг стрийт 10.", []),
     ("Тестват се за Covid- 19 до 24 часа.", [("24 часа", "duration", 24, None, None, "hour")]),
     ("Ваучери на стойност 10 евро.", [("10", "money", 10, None, None, "EUR")]),
     ("Той прекара девет години и половина в затвора.", [("девет години и половина", "duration", 9.5, None, None,
                                                           "year")])])
def test_numbers_in_adjectives_between_ranges_fractions_identifiers_and_amounts(text, expected):
    assert _numbers(text) == expected


def test_half_alone_is_a_fraction_and_left_unmarked_but_half_a_million_is_a_number():
    assert _numbers("Излизам само за половин час, а кораба пристига половин ден по-късно.") == []
    assert _numbers("Дариха половин милион лева.")[0][:3] == ("половин милион", "money", 500_000)


def test_one_day_is_a_duration_and_prav_is_the_first():
    assert _numbers("Това са повече жертви за един ден.") == [("един ден", "duration", 1, None, None, "day")]
    assert _numbers("Ваксина е регистрирана за пръв път.")[0][:3] == ("пръв", "ordinal", 1)


def test_a_period_adjective_in_words_is_a_duration_unless_it_describes_a_person():
    assert _numbers("След почти десетгодишни съдебни процедури тя е свободна.")[0][:3] == (
        "почти десетгодишни", "duration", 10)
    assert _numbers("Десетгодишно момче е спасено.")[0][:3] == ("Десетгодишно", "age", 10)


def test_numbers_in_a_quoted_title_are_part_of_a_name():
    assert _numbers('Абонамент за "24 часа" и програма " Хоризонт 2020 " струват 5 лв.') == [
        ("5", "money", 5, None, None, "BGN")]


def test_an_approximate_word_right_after_a_full_stop_with_no_space():
    assert _numbers("Съдиите бяха заплашени.Няколко партии протестираха.")[0][:4] == ("Няколко", "approx", None, 3)


def test_acronyms_are_not_number_words_and_a_spaced_dash_joins_a_name():
    assert _numbers("Правилата на СТО важат, а МИ – 6 мълчи.") == []


def test_by_up_to_is_a_bound_and_a_two_year_stay_is_a_duration():
    assert _numbers("Растежът ще падне с до 8%.")[0][:5] == ("до 8%", "percent", None, None, 8)
    assert _numbers("След двегодишно пребиваване в затвора тя е свободна.")[0][:3] == ("двегодишно", "duration", 2)


def test_a_pound_sign_before_a_comma_group_means_thousands():
    assert _numbers("Свещениците обявиха награда от £3,000.")[0][1:3] == ("money", 3000)


def test_a_change_by_one_figure_to_another_is_two_numbers_but_a_span_of_change_is_a_range():
    assert [n[0] for n in _numbers("Брекзит намалява депутатите с 46 до 705.")] == ["46", "705"]
    assert _numbers("Новият щам е с 50 до 70 на сто по-заразен.")[0][1] == "percent"


def test_between_two_percentages_is_one_range():
    assert _numbers("Делът е между 30% и 40% в Швейцария.") == [("между 30% и 40%", "percent", None, 30, 40, "%")]


def test_digits_glued_to_latin_letters_are_codes():
    assert _numbers("Мрежите 5G и вариантът 20A.EU1 се разпространяват.") == []
    assert _numbers("Случаите надхвърлиха 100 000Заболяването е тежко.")[0][2] == 100_000
    assert _numbers("Вариантът 20А.EU1 е открит в Испания.") == []  # a Cyrillic capital glued to the digits


def test_an_open_range_of_years_and_not_earlier_than_are_lower_bounds():
    assert _numbers("Ваксина се разработва за 3-5 и повече години.") == [
        ("3-5 и повече години", "duration", None, 3, None, "year")]
    assert _numbers("Отговор ще има не по-рано от една година.") == [
        ("не по-рано от една година", "duration", None, 1, None, "year")]


def test_parvo_is_firstly_unless_a_neuter_noun_follows():
    assert _numbers("Първо, България ще внесе първо ваксината.") == []
    assert [n[:3] for n in _numbers("Отборът зае първо място.")] == [("първо", "ordinal", 1)]


def test_na_parvo_myasto_after_a_comma_or_dash_is_first_of_all_not_a_rank():
    assert _numbers("Против са някои страни - на първо място Украйна. На второ място, има опасност.") == []
    assert [n[:3] for n in _numbers("Белгия е на първо място, а Словения се нарежда на второ място.")] == [
        ("първо", "ordinal", 1), ("второ", "ordinal", 2)]


def test_one_place_is_a_count_but_one_place_to_another_is_not():
    assert _numbers("Забраниха събиранията на едно място на много хора.") == [
        ("едно", "cardinal", 1, None, None, None)]
    assert _numbers("Местеха се от едно място на друго. Това е едно място за почивка.") == []


def test_the_articled_nyakolkoto_is_an_approximate_quantity():
    assert _numbers("Това е едно от няколкото неща, които обсъждаме.") == [
        ("няколкото", "approx", None, 3, None, None)]


def test_nouns_built_on_a_period_adjective_are_no_durations():
    assert _numbers("През тримесечие на годишнината и шестмесечна програма.") == [
        ("шестмесечна", "duration", 6, None, None, "month")]


def test_numeral_idioms_are_no_numbers():
    assert _numbers("Първият дипломат на страната видя, че на пръв поглед не един и двама са против.") == []
    assert _numbers("Той изрече не едно и две странни неща.") == []
    assert _numbers("Това съобщи първият министър на Шотландия.") == []


def test_an_ordinal_capitalised_mid_sentence_starts_a_name():
    assert _numbers("Отделението във Втора градска болница е резервно. Втората вълна дойде.") == [
        ("Втората", "ordinal", 2, None, None, None)]


def test_two_number_words_joined_by_a_hyphen_are_a_range():
    assert _numbers("С едно-две изявления и два-три дни по-късно.") == [
        ("едно-две", "range", None, 1, 2, None), ("два-три дни", "duration", None, 2, 3, "day")]


def test_two_number_words_joined_by_or_are_a_range():
    assert _numbers("Партията ще прекара един или два мандата в опозиция, с два или трима успешни проекта.") == [
        ("един или два", "range", None, 1, 2, None), ("два или трима", "range", None, 2, 3, None)]
    assert _numbers("Или едното, или другото, един или друг.") == []


def test_digits_with_the_article_before_a_multiplier_are_the_amount():
    assert _numbers("Сред тях са 1,2-та милиарда долара за AstraZeneca. Приеха 5-та поправка.") == [
        ("1,2-та милиарда", "money", 1_200_000_000, None, None, "USD"), ("5-та", "ordinal", 5, None, None, None)]


def test_years_abbreviated_after_the_next_or_last_are_a_duration():
    assert _numbers("Ще губи позиции през следващите 15 г. заради решението.") == [
        ("15 г.", "duration", 15, None, None, "year")]


def test_a_figure_after_an_acronym_and_a_dash_and_a_modifier_glued_to_a_title():
    assert _numbers("Смъртността е най-висока в ЕС – 25,4 на 100 000 жители.") == [
        ("25,4", "cardinal", 25.4, None, None, None), ("100 000", "cardinal", 100000, None, None, None)]
    assert _numbers("Хакатон срещу вирусаПовече от 500 души участват.") == [
        ("Повече от 500", "approx", None, 500, None, None)]


def test_a_number_opening_a_longer_quoted_phrase_is_a_figure_not_a_name():
    assert _numbers("Той натърти на „седем месеца по-късно“.") == [("седем месеца", "duration", 7, None, None, "month")]


def _with_names(text: str, names: list[tuple[str, str]]) -> list[str]:
    mentions = [Mention(text.index(name), text.index(name) + len(name), name, kind) for name, kind in names]
    return [n["text"] for n in extract_numbers(Document(text=text, mentions=mentions)).numbers]


def test_a_numeral_inside_a_recognised_name_counts_nothing():
    assert _with_names('Германия одобри "Северен поток 2" и още 3 проекта.', [("Северен поток 2", "PRO")]) == ["3"]
    assert _with_names("Кризата е най-тежката от Втората световна война насам.",
                       [("Втората световна война", "EVT")]) == []
    # an ordinal opening a sentence is no sign of a name; „втората вълна“ is a count of waves
    assert _with_names("Втората вълна настъпва в Европа.", [("Втората вълна", "EVT")]) == ["Втората"]


def test_or_more_closing_a_clause_is_a_lower_bound():
    assert _numbers("Преходният период да бъде две години или повече, ако се налага.") == [
        ("две години или повече", "duration", None, 2, None, "year")]
    assert _numbers("Искат 3 или повече години.")[0][:4] == ("3 или повече години", "duration", None, 3)
    assert _numbers("Обектите са в центрове от една или повече сгради.")[0][:4] == (
        "една или повече", "approx", None, 1)
    assert _numbers("Делът е 35% за 65 и повече годишните.")[1][:4] == ("65 и повече", "approx", None, 65)
    assert [n[0] for n in _numbers("Дойдоха пет и повече от тях.")] == ["пет"]
    assert _numbers("Дадоха 10 лв. и повече пари.")[0][:3] == ("10", "money", 10)


def test_list_labels_closed_by_a_bracket_count_nothing():
    assert _numbers("Прогнозите бяха: 1)Брекзит ще е лесен. 2) Сделката ще струва 45 милиарда, 3) нищо няма да "
                    "се промени.") == [("45 милиарда", "cardinal", 45_000_000_000, None, None, None)]
    assert [n[0] for n in _numbers("Гласуваха (без 3) всички.")] == ["3"]


def test_a_period_adjective_split_after_a_number_word_is_a_duration_unless_plural():
    assert _numbers("След три часова среща те се разделиха.") == [("три часова", "duration", 3, None, None, "hour")]
    assert _numbers("Бяха публикувани пет годишни доклада.") == [("пет", "cardinal", 5, None, None, None)]


def test_a_phone_number_one_among_many_and_a_page_counter_count_nothing():
    assert _numbers("Те се обадили на спешния телефон 112.") == []
    assert _numbers("Газопроводът ще бъде само един от многото източници.") == []
    assert _numbers("Швеция каза „да“ 1 | 666 | Правителството реши.") == []
    assert [n[0] for n in _numbers("Гласуваха 15 души | останалите не.")] == ["15"]
    assert [n[0] for n in _numbers("Само една жена от 15 души гласува.")] == ["една", "15"]


def test_the_numeral_closing_a_quoted_capitalised_name_is_part_of_it():
    assert _numbers('Българската "Марица изток 2" заема осмо място.') == [("осмо", "ordinal", 8, None, None, None)]


def test_hours_and_minutes_after_a_verb_of_lasting_are_a_duration():
    import hronika

    doc = hronika.analyze("Полетът е трябвало да продължи 3.35 часа.")
    assert [(n["text"], n["kind"], n["value"]) for n in doc.numbers] == [("3.35 часа", "duration", 3.35)]


def test_a_year_and_some_months_are_one_duration_in_years():
    assert _numbers("Тя прекара година и девет месеца в затвора.") == [
        ("година и девет месеца", "duration", 1.75, None, None, "year")]
    assert _numbers("Той остана 2 години и 6 месеца в Лондон.") == [
        ("2 години и 6 месеца", "duration", 2.5, None, None, "year")]
    assert _numbers("Договорът е за девет месеца.") == [("девет месеца", "duration", 9, None, None, "month")]


def test_a_roman_numeral_after_the_stage_of_a_series_is_an_ordinal():
    assert _numbers("Рунд II от преговорите започна.") == [("II", "ordinal", 2, None, None, None)]
    assert _numbers("Фаза IV е последната.") == [("IV", "ordinal", 4, None, None, None)]
    assert _numbers("Папа Бенедикт XVI призова. Ваксината Спутник V е руска.") == []


def test_an_adjective_of_completeness_between_a_number_and_its_unit_keeps_the_duration():
    assert _numbers("Законодателството в ЕС отнема две пълни години.") == [
        ("две пълни години", "duration", 2, None, None, "year")]
    assert _numbers("Те чакаха три цели дни.") == [("три цели дни", "duration", 3, None, None, "day")]


def test_first_before_several_and_third_country_count_nothing():
    assert [n[0] for n in _numbers("През първите няколко месеца търсенето ще падне.")] == ["няколко месеца"]
    assert _numbers("Текстът гласи, че „[трета] държава [не може] да има същите права“.") == []
    assert _numbers("Стоките от трети държави ще поскъпнат.") == []


def test_a_page_counter_before_its_number_counts_nothing():
    assert _numbers("Германия разреши газопровода Гласували 0 Коментари 0 Германия е издала разрешение.") == []


def test_firstly_and_at_first_are_no_ordinals():
    assert _numbers("Първо обаче тя трябва да постигне консенсус в кабинета.") == []
    assert _numbers("Гласуването ще даде възможност на първо време за консултации.") == []
    assert _numbers("Първо заседание по темата.") == [("Първо", "ordinal", 1, None, None, None)]


def test_an_articled_plural_of_a_multiplier_is_a_vague_quantity():
    assert _numbers("Рискът е за бизнеса и за милионите обикновени хора.") == [
        ("милионите", "approx", None, 10**6, None, None)]
    assert _numbers("Хилядите протестиращи се събраха.") == [("Хилядите", "approx", None, 1000, None, None)]


def test_one_or_more_and_a_singular_adjective_before_the_unit_keep_the_duration():
    assert _numbers("Някои в Брюксел си представят една или повече допълнителни години.") == [
        ("една или повече допълнителни години", "duration", None, 1, None, "year")]
    assert _numbers("Мерките остават поне за един календарен месец.") == [
        ("един календарен месец", "duration", 1, None, None, "month")]


def test_a_half_before_the_multiplier_belongs_to_the_amount():
    assert _numbers("Джонсън предупреди, че срещу 17 и половина милиони британци ще се обърнат.") == [
        ("17 и половина милиони", "cardinal", 17_500_000, None, None, None)]
    assert _numbers("Над две и половина хиляди души протестираха.") == [
        ("Над две и половина хиляди", "approx", None, 2500, None, None)]


def test_any_adjective_between_a_count_and_a_unit_of_time_keeps_the_duration():
    assert _numbers("Европа има пред себе си две добри години на растеж.") == [
        ("две добри години", "duration", 2, None, None, "year")]
    assert _numbers("Бяха три тежки месеца.") == [("три тежки месеца", "duration", 3, None, None, "month")]
    assert _numbers("През четирите почивни дни в столицата се влизаше трудно.") == [
        ("четирите", "cardinal", 4, None, None, None)]
    assert _numbers("Броят ще стигне 10 милиона спрямо 4 милиона миналата година.") == [
        ("10 милиона", "cardinal", 10**7, None, None, None), ("4 милиона", "cardinal", 4 * 10**6, None, None, None)]


def test_an_ordinal_before_an_adjective_and_its_unit_is_the_ordinal_alone():
    assert _numbers("За втора поредна година германците се подиграват.") == [("втора", "ordinal", 2, None, None, None)]
