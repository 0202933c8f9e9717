"""Every input kind is read to the exact text; every bad input is a one-line error and the batch goes on."""

import io
import json
from pathlib import Path

import pytest

from hronika.io import Article, InputError, read_inputs

BG = ("Народното събрание прие днес на първо четене промените в Закона за движението по пътищата. "
      "Според вносителите новите правила ще намалят броя на катастрофите.\n")


def _read(*paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], **kwargs))


def _one(path: Path, **kwargs) -> Article:
    (record,) = _read(path, **kwargs)
    assert isinstance(record, Article), record
    return record


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8_r"])
def test_plain_text_in_each_encoding_decodes_to_the_same_text(tmp_path, encoding):
    path = tmp_path / f"a-{encoding}.txt"
    path.write_bytes(BG.encode(encoding))
    article = _one(path)
    assert article.text == BG and article.source == str(path)


def test_utf8_text_equals_python_text_mode_including_crlf(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(BG.replace("\n", "\r\n").encode("utf-8") + "Втори ред.\r\n".encode("utf-8"))
    assert _one(path).text == open(path, encoding="utf-8").read()


def test_html_page_gives_main_text_title_and_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Промени в Закона за движението</title>"
        '<meta property="article:published_time" content="2023-04-05T10:00:00">'
        '<meta name="author" content="Мария Петрова"></head><body><nav>Начало | Новини | Спорт</nav>'
        f"<article><h1>Промени в Закона за движението</h1><p>{BG}</p>"
        "<p>Депутатите ще гласуват окончателно следващата седмица, съобщиха от парламента.</p></article>"
        "<footer>Всички права запазени</footer></body></html>",
        encoding="utf-8",
    )
    article = _one(path)
    assert "Народното събрание прие днес" in article.text and "Всички права" not in article.text
    assert article.title == "Промени в Закона за движението"
    assert article.published == "2023-04-05"


def test_json_object_and_array(tmp_path):
    obj = tmp_path / "one.json"
    obj.write_text(json.dumps({"text": BG, "title": "Закон", "published": "2023-04-05", "id": 7}), encoding="utf-8")
    article = _one(obj)
    assert (article.text, article.title, article.published, article.id) == (BG, "Закон", "2023-04-05", "7")
    arr = tmp_path / "many.json"
    arr.write_text(json.dumps([{"text": BG}, {"text": BG, "url": "https://example.bg/a"}]), encoding="utf-8")
    records = _read(arr)
    assert [r.source for r in records] == [f"{arr}[0]", f"{arr}[1]"] and records[1].url == "https://example.bg/a"


def test_jsonl_one_article_per_line_with_bad_lines_reported(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"text": BG}) + "\n{not json\n" + json.dumps({"title": "без текст"}) + "\n"
                    + json.dumps({"text": BG, "id": "x"}) + "\n", encoding="utf-8")
    records = _read(path)
    assert [type(r).__name__ for r in records] == ["Article", "InputError", "InputError", "Article"]
    assert records[1].source == f"{path}:2" and "malformed JSON" in str(records[1])
    assert 'no string "text"' in str(records[2])


def test_standard_input_is_detected_like_a_file():
    (article,) = list(read_inputs(["-"], stdin=io.BytesIO(BG.encode("cp1251"))))
    assert article.text == BG and article.source == "-"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("blob.bin", bytes(range(256)) * 4, "binary file"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("ru.txt", "Государственная дума приняла закон, который был внесён правительством. Это решение "
                   "вызвало критику оппозиции, что и ожидалось.".encode(), "Russian (ru)"),
        ("uk.txt", "Верховна Рада ухвалила закон, який був внесений урядом. Це рішення викликало критику "
                   "опозиції, що її очікували.".encode(), "Ukrainian (uk)"),
        ("en.txt", b"The parliament adopted the bill on first reading today, and the opposition said it "
                   b"would challenge the law in court.", "English (en)"),
        ("sr.txt", "Народна скупштина је усвојила закон који је предложила влада. Опозиција је најавила "
                   "да ће се жалити.".encode(), "Serbian (sr)"),
    ],
)
def test_bad_inputs_get_one_line_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    (error,) = _read(path)
    assert isinstance(error, InputError) and message in str(error)
    assert str(error).startswith(str(path)) and "\n" not in str(error)


def test_missing_file_directory_and_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(BG * 100, encoding="utf-8")
    errors = _read(tmp_path / "missing.txt", tmp_path, big, max_bytes=1000)
    assert [e.reason.split()[0] for e in errors] == ["no", "is", "file"]
    assert "over the size limit of 1,000 bytes" in str(errors[2])


def test_batch_goes_on_after_errors_in_input_order(tmp_path):
    good1, good2 = tmp_path / "1.txt", tmp_path / "2.txt"
    good1.write_text(BG, encoding="utf-8")
    good2.write_text(BG.upper(), encoding="utf-8")
    records = _read(good1, tmp_path / "nope.txt", good2)
    assert [r.source for r in records] == [str(good1), str(tmp_path / "nope.txt"), str(good2)]
    assert [isinstance(r, Article) for r in records] == [True, False, True]
