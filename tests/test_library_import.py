"""Importing files: provenance, one transaction per file, clear errors."""

from __future__ import annotations

import importlib
import json

import pytest
from conftest import EXAMPLES
from library_helpers import article

from citekit.errors import InputError
from citekit.library import import_file, import_items, open_library


def test_import_informal_list_records_lines_and_tags(tmp_path) -> None:
    with open_library(tmp_path / "lib.sqlite") as store:
        report = import_file(store, str(EXAMPLES / "refs.txt"), tags=["thesis"])
        lines = (EXAMPLES / "refs.txt").read_text(encoding="utf-8").splitlines()
        assert len(report.added) == sum(1 for line in lines if line.strip())
        first = store.find(report.added[0])
        assert first.tags == ["thesis"]
        ((source, location, _),) = store.provenance(first.rowid)
        assert source == str((EXAMPLES / "refs.txt").resolve())
        assert location == "line 1"


def test_reimporting_a_file_adds_provenance_not_copies(tmp_path) -> None:
    data = tmp_path / "refs.json"
    data.write_text(
        json.dumps([article("a", "First title"), article("b", "Second title")]), "utf-8"
    )
    with open_library(tmp_path / "lib.sqlite") as store:
        import_file(store, str(data))
        again = import_file(store, str(data), tags=["again"])
        assert (len(again.added), len(again.already)) == (0, 2)
        assert store.count() == 2
        a = store.find("a")
        assert a.tags == ["again"]
        assert [loc for _, loc, _ in store.provenance(a.rowid)] == ["entry a", "entry a"]


def test_a_malformed_file_imports_nothing_and_names_the_line(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "a", "title": "ok"},\n{"id": "b", "title": }]', "utf-8")
    with open_library(tmp_path / "lib.sqlite") as store:
        with pytest.raises(InputError) as caught:
            import_file(store, str(bad))
        assert (caught.value.file, caught.value.line) == (str(bad), 2)
        assert store.count() == 0


def test_a_failure_halfway_through_rolls_the_whole_file_back(tmp_path) -> None:
    def items():
        yield article("a", "First title"), "line 1"
        yield article("b", "Second title"), "line 2"
        raise OSError("read error")

    with open_library(tmp_path / "lib.sqlite") as store:
        store_before = store.count()
        with pytest.raises(OSError):
            import_items(store, items(), "x.txt")
        assert store.count() == store_before == 0
        assert store.conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0


def test_a_reference_that_cannot_be_parsed_is_skipped_and_counted(tmp_path, monkeypatch) -> None:
    parse_package = importlib.import_module("citekit.parse")  # ``citekit.parse``: the API's
    real = parse_package.parse_reference

    def parse(raw: str, **kwargs):
        if "BAD" in raw:
            raise ValueError("unreadable")
        return real(raw, **kwargs)

    monkeypatch.setattr(parse_package, "parse_reference", parse)
    refs = tmp_path / "refs.txt"
    refs.write_text("Kim, First reference\nBAD reference\nLee, Third reference\n", "utf-8")
    with open_library(tmp_path / "lib.sqlite") as store:
        report = import_file(store, str(refs))
        assert (len(report.added), report.failed) == (2, 1)
        assert [str(d.location) for d in report.diagnostics] == [f"{refs}:2"]
        kept = [loc for s in store.select() for _, loc, _ in store.provenance(s.rowid)]
        assert kept == ["line 1", "line 3"]


def test_bibtex_entries_are_imported_and_a_malformed_one_is_named(tmp_path) -> None:
    bib = tmp_path / "thesis.bib"
    bib.write_text(
        "@article{kim2020,\n  author = {Kim, Minsu},\n  title = {Memory and Abduction},\n"
        "  date = {2020},\n}\n\n@article{broken,\n  title = {Unclosed,\n\n"
        "@book{lee2019,\n  title = {납북자 가족의 기억},\n  year = {2019},\n}\n",
        encoding="utf-8",
    )
    with open_library(tmp_path / "lib.sqlite") as store:
        report = import_file(store, str(bib), tags=["thesis"])
        assert (report.added, report.failed) == (["kim2020", "lee2019"], 1)
        assert [str(d.location) for d in report.diagnostics if d.severity == "error"] == [f"{bib}:7"]
        lee = store.find("lee2019")
        assert lee.item["title"] == "납북자 가족의 기억" and lee.tags == ["thesis"]
        assert [loc for _, loc, _ in store.provenance(lee.rowid)] == ["entry lee2019"]


def test_items_get_readable_keys_lettered_when_taken(tmp_path) -> None:
    placeholders = [
        article("ref1", "First work", family="Kim"),
        article("item2", "Second work", family="Kim"),
        article("ref3", "Third work", family="홍"),
        article("kim2023", "Own key, already taken"),
    ]
    with open_library(tmp_path / "lib.sqlite") as store:
        report = import_items(store, [(item, None) for item in placeholders], "x")
        assert report.added == ["kim2023", "kim2023a", "hong2023", "kim2023b"]
