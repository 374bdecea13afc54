"""A fast, seeded fuzz of every way in: parser strings, malformed files per reader, mutated texts.

No input makes the API raise anything but ``CitekitError``; whatever is read is written
as valid CSL-JSON (strict JSON, unique text ids). The longer run is ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import json
import random

import pytest
from fuzz_cases import READERS, csl_json_problems, mutated_text, parser_string

import citekit
from citekit.errors import CitekitError

SEED = 1313


def _read_and_write(text: str, name: str) -> list[str]:
    """Problems with reading ``text`` and writing what was read (empty when all is well)."""
    try:
        loaded = citekit.read(name, text=text)
    except CitekitError:
        return []  # refused with a message: allowed
    written = citekit.write(loaded.items, "csl-json").text
    return csl_json_problems(written)


def test_parser_strings_never_raise() -> None:
    rng = random.Random(SEED)
    for _ in range(400):
        raw = parser_string(rng)
        item = citekit.parse(raw)
        assert isinstance(item.get("type"), str), raw
        assert not csl_json_problems(citekit.write([item], "csl-json").text), raw


@pytest.mark.parametrize("reader", sorted(READERS))
def test_malformed_files_per_reader(reader: str) -> None:
    rng = random.Random(f"{SEED}-{reader}")
    for number in range(60):
        text = READERS[reader](rng)
        assert _read_and_write(text, f"case{number}") == [], text[:300]


def test_mutated_texts_through_read() -> None:
    rng = random.Random(SEED + 1)
    for number in range(120):
        text = mutated_text(rng)
        assert _read_and_write(text, f"text{number}") == [], text[:300]


def test_written_items_match_the_csl_schema(shared) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "csl" / "csl-data.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    rng = random.Random(SEED + 2)
    for _ in range(40):
        text = READERS["csl-json"](rng)
        try:
            items = citekit.read("case.json", text=text).items
        except CitekitError:
            continue
        written = json.loads(citekit.write(items, "csl-json").text)
        errors = [error.message for error in validator.iter_errors(written)]
        assert errors == [], (text[:300], errors[:3])


def test_the_checker_catches_what_it_is_for() -> None:
    assert csl_json_problems('[{"id": "a", "type": "book", "volume": NaN}]')
    assert csl_json_problems('[{"id": "", "type": "book"}]')
    assert csl_json_problems('[{"id": "a", "type": "book"}, {"id": "a", "type": "book"}]')
    assert csl_json_problems('[{"id": "a", "type": "book", "page": 1.5}]')
    assert not csl_json_problems('[{"id": "a", "type": "book", "page": "1.5"}]')
