"""Legal sources rendered as the OSCOLA 4th ed. manual (style ``oscola-manual``) and APA 7 give
them (docs/legal.md), end to end from the strings people paste, and OSCOLA's tables of cases
and legislation. The official ``oscola`` style, as citeproc-js prints it, is tested against
the oracle's output in test_legal_corpus.py."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

import citekit
from citekit.cli import main
from citekit.parse import parse_reference


def _parsed(*raws: str) -> list[dict]:
    return [parse_reference(raw, item_id=f"r{n}").item for n, raw in enumerate(raws, 1)]


def _notes(items: list[dict], style: str = "oscola-manual") -> list[str]:
    return [e.text for e in citekit.render(items, style=style, mode="notes").entries]


# the issue's examples, parsed and cited as a first footnote (OSCOLA)
ISSUE_NOTES = [
    ("UN Human Rights Council, 'Report of the Special Rapporteur on the situation of human rights"
     " in Eritrea' (2023) UN Doc A/HRC/53/20",
     "UN Human Rights Council, ‘Report of the Special Rapporteur on the Situation of Human Rights"
     " in Eritrea’ (2023) UN Doc A/HRC/53/20."),
    ("UNGA Res 217 A (III) (10 December 1948)", "UNGA Res 217 A (III) (10 December 1948)."),
    ("R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61",
     "R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61."),
    ("Brown v Board of Education, 347 U.S. 483 (1954)", "Brown v Board of Education 347 US 483 (1954)."),
    ("Human Rights Act 1998, s 3", "Human Rights Act 1998, s 3."),
    ("「난민법」 제2조", "난민법, 제2조."),
    ("대법원 2019. 5. 30. 선고 2016다12345 판결", "대법원 2019. 5. 30. 선고 2016다12345 판결."),
    ("Refugee Act 2012 (Republic of Korea), art 2", "Refugee Act 2012 (Republic of Korea), art 2."),
]


@pytest.mark.parametrize(("raw", "note"), ISSUE_NOTES, ids=[r[:30] for r, _ in ISSUE_NOTES])
def test_issue_examples_give_the_oscola_footnote(raw, note):
    assert _notes(_parsed(raw)) == [note]


def test_siblings_of_the_issue_examples():
    """Each defect stands for a class: other reporters, courts, statutes and resolutions."""
    items = _parsed(
        "Miranda v. Arizona, 384 U.S. 436 (1966)",
        "Henningsen v Bloomfield Motors Inc 161 A 2d 69 (NJ 1960)",
        "R (Begum) v Special Immigration Appeals Commission [2021] UKSC 7, [2021] AC 765",
        "헌법재판소 2012. 8. 23. 선고 2010헌마620 결정",
        "서울고등법원 2018. 11. 14. 선고 2017나2032475 판결 [손해배상(기)]",
        "Othman (Abu Qatada) v United Kingdom App no 8139/09 (ECtHR, 17 January 2012)",
        "Constitutional Court, 2010Hun-Ma620, 23 August 2012",
        "UNSC Res 1325 (31 October 2000) UN Doc S/RES/1325",
        "Equality Act 2010, s 149",
        "「출입국관리법 시행령」 제12조 제1호",
    )
    assert _notes(items) == [
        "Miranda v Arizona 384 US 436 (1966).",
        "Henningsen v Bloomfield Motors Inc 161 A 2d 69 (NJ 1960).",
        "R (Begum) v Special Immigration Appeals Commission [2021] UKSC 7, [2021] AC 765.",
        "헌법재판소 2012. 8. 23. 2010헌마620 결정.",
        "손해배상(기) 서울고등법원 2018. 11. 14. 선고 2017나2032475 판결.",
        "Othman (Abu Qatada) v United Kingdom App no 8139/09 (ECtHR, 17 January 2012).",
        "2010Hun-Ma620 (Constitutional Court, 23 August 2012).",
        "UNSC Res 1325 (31 October 2000) UN Doc S/RES/1325.",
        "Equality Act 2010, s 149.",
        "출입국관리법 시행령, 제12조 제1호.",
    ]


def test_biblatex_statute_title_with_its_year_prints_the_year_once():
    items = [{"id": "hra", "type": "legislation", "title": "Human Rights Act 1998",
              "issued": {"date-parts": [[1998]]}, "custom": {"locator": "s 3"}},
             {"id": "pace", "type": "legislation", "title": "Police and Criminal Evidence Act 1984",
              "issued": {"date-parts": [[1984]]}}]
    assert _notes(items) == ["Human Rights Act 1998, s 3.",
                             "Police and Criminal Evidence Act 1984."]
    bib = [e.text for e in citekit.render(items, style="oscola-manual").entries]
    assert bib == ["Human Rights Act 1998", "Police and Criminal Evidence Act 1984"]


def test_apa_keeps_the_reporter_periods_and_the_bluebook_forms():
    items = _parsed("Brown v Board of Education, 347 U.S. 483 (1954)",
                    "대법원 2019. 5. 30. 선고 2016다12345 판결", "Human Rights Act 1998, s 3")
    bib = [e.text for e in citekit.render(items, style="apa").entries]
    assert "Brown v Board of Education, 347 U.S. 483 (1954)." in bib
    assert "2016다12345 (대법원 May 30, 2019)." in bib
    cites = [e.text for e in citekit.render(items, style="apa", mode="citations").entries]
    assert cites == ["(Brown v Board of Education, 1954)", "([판결], 2019)",
                     "(Human Rights Act, 1998, § 3)"]


def test_pinpoints_ibid_and_subsequent_notes_for_legislation_and_cases():
    items = _parsed("Human Rights Act 1998", "Othman (Abu Qatada) v United Kingdom App no 8139/09"
                    " (ECtHR, 17 January 2012)", "「난민법」 제2조")
    markdown = ("[@r1, s 3]\n\n[@r1, s 4]\n\n[@r2, para 12]\n\n[@r1, s 3]\n\n"
                "[@r3, 제2조 제1호]\n\n[@r3, 제3조]")
    notes = [e.text for e in citekit.render(items, style="oscola-manual", mode="notes",
                                            clusters=markdown).entries]
    assert notes == [
        "Human Rights Act 1998, s 3.",
        "ibid s 4.",
        "Othman (Abu Qatada) v United Kingdom App no 8139/09 (ECtHR, 17 January 2012) [12].",
        "Human Rights Act 1998, s 3.",
        "난민법, 제2조 제1호.",
        "ibid 제3조.",
    ]


def test_treaties_give_their_dates_and_series():
    items = _parsed(
        "Convention on the Rights of the Child (adopted 20 November 1989, entered into force"
        " 2 September 1990) 1577 UNTS 3 (CRC) art 3",
        "Convention for the Protection of Human Rights and Fundamental Freedoms (adopted"
        " 4 November 1950, entered into force 3 September 1953) ETS 5",
    )
    assert _notes(items) == [
        "Convention on the Rights of the Child (adopted 20 November 1989, entered into force"
        " 2 September 1990) 1577 UNTS 3, art 3.",
        "Convention for the Protection of Human Rights and Fundamental Freedoms (adopted"
        " 4 November 1950, entered into force 3 September 1953) ETS 5.",
    ]


MIXED = [
    "Shelton D, Remedies in International Human Rights Law (3rd edn, OUP 2015)",
    "Donoghue v Stevenson [1932] AC 562 (HL)",
    "대법원 2019. 5. 30. 선고 2016다12345 판결",
    "Human Rights Act 1998",
    "「난민법」 제2조",
    "UNGA Res 217 A (III) (10 December 1948)",
]


@pytest.fixture(scope="module")
def mixed_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("legal") / "refs.txt"
    path.write_text("\n".join(MIXED) + "\n", encoding="utf-8")
    return str(path)


def test_oscola_format_prints_the_three_lists_with_headings(mixed_file, capsys):
    assert main(["format", mixed_file, "--style", "oscola-manual"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Table of Cases", "", "United Kingdom", "Donoghue v Stevenson [1932] AC 562 (HL)",
        "", "Korea", "대법원 2019. 5. 30. 선고 2016다12345 판결",
        "", "Table of Legislation", "", "United Kingdom", "Human Rights Act 1998",
        "", "Korea", "난민법",
        "", "Bibliography",
        "Shelton D, Remedies in International Human Rights Law (3rd edn, OUP 2015)",
        "UNGA Res 217 A (III) (10 December 1948)",
    ]


def test_one_table_and_no_tables(mixed_file, capsys):
    assert main(["format", mixed_file, "--style", "oscola-manual", "--tables", "cases"]) == 0
    out = capsys.readouterr().out
    assert "Table of Cases" in out and "Human Rights Act" not in out and "Shelton" not in out
    assert main(["format", mixed_file, "--style", "oscola-manual", "--tables", "none"]) == 0
    plain = capsys.readouterr().out.splitlines()
    assert len(plain) == len(MIXED) and "Table of Cases" not in plain
    assert main(["format", mixed_file, "--style", "oscola-manual", "--tables", "cases",
                 "--mode", "notes"]) == 2
    assert "--tables lists a bibliography" in capsys.readouterr().err


def test_tables_in_markdown_html_json_and_docx(mixed_file, capsys, tmp_path):
    assert main(["format", mixed_file, "--style", "oscola-manual", "--to", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert "# Table of Cases" in markdown and "## Korea" in markdown
    assert "*Donoghue" not in markdown  # case names are in roman in a table (OSCOLA 1.6.2)
    assert main(["format", mixed_file, "--style", "oscola-manual", "--to", "html"]) == 0
    page = capsys.readouterr().out
    assert "<h2>Table of Legislation</h2>" in page and "<h3>United Kingdom</h3>" in page
    assert "<em>Donoghue" not in page and "<i>Donoghue" not in page
    assert main(["format", mixed_file, "--style", "oscola-manual", "--to", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["table"] for t in data["tables"]] == ["cases", "legislation", "secondary"]
    assert data["tables"][0]["groups"][1]["jurisdiction"] == "Korea"
    target = tmp_path / "tables.docx"
    assert main(["format", mixed_file, "--style", "oscola-manual", "--to", "docx",
                 "-o", str(target)]) == 0
    with zipfile.ZipFile(io.BytesIO(target.read_bytes())) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "Table of Cases" in body and "Heading" in body and "2016다12345" in body


def test_a_bibliography_without_legal_sources_stays_one_list(tmp_path, capsys):
    path = tmp_path / "refs.txt"
    path.write_text("Shelton D, Remedies in International Human Rights Law (3rd edn, OUP 2015)\n",
                    encoding="utf-8")
    assert main(["format", str(path), "--style", "oscola-manual"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Shelton D, Remedies in International Human Rights Law (3rd edn, OUP 2015)"]


def test_korean_decisions_in_english_text():
    """--script romanized: court, docket and decision type as the courts' English pages give
    them; both: the Korean form, then the English court and docket."""
    raws = ("대법원 2019. 5. 30. 선고 2016다12345 판결", "헌법재판소 2012. 8. 23. 선고 2010헌마620 결정",
            "수원지방법원 성남지원 2016. 7. 8. 선고 2015가단12345 판결",
            "서울고등법원 2018. 11. 14. 선고 2017나2032475 판결")
    items = _parsed(*raws)
    romanized = citekit.render(items, style="oscola-manual", mode="notes", script="romanized")
    assert [e.text for e in romanized.entries] == [
        "2016Da12345 (Supreme Court, 30 May 2019).",
        "2010Hun-Ma620 (Constitutional Court, 23 August 2012).",
        "2015Gadan12345 (Suwon District Court, Seongnam Branch, 8 July 2016).",
        "2017Na2032475 (Seoul High Court, 14 November 2018).",
    ]
    both = citekit.render(items[:1], style="oscola-manual", mode="notes", script="both")
    assert [e.text for e in both.entries] == [
        "대법원 2019. 5. 30. 선고 2016다12345 판결 (Supreme Court, 2016Da12345)."]
    apa = citekit.render(items[:1], style="apa", script="romanized")
    assert [e.text for e in apa.entries] == ["No. 2016Da12345 (Supreme Court May 30, 2019)."]


def test_us_pinpoint_before_the_year_and_ibid_paragraph_in_brackets():
    items = _parsed("Roe v Wade, 410 U.S. 113 (1973)",
                    "R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5")
    markdown = "[@r1, 163]\n\n[@r2, para 12]\n\n[@r2, para 13]\n\n[@r1]"
    notes = [e.text for e in citekit.render(items, style="oscola-manual", mode="notes",
                                            clusters=markdown).entries]
    assert notes == ["Roe v Wade 410 US 113, 163 (1973).",
                     "R (Miller) v Secretary of State for Exiting the European Union"
                     " [2017] UKSC 5 [12].",
                     "ibid [13].", "Roe v Wade (n 1)."]
