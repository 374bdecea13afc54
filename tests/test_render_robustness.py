"""A bad item never stops the others: pandoc-unreadable fields are repaired and reported."""

from __future__ import annotations

import json

import pytest
from seed_items import example_items

from citekit.cli import main
from citekit.errors import RenderError
from citekit.render import render, render_citations

BAD = [
    {"id": "a", "type": "book", "title": "Dated by a string", "issued": "2023"},
    {"id": "b", "type": "book", "title": "Author as a string", "author": "Kim"},
    {"id": "c", "type": "book", "title": "Bad date parts", "issued": {"date-parts": [["x"]]}},
    {"id": "d", "type": "book", "title": "Good", "author": [{"family": "Lee", "given": "S"}]},
]


def test_bad_fields_are_repaired_and_reported():
    rendered = render(BAD, style="apa")
    texts = {entry.id: entry.text for entry in rendered.entries}
    assert texts["a"] == "Dated by a string. (2023)."
    assert texts["b"].startswith("Kim. (n.d.). Author as a string.")
    assert texts["c"] == "Bad date parts. (n.d.)."
    assert texts["d"] == "Lee, S. (n.d.). Good."
    assert rendered.problems == [
        'a: issued is not a date object: read as {"date-parts": [[2023]]}',
        'b: author is text, not a list of names: read as [{"literal": "Kim"}]',
        'c: issued has unreadable date-parts [["x"]]: dropped',
    ]
    assert BAD[0]["issued"] == "2023"  # the caller's items are not modified


def test_cli_warns_and_still_writes(tmp_path, capsys):
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(BAD), encoding="utf-8")
    assert main(["format", str(source), "--style", "apa"]) == 1  # item c's date is unreadable
    captured = capsys.readouterr()
    assert "Lee, S. (n.d.). Good." in captured.out
    assert "warning: item 2: author is text, not a list of names" in captured.err


def test_items_need_unique_string_ids():
    with pytest.raises(RenderError, match="item 2: duplicate id 'a'"):
        render([BAD[0], BAD[0]], style="apa")
    with pytest.raises(RenderError, match="item 1 has no string 'id'"):
        render([{"title": "x"}], style="apa")


def test_no_items_renders_empty_output():
    assert render([], style="oscola").output == ""
    assert render([], style="apa", to="json").entries == []


def test_markdown_citation_of_an_unknown_key_is_reported():
    rendered = render_citations(example_items(), "[@nope] and [@seed_hong2023]", style="apa")
    assert [entry.text for entry in rendered.entries] == ["(nope?)", "(Hong, 2023)"]
    assert rendered.problems == []  # reported once, as a located diagnostic
    assert [(d.rule, d.location.line, d.location.item_id) for d in rendered.diagnostics] == [
        ("render-unknown-id", 1, "nope")
    ]
