"""Soft-404 detection: a 2xx page that says it was not found, in English, Korean and more."""

from __future__ import annotations

import re
from functools import cache

from ..packagedata import data_lines
from .page import Page


@cache
def phrases() -> dict[str, tuple[str, ...]]:
    """``{"heading": (...), "text": (...)}`` from ``soft404.txt``, casefolded."""
    sections: dict[str, list[str]] = {"heading": [], "text": []}
    current = "heading"
    for line in data_lines(__package__, "soft404.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections[current].append(line.casefold())
    return {name: tuple(items) for name, items in sections.items()}


def _contains(haystack: str, phrase: str) -> bool:
    """Phrase match on word boundaries for Latin phrases, plain substring otherwise."""
    if phrase.isascii():
        return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", haystack) is not None
    return phrase in haystack


SHORT_HEADING = 40  # characters: "404 - Page not found", not a news headline


def not_found_reason(page: Page) -> str | None:
    """Why the page looks like a "not found" page, or None when it does not."""
    table = phrases()
    for heading in [page.title, *page.headings[:2]]:
        folded = heading.casefold()
        candidates = table["text"] + (table["heading"] if len(folded) <= SHORT_HEADING else ())
        if folded and any(_contains(folded, phrase) for phrase in candidates):
            return f"the page heading says {heading!r}"
    text = page.text.casefold()[:1000]
    for phrase in table["text"]:
        if _contains(text, phrase):
            return f"the page text says {phrase!r}"
    return None
