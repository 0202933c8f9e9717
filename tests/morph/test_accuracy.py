"""UPOS and lemma accuracy on UD Bulgarian-BTB test stay at the measured level (corpus test)."""

from rich.console import Console

from hronika.morph import evaluation


def test_ud_test_accuracy(shared_data):
    metrics = evaluation.run(shared_data, Console(quiet=True))
    assert metrics["upos"] >= 0.97  # measured 0.9741 (trained on dev only, hunspell-bg present)
    assert metrics["lemma"] >= 0.96  # measured 0.9665; target 0.97 not met yet
