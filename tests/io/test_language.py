"""The language check accepts Bulgarian and names the neighbours it is most often confused with."""

import pytest

from hronika.io import detect_language, is_bulgarian


@pytest.mark.parametrize(
    "text, code",
    [
        ("Премиерът заяви, че правителството ще подаде оставка, ако бюджетът не бъде приет.", "bg"),
        ("Премьер заявил, что правительство уйдёт в отставку, если бюджет не будет принят.", "ru"),
        ("Прем'єр заявив, що уряд піде у відставку, якщо бюджет не буде ухвалено.", "uk"),
        ("Премијер је изјавио да ће влада поднети оставку ако буџет не буде усвојен.", "sr"),
        ("Премиерот изјави дека владата ќе поднесе оставка доколку буџетот не биде усвоен.", "mk"),
        ("The prime minister said the government would resign if the budget was not adopted.", "en"),
    ],
)
def test_detects_language_of_short_paragraphs(text, code):
    assert detect_language(text) == code
    assert is_bulgarian(text) == (code == "bg")


def test_text_without_letters_is_undetermined():
    assert detect_language("12 345 — 67,8 %") == "und"
