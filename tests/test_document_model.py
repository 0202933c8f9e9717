"""The document model round-trips through JSON and follows the published schema."""

import json
from pathlib import Path

import pytest

import hronika
from hronika.doc import SCHEMA, Document, Entity, Mention, Quote

ARTICLE = (
    "Протест в Пловдив\n\n"
    "ПЛОВДИВ, 3 май /БТА/ Около 200 души протестираха днес пред общината. "
    "\"Искаме чист въздух\", каза организаторът Иван Колев.\n\n"
    "БТА\n"
)


def test_analyze_returns_document_with_offsets_into_text():
    doc = hronika.analyze(ARTICLE, published="2023-05-03")
    assert doc.schema == SCHEMA and doc.published == "2023-05-03"
    assert doc.tokens and doc.sentences
    for tok in doc.tokens:
        assert ARTICLE[tok.start : tok.end] == tok.text
    for sent in doc.sentences:
        assert ARTICLE[sent.start : sent.end].strip() == ARTICLE[sent.start : sent.end]


def test_json_round_trip_is_lossless():
    doc = hronika.analyze(ARTICLE, published="2023-05-03")
    doc.mentions.append(Mention(0, 7, "Протест", "EVT", "протест", "E1"))
    doc.entities.append(Entity("E1", "EVT", "протест", "protest", None, [0], None))
    doc.quotes.append(Quote("direct", 90, 107, ARTICLE[90:107], {"start": 1, "end": 2, "text": "x", "lemma": "x"}))
    payload = doc.to_json()
    again = Document.from_json(payload)
    assert again == doc
    assert again.to_json() == payload


def test_json_has_the_contract_keys_in_schema_first_order():
    data = json.loads(hronika.analyze(ARTICLE).to_json())
    assert next(iter(data)) == "schema"
    for key in ("schema", "source", "text", "title", "published", "agency", "sentences", "tokens", "mentions",
                "entities", "quotes", "claims", "events", "times", "numbers"):
        assert key in data


def test_from_json_rejects_other_schema_versions():
    with pytest.raises(ValueError, match="unsupported schema"):
        Document.from_dict({"schema": "hronika/99", "text": "x"})


def test_output_validates_against_the_json_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = Path(hronika.__file__).parent / "schema" / "hronika-1.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(hronika.analyze(ARTICLE).to_json()), schema)
    bad = json.loads(hronika.analyze(ARTICLE).to_json())
    bad["tokens"][0]["start"] = -1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
