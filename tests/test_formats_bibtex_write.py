"""BibLaTeX and BibTeX out: UTF-8 kept, LaTeX escaped, case braced, losses reported."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

from citekit.formats import read_library, write_library
from citekit.formats.bibtex_names import format_names, parse_names
from citekit.formats.latex import decode, protect_case
from citekit.formats.roundtrip import round_trip

OWN_CORPUS = ROOT / "tests" / "data" / "own-corpus.json"


def test_korean_stays_utf8_and_specials_are_escaped() -> None:
    item = {
        "id": "k1",
        "type": "book",
        "title": "북한 인권 & UN 50%",
        "publisher": "A & B",
        "page": "12-15",
        "URL": "https://example.org/a_b?x=1&y=2",
    }
    text = write_library([item], "biblatex").text
    assert "title = {북한 인권 \\& {UN} 50\\%}" in text
    assert "publisher = {A \\& B}" in text
    assert "pages = {12--15}" in text
    assert "url = {https://example.org/a_b?x=1&y=2}" in text


def test_title_words_with_capitals_are_braced() -> None:
    assert protect_case("The DPRK and iPhone use") == "The {DPRK} and {iPhone} use"
    assert protect_case("Human Rights") == "Human {Rights}"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40))
def test_any_title_decodes_back_to_itself(title: str) -> None:
    assert decode(protect_case(title)) == title


_NAME_PART = st.text(alphabet="abcdefXYZ홍길동é -", min_size=1, max_size=12).map(
    lambda text: " ".join(text.split())
)


@given(st.lists(st.fixed_dictionaries({"family": _NAME_PART, "given": _NAME_PART}), max_size=3))
def test_names_survive_formatting(names: list[dict[str, str]]) -> None:
    names = [{k: v for k, v in name.items() if v} for name in names]
    names = [name for name in names if name.get("family")]
    assert parse_names(format_names(names)) == names


def test_classic_bibtex_uses_journal_year_month_and_reports_the_day() -> None:
    item = {
        "id": "a1",
        "type": "article-journal",
        "title": "T",
        "container-title": "J",
        "publisher-place": "Seoul",
        "issued": {"date-parts": [[2023, 2, 7]]},
    }
    written = write_library([item], "bibtex")
    assert "journal = {J}" in written.text
    assert "address = {Seoul}" in written.text
    assert "year = {2023}" in written.text and "month = {2}" in written.text
    assert "date =" not in written.text
    assert [d.rule for d in written.diagnostics] == ["format-cannot-hold"]
    assert "issued (day)" in written.diagnostics[0].message
    assert read_library(written.text, "x").items[0]["issued"] == {"date-parts": [[2023, 2]]}


def test_what_biblatex_cannot_hold_is_named() -> None:
    item = {
        "id": "x1",
        "type": "book",
        "title": "T",
        "issued": {"literal": "third century"},
        "dimensions": "3 GB",
        "custom": {"romanized": "x"},
    }
    written = write_library([item], "biblatex")
    assert len(written.diagnostics) == 1
    message = written.diagnostics[0].message
    assert "custom.romanized, dimensions, issued" in message
    assert written.diagnostics[0].location.item_id == "x1"


def test_own_corpus_round_trip_keeps_every_field_biblatex_holds() -> None:
    items = json.loads(OWN_CORPUS.read_text("utf-8"))
    result = round_trip(items, "biblatex")
    assert result.changed == []
    assert sorted(result.reported) == [
        ("circa1900", "archive"),
        ("dataset2022", "dimensions"),
        ("dataset2022", "references"),
        ("literaldate", "issued"),
        ("romanized2021", "custom.title-romanized"),
    ]
    assert result.kept == result.fields - 5


def test_render_corpus_round_trip_keeps_every_field(shared) -> None:
    corpus = shared / "render" / "corpus.json"
    if not corpus.is_file():
        pytest.skip("render corpus absent")
    items = json.loads(corpus.read_text("utf-8"))
    result = round_trip(items, "biblatex")
    assert result.items == 46
    assert result.changed == [] and result.reported == []
    assert result.kept == result.fields > 300


def test_latex_commands_only_when_asked() -> None:
    item = {"id": "g1", "type": "book", "title": "Über Gödel", "author": [{"family": "홍"}]}
    plain = write_library([item], "biblatex").text
    assert "title = {Über {Gödel}}" in plain
    asked = write_library([item], "biblatex", latex=True).text
    assert 'title = {{\\"U}ber {G{\\"o}del}}' in asked
    assert "author = {홍}" in asked
    assert read_library(asked, "x.bib").items[0] == item
