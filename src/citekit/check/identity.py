"""Who wrote a reference and when: names and year for citation matching and duplicates.

Parsed items are used when the parser found authors; otherwise the raw string's leading
name (``Hong J, ...``, ``Kim, E. (2023)``, ``홍길동, ...``) stands in.
"""

from __future__ import annotations

import unicodedata

from .. import rx
from ..records import dataclass
from .entries import Entry

_LEAD = rx.compile(
    r"^\s*([^\W\d_](?:[^\W\d_]|[-'’][^\W\d_])*)(?:,?\s+([A-Z])(?:[A-Z.]|(?=[\s,])))?"
)
_NOT_ALNUM = rx.compile(r"[\W_]+")
_YEAR = rx.compile(r"(?<![0-9])(1[5-9][0-9][0-9]|20[0-9][0-9])([a-z]?)(?![0-9])")


def fold(text: str) -> str:
    """Case-folded letters and digits only, for loose comparison."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


@dataclass(frozen=True)
class Author:
    """The first author as citations name them: folded name forms and a given initial."""

    names: frozenset[str]
    initial: str | None = None


def first_author(entry: Entry) -> Author | None:
    """The first author: parsed (``홍`` + ``길동`` is also ``홍길동``), else the leading name."""
    authors = entry.item.get("author")
    if isinstance(authors, list) and authors and isinstance(authors[0], dict):
        family = authors[0].get("family") or authors[0].get("literal") or ""
        given = authors[0].get("given") or ""
        if family:
            forms = {fold(family)} | (
                {fold(family + given)} if given and not given.isascii() else set()
            )
            return Author(frozenset(forms), fold(given)[:1] or None)
    lead = _LEAD.match(entry.raw or "")
    if not lead:
        return None
    return Author(
        frozenset({fold(lead.group(1))}), lead.group(2).casefold() if lead.group(2) else None
    )


def year(entry: Entry) -> str | None:
    """The publication year with any letter suffix (``2023``, ``2023a``)."""
    issued = entry.issued()
    for match in _YEAR.finditer(entry.raw or ""):
        if entry.is_guarded(match.start(), match.end()):
            continue
        if issued is None or int(match.group(1)) == issued[0]:
            return match.group(1) + match.group(2)
    return str(issued[0]) if issued else None


def title(entry: Entry) -> str:
    """The title's text: from the raw string's title span, else the item's title."""
    if entry.raw is not None and entry.title:
        return entry.raw[entry.title[0] : entry.title[1]]
    value = entry.item.get("title")
    return value if isinstance(value, str) else ""
