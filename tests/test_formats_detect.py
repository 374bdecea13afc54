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
    assert main(["convert", str(DATA / "kci-riss-dbpia.ris"), "-o", str(out)]) == 0
    assert "item 'park2020': BibLaTeX cannot hold custom.ris" in capsys.readouterr().err
    text = out.read_text("utf-8")
    assert text.count("\n@") + text.startswith("@") == 4
    assert re.search(r"^@article\{[a-z]+2021,$", text, re.MULTILINE)
    assert "journaltitle = {통일법연구}" in text
    back = tmp_path / "back.json"
    assert main(["convert", str(out), "-o", str(back)]) == 0
    assert json.loads(back.read_text("utf-8"))[0]["container-title"] == "통일법연구"


def test_convert_reports_losses_as_warnings_and_exits_0(tmp_path, capsys) -> None:
    out = tmp_path / "refs.ris"
    assert main(["convert", str(DATA / "zotero.json"), "-o", str(out)]) == 0  # warnings only
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


# Structured files once read as informal lists (exit 0, no warning): each is now read as
# what it is, or refused naming what it looked like (#13.10).
_RIS_ONE_SPACE = "TY - JOUR\nAU - Hong, J\nTI - Single spaced\nPY - 2021\nER - \n"
_RIS_NO_TY = "AU  - Kim, E\nTI  - No type line\nPY  - 2020\nER  - \n\nTI  - Second\nER  - \n"
_RIS_BOTH = "TY - BOOK\nTI  - Mixed spacing\nER  -\n"


@pytest.mark.parametrize(
    ("text", "titles", "why"),
    [
        (_RIS_ONE_SPACE, ["Single spaced"], "one space"),
        (_RIS_BOTH, ["Mixed spacing"], "one space"),
        (_RIS_NO_TY, ["No type line", "Second"], "none opens with 'TY  - '"),
    ],
)
def test_ris_variants_are_read_as_ris_with_the_reason(text, titles, why) -> None:
    loaded = load_text_as(text)
    assert [item["title"] for item in loaded.items] == titles
    notes = [d for d in loaded.diagnostics if d.rule == "format-detected"]
    assert len(notes) == 1 and "read as ris" in notes[0].message and why in notes[0].message


def test_ris_without_type_lines_are_generic_records() -> None:
    loaded = load_text_as(_RIS_NO_TY)
    assert {item["type"] for item in loaded.items} == {"document"}
    assert sum(d.rule == "ris-no-type" for d in loaded.diagnostics) == 2


@pytest.mark.parametrize(
    "text",
    [
        "- &a\n  id: one\n  type: book\n  title: Anchored\n- *a\n",
        "- &first id: one\n  title: Anchored\n",
        "base: &b\n  type: book\n  publisher: Seoul Press\nreferences:\n"
        "  - <<: *b\n    id: one\n    title: Anchored\n",
    ],
)
def test_yaml_opening_with_an_anchor_is_csl_yaml(text) -> None:
    loaded = load_text_as(text)
    assert loaded.items and loaded.items[0]["title"] == "Anchored"
    assert any(d.rule == "format-detected" for d in loaded.diagnostics)
    assert not loaded.references  # nothing was parsed as an informal reference


@pytest.mark.parametrize(
    ("text", "looked"),
    [
        ('"hello"\n', "JSON holding a string"),
        ("null", "JSON holding null"),
        ("true\n", "JSON holding a boolean"),
        ("42\n", "JSON holding a number"),
        ("base: &b\n  x: 1\nother: *b\n", "YAML with anchors but no list of items"),
        ('<?xml version="1.0"?>\n<xml><records><record/></records></xml>\n', "XML (root <xml>)"),
        ("<mods xmlns='http://www.loc.gov/mods/v3'><titleInfo/></mods>\n", "XML (root <mods>)"),
        ("<!DOCTYPE html>\n<html><body>refs</body></html>\n", "an HTML page"),
        ("PMID- 123456\nTI  - A title\nAU  - Hong J\n", "MEDLINE/PubMed"),
        ("%A Hong, J\n%T A title\n%D 2020\n", "Refer/EndNote"),
    ],
)
def test_structured_text_of_an_unknown_format_is_an_error_naming_it(text, looked, tmp_path, capsys):
    path = tmp_path / "refs.txt"
    path.write_text(text, "utf-8")
    assert main(["convert", str(path), "--to", "csl-json"]) == 2
    err = capsys.readouterr().err
    assert looked in err and str(path) in err


@pytest.mark.parametrize(
    "text",
    [
        'Hong J, "Title" (세계일보, February 7, 2023)\n',
        "Kim: The North Korean Economy (2019)\nLee: Another title (2020)\n",
        "- Hong J, Title (2020)\n- Kim E, Other (2021)\n",
        "AB - Hong J, a reference that starts like a tag (2020)\n",
        '"Quoted title," Journal 3 (2020) 1-2\n',
    ],
)
def test_informal_lists_stay_informal(text) -> None:
    from citekit.formats import detect

    found = detect(text)
    assert found.format is None and found.unknown is None, found


def load_text_as(text: str):
    from citekit.pipeline import load_text

    return load_text(text, "refs.txt")
