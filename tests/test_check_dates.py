"""Access-date, impossible and ambiguous date rules: failing and passing cases."""

from __future__ import annotations

import datetime

import pytest
from check_support import rules_of, run, run_items

from citekit.check.datefind import find_dates
from citekit.check.options import stale_cutoff
from citekit.errors import UsageError

WEB = "Lee S, 'Page' (Example, {issued}) <https://example.org/p> {accessed}"


def test_access_date_missing_for_online_source_in_oscola():
    [finding] = rules_of(
        run(WEB.format(issued="7 February 2023", accessed="")), "access-date-missing"
    )
    assert "OSCOLA" in finding.message
    ok = WEB.format(issued="7 February 2023", accessed="accessed 8 February 2023")
    assert rules_of(run(ok), "access-date-missing") == []


def test_access_date_not_needed_without_url():
    assert rules_of(run("Lee S, Book Title (Publisher 2019)"), "access-date-missing") == []


def test_apa_needs_access_date_only_for_pages_meant_to_change():
    undated = [
        {"id": "w", "type": "webpage", "title": "Live page", "URL": "https://example.org/live"}
    ]
    dated = [
        dict(undated[0], id="n", type="article-newspaper", issued={"date-parts": [[2023, 2, 7]]})
    ]
    assert len(rules_of(run_items(undated, style="apa"), "access-date-missing")) == 1
    assert rules_of(run_items(dated, style="apa"), "access-date-missing") == []


def test_access_date_in_the_future():
    text = WEB.format(issued="7 February 2023", accessed="accessed 8 February 2027")
    [finding] = rules_of(run(text), "access-date-future")
    assert text[finding.location.column - 1 :].startswith("8 February 2027")
    ok = WEB.format(issued="7 February 2023", accessed="accessed 8 February 2023")
    assert rules_of(run(ok), "access-date-future") == []


def test_access_date_before_publication():
    text = WEB.format(issued="7 February 2023", accessed="accessed 6 February 2023")
    assert len(rules_of(run(text), "access-date-before-issued")) == 1
    same_day = WEB.format(issued="7 February 2023", accessed="accessed 7 February 2023")
    assert rules_of(run(same_day), "access-date-before-issued") == []


def test_access_date_before_publication_in_items():
    item = {
        "id": "x",
        "type": "webpage",
        "URL": "https://example.org",
        "issued": {"date-parts": [[2023, 3]]},
        "accessed": {"date-parts": [[2023, 2, 27]]},
    }
    assert len(rules_of(run_items([item]), "access-date-before-issued")) == 1
    item["accessed"] = {"date-parts": [[2023, 3, 1]]}
    assert rules_of(run_items([item]), "access-date-before-issued") == []


def test_stale_access_date_only_when_asked():
    text = WEB.format(issued="7 February 2023", accessed="accessed 8 February 2023")
    [finding] = rules_of(run(text, stale="24m"), "access-date-stale")
    assert finding.severity == "warning"
    assert "2024-11-27" in finding.message
    assert rules_of(run(text), "access-date-stale") == []
    recent = WEB.format(issued="7 February 2025", accessed="accessed 8 February 2025")
    assert rules_of(run(recent, stale="24m"), "access-date-stale") == []


def test_stale_ages():
    today = datetime.date(2024, 3, 31)
    assert stale_cutoff("1m", today) == datetime.date(2024, 2, 29)
    assert stale_cutoff("2y", today) == datetime.date(2022, 3, 31)
    assert stale_cutoff("90d", today) == datetime.date(2024, 1, 1)
    with pytest.raises(UsageError):
        stale_cutoff("soon", today)


def test_impossible_dates():
    text = WEB.format(issued="31 February 2023", accessed="accessed 2023-13-01")
    assert len(rules_of(run(text), "date-impossible")) == 2
    item = {"id": "x", "type": "book", "issued": {"date-parts": [[2023, 2, 30]]}}
    assert len(rules_of(run_items([item]), "date-impossible")) == 1
    ok = WEB.format(issued="29 February 2024", accessed="accessed 1 March 2024")
    assert rules_of(run(ok), "date-impossible") == []


def test_ambiguous_numeric_dates():
    [finding] = rules_of(run(WEB.format(issued="03/04/2023", accessed="")), "date-ambiguous")
    assert "3 April" in finding.message and "4 March" in finding.message
    assert rules_of(run(WEB.format(issued="13/04/2023", accessed="")), "date-ambiguous") == []
    assert rules_of(run(WEB.format(issued="04/04/2023", accessed="")), "date-ambiguous") == []


def test_date_forms_found():
    found = find_dates("February 7, 2023; 7 Feb. 2023; 2023-02-07; 2023. 2. 7.; 2023년 2월 7일")
    assert [(d.form, d.parts) for d in found] == [
        ("mdy", (2023, 2, 7)),
        ("dmy", (2023, 2, 7)),
        ("iso", (2023, 2, 7)),
        ("dotted", (2023, 2, 7)),
        ("korean", (2023, 2, 7)),
    ]
    assert find_dates("2023. 2. 7.")[0].text == "2023. 2. 7"
