"""De-duplication: which records are one work, and merges that lose nothing."""

from __future__ import annotations

import pytest
from library_helpers import article

from citekit.library import apply_merges, find_duplicates, import_items, open_library, same_work

BASE = article("a", "Memory and Abduction in Divided Korea", 2020, DOI="10.1234/mem.1")


@pytest.mark.parametrize(
    ("other", "reason"),
    [
        (article("b", "Something else", 2020, DOI="https://doi.org/10.1234/MEM.1"), "same DOI"),
        (article("b", "MEMORY AND ABDUCTION IN DIVIDED KOREA.", 2020), "similar title"),
        (article("b", "Memory & Abduction in Divided Korea", 2020), "similar title"),
        (
            article("b", "memory and abduction, in divided Korea", 2020, family="KIM"),
            "similar title",
        ),
        (
            article("b", "Memory and Abduction in Divided Korea: Families Apart", 2020),
            "same title without",
        ),
        (
            article("b", "Memory and Abduction in Divided Korea — Families", 2020),
            "same title without",
        ),
    ],
)
def test_same_work(other, reason: str) -> None:
    base = dict(BASE) if "DOI" in other else {k: v for k, v in BASE.items() if k != "DOI"}
    assert (same_work(base, other) or "").startswith(reason)


@pytest.mark.parametrize(
    "other",
    [
        article("b", "Memory and Abduction in Divided Korea", 2020, DOI="10.1234/other"),
        article("b", "Memory and Abduction in Divided Korea", 2021),  # another edition
        article("b", "Memory and Abduction in Divided Korea", 2020, family="Park"),
        article("b", "Memory and Abduction in Divided Korea 2", 2020),  # a second part
        article("b", "Memory and Absence in Divided Germany", 2020),
    ],
)
def test_not_same_work(other) -> None:
    assert same_work(BASE, other) is None


def test_a_short_main_title_does_not_stand_for_its_work() -> None:
    assert same_work(article("a", "Korea"), article("b", "Korea: A New History")) is None


def test_same_url_despite_tracking_parameters() -> None:
    a = {"id": "a", "title": "납북자 가족 면담", "URL": "https://news.example.kr/a/1?utm_source=x"}
    b = {"id": "b", "title": "납북자 가족 면담!", "URL": "http://www.news.example.kr/a/1/"}
    assert same_work(a, b) == "same URL news.example.kr/a/1"


def test_hangul_and_romanized_titles_match() -> None:
    hangul = article("a", "북한의 인권 역사", 2019, family="김")
    romanized = article("b", "Pukhan ŭi inkwŏn yŏksa", 2019, family="Kim")
    assert (same_work(hangul, romanized) or "").startswith("similar title")


def test_dedupe_finds_and_merges_keeping_every_field(tmp_path) -> None:
    first = article("kim2020", "Memory and Abduction in Divided Korea", 2020, page="1-20")
    second = article("kim2020b", "Memory and abduction in divided Korea", 2020, volume="7",
                     page="1–20", custom={"note-ko": "메모"})  # fmt: skip
    unrelated = article("lee2020", "Something Completely Different", 2020)
    with open_library(tmp_path / "lib.sqlite") as store:
        report = import_items(store, [(first, None), (second, None), (unrelated, None)], "x.json")
        assert [d["reason"][:13] for d in report.duplicates] == ["similar title"]
        candidates = find_duplicates(store)
        assert [(c.keep, c.drop) for c in candidates] == [(1, 2)]
        merges = apply_merges(store, candidates)
        assert merges[0]["keep"] == "kim2020" and merges[0]["conflicts"] == ["page", "title"]
        assert store.count() == 2
        merged = store.find("kim2020")
        assert merged.item["volume"] == "7"
        assert merged.item["custom"] == {"note-ko": "메모"}
        assert merged.item["page"] == "1-20"
        history = store.history(merged.rowid)
        assert [entry.action for entry in history] == ["merge", "merged-away"]
        assert history[0].note["conflicts"]["page"] == ["1-20", "1–20"]
        assert history[1].before["id"] == "kim2020b"
        assert len(store.provenance(merged.rowid)) == 2
        assert find_duplicates(store) == []


def test_chains_of_duplicates_merge_into_the_oldest(tmp_path) -> None:
    copies = [article(f"k{n}", "Memory and Abduction in Divided Korea", 2020) for n in range(3)]
    copies[2]["DOI"] = "10.1234/x"
    with open_library(tmp_path / "lib.sqlite") as store:
        import_items(store, [(item, None) for item in copies], "x.json")
        apply_merges(store, find_duplicates(store))
        assert [s.key for s in store.select()] == ["k0"]
        assert store.find("k0").item["DOI"] == "10.1234/x"
