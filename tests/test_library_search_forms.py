"""Issue 14: library search finds romanized names (every system), McCune-Reischauer
queries, and treats a year in the query as a filter."""

from __future__ import annotations

import pytest

from citekit.library import Provenance, open_library
from citekit.model import make_date

ITEMS = [
    {"id": "cheolsu", "type": "book", "title": "북한 인권 보고서", "issued": make_date(2023),
     "author": [{"family": "김", "given": "철수"}]},
    {"id": "jiyoung", "type": "book", "title": "납북자 가족의 기억", "issued": make_date(2021),
     "author": [{"family": "이", "given": "지영"}]},
    {"id": "daejung", "type": "book", "title": "통일의 길", "issued": make_date(2019),
     "author": [{"family": "金", "given": "大中"}]},
    {"id": "korea23", "type": "article-journal", "title": "Korea and the United Nations",
     "issued": make_date(2023), "author": [{"family": "Smith", "given": "Anne"}]},
    {"id": "korea20", "type": "article-journal", "title": "Korea after the War",
     "issued": make_date(2020), "author": [{"family": "Jones", "given": "Bo"}]},
]  # fmt: skip


@pytest.fixture
def store(tmp_path):
    with open_library(tmp_path / "lib.sqlite") as opened:
        for item in ITEMS:
            opened.add(item, Provenance("x.json"))
        yield opened


def keys(found) -> set[str]:
    return {stored.key for stored in found}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kim Cheolsu", {"cheolsu"}),  # RR name
        ("Kim Cheol-su", {"cheolsu"}),  # passport spelling, hyphenated
        ("Kim Ch'ŏl-su", {"cheolsu"}),  # ALA-LC / McCune-Reischauer
        ("Kim Cholsu", {"cheolsu"}),  # MR without its marks
        ("Lee Jiyoung", set()),  # a spelling no system gives is not invented
        ("Yi Chi-yŏng", {"jiyoung"}),
        ("Lee Ji-yeong", {"jiyoung"}),
        ("Kim Dae-jung", {"daejung"}),  # a Hanja name, read first
    ],
)
def test_romanized_names(store, query: str, expected: set[str]) -> None:
    assert keys(store.search(query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nappukcha", {"jiyoung"}),  # MR of 납북자
        ("Pukhan in'gwŏn", {"cheolsu"}),
        ("pukhan ingwon", {"cheolsu"}),
        ("bukhan ingwon", {"cheolsu"}),  # RR still works
        ("t'ongirŭi kil", {"daejung"}),
    ],
)
def test_mccune_reischauer_queries(store, query: str, expected: set[str]) -> None:
    assert keys(store.search(query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("korea 2023", {"korea23"}),
        ("korea", {"korea23", "korea20"}),
        ("2023", {"korea23", "cheolsu"}),
        ("bukhan 2023", {"cheolsu"}),
        ("bukhan 2020", set()),
    ],
)
def test_a_year_is_a_filter(store, query: str, expected: set[str]) -> None:
    assert keys(store.search(query)) == expected
