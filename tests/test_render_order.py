"""Bibliography order: pandoc sorts an empty macro key first; CSL and citeproc-js last."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from citekit.render import render
from citekit.render.order import empty_keys_last, parse_keys

LEGAL = [
    {
        "id": "case",
        "type": "legal_case",
        "title": "Donoghue v Stevenson",
        "container-title": "AC",
        "volume": "1932",
        "page": "562",
        "authority": "HL",
        "issued": {"date-parts": [[1932]]},
    },
    {
        "id": "statute",
        "type": "legislation",
        "title": "Human Rights Act",
        "issued": {"date-parts": [[1998]]},
    },
    {
        "id": "treaty_b",
        "type": "treaty",
        "title": "International Covenant on Civil and Political Rights",
        "issued": {"date-parts": [[1966, 12, 16]]},
    },
    {
        "id": "treaty_a",
        "type": "treaty",
        "title": "International Convention for the Protection"
        " of All Persons from Enforced Disappearance",
        "issued": {"date-parts": [[2006, 12, 20]]},
    },
    {
        "id": "book",
        "type": "book",
        "author": [{"family": "Smith", "given": "Eleanor"}],
        "title": "International human rights law",
        "issued": {"date-parts": [[2020]]},
    },
]
# citeproc-js (and so the official style): a treaty's title is its author key; oscola-manual
# lists cases, legislation and treaties by title (OSCOLA 1.6.2-1.6.3, docs/legal.md)
EXPECTED = {
    "oscola": ["book", "treaty_a", "treaty_b", "case", "statute"],
    "oscola-manual": ["book", "case", "statute", "treaty_a", "treaty_b"],
}
MARKERS = {"book": "Smith", "case": "Donoghue", "statute": "Human Rights Act",
           "treaty_a": "Convention", "treaty_b": "Covenant"}


@pytest.mark.parametrize("style", sorted(EXPECTED))
def test_oscola_lists_legal_sources_after_secondary_ones(style):
    assert [entry.id for entry in render(LEGAL, style=style).entries] == EXPECTED[style]


@pytest.mark.parametrize("style", sorted(EXPECTED))
def test_word_bibliography_in_the_same_order(style):
    output = render(LEGAL, style=style, to="docx").output
    with zipfile.ZipFile(io.BytesIO(output)) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    positions = [text.index(MARKERS[key]) for key in EXPECTED[style]]
    assert positions == sorted(positions)


def test_empty_keys_last_moves_only_within_ties():
    keys = {
        "a": ["0", "Smith"],
        "b": ["1", ""],
        "c": ["1", "Treaty"],
        "d": ["1", ""],
        "e": ["2", ""],
    }
    assert empty_keys_last(["a", "b", "d", "c", "e"], keys, ["macro", "macro"]) == [
        "a",
        "c",
        "b",
        "d",
        "e",
    ]
    # a variable key that is empty is already last in pandoc: left alone
    assert empty_keys_last(["b", "c"], keys, ["macro", "variable"]) == ["b", "c"]


def test_parse_keys():
    assert parse_keys("§k0§1§k1§§k2§1932", 4) == ["1", "", "1932", ""]


def test_key_styles_keep_only_the_macros_they_call():
    from citekit.render.order import unused_macros_dropped

    text = (
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">'
        '<macro name="sorted"><text macro="inner"/></macro>'
        '<macro name="inner"><text variable="title"/></macro>'
        '<macro name="printed"><text variable="author"/></macro>'
        '<macro name="unused"><text macro="inner"/></macro>'
        '<macro name="also-unused"><text variable="URL"/></macro>'
        '<citation><layout><text macro="printed"/></layout></citation>'
        '<bibliography><sort><key macro="sorted"/></sort>'
        '<layout><text variable="id"/></layout></bibliography></style>'
    )
    kept = re.findall(r'<macro name="([^"]+)"', unused_macros_dropped(text))
    assert kept == ["sorted", "inner", "printed"]


def test_a_quiet_key_style_prints_only_ids():
    from citekit.render.order import key_text
    from citekit.render.styles import resolve_style

    quiet = key_text(resolve_style("oscola"), quiet=True)
    layout = re.search(r"<bibliography\b.*?(<layout\b.*?</layout>)", quiet, re.S).group(1)
    assert re.findall(r"<text [^>]*>", layout) == ['<text variable="id" />']
    assert "citekit-renders-" in quiet  # its sort still puts empty keys last
