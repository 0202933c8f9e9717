"""The learned sentence boundaries: headlines run into the next sentence, names left whole, and the training
and evaluation helpers (cross-validation over documents, news articles with line-level supervision)."""

import pytest

from hronika.morph import hunspell
from hronika.text import boundaries, split_sentences
from hronika.text.evaluation import GoldDocument, cross_validate, news_check
from hronika.text.tokenize import tokenize
from hronika.text.training import as_training, news_documents


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize("headline, sentence", [
    ("Правителството одобри бюджета за догодина", "Според финансовия министър дефицитът ще бъде под три процента."),
    ("Бурята остави хиляди домове без ток", "Енергетиците работят денонощно, за да възстановят захранването."),
    ("Общината ремонтира моста над реката", "Той ще бъде затворен за движение до края на месеца."),
    ("Цените на горивата поскъпват отново", "През последната седмица бензинът е поскъпнал с пет стотинки."),
    ("Пожар изпепели склад в Пловдив", "Огънят е бил овладян след четири часа."),
])
def test_a_headline_without_punctuation_ends_before_the_next_sentence(headline, sentence):
    assert _sentences(f"{headline} {sentence}") == [headline, sentence]


@pytest.mark.parametrize("text", [
    "Той подчерта, че британският премиер Тереза Мей неведнъж е заявявала това.",
    "Това заяви президентът на Украйна Петро Порошенко в пост във Фейсбук.",
    "Срещата организира Столичната община заедно с Министерството на културата.",
    "Договорът беше подписан от кмета Йорданка Фандъкова и от министъра на културата Боил Банов.",
    "Той предупреди, че на един единствен производител на газ - „Газпром“, не бива да се разрешава монопол.",
    "Законът е подаден в горната камара на парламента - Камарата на лордовете, предаде Франс прес.",
])
def test_names_and_institutions_inside_a_sentence_stay_in_it(text):
    assert _sentences(text) == [text]


def test_no_learned_sentence_starts_with_a_lower_case_word():
    text = 'Той беше ръководител на "Алфа Банк" - обвинения, които той отхвърля и до днес.'
    assert _sentences(text) == [text]


def test_word_classes_from_the_lexicon():
    assert boundaries.word_class("Според") == "closed"
    assert boundaries.word_class("Те") == "closed"
    assert boundaries.word_class("София") == "name"
    assert boundaries.word_class("Законът") == "noun"
    assert boundaries.word_class("Народното") == "adj"
    assert boundaries.word_class("Вчера") == "fixed"
    assert boundaries.word_class("Ксъвбяр") == "oov"


def test_finite_verbs_carry_a_clause():
    for verb in ("заяви", "обединяват", "бяха", "иска", "намерила"):
        assert boundaries.is_finite_verb(verb), verb
    for other in ("организирано", "той", "помощи", "министър", "2004"):
        assert not boundaries.is_finite_verb(other), other


def _gold(sentences: list[str]) -> GoldDocument:
    doc = GoldDocument()
    for sentence in sentences:
        offset = len(doc.text) + (1 if doc.text else 0)
        doc.text += (" " if doc.text else "") + sentence
        doc.sentences.append((offset, offset + len(sentence)))
        doc.tokens += [(offset + t.start, offset + t.end) for t in tokenize(sentence)]
    return doc


def test_cross_validation_trains_on_other_documents_and_lists_the_errors(tmp_path):
    docs = [
        _gold(["Кметът откри новата детска градина", "Тя ще приема деца от септември.", "Родителите са доволни."]),
        _gold(["Пътят към морето е ремонтиран", "Шофьорите вече могат да минават без задръствания."]),
        _gold(["Министър Иванов посети болницата в Русе.", "Той обеща нова апаратура."]),
        _gold(["Зимата идва рано", "Синоптиците очакват сняг още през октомври.", "Пътищата са готови."]),
    ]
    errors = tmp_path / "errors.txt"
    metrics = cross_validate(docs, k=2, errors=errors)
    assert metrics["token_f1"] == 1.0
    assert 0.0 < metrics["sentence_f1"] <= 1.0
    assert errors.exists()
    assert all(line[0] in "+-" for line in errors.read_text(encoding="utf-8").splitlines() if line)


def _news_corpus(root):
    folder = root / "slavicner" / "raw" / "topic" / "bg"
    folder.mkdir(parents=True)
    for n in range(4):
        (folder / f"article{n}.txt").write_text(
            f"Министърът представи плана номер {n}\n\n"
            "Министърът на финансите Петър Петров заяви: Планът ще бъде готов до петък. Той добави, че ще има "
            "обществено обсъждане.\n\nАвтор: Иван Иванов\n", encoding="utf-8")
    return root


