"""The issue-2 example references rendered to exactly the strings citeproc-js gives."""

from __future__ import annotations

import importlib
import json

import pytest
from seed_items import example_items

from citekit.errors import StyleError

engine = importlib.import_module("citekit.render")

OSCOLA_BIB = [
    "Hong J, ‘美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것’ 세계일보 (7 February 2023)",
    "Kim E, ‘韓美, 납북자 가족 공동 면담… “北인권 싸움서 지지 않겠다”’ Chosun Media"
    " (7 February 2023)",
]
OSCOLA_FIRST_NOTE = (
    "J Hong, ‘美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것’ 세계일보 (7 February 2023)."
)
APA_BIB_HONG = (
    "Hong, J. (2023, February 7)."
    " 美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것. 세계일보."
)
APA_CITES = ["(Hong, 2023)", "(E. Kim, 2023)", "(S. Kim, 2023)", "(Y. Kim, 2023)"]


def test_oscola_bibliography_entries():
    rendered = engine.render(example_items(), style="oscola")
    texts = {entry.id: entry.text for entry in rendered.entries}
    assert texts["seed_hong2023"] == OSCOLA_BIB[0]
    assert texts["seed_kim_e2023"] == OSCOLA_BIB[1]
    assert rendered.output.splitlines()[:2] == OSCOLA_BIB


def test_oscola_first_footnote():
    rendered = engine.render(example_items(), style="oscola", mode="notes")
    assert rendered.entries[0] == engine.Entry("seed_hong2023", OSCOLA_FIRST_NOTE)
    assert [entry.id for entry in rendered.entries] == [item["id"] for item in example_items()]


def test_apa_bibliography_and_citations():
    bib = engine.render(example_items(), style="apa")
    assert bib.entries[0].text == APA_BIB_HONG
    cites = engine.render(example_items(), style="apa", mode="citations")
    assert [entry.text for entry in cites.entries] == APA_CITES
    assert cites.output == "".join(cite + "\n" for cite in APA_CITES)


def test_json_output_shape():
    rendered = engine.render(example_items(), style="apa", mode="citations", to="json")
    data = json.loads(rendered.output)
    assert data["style"] == "apa" and data["mode"] == "citations"
    assert data["entries"][1] == {"id": "seed_kim_e2023", "text": "(E. Kim, 2023)"}


def test_html_output_marks_up_entries():
    rendered = engine.render(example_items(), style="oscola", to="html")
    assert '<div id="ref-seed_hong2023" class="csl-entry"' in rendered.output
    assert "<em>세계일보</em>" in rendered.entries[0].text


def test_markdown_output_keeps_typographic_quotes():
    rendered = engine.render(example_items(), style="oscola", to="markdown")
    assert rendered.entries[0].text == (
        "Hong J, ‘美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것’ *세계일보*"
        " (7 February 2023)"
    )


def test_unknown_style_suggests_close_ids():
    with pytest.raises(StyleError, match="oscola"):
        engine.render(example_items(), style="oscolla")
