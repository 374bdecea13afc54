"""Duplicate references: the same DOI, the same URL, or the same title, author and year."""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic
from . import identity
from .entries import Entry
from .registry import finding
from .urlform import comparison_key


def keys(entry: Entry) -> list[tuple[str, str]]:
    """What identifies the source: ``(kind, key)`` pairs."""
    found = [("DOI", doi.text.lower().rstrip(".,;")) for doi in entry.dois]
    found += [("URL", comparison_key(url.text)) for url in entry.urls if url.text.strip()]
    title = identity.fold(identity.title(entry))
    if title:
        author = identity.first_author(entry)
        first = min(author.names) if author else ""
        found.append(("title, author and year", f"{title}|{first}|{identity.year(entry) or ''}"))
    return found


def check(entries: list[Entry]) -> Iterator[Diagnostic]:
    """One finding for each reference that repeats an earlier one."""
    seen: dict[tuple[str, str], Entry] = {}
    for entry in entries:
        for key in keys(entry):
            earlier = seen.get(key)
            if earlier is not None and earlier is not entry:
                where = f"line {earlier.line}" if earlier.line else earlier.item_id
                yield finding(
                    "duplicate-reference",
                    f"same {key[0]} as the reference at {where}: cite it once",
                    entry.location(),
                )
                break
            seen.setdefault(key, entry)
