"""The package-data readers every module's tables go through."""

from __future__ import annotations

import sys

import pytest

from citekit.packagedata import data_json, data_lines, data_rows, data_text


@pytest.fixture
def package(tmp_path, monkeypatch):
    root = tmp_path / "ck_data_fixture"
    (root / "data").mkdir(parents=True)
    (root / "__init__.py").write_text("", encoding="utf-8")
    (root / "data" / "words.txt").write_text(
        "# a comment\n\n  alpha  \n   # indented comment\nbeta # not a comment\n한국\n",
        encoding="utf-8",
    )
    (root / "rows.tsv").write_text(
        "# short\tterm\n\np \t page\n  # indented comment\npara\tparagraph\textra\n",
        encoding="utf-8",
    )
    (root / "table.json").write_text('{"key": ["값", 1]}', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "ck_data_fixture"
    sys.modules.pop("ck_data_fixture", None)


def test_lines_are_stripped_without_blanks_or_comments(package):
    assert data_lines(package, "data", "words.txt") == ["alpha", "beta # not a comment", "한국"]


def test_json_is_parsed_as_utf8(package):
    assert data_json(package, "table.json") == {"key": ["값", 1]}


def test_text_is_returned_whole(package):
    assert data_text(package, "data", "words.txt").splitlines()[2] == "  alpha  "


def test_rows_are_tab_separated_stripped_cells(package):
    assert data_rows(package, "rows.tsv") == [("p", "page"), ("para", "paragraph", "extra")]
