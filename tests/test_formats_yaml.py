"""CSL-YAML (pandoc's references:) in and out."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from citekit.errors import InputError
from citekit.formats import detect_format, read_library, write_library


def test_yaml_round_trip_is_exact_over_own_corpus() -> None:
    items = json.loads((ROOT / "tests" / "data" / "own-corpus.json").read_text("utf-8"))
    written = write_library(items, "csl-yaml")
    assert written.diagnostics == []
    assert "issued: 2019-05\n" in written.text
    assert "issued: '2023-02-07'\n" in written.text
    assert "title: 북한이탈주민의 인권과 법적 지위" in written.text
    assert read_library(written.text, "x.yaml").items == items


def test_yaml_dates_in_every_pandoc_shape() -> None:
    text = (
        "---\nreferences:\n- id: 2023\n  title: A\n  issued: 2023-02-07\n"
        "  accessed: [{year: 2020, month: 3}]\n  event-date: 2019/2020\n---\n\nBody text.\n"
    )
    assert detect_format(text) == "csl-yaml"
    (item,) = read_library(text, "a.md").items
    assert item["id"] == "2023"
    assert item["issued"] == {"date-parts": [[2023, 2, 7]]}
    assert item["accessed"] == {"date-parts": [[2020, 3]]}
    assert item["event-date"] == {"date-parts": [[2019], [2020]]}


def test_markdown_without_references_is_not_yaml() -> None:
    assert detect_format("---\ntitle: An article\n---\n\nText [@hong2023].\n") is None


def test_bad_yaml_names_the_line() -> None:
    with pytest.raises(InputError) as caught:
        read_library("references:\n- id: a\n  title: [unclosed\n- id: b\n", "bad.yaml")
    assert caught.value.file == "bad.yaml"
    assert caught.value.line is not None and caught.value.line >= 3
