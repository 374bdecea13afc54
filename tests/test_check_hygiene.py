"""Hygiene rules: residue, quotation marks, double spaces, numbering, duplicates, outlet case."""

from __future__ import annotations

from check_support import rules_of, run, run_items
from conftest import EXAMPLES

NEWS = (
    "Kim S, {title} (Segye Ilbo, 7 February 2023) <https://www.segye.com/{n}> "
    "accessed 8 February 2023"
)


def test_residue_at_end_of_title_from_the_example():
    text = (EXAMPLES / "refs.txt").read_text(encoding="utf-8")
    [finding] = rules_of(run(text), "title-residue")
    assert finding.location.line == 3
    assert (finding.fix.old, finding.fix.new) == ("출처", "")
    line = text.split("\n")[2]
    assert line[finding.location.column - 1 :].startswith('출처" (서울경제')


def test_other_residue_forms():
    cases = {
        "'가족 면담 [출처]'": "[출처]",
        "'Families Meet Envoy Source:'": "Source:",
        "'Families Meet Envoy https://news.example/1'": "https://news.example/1",
    }
    for title, junk in cases.items():
        [finding] = rules_of(run(NEWS.format(title=title, n=1)), "title-residue")
        assert finding.fix.old.strip() == junk, title
    inside = NEWS.format(title="'Families Meet Envoy Retrieved from the wire'", n=1)
    [finding] = rules_of(run(inside), "title-residue")
    assert finding.fix is None


def test_titles_without_residue():
    for title in (
        "'The Open Source Movement'",
        "'출처를 밝히지 않은 보도'",
        "'Families Meet Envoy'",
    ):
        assert rules_of(run(NEWS.format(title=title, n=1)), "title-residue") == [], title


def test_unbalanced_and_mixed_quotes():
    assert (
        len(rules_of(run(NEWS.format(title='"Families Meet Envoy', n=1)), "quotes-unbalanced")) == 1
    )
    mixed = NEWS.format(title='“Families "Meet" Envoy”', n=1)
    [finding] = rules_of(run(mixed), "quotes-unbalanced")
    assert "mixed" in finding.message
    curly = NEWS.format(title="“Families Meet Envoy", n=1)
    [finding] = rules_of(run(curly), "quotes-unbalanced")
    assert "1 “ but 0 ”" in finding.message
    assert rules_of(run(NEWS.format(title="“Families Meet Envoy”", n=1)), "quotes-unbalanced") == []
    nested = NEWS.format(title='"韓美 면담… "北인권 싸움서 지지 않겠다""', n=1)
    assert rules_of(run(nested), "quotes-unbalanced") == []


def test_double_space_with_fix():
    text = NEWS.format(title="'Families  Meet Envoy'", n=1)
    [finding] = rules_of(run(text), "double-space")
    assert (finding.fix.old, finding.fix.new) == ("  ", " ")
    assert finding.location.column == text.index("  ") + 1
    assert rules_of(run(NEWS.format(title="'Families Meet Envoy'", n=1)), "double-space") == []


def test_list_numbering_with_fix():
    text = "1. " + NEWS.format(title="'Families Meet Envoy'", n=1)
    [finding] = rules_of(run(text), "list-numbering")
    assert (finding.location.column, finding.fix.old, finding.fix.new) == (1, "1. ", "")
    double = "2) 1. " + NEWS.format(title="'Families Meet Envoy'", n=1)
    assert len(rules_of(run(double), "list-numbering")) == 1
    assert rules_of(run(NEWS.format(title="'Families Meet Envoy'", n=1)), "list-numbering") == []


def test_duplicates_by_url_in_either_encoding():
    first = (
        "Kim S, 'One' (Segye Ilbo, 7 February 2023) <https://한국.kr/자료> accessed 8 February 2023"
    )
    second = (
        "Lee J, 'Two' (Segye Ilbo, 9 February 2023) <https://xn--3e0b707e.kr/%EC%9E%90%EB%A3%8C/> "
        "accessed 10 February 2023"
    )
    [finding] = rules_of(run(f"{first}\n{second}"), "duplicate-reference")
    assert finding.location.line == 2
    assert "same URL" in finding.message and "line 1" in finding.message


def test_duplicates_by_doi_and_by_title_author_year():
    items = [
        {"id": "a", "type": "article-journal", "DOI": "10.1017/X.1", "title": "One"},
        {"id": "b", "type": "article-journal", "DOI": "10.1017/x.1", "title": "Other"},
        {
            "id": "c",
            "type": "book",
            "title": "Separated Lives",
            "author": [{"family": "Lee"}],
            "issued": {"date-parts": [[2016]]},
        },
        {
            "id": "d",
            "type": "book",
            "title": "Separated lives.",
            "author": [{"family": "Lee"}],
            "issued": {"date-parts": [[2016]]},
        },
    ]
    found = rules_of(run_items(items), "duplicate-reference")
    assert [f.location.item_id for f in found] == ["b", "d"]


def test_distinct_references_are_not_duplicates():
    text = "\n".join(NEWS.format(title=f"'Families Meet Envoy {n}'", n=n) for n in range(3))
    assert rules_of(run(text), "duplicate-reference") == []


def test_outlet_case_from_the_example():
    text = (EXAMPLES / "refs.txt").read_text(encoding="utf-8")
    [finding] = rules_of(run(text), "outlet-case")
    assert "'Voa Korea'" in finding.message and "'VOA Korea'" in finding.message
    assert finding.fix is None
    assert finding.location.line == 4


def test_outlet_case_correct_and_in_items():
    assert (
        rules_of(
            run(NEWS.format(title="'T'", n=1).replace("Segye Ilbo", "VOA Korea")), "outlet-case"
        )
        == []
    )
    item = {"id": "x", "type": "article-newspaper", "container-title": "the korea herald"}
    [finding] = rules_of(run_items([item]), "outlet-case")
    assert "'The Korea Herald'" in finding.message


def test_double_space_in_structured_items_is_reported_without_fix():
    items = [{"id": "x", "type": "book", "title": "Separated  Lives"}, {"id": "y", "title": "One"}]
    [finding] = rules_of(run_items(items), "double-space")
    assert finding.location.item_id == "x" and finding.fix is None


def test_no_residue_reported_when_no_title_is_known():
    text = "Fenner M (2013) Letter from the Editor. Available: https://doi.org/10.3789/isqv25no2.2013.01"
    assert rules_of(run(text), "title-residue") == []


def test_outlet_case_uses_the_language_module_table():
    item = {"id": "x", "type": "article-newspaper", "container-title": "hankook ilbo"}
    [finding] = rules_of(run_items([item]), "outlet-case")
    assert "'Hankook Ilbo'" in finding.message
    korean = {"id": "y", "type": "article-newspaper", "container-title": "세계일보"}
    assert rules_of(run_items([korean]), "outlet-case") == []
