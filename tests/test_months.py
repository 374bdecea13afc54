"""English month names, shared by the date checks and the BibTeX reader."""

from __future__ import annotations

import pytest

from citekit.months import month_name, month_numbers


@pytest.mark.parametrize(
    ("word", "number"), [("january", 1), ("may", 5), ("sept", 9), ("sep", 9), ("dec", 12)]
)
def test_names_and_abbreviations_read_as_numbers(word, number):
    assert month_numbers()[word] == number


def test_every_month_name_reads_back_as_its_number():
    assert [month_numbers()[month_name(n).lower()] for n in range(1, 13)] == list(range(1, 13))


def test_names_are_written_in_full():
    assert month_name(9) == "September"