def test_news_articles_label_every_line_start_and_nothing_inside_names(tmp_path):
    data = _news_corpus(tmp_path)
    train = news_documents(data, "train", exclude=frozenset())
    check = news_documents(data, "check", exclude=frozenset({"topic/bg/article1.txt"}))
    assert len(train) == 2 and len(check) == 1  # every other article; the excluded one in neither part
    tokens, text, starts = train[0]
    opened = [tokens[i].text for i in sorted(starts)]
    # title, body (and the sentence after the colon, the treebank's convention), the next sentence, the byline
    assert opened == ["Министърът", "Министърът", "Планът", "Той", "Автор"]
    assert text.startswith("Министърът представи плана номер 0 Министърът на финансите")


def test_news_articles_know_which_tokens_lie_inside_an_annotated_name(tmp_path):
    from hronika.text.training import news_articles

    data = _news_corpus(tmp_path)
    raw = data / "slavicner" / "raw" / "topic" / "bg" / "article0.txt"
    text = raw.read_text(encoding="utf-8")
    folder = data / "slavicner" / "ner" / "topic" / "bg"
    folder.mkdir(parents=True)
    at = text.index("Петър Петров")
    (folder / "article0.tsv").write_text(f"{at}\t{at + 12}\tПетър Петров\tПетър Петров\tPER\n", encoding="utf-8")
    (tokens, _, starts, _, inside), _ = news_articles(data, "train", exclude=frozenset())
    assert [tokens[i].text for i in inside] == ["Петров"] and not inside & starts


def test_relabelling_leaves_the_tokens_it_is_told_to_keep_out_alone():
    from hronika.text.training import relabel_run_ons

    docs = [_triple([f"Кметът откри парк номер {n}", "Той обеща още два."]) for n in range(4)]
    run_on = [(tokens, text, {0}) for tokens, text, _ in docs]
    opened = [min(s - {0}) for _, _, s in relabel_run_ons(run_on, threshold=0.0)]  # „Той“ at least
    kept = relabel_run_ons(run_on, threshold=0.0, keep_out=[{i} for i in opened])
    assert all(i not in s for i, (_, _, s) in zip(opened, kept))


def test_news_check_counts_line_ends_and_spurious_starts(tmp_path):
    metrics = news_check(_news_corpus(tmp_path))
    assert metrics["news_line_breaks"] == 2  # two articles, each with a title line without punctuation
    assert 0.0 <= metrics["line_ends"] <= 1.0
    assert metrics["spurious_per_1000"] >= metrics["inside_names_per_1000"] >= 0.0


def test_training_triples_mark_the_gold_sentence_starts():
    (tokens, text, starts), = as_training([_gold(["Заглавие без точка", "Първото изречение е тук."])])
    assert [tokens[i].text for i in sorted(starts)] == ["Заглавие", "Първото"]


def test_no_learned_break_after_a_hedge_a_title_or_inside_a_name():
    from hronika.doc import Document
    from hronika.text import segment

    for text in ("Жертвите по света са почти 1 милион души, а в Мюнхен въведоха забрана.",
                 "Секретарят на щаба доц. Иван Колев съобщи за новите мерки."):
        assert len(segment(Document(text=text)).sentences) == 1


def _triple(sentences: list[str]):
    (triple,) = as_training([_gold(sentences)])
    return triple


def test_headline_like_variants_drop_the_period_of_short_sentences_and_keep_the_starts():
    from hronika.text.training import without_final_periods

    tokens, text, starts = _triple(["Три партии се обединяват.", "Според БТА, договорът е подписан в 2004 г.",
                                    "Лидерите ще се срещнат отново."])
    (new_tokens, new_text, new_starts), = without_final_periods([(tokens, text, starts)], share=1.0)
    # the abbreviation „г.“ keeps its period, and so does the last sentence of the document
    assert new_text == ("Три партии се обединяват Според БТА, договорът е подписан в 2004 г. "
                        "Лидерите ще се срещнат отново.")
    assert [new_tokens[i].text for i in sorted(new_starts)] == ["Три", "Според", "Лидерите"]


def test_headline_like_variants_leave_long_sentences_and_are_reproducible():
    from hronika.text.training import without_final_periods

    long_sentence = "Министърът на финансите заяви пред журналистите, че бюджетът ще бъде внесен в парламента " \
                    "до края на месеца след обсъждане със социалните партньори."
    assert without_final_periods([_triple([long_sentence, "Той отказа други коментари."])], share=1.0) == []
    docs = [_triple([f"Кметът откри парк номер {n}.", "Той обеща още два.", "Жителите са доволни."])
            for n in range(20)]
    first, second = without_final_periods(docs, share=0.5), without_final_periods(docs, share=0.5)
    assert [t for _, t, _ in first] == [t for _, t, _ in second]
    assert 0 < len(first) < 20


def test_a_dash_before_a_capitalised_word_after_a_word_gets_the_headline_features():
    tokens = tokenize("Ние не сме монополисти - Това е въпрос на бизнес.")
    features = boundaries.token_features(tokens, "")
    dash = next(i for i, t in enumerate(tokens) if t.text == "-")
    assert "nrd:opener=dash" in features[dash]
    assert any(f.startswith("nrd:ncls=") for f in features[dash])


requires_hunspell = pytest.mark.skipif(not hunspell.dictionary(), reason="hunspell-bg is not installed")


