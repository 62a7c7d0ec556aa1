"""The import's fast path stores exactly what the code before it stored: a corpus of tricky
records prepared by the parse worker's function gives the recorded values, and prepared
batches cross between processes value for value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jobtui.scrape.jsonl import parse_jsonl_line
from jobtui.scrape.parallel import prepare_jsonl_lines
from jobtui.scrape.prepare import ROW_COLUMNS, content_hash, line_hash
from jobtui.scrape.wire import decode_batch, encode_batch
from tests.prepare_corpus import corpus_lines

RECORDED = Path(__file__).parent / "fixtures" / "prepared_corpus.json"


def recorded() -> dict:
    """What the code before the fast path prepared from ``corpus_lines()``."""
    return json.loads(RECORDED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("with_hashes", [False, True])
def test_worker_prepares_the_corpus_as_before(with_hashes):
    lines = [(line + "\n").encode() for line in corpus_lines()]
    hashes = [line_hash(line) for line in lines] if with_hashes else None
    rows, problems = decode_batch(prepare_jsonl_lines(1, lines, hashes))
    expected = recorded()
    assert sorted(problems) == [tuple(p) for p in expected["problems"]]
    assert len(rows) == len(expected["rows"]) > 300
    for row, want in zip(rows, expected["rows"], strict=True):
        assert list(row) == [*want["values"], want["fingerprint"], want["content_hash"]], \
            f"line {want['line']}"


def test_line_hash_is_the_hash_of_the_line_read_as_text():
    for text in ('{"a": 1}\n', '  {"a": "é"}\r\n', '{"a": "日本"}', "\u3000{}\u2028\n",
                 "\x1c{}\x1f", "\xa0\n", "   \n", ""):
        data = text.encode()
        assert line_hash(data) == (content_hash(text.strip()) if text.strip() else None), text


def test_parsing_bytes_or_text_gives_the_same_record_or_problem():
    tricky = ['{"a": NaN, "b": Infinity}', '{"n": 123456789012345678901234567890}',
              '{"n": [{"m": -9223372036854775809}]}', '{"s": "\\ud800"}', '{"a":1,"a":2}',
              '{broken', '[1]', '"x"', '{"a": 1} extra', '{"t": "a\tb"}', "\xa0 ", "",
              '{"a":' * 5000 + "1" + "}" * 5000, '{"e": 1e400, "f": -0.0, "g": 1E-7}']
    for text in tricky:
        from_text, from_bytes = parse_jsonl_line(text), parse_jsonl_line(text.encode(
            "utf-8", "surrogatepass"))
        assert repr(from_text) == repr(from_bytes), text
        assert repr(from_text) == repr(_parsed_by_json(text)), text


def _parsed_by_json(text: str):
    """What the importer read from a line before orjson (json alone)."""
    if not text.strip():
        return None, None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg})"
    except RecursionError:
        return None, "not a job record (JSON nested too deep)"
    if not isinstance(record, dict):
        return None, f"expected a JSON object, got {type(record).__name__}"
    return record, None


def test_a_prepared_batch_crosses_the_wire_value_for_value():
    row = ("indeed", "in-1", "https://x.com/1", None, "Café 👩‍🍳 \ud800", "C", "Berlin",
           "2026-11-20", "fulltime, contract", "yearly", 79000.0, 1e308, "EUR", 1,
           "line\nbreak\x00", '{"skills":["Python"]}', "0123456789abcdef", -(2 ** 63))
    assert len(row) == len(ROW_COLUMNS)
    rows = [row, (*row[:13], 0, *row[14:16], None, 2 ** 63 - 1)]
    problems = [(3, "no title"), (9, "not valid JSON (Extra data)")]
    blob = encode_batch(rows, problems)
    assert isinstance(blob, bytes)
    back_rows, back_problems = decode_batch(blob)
    assert back_rows == rows and back_problems == problems
    assert [type(v) for r in back_rows for v in r] == [type(v) for r in rows for v in r]
