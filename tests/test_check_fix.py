"""Applying safe fixes: the example list, and fixes that must be skipped."""

from __future__ import annotations

from check_support import run
from conftest import EXAMPLES

from citekit.check import fix
from citekit.diagnostics import Diagnostic, Fix, Location


def test_fix_the_example_list_changes_dates_residue_and_double_space_only():
    text = (EXAMPLES / "refs.txt").read_text(encoding="utf-8")
    fixed = fix(text, run(text), file="refs.txt")
    expected = (
        text.replace("February 7, 2023", "7 February 2023")
        .replace("February 8, 2023", "8 February 2023")
        .replace('것"출처"', '것""')
        .replace("북한인권  싸움서", "북한인권 싸움서")
    )
    assert fixed.text == expected
    assert sorted({d.rule for d in fixed.applied}) == ["date-form", "double-space", "title-residue"]
    assert len(fixed.applied) == 10
    assert "Voa Korea" in fixed.text and fixed.text.count("<>") == 4


def test_fix_whose_text_is_not_there_is_skipped():
    wrong = Diagnostic("double-space", "warning", "x", Location("f", 1, 3), Fix("d", "  ", " "))
    assert fix("ab cd", [wrong], file="f").text == "ab cd"


def test_overlapping_fixes_apply_only_the_later_one():
    first = Diagnostic("a", "warning", "x", Location("f", 1, 1), Fix("d", "abc", "X"))
    second = Diagnostic("b", "warning", "x", Location("f", 1, 3), Fix("d", "cd", "Y"))
    fixed = fix("abcde", [first, second], file="f")
    assert fixed.text == "abYe"
    assert [d.rule for d in fixed.applied] == ["b"]


def test_fixes_for_another_file_are_ignored():
    other = Diagnostic("a", "warning", "x", Location("article.md", 1, 1), Fix("d", "ab", "X"))
    assert fix("abc", [other], file="refs.txt").text == "abc"


