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


KOREAN_REFERENCES = [
    'Hong J, "美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것" (세계일보, February 7, 2023)'
    " <https://www.segye.com/newsView/20230207512345> accessed February 8, 2023.",
    "김철수, 『한국 현대사의 이해』 (서울대학교출판부, 2019) 45.",
    "이영희·박민수, 「북한 인권과 국제법」, 『국제법학회논총』 제65권 제2호 (2020), 101-130면.",
    "대법원 2019. 5. 30. 선고 2016다12345 판결.",
]


@pytest.mark.parametrize("script", ["original", "romanized", "both"])
def test_presenting_korean_items_leaves_the_parsed_items_as_they_were(script):
    """Korean titles, outlets and names are romanized on copies (``lang.present``), which
    share the items' nested values: nothing nested may be changed in place."""
    items = [citekit.parse(text) for text in KOREAN_REFERENCES]
    for index, item in enumerate(items):
        item["id"] = f"k{index}"
    before = copy.deepcopy(items)
    for style in ("oscola", "apa"):
        rendered = citekit.render(items, style=style, script=script)
        assert len(rendered.entries) == len(items)
    assert items == before
