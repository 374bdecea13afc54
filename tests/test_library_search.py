"""Search: Korean inside compounds, Latin prefixes, romanized queries, filters."""

from __future__ import annotations

import pytest
from library_helpers import article, clear_caches, toy_romanizer_fixture  # noqa: F401

from citekit.library import Provenance, filters, open_library, romanizer

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


def test_romanized_query_finds_hangul_with_a_romanizer(tmp_path, toy_romanizer) -> None:
    with open_library(tmp_path / "lib.sqlite") as store:
        for key, title in TITLES.items():
            store.add(article(key, title), Provenance("x"))
        assert keys(store.search("napbuk")) == {"hong", "kim"}
        assert keys(store.search("pihae")) == {"hong"}  # inside napbukpihae
        assert keys(store.search("Napbuk gajok")) == {"kim"}
        assert keys(store.search("bukhan yeoksa")) == {"lee"}


def test_romanized_search_with_citekits_romanizer(tmp_path) -> None:
    lang = pytest.importorskip("citekit.lang")
    if not hasattr(lang, "romanize"):
        pytest.skip("citekit.lang has no romanize yet")
    with open_library(tmp_path / "lib.sqlite") as store:
        for key, title in TITLES.items():
            store.add(article(key, title), Provenance("x"))
        assert keys(store.search("napbuk")) == {"hong", "kim"}
        assert keys(store.search("bukhan")) == {"lee"}


def test_reindex_adds_romanized_text_to_an_older_index(
    tmp_path, monkeypatch, toy_romanizer
) -> None:
    monkeypatch.setattr(romanizer, "_romanizer", lambda: None)
    clear_caches()
    with open_library(tmp_path / "lib.sqlite") as store:
        store.add(article("hong", TITLES["hong"]), Provenance("x"))
    monkeypatch.setattr(romanizer, "_romanizer", lambda: toy_romanizer)
    clear_caches()
    with open_library(tmp_path / "lib.sqlite") as store:
        assert store.index_is_stale()
        assert keys(store.search("napbuk")) == set()
        store.reindex()
        assert not store.index_is_stale()
        assert keys(store.search("napbuk")) == {"hong"}
