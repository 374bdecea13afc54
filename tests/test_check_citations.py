"""Citation rules: ambiguous, missing and uncited, in Markdown, text and .docx articles."""

from __future__ import annotations

import zipfile
from pathlib import Path

from check_support import rules_of, run
from conftest import EXAMPLES

from citekit.check.citations import find_citations, same_year

REFS = (EXAMPLES / "refs.txt").read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, name: str = "article.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_example_article_has_one_ambiguous_citation_with_three_candidates():
    findings = run(REFS, doc=EXAMPLES / "article.md")
    [finding] = rules_of(findings, "citation-ambiguous")
    assert finding.severity == "error"
    assert finding.location.file.endswith("article.md")
    assert "3 references: line 2 (Kim E); line 3 (Kim S); line 4 (Kim Y)" in finding.message
    assert "cited 3 times" in finding.message
    assert rules_of(findings, "citation-missing") == []
    assert rules_of(findings, "reference-uncited") == []


def test_unambiguous_citation(tmp_path):
    doc = write(tmp_path, "As reported (Hong, 2023), the envoy met families.")
    findings = run(REFS, doc=doc)
    assert rules_of(findings, "citation-ambiguous") == []
    uncited = rules_of(findings, "reference-uncited")
    assert [f.location.line for f in uncited] == [2, 3, 4]
    assert all(f.severity == "info" for f in uncited)


def test_initials_tell_same_surnames_apart(tmp_path):
    doc = write(tmp_path, "(E. Kim, 2023) and (S. Kim, 2023) and (Y. Kim, 2023; Hong, 2023)")
    findings = run(REFS, doc=doc)
    assert rules_of(findings, "citation-ambiguous") == []
    assert rules_of(findings, "citation-missing") == []
    assert rules_of(findings, "reference-uncited") == []


def test_missing_citation(tmp_path):
    doc = write(tmp_path, "Line one.\nEarlier work (Park, 2020) disagrees, as does Lee (2019).")
    found = rules_of(run(REFS, doc=doc), "citation-missing")
    assert [(f.message.split(" matches")[0], f.location.line) for f in found] == [
        ("(Park, 2020)", 2),
        ("Lee (2019)", 2),
    ]


def test_wrong_year_is_missing(tmp_path):
    doc = write(tmp_path, "(Hong, 2022)")
    assert len(rules_of(run(REFS, doc=doc), "citation-missing")) == 1


def test_pandoc_citations_match_item_ids(tmp_path):
    doc = write(tmp_path, "See [@hong2023; @kim2023a, p. 3] and [@nowhere]. Mail me at a@b.org.")
    findings = run(REFS, doc=doc)
    [missing] = rules_of(findings, "citation-missing")
    assert missing.message.startswith("@nowhere")
    assert [f.location.line for f in rules_of(findings, "reference-uncited")] == [3, 4]


def test_docx_article(tmp_path):
    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>Families met the envoy </w:t></w:r><w:r><w:t>(Kim, 2023).</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    path = tmp_path / "article.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", body)
    [finding] = rules_of(run(REFS, doc=path), "citation-ambiguous")
    assert (finding.location.line, finding.location.column) == (1, 24)


def test_citation_forms_found():
    lines = [
        "(Kim et al., 2023, p. 4; see Hong & Lee, 2021a) and Park (2019) in (February 7, 2023)"
    ]
    found = [(c.text, c.name, c.year) for c in find_citations(lines, "a.md")]
    assert found == [
        ("(Kim et al., 2023, p. 4)", "kim", "2023"),
        ("(see Hong & Lee, 2021a)", "hong", "2021a"),
        ("Park (2019)", "park", "2019"),
    ]


def test_year_letters():
    assert same_year("2023", "2023a") and same_year("2023a", "2023a") and same_year("2023a", "2023")
    assert not same_year("2023a", "2023b") and not same_year("2022", "2023")


def test_korean_full_name_matches_parsed_family_and_given(tmp_path):
    from citekit.check import check

    items = [
        {
            "id": "h",
            "type": "book",
            "author": [{"family": "홍", "given": "길동"}],
            "issued": {"date-parts": [[2019]]},
        },
        {
            "id": "k",
            "type": "book",
            "author": [{"family": "Kim", "given": "Eun"}],
            "issued": {"date-parts": [[2019]]},
        },
    ]
    doc = write(tmp_path, "(홍길동, 2019) and (홍, 2019) and (E. Kim, 2019) and (J. Kim, 2019)")
    findings = check(items, doc=doc)
    assert [f.message.split(" matches")[0] for f in findings] == ["(J. Kim, 2019)"]
