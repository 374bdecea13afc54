"""citekit in pandoc pipelines: the document's YAML settings, several bibliographies,
arguments for pandoc, the citekit-filter JSON filter, and check --doc on a .docx."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_cite_document import docx_footnotes

from citekit.cli import main

BIB = """@book{hong2020,
  author = {Hong, Gildong}, title = {Transitional Justice in Korea},
  publisher = {Seoul National University Press}, address = {Seoul}, year = {2020},
}
@article{hong2023,
  author = {홍, 길동}, title = {북한 인권의 현황}, journaltitle = {통일법연구},
  volume = {9}, pages = {1--30}, year = {2023}, langid = {korean},
}
@book{never2000,
  author = {Never, Cited}, title = {A Book Nobody Cites}, publisher = {Nobody}, year = {2000},
}
"""
RIS = """TY  - JOUR
ID  - lee2019
AU  - Lee, Jae-won
TI  - Human Rights Commissions in Asia
T2  - Asian Journal of Comparative Law
VL  - 14
SP  - 1
EP  - 20
PY  - 2019
ER  -
"""
ARTICLE = """---
title: An article
bibliography: [a.bib, b.ris]
csl: oscola
lang: en-GB
reference-section-title: Sources cited
---

Transitional justice has a long history.[@hong2020] Commissions differ.[@lee2019, 5]
In Korean.[@hong2023] As said before.[@hong2020]
"""
EXPECTED = [
    "Gildong Hong, Transitional Justice in Korea (Seoul National University Press 2020).",
    "Jae-won Lee, ‘Human Rights Commissions in Asia’ (2019) 14 Asian Journal of Comparative Law 1, 5.",
    "홍길동, ‘북한 인권의 현황’ (2023) 9 통일법연구 1.",
    "Hong (n 1).",
]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    (tmp_path / "a.bib").write_text(BIB, "utf-8")
    (tmp_path / "b.ris").write_text(RIS, "utf-8")
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, "utf-8")
    return path


def filter_command(folder: Path) -> str:
    """The installed citekit-filter script, or a wrapper running the same module."""
    installed = Path(sys.executable).parent / "citekit-filter"
    if installed.exists():
        return str(installed)
    wrapper = folder / "citekit-filter"
    wrapper.write_text(f"#!/bin/sh\nexec {sys.executable} -m citekit.documents.filter \"$@\"\n")
    wrapper.chmod(0o755)
    return str(wrapper)


def _body(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def test_cite_reads_bibliography_csl_and_section_title_from_the_yaml(article: Path) -> None:
    out = article.parent / "out.docx"
    assert main(["cite", str(article), "-o", str(out)]) == 0
    assert docx_footnotes(out) == EXPECTED
    body = _body(out)
    assert "Sources cited" in body and ">Bibliography<" not in body


def test_the_same_footnotes_through_citekit_filter(article: Path) -> None:
    import pypandoc

    out = article.parent / "filtered.docx"
    run = subprocess.run(
        [pypandoc.get_pandoc_path(), article.name, "--filter", filter_command(article.parent),
         "-o", out.name],
        cwd=article.parent, capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert docx_footnotes(out) == EXPECTED
    assert "Sources cited" in _body(out)


def test_several_bib_options_override_the_yaml(article: Path, tmp_path: Path, capsys) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Kim E, ‘North Korean Defectors and the Law’ (2021) 12 Journal of Korean Law 101\n",
                     "utf-8")
    doc = tmp_path / "two.md"
    doc.write_text("Text.[@lee2019] More.[@kim2021]\n", "utf-8")
    out = tmp_path / "two.docx"
    assert main(["cite", str(doc), "--bib", str(tmp_path / "b.ris"), "--bib", str(other),
                 "-o", str(out)]) == 0
    notes = docx_footnotes(out)
    assert notes[0].startswith("Jae-won Lee") and notes[1].startswith("E Kim")
    assert main(["cite", str(doc), "-o", str(out)]) == 2
    assert "bibliography:" in capsys.readouterr().err


def test_csl_from_the_yaml_chooses_the_style(article: Path) -> None:
    article.write_text(ARTICLE.replace("csl: oscola", "csl: apa"), "utf-8")
    out = article.parent / "apa.md"
    assert main(["cite", str(article), "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    assert "(Hong, 2020)" in text and "[^1]" not in text


def test_arguments_after_double_dash_go_to_pandoc(article: Path, capsys) -> None:
    out = article.parent / "toc.html"
    assert main(["cite", str(article), "-o", str(out), "--", "--toc", "--metadata=title:Changed"]) == 0
    html = out.read_text("utf-8")
    assert 'id="TOC"' in html and "Changed" in html
    assert main(["cite", str(article), "-o", str(out), "--", "-o", "x.html"]) == 2
    assert "citekit's to set" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["check", str(article), "--", "--toc"])
    assert stopped.value.code == 2


def test_reference_doc_styles_the_docx(article: Path) -> None:
    plain = article.parent / "plain.docx"
    assert main(["cite", str(article), "-o", str(plain)]) == 0
    reference = article.parent / "reference.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(reference, "w") as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "word/styles.xml":
                marker = b'<w:style w:type="paragraph" w:styleId="CitekitMarker"><w:name w:val="Citekit Marker"/></w:style>'
                data = data.replace(b"</w:styles>", marker + b"</w:styles>")
            target.writestr(entry, data)
    out = article.parent / "styled.docx"
    assert main(["cite", str(article), "-o", str(out), "--reference-doc", str(reference)]) == 0
    with zipfile.ZipFile(out) as archive:
        assert b"CitekitMarker" in archive.read("word/styles.xml")


def test_check_doc_reads_docx_footnotes(article: Path, capsys) -> None:
    out = article.parent / "out.docx"
    assert main(["cite", str(article), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["check", str(article.parent / "a.bib"), "--doc", str(out), "--to", "json"]) == 0
    report = capsys.readouterr().out
    assert report.count("reference-uncited") == 1 and "never2000" in report
    assert "citation-missing" not in report
    assert main(["check", str(article.parent / "b.ris"), "--doc", str(out), "--to", "json"]) == 0
    assert "reference-uncited" not in capsys.readouterr().out


def test_citekit_filter_parses_an_informal_list(tmp_path: Path) -> None:
    import json

    import pypandoc

    (tmp_path / "refs.txt").write_text(
        "Hong J, ‘North Korea and the Law’ (2020) 12 Journal of Korean Law 101\n", "utf-8")
    (tmp_path / "doc.md").write_text(
        "---\nbibliography: refs.txt\ncsl: oscola\n---\n\nText.[@hong2020] Unknown.[@nobody]\n",
        "utf-8")
    run = subprocess.run(
        [pypandoc.get_pandoc_path(), "doc.md", "--filter", filter_command(tmp_path), "-t", "json"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "no reference with the key 'nobody'" in run.stderr
    from citekit.documents import _stringify

    tree = json.loads(run.stdout)
    assert "Journal of Korean Law" in _stringify(tree["blocks"]) and '"Note"' in run.stdout
