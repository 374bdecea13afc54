"""Every output format: escaped HTML, LaTeX and RTF footnotes, Word with real footnotes."""

from __future__ import annotations

import importlib
import io
import json
import re
import zipfile

import pytest
from seed_items import example_items

from citekit.cli import main

engine = importlib.import_module("citekit.render")


def items_with_url() -> list[dict]:
    items = example_items()
    items[0]["URL"] = "https://news.example.kr/segye?a=1&b=2"
    return items


def test_html_escapes_oscola_angle_brackets_and_ampersands():
    output = engine.render(items_with_url(), style="oscola", to="html").output
    assert '&lt;<a href="https://news.example.kr/segye?a=1&amp;b=2">' in output
    assert "&gt; accessed 8 February 2023" in output
    # every tag the fragment opens is closed: nothing from the URL leaked in as markup
    opened = re.findall(r"<(div|span|em|a)\b", output)
    closed = re.findall(r"</(div|span|em|a)>", output)
    assert sorted(opened) == sorted(closed)


def test_html_notes_are_real_footnotes():
    output = engine.render(example_items(), style="oscola", mode="notes", to="html").output
    assert output.count('role="doc-noteref"') == 4
    assert '<section id="footnotes"' in output


def test_latex_notes_and_bibliography():
    notes = engine.render(items_with_url(), style="oscola", mode="notes", to="latex").output
    assert notes.count("\\footnote{") == 4
    assert "\\textless{}\\url{https://news.example.kr/segye?a=1&b=2}\\textgreater{}" in notes
    bib = engine.render(example_items(), style="apa", to="latex")
    assert bib.entries[0].text.startswith("Hong, J. (2023, February 7).")
    assert "\\emph{세계일보}" in bib.entries[0].text


def test_rtf_is_a_standalone_document_with_footnotes():
    output = engine.render(example_items(), style="oscola", mode="notes", to="rtf").output
    assert output.startswith("{\\rtf1")
    assert output.count("{\\*\\footnote") == 4
    assert "Chosun Media" in output


def test_docx_has_one_real_footnote_per_note():
    rendered = engine.render(example_items(), style="oscola", mode="notes", to="docx")
    assert isinstance(rendered.output, bytes)
    with zipfile.ZipFile(io.BytesIO(rendered.output)) as docx:
        footnotes = docx.read("word/footnotes.xml").decode("utf-8")
        document = docx.read("word/document.xml").decode("utf-8")
    assert document.count("<w:footnoteReference") == 4
    texts = [
        "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", note))
        for note in re.findall(r'<w:footnote w:id="\d+">(.*?)</w:footnote>', footnotes, re.S)
    ]
    assert [t.strip() for t in texts if "Kim" in t or "Hong" in t][0].startswith("J Hong, ‘美")
    assert rendered.entries[1].text.startswith("E Kim, ‘韓美")


def test_markdown_bibliography_entries():
    rendered = engine.render(example_items(), style="apa", to="markdown")
    assert rendered.output.split("\n\n")[0] == rendered.entries[0].text
    assert rendered.entries[0].text.endswith("*세계일보*.")


@pytest.mark.parametrize("to", ["text", "json", "html", "markdown", "latex", "rtf", "docx"])
def test_cli_writes_every_format(tmp_path, to):
    source = tmp_path / "items.json"
    source.write_text(json.dumps(example_items(), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / f"out.{to}"
    assert main(["format", str(source), "--style", "oscola", "--to", to, "-o", str(out)]) == 0
    data = out.read_bytes()
    if to == "docx":
        assert zipfile.is_zipfile(out)
    else:
        assert "Chosun Media" in data.decode("utf-8")


def test_cli_citations_option(tmp_path, capsys):
    source = tmp_path / "items.json"
    source.write_text(json.dumps(example_items(), ensure_ascii=False), encoding="utf-8")
    cites = tmp_path / "cites.md"
    cites.write_text("One [@seed_kim_e2023, p 4]. Two [@seed_kim_e2023, p 5].", encoding="utf-8")
    assert main(["format", str(source), "--style", "oscola", "--citations", str(cites)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "ibid 5."
    assert lines[0].endswith("Chosun Media (7 February 2023) 4.")


def test_cli_unknown_style_exits_2(tmp_path, capsys):
    source = tmp_path / "items.json"
    source.write_text(json.dumps(example_items()), encoding="utf-8")
    assert main(["format", str(source), "--style", "apaa"]) == 2
    assert "did you mean" in capsys.readouterr().err
