"""Claims take their status from the article's wording."""

import hronika


def _claims(text: str):
    return [(c["status"], c["text"], c["source"], c["denied_by"]) for c in hronika.analyze(text).claims]


def test_reported_then_unconfirmed():
    claims = _claims("Министърът Иван Петров заяви, че премиерът е напуснал страната. "
                     "Тази информация не е потвърдена от агенцията.")
    assert claims == [("unconfirmed", "премиерът е напуснал страната", "Иван Петров", None)]


def test_denial_by_the_speaker():
    claims = _claims("Кметът Георги Стоянов отрече, че е получавал подкупи.")
    assert claims == [("denied", "е получавал подкупи", "Георги Стоянов", "Георги Стоянов")]


def test_charges_that_he_rejects():
    claims = _claims("Бизнесменът Петър Колев е в ареста. Срещу него има обвинения, че е укрил данъци - "
                     "обвинения, които той отхвърля.")
    assert ("denied", "е укрил данъци", None, "Петър Колев") in claims


def test_alleged():
    claims = _claims("Твърди се, че кметът е знаел за схемата.")
    assert claims == [("alleged", "кметът е знаел за схемата", None, None)]


def test_example_article_claims(example_article):
    claims = hronika.analyze(example_article).claims
    unconfirmed = [c for c in claims if c["status"] == "unconfirmed"]
    denied = [c for c in claims if c["status"] == "denied"]
    assert len(unconfirmed) == 1 and "Абу Даби" in unconfirmed[0]["text"]
    assert len(denied) == 1 and denied[0]["denied_by"] == "Мухтар Аблязов" and "долари" in denied[0]["text"]
