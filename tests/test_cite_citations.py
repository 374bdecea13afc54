"""Finding pandoc citations in Markdown and writing their locators as pandoc reads them."""

from __future__ import annotations

from citekit.documents import keyed_items
from citekit.documents.citations import cited_keys, normalise_locators


def test_keys_are_found_with_their_lines() -> None:
    markdown = (
        "Claim [@hong2023]. Then [@kim2023a, p 3; @hra1998, s 4].\n"
        "Mail me@example.org or see -@smith2020.\n"
        "```\n@not-a-citation\n```\n"
        "As @kim2023b says, and @{odd:key}.\n"
    )
    assert cited_keys(markdown) == [
        ("hong2023", 1),
        ("kim2023a", 1),
        ("hra1998", 1),
        ("smith2020", 2),
        ("kim2023b", 6),
        ("odd:key", 6),
    ]


def test_locator_labels_become_forms_pandoc_recognises() -> None:
    text = "[@kim2023a, p 3] [@kim2023a, pp 3-5] [@hra1998, s 4] [@x, para 12] [@y, 7]"
    assert normalise_locators(text) == (
        "[@kim2023a, p. 3] [@kim2023a, pp. 3-5] [@hra1998, § 4] [@x, para. 12] [@y, 7]"
    )
    assert normalise_locators("a p 3 outside a citation") == "a p 3 outside a citation"


def test_items_are_cited_by_their_keys() -> None:
    items = [
        {"id": "ref1", "author": [{"family": "Hong"}], "issued": {"date-parts": [[2023]]}},
        {"id": "ref2", "author": [{"family": "Kim"}], "issued": {"date-parts": [[2023]]}},
        {"id": "ref3", "author": [{"family": "Kim"}], "issued": {"date-parts": [[2023]]}},
        {"id": "own", "citation-key": "hra1998", "title": "Human Rights Act 1998"},
    ]
    assert [item["id"] for item in keyed_items(items)] == [
        "hong2023",
        "kim2023a",
        "kim2023b",
        "hra1998",
    ]
    assert items[0]["id"] == "ref1"
