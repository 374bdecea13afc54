"""A Zotero CSL-JSON export: read without loss, and what BibLaTeX and RIS can keep of it."""

from __future__ import annotations

import json

from conftest import ROOT

from citekit.formats import read_library, write_library
from citekit.formats.roundtrip import round_trip

ZOTERO = ROOT / "tests" / "data" / "zotero.json"


def test_every_exported_field_is_read() -> None:
    raw = json.loads(ZOTERO.read_text("utf-8"))
    items = read_library(ZOTERO.read_text("utf-8"), "zotero.json").items
    for exported, item in zip(raw, items, strict=True):
        renamed = {"journalAbbreviation": "container-title-short"}
        assert {renamed.get(k, k) for k in exported} == set(item)
        for key, value in exported.items():
            assert item[renamed.get(key, key)] == value
    again = read_library(write_library(items, "csl-json").text, "again.json").items
    assert again == items


def test_biblatex_keeps_all_but_the_zotero_uri_and_library_catalogue() -> None:
    items = read_library(ZOTERO.read_text("utf-8"), "zotero.json").items
    trip = round_trip(items, "biblatex")
    assert trip.changed == []
    assert sorted({field for _, field in trip.reported}) == ["id", "source"]
    assert trip.kept == trip.fields - len(trip.reported)
    text = write_library(items, "biblatex").text
    assert "@article{hong2020," in text and "@book{gogh2009," in text
    assert "author = {van Gogh, Vincent}" in text
    assert "publisher = {Thames \\& Hudson}" in text
