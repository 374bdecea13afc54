"""Date-form rules: forms the style does not use (with fixes) and mixed forms."""

from __future__ import annotations

from check_support import rules_of, run

NEWS = "Kim E, 'Title' (Chosun Media, {issued}) <https://www.chosun.com/a> accessed {accessed}"


def test_us_order_in_oscola_is_fixed_to_day_month_year():
    text = NEWS.format(issued="February 7, 2023", accessed="February 8, 2023")
    found = rules_of(run(text), "date-form")
    assert [(f.fix.old, f.fix.new) for f in found] == [
        ("February 7, 2023", "7 February 2023"),
        ("February 8, 2023", "8 February 2023"),
    ]
    assert all(text[f.location.column - 1 :].startswith(f.fix.old) for f in found)


def test_oscola_form_passes_in_oscola():
    text = NEWS.format(issued="7 February 2023", accessed="8 February 2023")
    assert rules_of(run(text), "date-form") == []


def test_apa_wants_month_first():
    dmy = NEWS.format(issued="7 February 2023", accessed="8 February 2023")
    fixes = [(f.fix.old, f.fix.new) for f in rules_of(run(dmy, style="apa"), "date-form")]
    assert fixes[0] == ("7 February 2023", "February 7, 2023")
    mdy = "Kim, E. (2023, February 7). Title. Retrieved February 8, 2023, from https://a.kr/b"
    assert rules_of(run(mdy, style="apa"), "date-form") == []


def test_numeric_and_korean_forms_are_rewritten():
    text = NEWS.format(issued="2023. 2. 7.", accessed="2023-02-08")
    fixes = [(f.fix.old, f.fix.new) for f in rules_of(run(text), "date-form")]
    assert fixes == [("2023. 2. 7", "7 February 2023"), ("2023-02-08", "8 February 2023")]


def test_dates_inside_titles_and_urls_are_left_alone():
    text = (
        "Kim E, 'What Happened on February 7, 2023' (Chosun Media, 7 February 2023) "
        "<https://www.chosun.com/2023-02-07/a> accessed 8 February 2023"
    )
    assert rules_of(run(text), "date-form") == []


def test_ambiguous_numeric_date_gets_no_rewrite():
    text = NEWS.format(issued="03/04/2023", accessed="8 February 2023")
    assert rules_of(run(text), "date-form") == []


def test_mixed_forms_in_one_list():
    mixed = "\n".join(
        [
            NEWS.format(issued="7 February 2023", accessed="8 February 2023"),
            NEWS.format(issued="7 March 2023", accessed="March 8, 2023").replace("/a>", "/b>"),
        ]
    )
    [finding] = rules_of(run(mixed), "date-form-mixed")
    assert finding.severity == "info"
    assert finding.location.line == 2
    assert "2 forms" in finding.message
    same = NEWS.format(issued="7 February 2023", accessed="8 February 2023")
    assert rules_of(run(same), "date-form-mixed") == []
