"""Numbers: digits in every Bulgarian style, number words, approximate quantities, money, ages, durations."""

from hronika.numbers.extract import extract_numbers
from hronika.numbers.words import words_value

__all__ = ["extract_numbers", "load", "words_value"]


def load():
    """The numbers stage (rule-based: nothing to load)."""
    return extract_numbers
