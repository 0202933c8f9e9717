"""Time: temporal expressions normalised to ISO 8601 against the publication date."""

from hronika.time.extract import extract_times

__all__ = ["extract_times", "load"]


def load():
    """The time stage (rule-based: nothing to load)."""
    return extract_times
