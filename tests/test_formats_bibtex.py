"""BibTeX and BibLaTeX in: Better BibTeX and JabRef exports, malformed files."""

from __future__ import annotations

import bibtexparser
from conftest import ROOT

from citekit.formats import read_library, write_library
from citekit.formats.latex import decode

DATA = ROOT / "tests" / "data"


def _read(name: str):
    return read_library((DATA / name).read_text("utf-8"), name)


def _by_id(items):
    return {item["id"]: item for item in items}


def test_better_bibtex_export_reads_every_entry_without_problems() -> None:
    result = _read("better-bibtex.bib")
    assert result.format == "biblatex"
    assert result.diagnostics == []
    assert len(result.items) == 9


def test_better_bibtex_fields_become_csl_variables() -> None:
    items = _by_id(_read("better-bibtex.bib").items)
    survey = items["hongHumanRightsDPRK2020"]
    assert survey["type"] == "article-journal"
    assert survey["title"] == "Human Rights in the DPRK: A Survey of Defector Testimony"
    assert survey["author"] == [
        {"family": "Hong", "given": "Seok-hyun"},
        {"family": "van der Berg", "given": "Pieter"},
    ]
    assert survey["issued"] == {"date-parts": [[2020, 3]]}
    assert survey["accessed"] == {"date-parts": [[2023, 2, 8]]}
    assert survey["issue"] == "1"
    assert survey["page"] == "45-67"
    assert survey["language"] == "en"
    assert survey["container-title-short"] == "J. East Asian Stud."
    assert survey["abstract"] == (
        "Testimony from 120 defectors, 2012–2019, read against the COI report & its sources."
    )
    assert survey["custom"]["biblatex"]["file"].endswith("Hong - 2020.pdf")
    news = items["hong2023"]
    assert news["type"] == "article-newspaper"
    assert news["language"] == "ko"
    assert news["container-title"] == "세계일보"
    assert items["goghLetters2009"]["author"] == [
        {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}
    ]
    assert items["goghLetters2009"]["custom"]["biblatex"]["options"] == "useprefix=true"
    assert items["goghLetters2009"]["language"] == "en-GB"
    assert items["kinuWhitePaper2023"]["publisher"] == "Korea Institute for National Unification"
    assert items["kinuWhitePaper2023"]["author"] == [
        {"literal": "Korea Institute for National Unification"}
    ]
    assert items["choiSanctions2019"]["issued"] == {"date-parts": [[2019, 5, 20], [2019, 5, 22]]}
    assert items["choiSanctions2019"]["event-place"] == "Seoul"
    assert items["kimBughanitaljuminui2021"]["author"] == [{"family": "김", "given": "은중"}]


def _decoded_fields(text: str) -> dict[str, dict[str, str]]:
    library = bibtexparser.parse_string(text)
    entries = {}
    for entry in library.entries:
        fields = {}
        for field in entry.fields:
            value = decode(str(field.value)).replace("--", "-").replace("–", "-")
            if field.key == "keywords":
                value = ",".join(word.strip() for word in value.split(","))
            fields[field.key] = value
        entries[entry.key] = {"@type": entry.entry_type, **fields}
    return entries


def test_better_bibtex_export_survives_reading_and_writing_back() -> None:
    original = (DATA / "better-bibtex.bib").read_text("utf-8")
    written = write_library(_read("better-bibtex.bib").items, "biblatex")
    assert written.diagnostics == []
    assert _decoded_fields(written.text) == _decoded_fields(original)


def test_jabref_bibtex_reads_accents_months_and_classic_fields() -> None:
    result = _read("jabref.bib")
    assert result.diagnostics == []
    items = _by_id(result.items)
    assert set(items) == {"Goedel1931", "Lee2019", "Choi2015"}
    goedel = items["Goedel1931"]
    assert goedel["author"] == [{"family": "Gödel", "given": "Kurt"}]
    assert goedel["title"].startswith("Über formal unentscheidbare Sätze der Principia")
    assert goedel["container-title"] == "Monatshefte für Mathematik und Physik"
    assert goedel["issued"] == {"date-parts": [[1931, 12]]}
    assert goedel["issue"] == "1"
    lee = items["Lee2019"]
    assert lee["type"] == "paper-conference"
    assert lee["publisher-place"] == "Busan"
    assert lee["author"][-1] == {"literal": "others"}
    choi = items["Choi2015"]
    assert choi["type"] == "thesis"
    assert choi["publisher"] == "고려대학교"
    assert choi["author"] == [{"family": "최", "given": "지훈"}]


def test_malformed_entries_are_reported_by_line_and_the_rest_read() -> None:
    result = _read("malformed.bib")
    found = [(d.rule, d.location.line, d.location.file) for d in result.diagnostics]
    assert found == [
        ("bibtex-malformed", 7, "malformed.bib"),
        ("bibtex-duplicate-key", 13, "malformed.bib"),
        ("bibtex-bad-date", 20, "malformed.bib"),
        ("bibtex-bad-date", 26, "malformed.bib"),
    ]
    assert all(d.severity == "error" for d in result.diagnostics)
    items = _by_id(result.items)
    assert list(items) == ["good1", "baddate", "badmonth", "good2"]
    assert items["good1"]["title"] == "A Good Entry"
    assert items["good2"]["issued"] == {"date-parts": [[2022, 5, 1]]}
    assert "issued" not in items["baddate"]
    assert items["baddate"]["custom"]["biblatex"]["date"] == "around 2019"
    assert items["badmonth"]["custom"]["biblatex"] == {"year": "2018", "month": "13"}
