"""Cases and statutes in OSCOLA and Korean forms."""

from __future__ import annotations

import pytest

from citekit.parse import parse_reference


def parse(raw: str) -> dict:
    return parse_reference(raw, item_id="l").item


def test_oscola_case_with_law_report() -> None:
    item = parse("Donoghue v Stevenson [1932] AC 562 (HL)")
    assert item["type"] == "legal_case"
    assert item["title"] == "Donoghue v Stevenson"
    assert item["issued"] == {"date-parts": [[1932]]}
    assert (item["container-title"], item["page"]) == ("AC", "562")


def test_us_case_with_volume() -> None:
    item = parse("Brown v. Board of Education, 347 U.S. 483 (1954).")
    assert item["type"] == "legal_case"
    assert (item["title"], item["volume"], item["page"]) == ("Brown v. Board of Education", "347", "483")
    assert item["issued"] == {"date-parts": [[1954]]}


def test_korean_supreme_court_judgment() -> None:
    item = parse("대법원 2019. 5. 30. 선고 2016다12345 판결")
    assert item["type"] == "legal_case"
    assert item["authority"] == "대법원"
    assert item["number"] == "2016다12345"
    assert item["issued"] == {"date-parts": [[2019, 5, 30]]}


@pytest.mark.parametrize(
    ("raw", "title", "locator"),
    [("Human Rights Act 1998, s 3", "Human Rights Act", "s 3"),
     ("「난민법」 제2조", "난민법", "제2조")],
)
def test_statutes(raw: str, title: str, locator: str) -> None:
    item = parse(raw)
    assert (item["type"], item["title"], item["custom"]["locator"]) == (
        "legislation", title, locator)
    assert "section" not in item


@pytest.mark.parametrize(
    "raw",
    ["Kim J, 'Lee v Park and the courts' (Korea Times, 3 May 2021)",
     "Smith, J. (2000). Roe v. Wade revisited. Law Journal, 3, 1-5."],
)
def test_a_v_inside_an_ordinary_title_is_not_a_case(raw: str) -> None:
    assert parse(raw)["type"] != "legal_case"
