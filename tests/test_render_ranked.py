"""A bibliography rendered in runs of bounded size equals the one rendered in one run."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

import citekit

ranked = importlib.import_module("citekit.render.ranked")
styles = importlib.import_module("citekit.render.styles")

DATA = Path(__file__).parent / "data"


def same_author_items(count: int) -> list[dict]:
    """Books by one author (OSCOLA prints the dash for all but the first), one edited
    volume, and others, so that runs of the same names cross the runs' boundaries."""
    items = [
        {
            "id": f"shelton{index}",
            "type": "book",
            "author": [{"family": "Shelton", "given": "Dinah"}],
            "title": f"Remedies volume {index:02d}",
            "publisher": "OUP",
            "issued": {"date-parts": [[2000 + index]]},
        }
        for index in range(count)
    ]
    items.append({**items[0], "id": "edited", "author": [], "editor": items[0]["author"]})
    items += [
        {"id": f"other{index}", "type": "book", "author": [{"family": f"Zed{index}"}],
         "title": "Other", "issued": {"date-parts": [[1999]]}}
        for index in range(5)
    ]
    return items


@pytest.mark.parametrize("style", ["oscola", "oscola-manual"])
def test_runs_of_a_few_items_render_the_same_bibliography(monkeypatch, style):
    legal = json.loads((DATA / "legal_corpus.json").read_text(encoding="utf-8"))
    items = legal + same_author_items(12)
    whole = citekit.render(items, style=style)
    calls = []
    real = ranked.in_order

    def spy(*args, **options):
        calls.append(len(args[0]))
        return real(*args, **{**options, "size": 5})

    monkeypatch.setattr(importlib.import_module("citekit.render.engine"), "in_order", spy)
    chunked = citekit.render(items, style=style)
    assert calls == [len(items)]
    assert [(e.id, e.text) for e in chunked.entries] == [(e.id, e.text) for e in whole.entries]
    dashes = [e.text for e in chunked.entries if e.id.startswith("shelton")]
    assert len(dashes) == 12 and sum(text.startswith("——") for text in dashes) >= 11


def test_only_styles_whose_entries_do_not_depend_on_the_order_are_ranked():
    assert ranked.rankable(styles.resolve_style("oscola")) == "call-number"
    assert ranked.rankable(styles.resolve_style("apa")) is None  # year suffixes
    assert ranked.rankable(styles.resolve_style("ieee")) is None  # citation numbers


def test_ranked_items_carry_their_rank_and_keep_the_rest():
    items = [{"id": "a", "title": "A"}, {"id": "b"}, {"id": "c"}]
    copies = ranked.ranked_items(items, ["c", "a"], "call-number")
    assert [(c["id"], c["call-number"]) for c in copies] == [
        ("c", "000000000"), ("a", "000000001"), ("b", "000000002")
    ]
    assert copies[1]["title"] == "A" and "call-number" not in items[0]
