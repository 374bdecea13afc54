"""Rendering never changes the caller's items, however deeply their fields nest."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

import citekit

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("style", ["oscola", "apa"])
@pytest.mark.parametrize("mode", ["bibliography", "notes"])
def test_render_leaves_the_callers_items_as_they_were(style, mode):
    items = json.loads((DATA / "legal_corpus.json").read_text(encoding="utf-8"))[:60]
    items += json.loads((DATA / "render_corpus_extra.json").read_text(encoding="utf-8"))[:60]
    before = copy.deepcopy(items)
    citekit.render(items, style=style, mode=mode)
    assert items == before
