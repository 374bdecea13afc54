"""Parser problems a tester found on main, each pinned at its mechanism."""

from __future__ import annotations

import json

import pytest

from citekit.cli import main
from citekit.parse import parse_reference


def parse(raw: str) -> dict:
    return parse_reference(raw, item_id="q").item


def formatted(tmp_path, capsys, line: str, style: str) -> str:  # noqa: ANN001
    source = tmp_path / "refs.txt"
    source.write_text(line + "\n", encoding="utf-8")
    code = main(["format", "--to", "json", "-q", str(source), "--style", style])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)["entries"][0]["text"]


# 1. Statutes and cases are encoded as the shared render corpus encodes them.

@pytest.mark.parametrize(
    ("raw", "title", "year", "locator"),
    [("Human Rights Act 1998, s 3.", "Human Rights Act", 1998, "s 3"),
     ("Companies Act 2006, ss 171-177", "Companies Act", 2006, "ss 171-177"),
     ("Equality Act 2010", "Equality Act", 2010, None)],
)
def test_statute_year_is_issued_and_pinpoint_is_a_locator(
    raw: str, title: str, year: int, locator: str | None
) -> None:
    item = parse(raw)
    assert (item["type"], item["title"]) == ("legislation", title)
    assert item["issued"] == {"date-parts": [[year]]}
    assert "section" not in item
    assert item.get("custom", {}).get("locator") == locator


def test_statute_renders_its_year_once(tmp_path, capsys) -> None:  # noqa: ANN001
    line = "Human Rights Act 1998, s 3."
    assert formatted(tmp_path, capsys, line, "oscola").rstrip(".") == "Human Rights Act 1998"
    apa = formatted(tmp_path, capsys, line, "apa")
    assert "§" not in apa and apa.count("1998") == 1


@pytest.mark.parametrize(
    ("raw", "authority", "number"),
    [("R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5",
      "UKSC", "5"),
     ("Ghaidan v Godin-Mendoza [2004] UKHL 30", "UKHL", "30"),
     ("Smith v Jones [2019] EWCA Civ 12", "EWCA Civ", "12"),
     ("Smith v Jones [2020] EWHC 123 (Admin)", "EWHC", "123 (Admin)")],
)
def test_neutral_citation_gives_authority_and_number(
    raw: str, authority: str, number: str
) -> None:
    item = parse(raw)
    assert (item["type"], item["authority"], item["number"]) == ("legal_case", authority, number)
    assert "container-title" not in item and "page" not in item


def test_court_after_a_law_report_is_the_authority() -> None:
    item = parse("Donoghue v Stevenson [1932] AC 562 (HL)")
    assert (item["container-title"], item["page"], item["authority"]) == ("AC", "562", "HL")
    assert "authority" not in parse("Brown v. Board of Education, 347 U.S. 483 (1954)")


def test_cases_render_like_the_corpus(tmp_path, capsys) -> None:  # noqa: ANN001
    for line in ("Donoghue v Stevenson [1932] AC 562 (HL)",
                 "R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5"):
        assert formatted(tmp_path, capsys, line, "oscola").rstrip(".") == line


# 2. Korean judgments: court, number and date, no invented title.

def test_korean_judgment_has_no_invented_title() -> None:
    result = parse_reference("대법원 2019. 10. 30. 선고 2013다61381 판결", item_id="k")
    item = result.item
    assert item["type"] == "legal_case"
    assert (item["authority"], item["number"]) == ("대법원", "2013다61381")
    assert item["issued"] == {"date-parts": [[2019, 10, 30]]}
    assert "title" not in item
    assert result.ok  # a judgment is identified by court and number


def test_korean_judgment_keeps_its_conventional_case_name() -> None:
    item = parse("대법원 2018. 10. 30. 선고 2013다61381 전원합의체 판결 [손해배상(기)]")
    assert (item["title"], item["number"]) == ("손해배상(기)", "2013다61381")
    assert item["issued"] == {"date-parts": [[2018, 10, 30]]}


def test_korean_judgment_title_does_not_repeat_court_or_number(tmp_path, capsys) -> None:  # noqa: ANN001
    text = formatted(tmp_path, capsys, "대법원 2019. 10. 30. 선고 2013다61381 판결", "oscola")
    assert text.count("2013다61381") == 1 and text.count("대법원") == 1


# 4. References pasted with HTML: tags stripped and entities decoded before parsing.

PLAIN = 'Hong J, "美, 납북피해 계속 지원…" (세계일보, February 7, 2023) <> accessed February 8, 2023.'


@pytest.mark.parametrize(
    "html",
    [f"<p>{PLAIN}</p>", f"<li>{PLAIN}</li>", f"<p class=\"ref\">{PLAIN}<br/></p>",
     f"<ul><li> {PLAIN} </li></ul>"],
)
def test_html_wrapped_reference_parses_like_the_plain_one(html: str) -> None:
    plain, wrapped = parse_reference(PLAIN), parse_reference(html)
    assert wrapped.item == plain.item
    assert wrapped.item["author"] == [{"family": "Hong", "given": "J"}]
    assert [d.rule for d in wrapped.diagnostics] == ["url-empty"]
    column = wrapped.diagnostics[0].location.column
    assert html[column - 1: column + 1] == "<>"  # still points into what the user pasted


def test_inline_tags_and_entities_inside_a_reference() -> None:
    item = parse("<li>Smith, J. &amp; Lee, K. (2020). <i>Generic programming with List&lt;T&gt;</i>."
                 " Oxford: OUP.<br></li>")
    assert [a["family"] for a in item["author"]] == ["Smith", "Lee"]
    assert item["title"] == "Generic programming with List<T>"
    assert (item["publisher"], item["publisher-place"]) == ("OUP", "Oxford")


def test_url_brackets_and_angle_text_are_not_markup() -> None:
    item = parse("Smith J, <em>Title of the Book</em> (OUP 2010) <https://example.com/x>"
                 " accessed 1 May 2020")
    assert item["URL"] == "https://example.com/x"
    assert item["title"] == "Title of the Book"
    assert parse("Doe, J. (2019). Vector<T> in C++. Journal of Code, 3(2), 1-9.")["title"] == (
        "Vector<T> in C++")
