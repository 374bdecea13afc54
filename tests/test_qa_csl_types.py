"""QA: hand-edited CSL-JSON with fields of the wrong type is read, never a traceback."""

from __future__ import annotations

import json

import pytest

from citekit.cli import main
from citekit.formats import read_library

ITEMS = [
    {"id": "a", "type": "book", "title": 42, "author": "Hong J", "issued": "2023-02-07"},
    {"id": "b", "type": "book", "title": ["x"], "author": [{"family": 5}], "URL": 7},
    {"id": "c", "type": "book", "title": "C", "issued": {"date-parts": [["abc"]], "raw": "spring"}},
    {"id": "d", "type": "book", "title": "D", "custom": "text", "volume": 3},
    {"id": "e", "type": "book", "title": "Good", "author": [{"family": "Kim", "given": "E"}]},
]


def test_wrong_types_are_converted_or_dropped_with_located_diagnostics() -> None:
    result = read_library(json.dumps(ITEMS), "lib.json")
    a, b, c, d, e = result.items
    assert a["title"] == "42" and a["author"] == [{"literal": "Hong J"}]
    assert a["issued"] == {"date-parts": [[2023, 2, 7]]}
    assert "title" not in b and b["author"] == [{"family": "5"}] and b["URL"] == "7"
    assert c["issued"] == {"raw": "spring"}
    assert "custom" not in d and d["volume"] == 3
    assert e == ITEMS[4]
    errors = [str(d) for d in result.diagnostics if d.severity == "error"]
    assert errors == [
        'lib.json: error: item 2: title is ["x"], not text: dropped [csl-json-type]',
        "lib.json: error: item 4: custom is not an object: dropped [csl-json-type]",
    ]
    assert len(result.diagnostics) == 8  # 6 warnings: what was converted


@pytest.mark.parametrize(
    "argv",
    [
        ["convert", "{in}", "--to", "bibtex"],
        ["convert", "{in}", "--to", "ris"],
        ["links", "{in}", "--no-cache"],
        ["library", "import", "{in}", "--library", "{dir}/lib.db"],
    ],
)
def test_every_command_survives_wrong_types(tmp_path, capsys, argv) -> None:
    source = tmp_path / "lib.json"
    source.write_text(json.dumps(ITEMS), "utf-8")
    code = main([arg.format(**{"in": source, "dir": tmp_path}) for arg in argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"{source}: error: item 2: title" in err
    assert code == 1 or argv[0] == "links"  # links' status is about dead links only


def test_null_or_empty_ids_get_placeholders_not_none() -> None:
    items = [{"id": None, "title": "A"}, {"id": "", "title": "B"}, {"id": 7, "title": "C"}]
    result = read_library(json.dumps(items), "lib.json")
    assert [item["id"] for item in result.items] == ["item1", "item2", "7"]


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_deeply_nested_input_is_an_input_error(tmp_path, capsys, suffix) -> None:
    source = tmp_path / f"deep{suffix}"
    nested = "[" * 100_000 + "]" * 100_000
    source.write_text(nested if suffix == ".json" else f"references:\n- id: a\n  x: {nested}")
    assert main(["parse", str(source)]) == 2
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "Traceback" not in err


def test_fields_nested_deeper_than_any_reference_needs_are_dropped(capsys) -> None:
    deep = "[" * 900 + "]" * 900
    text = '[{"id": "a", "title": "T", "x": ' + deep + ', "note": ' + deep + "}]"
    result = read_library(text, "deep.json")
    assert result.items == [{"id": "a", "title": "T", "type": "document"}]
    assert [d.message for d in result.diagnostics] == [
        "item 1: x is nested more than 32 levels deep: dropped",
        "item 1: note is nested more than 32 levels deep: dropped",
    ]
