"""Helpers for the library tests: items, a library in a temporary folder, a toy romanizer."""

from __future__ import annotations

import pytest

from citekit.library import romanizer
from citekit.library.keys import fold
from citekit.model import make_date

# A few syllables' Revised Romanization, enough for the test titles (test data, not a romanizer).
SYLLABLES = {
    "납": "nap", "북": "buk", "피": "pi", "해": "hae", "인": "in", "권": "gwon",
    "한": "han", "의": "ui", "역": "yeok", "사": "sa", "가": "ga", "족": "jok",
}  # fmt: skip


def toy_romanize(text: str) -> str:
    """Syllable by syllable, with no sound changes."""
    return "".join(SYLLABLES.get(ch, ch) for ch in text)


def clear_caches() -> None:
    """Forget romanizations and folded titles cached under another romanizer."""
    romanizer.romanize_hangul.cache_clear()
    fold.cache_clear()


@pytest.fixture(name="toy_romanizer")
def toy_romanizer_fixture(monkeypatch):  # noqa: ANN001
    """The library romanizes through ``toy_romanize`` for the test."""
    clear_caches()
    monkeypatch.setattr(romanizer, "_romanizer", lambda: toy_romanize)
    yield toy_romanize
    monkeypatch.undo()
    clear_caches()


def article(
    item_id: str, title: str, year: int | None = 2023, family: str = "Kim", **extra
) -> dict:
    """A journal article item."""
    item = {"id": item_id, "type": "article-journal", "title": title,
            "author": [{"family": family, "given": "Minsu"}]}  # fmt: skip
    if year:
        item["issued"] = make_date(year)
    item.update(extra)
    return item
