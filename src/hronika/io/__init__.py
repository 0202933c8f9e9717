"""Reading inputs: text in any common Cyrillic encoding, HTML, JSON/JSONL, standard input."""

from hronika.io.language import detect_language, is_bulgarian
from hronika.io.read import Article, InputError, decode, read_bytes, read_inputs

__all__ = ["Article", "InputError", "decode", "detect_language", "is_bulgarian", "read_bytes", "read_inputs"]
