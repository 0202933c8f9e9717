"""The command line: formats, batches in input order, clean one-line errors and exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from hronika.cli import cli

ARTICLE = "Министърът на финансите Иван Колев заяви вчера в София, че бюджетът ще бъде приет до края на март.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_json_output_carries_schema_source_and_exact_text(article):
    result = _run("analyze", str(article), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["schema"] == "hronika/1" and doc["source"] == str(article) and doc["text"] == ARTICLE


def test_date_option_sets_published(article):
    doc = json.loads(_run("analyze", str(article), "--format", "json", "--date", "2022-01-07").stdout)
    assert doc["published"] == "2022-01-07"


def test_bad_date_is_a_usage_error(article):
    result = _run("analyze", str(article), "--date", "7 януари")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_jsonl_keeps_input_order_and_continues_after_errors(article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Второ изречение за времето в Пловдив и Варна, което е хубаво днес.\n", encoding="utf-8")
    result = _run("analyze", str(article), str(tmp_path / "missing.txt"), str(other), "--format", "jsonl")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"] for d in lines] == [str(article), str(other)]
    assert "missing.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_standard_input(article):
    result = _run("analyze", "-", "--format", "json", input=ARTICLE.encode("utf-8"))
    doc = json.loads(result.stdout)
    assert doc["source"] == "-" and doc["text"] == ARTICLE


def test_html_output_to_file(article, tmp_path):
    out = tmp_path / "page.html"
    assert _run("analyze", str(article), "--format", "html", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_text_report_and_bundled_example():
    result = _run("analyze", "--example", "--format", "text")
    assert result.exit_code == 0 and "sofia-protest.txt" in result.stdout and "sentences" in result.stdout


def test_no_input_is_a_usage_error():
    assert _run("analyze").exit_code == 2


def test_unknown_evaluation_target_is_a_clear_error():
    result = _run("evaluate", "nonsense")
    assert result.exit_code == 2 and "segmentation" in result.output


def test_bad_input_never_prints_a_traceback(tmp_path):
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    run = subprocess.run([sys.executable, "-m", "hronika", "analyze", str(binary), "--format", "json"],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and run.stderr.startswith("hronika: error:")
    assert len(run.stderr.strip().splitlines()) == 1


def test_a_mistyped_stage_option_is_a_usage_error_naming_the_stage_options():
    result = _run("evaluate", "quotes", "--glod", "gold/quotes/heldout4")
    assert result.exit_code == 2 and "--glod" in result.output and "--gold, --errors" in result.output


def test_evaluate_help_lists_each_stage_options():
    result = _run("evaluate", "--help")
    assert result.exit_code == 0 and "quotes: [--gold DIR] [--errors]" in result.output


def test_train_passes_option_validation_without_options_and_takes_seed_only_where_used(tmp_path):
    missing = str(tmp_path / "no-data")
    plain = _run("train", "morph", "--data", missing)
    assert plain.exit_code == 2 and "has no option" not in plain.output and "no-data" in plain.output
    seeded = _run("train", "ner", "--seed", "7", "--data", missing)
    assert seeded.exit_code == 2 and "has no option" not in seeded.output
    assert "has no option --seed" in _run("train", "morph", "--seed", "7").output


def test_every_option_the_segmentation_evaluation_reads_is_accepted(tmp_path):
    missing = str(tmp_path / "no-data")
    result = _run("evaluate", "segmentation", "--split", "dev", "--cv", "5", "--c1", "0.1", "--c2", "0.3",
                  "--data", missing)
    assert result.exit_code == 2 and "has no option" not in result.output and "no-data" in result.output
