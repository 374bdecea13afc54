"""The package-data readers every module's tables go through."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

import pytest

from citekit.packagedata import data_json, data_lines, data_rows, data_text, package_folder


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


@pytest.mark.parametrize(
    "package", ["citekit", "citekit.parse", "citekit.parse.model", "citekit.render", "citekit.styles"]
)
def test_package_folder_is_importlib_resources_folder(package):
    folder = package_folder(package)
    assert isinstance(folder, Path) and folder == Path(str(files(package)))


def test_a_namespace_package_is_its_one_folder():
    folder = package_folder("citekit.lang.data")  # no __init__.py
    assert isinstance(folder, Path) and folder.is_dir()
    assert {p.name for p in folder.iterdir()} == {p.name for p in files("citekit.lang.data").iterdir()}


@pytest.mark.parametrize(
    ("package", "name"),
    [("citekit", "list_headings.txt"), ("citekit.parse.data", "news_outlets.txt")],
)
def test_data_files_read_the_same(package, name):
    parent, _, leaf = package.rpartition(".") if package.endswith(".data") else (package, "", "")
    where = files(parent).joinpath(leaf, name) if leaf else files(package).joinpath(name)
    expected = where.read_text(encoding="utf-8")
    text = data_text(parent, leaf, name) if leaf else data_text(package, name)
    assert text == expected and text.strip()
    lines = data_lines(parent, leaf, name) if leaf else data_lines(package, name)
    assert lines and all(line and not line.startswith("#") for line in lines)
