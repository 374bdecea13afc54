"""Issue 14: McCune-Reischauer / ALA-LC on a held-out set of 332 cases written from the
1939 rules and the Library of Congress tables (``data/mr_rules_heldout.tsv``): the
initial-sound law, loanwords, the table's letter forms and marks, sound changes, and
ALA-LC surnames and given names. Every case must pass."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from citekit.lang import romanize

DATA = Path(__file__).resolve().parent / "data" / "mr_rules_heldout.tsv"


def _cases() -> list[tuple[str, str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            category, hangul, expected = line.split("\t")
            rows.append((category, hangul, expected))
    return rows


CASES = _cases()


def norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("’", "'").casefold().strip()


def romanized(category: str, hangul: str) -> str:
    if category == "name":
        return romanize(hangul, system="ala-lc", mode="name")
    if category == "surname":
        return romanize(hangul, system="ala-lc", mode="surname")
    return romanize(hangul, system="mr")


def test_the_set_is_large_and_covers_the_categories() -> None:
    assert len(CASES) >= 300
    categories = {category for category, _, _ in CASES}
    assert {"initial", "loan", "letters", "sound", "surname", "name"} <= categories
    assert all(sum(c == k for c, _, _ in CASES) >= 39 for k in categories)


@pytest.mark.parametrize(("category", "hangul", "expected"), CASES)
def test_heldout(category: str, hangul: str, expected: str) -> None:
    assert norm(romanized(category, hangul)) == norm(expected)
