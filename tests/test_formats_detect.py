"""Formats recognised by content, through citekit.read and citekit convert."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT

from citekit.cli import main
from citekit.formats import detect_format
from citekit.pipeline import load

DATA = ROOT / "tests" / "data"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("better-bibtex.bib", "biblatex"),
        ("jabref.bib", "biblatex"),
        ("malformed.bib", "biblatex"),
        ("kci-riss-dbpia.ris", "ris"),
        ("malformed.ris", "ris"),
        ("zotero.json", "csl-json"),
    ],
)
def test_fixtures_are_recognised(name: str, expected: str) -> None:
    assert detect_format((DATA / name).read_text("utf-8")) == expected


def test_informal_lists_are_not_structured() -> None:
    text = "Hong J, \"Title\" (세계일보, February 7, 2023)\n- Kim E, Another (2023)\n"
    assert detect_format(text) is None
    assert detect_format("Write to me@example.org {soon}, please.\n") is None


def test_pipeline_load_carries_format_diagnostics() -> None:
    loaded = load(str(DATA / "malformed.bib"))
    assert [item["id"] for item in loaded.items] == ["good1", "baddate", "badmonth", "good2"]
    assert [d.location.line for d in loaded.diagnostics] == [7, 13, 20, 26]


def test_zotero_csl_json_aliases_are_read_as_csl() -> None:
    items = load(str(DATA / "zotero.json")).items
    assert items[0]["container-title-short"] == "J. East Asian Stud."
    assert "journalAbbreviation" not in items[0]


def test_convert_writes_the_format_of_the_extension(tmp_path, capsys) -> None:
    out = tmp_path / "refs.bib"
    assert main(["convert", str(DATA / "kci-riss-dbpia.ris"), "-o", str(out)]) == 1
    assert "item 'park2020': BibLaTeX cannot hold custom.ris" in capsys.readouterr().err
    text = out.read_text("utf-8")
    assert text.count("\n@") + text.startswith("@") == 4
    assert re.search(r"^@article\{[a-z]+2021,$", text, re.MULTILINE)
    assert "journaltitle = {통일법연구}" in text
    back = tmp_path / "back.json"
    assert main(["convert", str(out), "-o", str(back)]) == 0
    assert json.loads(back.read_text("utf-8"))[0]["container-title"] == "통일법연구"


def test_convert_reports_losses_and_exits_1(tmp_path, capsys) -> None:
    out = tmp_path / "refs.ris"
    assert main(["convert", str(DATA / "zotero.json"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "RIS cannot hold author (particles), event-place, id, number-of-pages" in err
    assert out.read_text("utf-8").count("ER  - ") == 5


def test_convert_reports_malformed_entries_and_still_writes(tmp_path, capsys) -> None:
    out = tmp_path / "out.yaml"
    assert main(["convert", str(DATA / "malformed.bib"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "malformed.bib:7: error: malformed entry" in err
    assert "malformed.bib:13: error: duplicate key 'good1'" in err
    assert out.read_text("utf-8").count("- id:") == 4


def test_convert_usage_errors(tmp_path, capsys) -> None:
    assert main(["convert", str(DATA / "zotero.json")]) == 2
    assert "--to" in capsys.readouterr().err
    copy = tmp_path / "a.json"
    copy.write_text((DATA / "zotero.json").read_text("utf-8"), "utf-8")
    assert main(["convert", str(copy), "-o", str(copy)]) == 2
    assert copy.read_text("utf-8") == (DATA / "zotero.json").read_text("utf-8")
