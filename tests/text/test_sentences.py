"""Sentence boundaries: abbreviations, initials, quotes, ellipses and blocks."""

from hronika.text import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_splits_after_terminal_punctuation():
    assert _sentences("Валя. Утре ще е слънчево! Ще дойдеш ли? Да.") == [
        "Валя.", "Утре ще е слънчево!", "Ще дойдеш ли?", "Да."]


def test_title_abbreviations_and_initials_do_not_end_sentences():
    text = "Срещата с проф. Иванов и Дж. Байдън е в гр. Варна на ул. Шипка. Тя ще е утре."
    assert _sentences(text) == ["Срещата с проф. Иванов и Дж. Байдън е в гр. Варна на ул. Шипка.", "Тя ще е утре."]
    assert _sentences("Това посочи монс. Себастиан Шау.") == ["Това посочи монс. Себастиан Шау."]


def test_year_abbreviation_can_end_a_sentence():
    assert _sentences("Законът е приет през 2004 г. Той влиза в сила сега.") == [
        "Законът е приет през 2004 г.", "Той влиза в сила сега."]


def test_closing_quote_after_the_period_stays_with_the_sentence():
    assert _sentences('Той каза: "Ще дойда." След това си тръгна.') == ['Той каза: "Ще дойда."', "След това си тръгна."]
    assert _sentences("Тя добави: „Не знам.“ После замълча.") == ["Тя добави: „Не знам.“", "После замълча."]


def test_a_mark_before_the_attribution_closes_a_quote_of_several_sentences():
    text = '"Загубихме парите. Не знаем дали ще тръгнем в 15.30 ч.", споделя един от пътниците. Чакат и днес.'
    assert _sentences(text) == ['"Загубихме парите.',
                                'Не знаем дали ще тръгнем в 15.30 ч.", споделя един от пътниците.', "Чакат и днес."]


def test_ellipsis_inside_a_sentence_and_lowercase_continuation():
    assert _sentences("Съюза (. . .) и се възползва. Така е.") == ["Съюза (. . .) и се възползва.", "Така е."]
    assert _sentences("Чакахме... и чакахме.") == ["Чакахме... и чакахме."]


def test_names_after_lowercase_words_are_not_sentence_starts():
    text = "Президентът Касъм-Жомарт Токаев прие оставката, съобщи говорителката на МВР Десислава Николова."
    assert len(_sentences(text)) == 1


def test_a_number_after_a_lowercase_word_continues_the_sentence():
    text = "Полицията иззе стоки в 77 държави и арестува 407 души. Разследването продължава."
    assert _sentences(text) == ["Полицията иззе стоки в 77 държави и арестува 407 души.", "Разследването продължава."]


def test_no_sentence_break_after_izd_before_a_publisher_name():
    from hronika.text.sentences import split_sentences as rule_sentences

    text = 'Сборникът, издаден от изд. "Просвета", излиза през есента.'
    assert len(rule_sentences(text)) == 1


def test_a_headline_glued_to_the_next_line_ends_a_sentence():
    from hronika.text.segment import split_sentences

    text = "ЕК събра 7 млрд. евро за борба с коронавирусаЕС и страните членки дадоха 4 млрд. евро."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "ЕК събра 7 млрд. евро за борба с коронавируса", "ЕС и страните членки дадоха 4 млрд. евро."]
