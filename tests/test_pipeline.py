"""The pipeline wires the stages once and reports unknown ones clearly."""

import json
from pathlib import Path

import pytest

import hronika
from hronika.pipeline import STAGES, Pipeline

TEXT = ("Премиерът Иван Петров заяви вчера, че 12 души са ранени при протеста в Пловдив. "
        '"Ще има разследване", каза той.')


def test_every_stage_runs_and_fills_its_fields():
    doc = Pipeline()(TEXT, published="2023-05-04")
    assert [name for name, _ in Pipeline().stages] == list(STAGES)
    assert doc.tokens and doc.mentions and doc.entities and doc.quotes and doc.claims
    assert doc.times[0]["value"] == "2023-05-03"
    assert any(e["type"] == "casualties" and e["count"]["value"] == 12 for e in doc.events)


def test_a_subset_of_stages():
    doc = Pipeline(["text"])(TEXT)
    assert doc.tokens and not doc.mentions and all(t.pos == "" for t in doc.tokens)


def test_unknown_stage_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(["text", "sentiment"])


def test_full_output_validates_and_round_trips():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(hronika.__file__).parent / "schema" / "hronika-1.schema.json").read_text("utf-8"))
    doc = hronika.analyze(TEXT, published="2023-05-04")
    data = json.loads(doc.to_json())
    jsonschema.validate(data, schema)
    assert hronika.Document.from_json(doc.to_json()) == doc
