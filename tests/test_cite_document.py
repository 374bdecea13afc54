"""citekit cite on the sample article: OSCOLA footnotes in Word, HTML and Markdown output."""

from __future__ import annotations

import html
import json
import re
import zipfile
from xml.etree import ElementTree

from conftest import EXAMPLES

from citekit.cli import main

ARTICLE = str(EXAMPLES / "article-cite.md")
REFS = str(EXAMPLES / "article-refs.bib")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OSCOLA_NOTES = [
    "J Hong, ‘美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것’ 세계일보 (7 February 2023).",
    "ibid.",
    "E Kim, ‘韓美, 납북자 가족 공동 면담… “北인권 싸움서 지지 않겠다”’ Chosun Media (7 February 2023) 2.",
    "S Kim, ‘납북자 가족만난 美국무 부차관보 “北 인권싸움서 물러서지 않을 것”’ 서울경제 (7 February 2023).",
    "Y Kim, ‘미한 고위관리, 납북·억류자 가족 만나 지원 약속…“북한인권 싸움서 후퇴 안 해”’ Voa Korea (7 February 2023).",
    "Kim, ‘韓美, 납북자 가족 공동 면담… “北인권 싸움서 지지 않겠다”’ (n 3); Kim, ‘미한 고위관리, 납북·억류자 가족 만나 지원 약속…“북한인권 싸움서 후퇴 안 해”’ (n 5).",
    "Hong (n 1) 3.",
    "Donoghue v Stevenson [1932] AC 562 (HL) 580.",
    "Human Rights Act 1998 s 3.",  # the official style (oscola-manual: OSCOLA 2.4.2's comma)
    "‘납북자 가족만난 美국무 부차관보 “北 인권싸움서 물러서지 않을 것”’ (n 4).",
]


def docx_footnotes(path) -> list[str]:
    """The text of each real footnote in a .docx, separators left out."""
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/footnotes.xml"))
    notes = []
    for note in root.iter(f"{W}footnote"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator"):
            continue
        text = "".join(node.text or "" for node in note.iter(f"{W}t"))
        notes.append(" ".join(text.split()))
    return notes


def test_docx_has_the_oscola_footnotes(tmp_path) -> None:
    out = tmp_path / "article.docx"
    assert main(["cite", ARTICLE, "--bib", REFS, "--style", "oscola", "-o", str(out)]) == 0
    assert docx_footnotes(out) == OSCOLA_NOTES
    with zipfile.ZipFile(out) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert body.count("<w:footnoteReference") == len(OSCOLA_NOTES)
    text = re.sub(r"<[^>]+>", "", body)
    assert "Bibliography" in text
    assert "Hong J, ‘美, 납북피해 계속 지원" in text
    assert text.count("Hong J, ‘美") == 1 and "citekit-twin" not in body


def test_docx_notes_are_the_render_engines_notes(tmp_path) -> None:
    from citekit import lang, read
    from citekit.documents import keyed_items
    from citekit.documents.citations import normalise_locators
    from citekit.render import render_citations

    items = keyed_items(read(REFS).items)
    article = (EXAMPLES / "article-cite.md").read_text("utf-8")
    body = normalise_locators(article.split("---\n", 2)[2])
    engine = render_citations(lang.present(items, style="oscola"), body, style="oscola")
    out = tmp_path / "article.docx"
    assert main(["cite", ARTICLE, "--bib", REFS, "-o", str(out)]) == 0
    uncapitalised = [text[:1].lower() + text[1:] for text in docx_footnotes(out)]
    assert uncapitalised == [e.text[:1].lower() + e.text[1:] for e in engine.entries]


def test_informal_reference_list_gets_keys_and_is_cited(tmp_path, capsys) -> None:
    article = tmp_path / "a.md"
    article.write_text("One [@hong2023]. Two [@kim2023a, p 3]. Three [@kim2023c].\n", "utf-8")
    out = tmp_path / "a.docx"
    assert main(["cite", str(article), "--bib", str(EXAMPLES / "refs.txt"), "-o", str(out)]) == 0
    assert "error" not in capsys.readouterr().err
    notes = docx_footnotes(out)
    assert notes[0].startswith("J Hong, ‘美, 납북피해 계속 지원")
    assert notes[1].startswith("E Kim, ‘韓美") and notes[1].endswith(" 3.")
    assert notes[2].startswith("Y Kim, ‘미한 고위관리")


def test_html_and_markdown_carry_the_same_notes(tmp_path) -> None:
    html = tmp_path / "article.html"
    assert main(["cite", ARTICLE, "--bib", REFS, "-o", str(html)]) == 0
    page = html.read_text("utf-8")
    assert "<title>" in page and 'id="refs"' in page
    assert len(re.findall(r'<li id="fn\d+"', page)) == len(OSCOLA_NOTES)
    markdown = tmp_path / "article.md"
    assert main(["cite", ARTICLE, "--bib", REFS, "-o", str(markdown)]) == 0
    notes = re.findall(r"^\[\^(\d+)\]: (.+(?:\n {4}.+)*)", markdown.read_text("utf-8"), re.M)
    flattened = [" ".join(text.replace("*", "").replace("\\", "").split()) for _, text in notes]
    assert flattened == OSCOLA_NOTES


def test_apa_cites_in_text_and_lists_references(tmp_path, capsys) -> None:
    assert main(["cite", ARTICLE, "--bib", REFS, "--style", "apa", "--to", "md"]) == 0
    out = capsys.readouterr().out
    assert "(Hong, 2023)" in out
    assert "(E. Kim, 2023, p. 2)" in out
    assert "S. Kim (2023) says" in " ".join(out.split())
    assert "# References" in out
    assert "[^" not in out


def test_unknown_keys_are_reported_by_line_and_the_document_still_written(tmp_path, capsys) -> None:
    article = tmp_path / "a.md"
    article.write_text("Known [@hong2023].\n\nUnknown [@nobody1999].\n", "utf-8")
    out = tmp_path / "a.docx"
    assert main(["cite", str(article), "--bib", REFS, "-o", str(out)]) == 1
    assert f"{article}:3: error: no reference with the key 'nobody1999'" in capsys.readouterr().err
    assert docx_footnotes(out)[0].startswith("J Hong")


def test_pdf_is_a_usage_error(tmp_path, capsys) -> None:
    assert main(["cite", ARTICLE, "--bib", REFS, "-o", str(tmp_path / "a.pdf")]) == 2
    assert ".docx" in capsys.readouterr().err


def test_korean_names_in_an_apa_bibliography_match_citeproc_js(shared, tmp_path) -> None:
    corpus = shared / "render" / "corpus.json"
    reference = json.loads((shared / "render" / "reference" / "apa.json").read_text("utf-8"))
    article = tmp_path / "k.md"
    article.write_text("A [@news_lee_jiyoung2022]. B [@art_ko_park2022].\n", "utf-8")
    out = tmp_path / "k.html"
    assert main(["cite", str(article), "--bib", str(corpus), "--style", "apa", "-o", str(out)]) == 0
    blocks = re.findall(r'class="csl-entry"[^>]*>(.*?)</div>', out.read_text("utf-8"), re.S)
    entries = [" ".join(html.unescape(re.sub(r"<[^>]+>", "", b)).split()) for b in blocks]
    wanted = [reference["items"][key]["bib"] for key in ("art_ko_park2022", "news_lee_jiyoung2022")]
    assert entries == wanted
