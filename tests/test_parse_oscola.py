"""OSCOLA forms: journal articles after a bracketed year, books with (Publisher Year),
newspapers, blogs, and romanised Korean names written family name first."""

from __future__ import annotations

from citekit.parse import parse_reference


def parse(raw: str) -> dict:
    return parse_reference(raw, item_id="o").item


def test_journal_article_with_round_year_volume_and_page() -> None:
    item = parse("Jeremy Waldron, 'The Core of the Case Against Judicial Review' (2006) 115 Yale LJ 1346")
    assert item["author"] == [{"family": "Waldron", "given": "Jeremy"}]
    assert item["title"] == "The Core of the Case Against Judicial Review"
    assert (item["volume"], item["container-title"], item["page"]) == ("115", "Yale LJ", "1346")
    assert item["type"] == "article-journal"


def test_square_year_single_quotes_and_nested_double_quotes() -> None:
    item = parse("Paul Craig, 'Theory, \"Pure Theory\" and Values in Public Law' [2005] PL 440")
    assert item["title"] == 'Theory, "Pure Theory" and Values in Public Law'
    assert item["issued"] == {"date-parts": [[2005]]}
    assert (item["container-title"], item["page"]) == ("PL", "440")


def test_romanised_korean_name_family_first_and_issue() -> None:
    item = parse("Kim Sung-soo, 'North Korean Refugees in China' (2015) 12(2) Korea Law Review 45")
    assert item["author"] == [{"family": "Kim", "given": "Sung-soo"}]
    assert (item["volume"], item["issue"], item["page"]) == ("12", "2", "45")


def test_book_with_publisher_and_year_in_parentheses() -> None:
    item = parse("Tom Bingham, The Rule of Law (Allen Lane 2010)")
    assert (item["type"], item["title"], item["publisher"]) == ("book", "The Rule of Law", "Allen Lane")
    assert item["issued"] == {"date-parts": [[2010]]}


def test_book_with_edition() -> None:
    item = parse("Timothy Endicott, Administrative Law (4th edn, OUP 2018)")
    assert (item["edition"], item["publisher"], item["type"]) == ("4", "OUP", "book")


def test_newspaper_with_place_url_and_access_date() -> None:
    item = parse("Choe Sang-Hun, 'North Korea Fires Missile' New York Times (New York, 5 March 2023) "
                 "<https://www.nytimes.com/2023/03/05/world/asia/nk.html> accessed 6 March 2023")
    assert item["author"] == [{"family": "Choe", "given": "Sang-Hun"}]
    assert (item["type"], item["container-title"]) == ("article-newspaper", "New York Times")
    assert item["issued"] == {"date-parts": [[2023, 3, 5]]}
    assert item["accessed"] == {"date-parts": [[2023, 3, 6]]}


def test_apostrophes_are_not_quotes() -> None:
    item = parse("O'Brien, P. (2001). The People's Court. Journal of Law, 3, 1-9.")
    assert item["author"] == [{"family": "O'Brien", "given": "P."}]
    assert item["title"] == "The People's Court"
