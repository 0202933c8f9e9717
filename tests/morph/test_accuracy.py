"""UPOS and lemma accuracy on UD Bulgarian-BTB test stay at the measured level (corpus test)."""

from rich.console import Console

from hronika.morph import evaluation, hunspell


def test_ud_test_accuracy(shared_data):
    metrics = evaluation.run(shared_data, Console(quiet=True))
    if hunspell.dictionary() is None:  # hunspell-bg not installed: the stage does without it
        assert metrics["upos"] >= 0.93  # measured 0.9344
        assert metrics["lemma"] >= 0.94  # measured 0.9470
        return
    assert metrics["upos"] >= 0.97  # measured 0.9741 (trained on dev only)
    assert metrics["lemma"] >= 0.965  # measured 0.9681 (0.9664 before relatives and closed classes); target 0.97
