"""Search: Korean inside compounds, Latin prefixes, romanized queries, filters."""

from __future__ import annotations

import pytest
from library_helpers import article

from citekit.library import Provenance, filters, open_library

TITLES = {
    "hong": "美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것",
    "kim": "납북자 가족만난 美국무 부차관보",
    "lee": "북한의 역사",
    "smith": "Abduction and Human Rights in East Asia",
}


@pytest.fixture
def store(tmp_path):
    with open_library(tmp_path / "lib.sqlite") as opened:
        for key, title in TITLES.items():
            opened.add(article(key, title, family=key.title()), Provenance("x"), tags=[key[0]])
        yield opened


def keys(found) -> set[str]:
    return {stored.key for stored in found}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("납북", {"hong", "kim"}),
        ("납북피해", {"hong"}),
        ("피해", {"hong"}),  # inside a compound: no word boundary in Korean
        ("인권싸움", {"hong"}),
        ("북", {"hong", "kim", "lee"}),  # one syllable
        ("北", {"hong"}),
        ("납북 가족", {"kim"}),  # every term must match
        ("human", {"smith"}),
        ("abduct", {"smith"}),  # Latin words match by prefix
        ("HUMAN rights", {"smith"}),
        ("Smith", {"smith"}),  # names are searched too
        ("피해북", set()),  # the syllables must be adjacent, in order
        ("zzz", set()),
    ],
)
def test_search(store, query: str, expected: set[str]) -> None:
    assert keys(store.search(query)) == expected


@pytest.mark.parametrize("query", ['"', "AND", "(납북", "a* OR", "NEAR(x y)", "---", ""])
def test_query_syntax_never_breaks_search(store, query: str) -> None:
    assert isinstance(store.search(query), list)


def test_search_with_filters_and_limit(store) -> None:
    assert keys(store.search("납북", filters(tag="k"))) == {"kim"}
    assert len(store.search("북", limit=2)) == 2


def test_updated_and_removed_items_are_reindexed(store) -> None:
    kim = store.find("kim")
    store.update(kim.rowid, article("kim", "완전히 다른 제목"), "edit", {})
    assert keys(store.search("납북")) == {"hong"}
    assert keys(store.search("제목")) == {"kim"}
    store.remove(kim.rowid, "delete", {}, into=None)
    assert keys(store.search("제목")) == set()


def test_romanized_query_finds_hangul(tmp_path) -> None:
    with open_library(tmp_path / "lib.sqlite") as store:
        for key, title in TITLES.items():
            store.add(article(key, title), Provenance("x"))
        assert keys(store.search("napbuk")) == {"hong", "kim"}
        assert keys(store.search("pihae")) == {"hong"}  # inside napbukpihae
        assert keys(store.search("Napbukja")) == {"kim"}
        assert keys(store.search("napbuk ingwon")) == {"hong"}  # every word must match
        assert keys(store.search("bukhan yeoksa")) == {"lee"}


def test_hanja_is_found_by_its_hangul_reading(store) -> None:
    assert keys(store.search("북과의")) == {"hong"}  # the title writes 北과의
    assert keys(store.search("미국무")) == {"kim"}  # 美국무


def test_reindex_rebuilds_the_search_index(store) -> None:
    store.conn.execute("DELETE FROM search_words")
    store.conn.execute("DELETE FROM search_roman")
    assert keys(store.search("납북")) == set()
    store.reindex()
    assert keys(store.search("납북")) == {"hong", "kim"}
    assert keys(store.search("napbuk")) == {"hong", "kim"}


def test_hangul_query_finds_a_romanized_title(store) -> None:
    store.add(article("cat", "Napbukja gajok ui gieok", family="Kim"), Provenance("x"))
    assert keys(store.search("납북자")) == {"kim", "cat"}
    assert [s.key for s in store.search("납북자")][-1] == "cat"  # script matches come first
