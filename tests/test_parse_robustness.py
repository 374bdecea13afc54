"""No input, however long or malformed, makes the parser raise or take more than 100 ms."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citekit.parse import parse_reference

LIMIT_S = 0.100
TRICKY = list("()[]{}<>\"'“”‘’「」『』《》〈〉«»0123456789.,;:-–/ &Aa김外?!%") + [
    "pp. ", "vol. ", "no. ", "et al. ", "and ", "http://", "doi:10.", "2023. 2. 7. ", "(2020)",
    "February 7, 2023", "accessed ", "검색일: ", "외 ", "J. ", "Smith, ", "In ", "eds. ", "\n", "\t",
    " v ", "[1932] ", "AC ", "Act ", "선고 ", "판결", "제1조", "「", "」", "London: ", "Press",
]
ADVERSARIAL = [
    "(" * 5000, ")" * 5000, "[" * 5000, '"' * 5000, "“" * 2500 + "”" * 2500, "'" * 5000,
    "1" * 5000, "1." * 2500, "1-" * 2500, "1 " * 2500, " " * 5000, "." * 5000, "a" * 5000,
    "A. " * 1700, "J. R. " * 850, "Smith, " * 720, "2020. " * 850, "(2020)" * 850, "1(2)" * 1250,
    "pp. 1-2, " * 560, "http://" + "a" * 4993, "<" * 2500 + ">" * 2500, "김" * 5000,
    "외 " * 2500, '" a' * 1700, "10.1234/" * 625, "2020년 " * 840, "eds. " * 1000,
    "「" * 2500 + "」" * 2500, "Smith, J. (2020). " * 280, "A v B " * 840, "In A, " * 840,
    "ed. A, " * 720, "London: " * 625, "v " * 2500, "[2001] " * 720, "대법원 " * 1250,
    "Act 1998, " * 500, "Curr. Opin. " * 420, "a? B " * 1250, "(A: B) " * 720,
    "Smith, J. (2000). T. In " + "A B, " * 1000, "Patent 1," * 560, "x, Eds., " * 560,
    "(" + "New York: Press, " * 300 + "2010), 45.", "(A: " + "b" * 4996 + ")", "A, B (" + "C, " * 1700,
]


def _elapsed(raw: str) -> float:
    """CPU seconds spent parsing ``raw`` (CPU time, so other processes' load does not count)."""
    start = time.process_time()
    result = parse_reference(raw)
    elapsed = time.process_time() - start
    assert isinstance(result.item, dict) and result.item.get("type")
    return elapsed


def setup_module() -> None:
    parse_reference("Smith, J. (2020). Warm-up title. Journal, 3(4), 1-2.")  # load tables once


@pytest.mark.parametrize("raw", ADVERSARIAL, ids=lambda r: repr(r[:12]))
def test_adversarial_input_is_fast(raw: str) -> None:
    assert len(raw) >= 5000
    assert _elapsed(raw) < LIMIT_S


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TRICKY), min_size=0, max_size=1500).map("".join))
def test_random_tricky_input_is_fast_and_never_raises(raw: str) -> None:
    assert _elapsed(raw) < LIMIT_S


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=600))
def test_any_text_gives_an_item(raw: str) -> None:
    result = parse_reference(raw, item_id="x")
    assert result.item["id"] == "x"
    assert result.ok == (not any(d.severity == "error" for d in result.diagnostics))
