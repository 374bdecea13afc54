"""Match keys: DOIs, URLs and titles normalised so that variants of one record meet."""

from __future__ import annotations

import pytest
from library_helpers import article

from citekit.library.keys import fold, match_keys, normalize_doi, normalize_url


@pytest.mark.parametrize(
    "value",
    [
        "10.1234/ABC.5",
        "doi:10.1234/abc.5",
        "https://doi.org/10.1234/abc.5",
        "http://dx.doi.org/10.1234%2Fabc.5",
        "DOI: 10.1234/Abc.5.",
    ],
)
def test_doi_variants_normalise_alike(value: str) -> None:
    assert normalize_doi(value) == "10.1234/abc.5"


def test_not_a_doi() -> None:
    assert normalize_doi("https://example.com/10.12/x") is None
    assert normalize_doi(None) is None


@pytest.mark.parametrize(
    "value",
    [
        "https://www.news.example.kr/article/123?id=9",
        "http://news.example.kr/article/123/?id=9&utm_source=twitter&utm_medium=social",
        "https://NEWS.example.kr:443/article/123?fbclid=XYZ&id=9#comments",
        "https://m.news.example.kr/article/123?id=9&gclid=1",
    ],
)
def test_url_variants_normalise_alike(value: str) -> None:
    assert normalize_url(value) == "news.example.kr/article/123?id=9"


def test_meaningful_query_parameters_are_kept() -> None:
    assert normalize_url("https://a.kr/view?id=1") != normalize_url("https://a.kr/view?id=2")


def test_fold_meets_case_punctuation_and_mr_rr_spellings() -> None:
    assert fold("The Politics of Memory: Korea, 1945–1950.") == fold(
        "politics of memory korea 1945-1950"
    )
    assert fold("Pukhan ŭi inkwŏn") == fold("Bukhan ui ingwon")


def test_match_keys_cover_doi_url_and_title_blocks() -> None:
    item = article(
        "a",
        "A long enough title",
        DOI="https://doi.org/10.1234/X",
        URL="https://x.kr/a?utm_source=t",
    )
    kinds = dict(match_keys(item))
    assert kinds["doi"] == "10.1234/x"
    assert kinds["url"] == "x.kr/a"
    titles = [value for kind, value in match_keys(item) if kind == "title"]
    assert titles == ["2023:^longen", "2023:hdidle$"]  # folded: t→d
