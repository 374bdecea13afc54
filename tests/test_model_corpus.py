"""The training corpus generator: markers recover every field's exact span, templates label
their slots, and the cleaned string keeps one label per character."""

from __future__ import annotations

import random

import pytest

from training.corpus import example, squeezed
from training.csl_render import marked, render_batch
from training.facts import item
from training.informal import fill, slots
from training.labelled import OPEN, mark, plain, unmark


def _fields(pieces):
    return {field: text for text, field in pieces if field}


@pytest.mark.parametrize("style", ["apa", "modern-language-association", "ieee"])
def test_rendered_fields_are_recovered_exactly(style: str) -> None:
    facts = [
        {"id": "a", "type": "article-journal", "language": "en",
         "author": [{"family": "Fenwick", "given": "Alice", "script": "latin"}],
         "title": "Rivers of capital", "container-title": "Journal of Harbour Studies",
         "volume": "12", "issue": "3", "page": "45-67", "issued": [2011]},
        {"id": "b", "type": "book", "language": "ko",
         "author": [{"family": "윤", "given": "가람", "script": "ko"}],
         "title": "바다의 기억", "publisher": "푸른숲길", "publisher-place": "서울",
         "issued": [2019]},
    ]
    rng = random.Random(0)
    got = render_batch([marked(f, rng) for f in facts], style)
    journal, book = (_fields(p) for p in got)
    assert journal["title"] == "Rivers of capital" or journal["title"] == "Rivers of Capital"
    assert journal["container-title"] == "Journal of Harbour Studies"
    assert journal["volume"] == "12" and journal["issued"] == "2011"
    assert journal["page"].replace("–", "-") == "45-67"
    assert "Fenwick" in journal["author"]
    assert book["title"] == "바다의 기억" and book["publisher"] == "푸른숲길"
    assert book["author"] == "윤가람"
    for pieces in got:  # nothing outside the marked spans carries a field's value
        outside = "".join(t for t, f in pieces if f is None)
        assert "푸른숲길" not in outside and "Harbour Studies" not in outside


def test_unmark_rejects_broken_markers() -> None:
    assert unmark(OPEN["title"] + "Half a title") is None
    assert unmark(mark("title", "A") + mark("page", "1-2")) == [("A", "title"), ("1-2", "page")]


def test_names_joined_with_their_separators() -> None:
    pieces = unmark(mark("author", "Kim, M.") + ", & " + mark("author", "Lee, S.") + " et al. "
                    + mark("title", "T"))
    assert pieces[0] == ("Kim, M., & Lee, S. et al.", "author")


def test_template_slots_are_labelled() -> None:
    rng = random.Random(3)
    it = {"id": "x", "type": "article-newspaper", "language": "ko",
          "author": [{"family": "배", "given": "도윤", "script": "ko"}], "title": "폭염 경보",
          "container-title": "강원신문", "issued": [2023, 8, 7],
          "URL": "https://kw.example.kr/a/1"}
    v = slots(it, rng)
    pieces = fill("{title} - {container-title} ({issued-dots}) {URL}", v)
    assert _fields(pieces)["container-title"] == "강원신문"
    assert _fields(pieces)["URL"] == "https://kw.example.kr/a/1"
    assert plain(pieces).startswith("폭염 경보 - 강원신문 (2023")
    assert fill("{title} {DOI}", v) is None  # a missing slot drops the template
    assert fill("{title}⟦ {DOI}⟧", v) == [("폭염 경보", "title")]


def test_cleaned_string_keeps_a_label_per_character() -> None:
    text, owners = squeezed([("  Kim", "author"), ("  ,  ", None), ("Title  here", "title")])
    assert text == "Kim , Title here"
    assert len(owners) == len(text) and owners[0] == "author" and owners[-1] == "title"
    ex = example([("[PDF] ", "note"), ("Title", "title"), (" - ", None), ("Journal", "container-title")],
                 "article-journal")
    assert ex.labels == ["note", "note", "note", "title", "O", "container-title"]


def test_items_are_seeded() -> None:
    rng, other = random.Random(5), random.Random(5)
    first = [item(rng, i) for i in range(20)]
    again = [item(other, i) for i in range(20)]
    assert first == again
    assert {"article-journal", "book"} <= {i["type"] for i in first}
