"""Tokens follow UD Bulgarian-BTB conventions, with offsets that always slice the input."""

import pytest

from hronika.text import tokenize


def _texts(text: str) -> list[str]:
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    return [t.text for t in tokens]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("през 2004 г. и в гр. Пловдив", ["през", "2004", "г.", "и", "в", "гр.", "Пловдив"]),
        ("на ул. „Раковски“ № 5", ["на", "ул.", "„", "Раковски", "“", "№", "5"]),
        ("2,5 млн. лв. и 3 млрд. евро", ["2,5", "млн.", "лв.", "и", "3", "млрд.", "евро"]),
        ("т.е. проф. Иванов и д-р Петров, т.нар. реформа", ["т.е.", "проф.", "Иванов", "и", "д-р", "Петров", ",",
                                                           "т.нар.", "реформа"]),
        ("чл. 5, ал. 2 от закона", ["чл.", "5", ",", "ал.", "2", "от", "закона"]),
        ("Дж. Байдън и Н. Назарбаев", ["Дж.", "Байдън", "и", "Н.", "Назарбаев"]),
    ],
)
def test_abbreviations_and_initials_keep_their_period(text, expected):
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ръст от 1,5 на 10%", ["ръст", "от", "1,5", "на", "10", "%"]),
        ("през 2021–2022 г.", ["през", "2021–2022", "г."]),
        ("на 7.01.2022 в 10:30", ["на", "7.01.2022", "в", "10:30"]),
        ("58-годишният бивш банкер от 90-те", ["58-годишният", "бивш", "банкер", "от", "90-те"]),
        ("най-големия град Касъм-Жомарт", ["най-големия", "град", "Касъм-Жомарт"]),
    ],
)
def test_numbers_dates_and_hyphenated_words_are_single_tokens(text, expected):
    assert _texts(text) == expected


def test_urls_emails_hashtags_and_handles():
    assert _texts("Пишете на info@bta.bg или вижте https://www.bta.bg/bg/news. #протест @bta_bg") == [
        "Пишете", "на", "info@bta.bg", "или", "вижте", "https://www.bta.bg/bg/news", ".", "#протест", "@bta_bg"]


@pytest.mark.parametrize("ellipsis", ["...", "…", ". . ."])
def test_ellipses_are_one_token(ellipsis):
    assert _texts(f"Съветския съюз ({ellipsis}) и") == ["Съветския", "съюз", "(", ellipsis, ")", "и"]


@pytest.mark.parametrize("open_, close", [("„", "“"), ('"', '"'), ("«", "»"), ("“", "”")])
def test_every_quote_style_is_split_off(open_, close):
    assert _texts(f"{open_}Да{close}, каза той.") == [open_, "Да", close, ",", "каза", "той", "."]


def test_sentence_final_word_loses_its_period_but_abbreviation_keeps_it():
    assert _texts("Той дойде. През 2004 г.") == ["Той", "дойде", ".", "През", "2004", "г."]


def test_a_headline_run_into_the_next_line_is_two_words_but_a_brand_is_one():
    assert [t.text for t in tokenize("борба с коронавирусаЕС и страните")] == [
        "борба", "с", "коронавируса", "ЕС", "и", "страните"]
    assert [t.text for t in tokenize("КитайТуристическите агенции")] == ["Китай", "Туристическите", "агенции"]
    assert [t.text for t in tokenize("Лауда купи ЛаудаМоушън")] == ["Лауда", "купи", "ЛаудаМоушън"]