@requires_hunspell
def test_spelling_classes_from_hunspell():
    # common words missing from simplemma's lexicon are still common words at a sentence start
    assert boundaries.word_class("Прелитането") == "oov"
    assert boundaries.spelling_class("Прелитането") == "common"
    assert boundaries.spelling_class("Нападателят") == "common"
    assert boundaries.spelling_class("Христова") == "name"
    assert boundaries.spelling_class("Роман") == "both"
    assert boundaries.spelling_class("Хрънчар") == "unknown"


def test_the_capitalised_word_gets_what_first_carries_the_clause_after_it():
    tokens = tokenize("През март би трябвало Европейският съвет да даде насоки.")
    features = boundaries.token_features(tokens, "")
    head = next(i for i, t in enumerate(tokens) if t.text == "Европейският")
    assert "nr:rhead=да" in features[head]
    tokens = tokenize("Пожар изпепели склад Огънят е бил овладян.")
    head = next(i for i, t in enumerate(tokens) if t.text == "Огънят")
    assert "nr:rhead=verb" in boundaries.token_features(tokens, "")[head]


def test_no_learned_break_after_a_hyphenated_title():
    from hronika.doc import Token

    for title in ("г-н", "г-жа", "д-р"):
        assert boundaries._binds_next(Token(0, len(title), title))


def test_news_labels_no_start_at_a_name_after_a_colon(tmp_path):
    folder = tmp_path / "slavicner" / "raw" / "topic" / "bg"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Мачът завърши наравно. Снимка: Ройтерс Засега билетите вървят слабо.\n",
                                  encoding="utf-8")
    (tokens, _, starts), = news_documents(tmp_path, "train", exclude=frozenset())
    opened = [tokens[i].text for i in sorted(starts)]
    assert "Ройтерс" not in opened and opened[:2] == ["Мачът", "Снимка"]


def test_run_on_headlines_inside_news_lines_are_relabelled_by_a_cross_fitted_model():
    from hronika.text.training import relabel_run_ons

    docs = [_triple([f"Кметът откри парк номер {n}", "Той обеща още два."]) for n in range(4)]
    run_on = [(tokens, text, {0}) for tokens, text, _ in docs]  # the line-level label misses „Той“
    # every gap the model may open a sentence at qualifies at threshold 0 (so the missed start); none above 1
    assert all(gold <= s for (_, _, s), (_, _, gold) in zip(relabel_run_ons(run_on, threshold=0.0), docs))
    assert [s for _, _, s in relabel_run_ons(run_on, threshold=1.01)] == [{0}] * 4
    assert [t for _, t, _ in relabel_run_ons(run_on, threshold=0.0)] == [t for _, t, _ in docs]  # order kept


def test_no_learned_break_after_an_adjective_with_the_article_before_a_name():
    from hronika.text.boundaries import can_start
    from hronika.text.tokenize import tokenize

    tokens = tokenize("Те получиха подкрепа от депутати от опозиционната Лейбъристка партия.")
    i = next(k for k, t in enumerate(tokens) if t.text == "Лейбъристка")
    assert not can_start(tokens, i)
    tokens = tokenize("Те получиха подкрепа от депутати Лейбъристка партия.")  # a headline may end on a noun
    assert can_start(tokens, next(k for k, t in enumerate(tokens) if t.text == "Лейбъристка"))


def test_no_learned_break_after_a_dash_that_follows_a_word():
    from hronika.text.boundaries import can_start
    from hronika.text.tokenize import tokenize

    tokens = tokenize("„Ще обжалваме“, заяви адвокатът на жената – Иван Петров – „още тази седмица“.")
    assert not can_start(tokens, next(k for k, t in enumerate(tokens) if t.text == "Иван"))
    tokens = tokenize("Той се извини. - Иван Петров пристигна вчера.")  # a dash after a full stop opens a line
    assert can_start(tokens, next(k for k, t in enumerate(tokens) if t.text == "-"))


def test_no_learned_break_after_a_possessive_with_the_article():
    from hronika.text.boundaries import can_start
    from hronika.text.tokenize import tokenize

    tokens = tokenize("Тя разкритикува депутат от своята Консервативна партия. Партията мълчи.")
    assert not can_start(tokens, next(k for k, t in enumerate(tokens) if t.text == "Консервативна"))
    tokens = tokenize("Решението е негова Следващата среща е утре.")  # no article: a headline may end on it
    assert can_start(tokens, next(k for k, t in enumerate(tokens) if t.text == "Следващата"))


def test_no_learned_break_before_an_acronym_after_a_lower_case_word():
    from hronika.text.boundaries import can_start
    from hronika.text.tokenize import tokenize

    tokens = tokenize("Вирусологът каза пред обществено-правната телевизия АРД: „Изключвам този вариант“.")
    assert not can_start(tokens, next(k for k, t in enumerate(tokens) if t.text == "АРД"))
    tokens = tokenize("Вирусологът говори пред телевизията. АРД излъчи интервюто.")
    assert can_start(tokens, next(k for k, t in enumerate(tokens) if t.text == "АРД"))
