"""Helpers for the library tests."""

from __future__ import annotations

from citekit.model import make_date


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
