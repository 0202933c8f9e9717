"""Events: casualties, protests, resignations, deployments, legal steps … with figures, place, time, source."""

from hronika.events.frames import extract_events, sentence_events

__all__ = ["extract_events", "sentence_events", "load"]


def load():
    """The events stage (rule-based: nothing to load)."""
    return extract_events
