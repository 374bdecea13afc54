"""`citekit format` on the example references gives exactly the citeproc-js strings (issue 2)."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES

from citekit.cli import main

REFS = str(EXAMPLES / "refs.txt")

OSCOLA_BIBLIOGRAPHY_START = [
    "Hong J, ‘美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것’ 세계일보 (7 February 2023)",
    "Kim E, ‘韓美, 납북자 가족 공동 면담… “北인권 싸움서 지지 않겠다”’ Chosun Media (7 February 2023)",
]
OSCOLA_FIRST_NOTE = (
    "J Hong, ‘美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것’ 세계일보 (7 February 2023)."
)
APA_HONG = "Hong, J. (2023, February 7). 美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것. 세계일보."
APA_CITATIONS = ["(Hong, 2023)", "(E. Kim, 2023)", "(S. Kim, 2023)", "(Y. Kim, 2023)"]


def render_entries(capsys, *args: str) -> list[dict[str, str]]:  # noqa: ANN001
    code = main(["format", REFS, "--to", "json", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    return data["entries"]


def test_oscola_bibliography(capsys) -> None:
    texts = [entry["text"] for entry in render_entries(capsys, "--style", "oscola")]
    assert len(texts) == 4
    assert texts[:2] == OSCOLA_BIBLIOGRAPHY_START


def test_oscola_first_footnote(capsys) -> None:
    entries = render_entries(capsys, "--style", "oscola", "--mode", "notes")
    hong = [e["text"] for e in entries if e["text"].startswith("J Hong")]
    assert hong == [OSCOLA_FIRST_NOTE]


def test_apa_reference_list(capsys) -> None:
    texts = [entry["text"] for entry in render_entries(capsys, "--style", "apa")]
    assert texts[0] == APA_HONG


def test_apa_citations_tell_the_three_kims_apart(capsys) -> None:
    entries = render_entries(capsys, "--style", "apa", "--mode", "citations")
    assert [entry["text"] for entry in entries] == APA_CITATIONS


def test_text_output_is_one_entry_per_line(capsys) -> None:
    assert main(["format", REFS, "--style", "oscola"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == OSCOLA_BIBLIOGRAPHY_START


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_other_formats_carry_the_entries(fmt: str, capsys) -> None:
    assert main(["format", REFS, "--style", "oscola", "--to", fmt]) == 0
    out = capsys.readouterr().out
    assert "세계일보" in out and "Chosun Media" in out


def test_output_file_written_atomically(tmp_path, capsys) -> None:
    target = tmp_path / "bib.txt"
    assert main(["format", REFS, "--style", "oscola", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8").splitlines()[:2] == OSCOLA_BIBLIOGRAPHY_START


def test_unknown_style_is_a_usage_error(capsys) -> None:
    code = main(["format", REFS, "--style", "no-such-style-xyz"])
    err = capsys.readouterr().err
    assert code == 2
    assert "no-such-style-xyz" in err
    assert "Traceback" not in err


def test_api_format_returns_text_and_render_gives_docx_bytes() -> None:
    import citekit

    items = citekit.read(REFS).items
    text = citekit.format(items, style="oscola")
    assert text.splitlines()[:2] == OSCOLA_BIBLIOGRAPHY_START
    docx = citekit.render(items, style="oscola", mode="notes", to="docx").output
    assert isinstance(docx, bytes) and docx.startswith(b"PK")
    with pytest.raises(citekit.UsageError):
        citekit.format(items, style="oscola", to="docx")


def test_api_render_takes_citation_clusters_in_markdown() -> None:
    import citekit

    items = citekit.read(REFS).items
    notes = citekit.render(
        items, style="oscola", mode="notes", clusters="A [@hong2023, p 3].\n\nB [@hong2023, p 5]."
    )
    assert [entry.text for entry in notes.entries] == [
        "J Hong, ‘美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것’ 세계일보 (7 February 2023) 3.",
        "ibid 5.",
    ]
