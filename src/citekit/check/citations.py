"""Citation rules: author-date citations in the article text checked against the references.

A citation such as ``(Kim, 2023)`` that fits several references is ambiguous; one that fits
none is missing; a reference no citation fits is reported as uncited. Pandoc citations
(``[@ref1]``) are matched by item id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import rx
from ..diagnostics import Diagnostic, Location
from ..records import dataclass, field
from . import identity
from .entries import Entry
from .registry import finding

_NAME = r"[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*"
_JOIN = r"\s*(?:,|&|\band\b|와|과)\s*"
_AUTHORS = (
    rf"(?:[A-Z]\.\s*)*{_NAME}(?:\s+{_NAME})?"
    rf"(?:\s+et\s+al\.?|{_JOIN}(?:[A-Z]\.\s*)*{_NAME})*"
)
_YEAR = r"(?:1[5-9][0-9][0-9]|20[0-9][0-9])[a-z]?"
_PARENS = rx.compile(r"\(([^()]*?\b" + _YEAR + r"[^()]*)\)")
_PART = rx.compile(
    rf"^\s*(?:(?:see|see also|cf\.|e\.g\.,?)\s+)?(?P<names>{_AUTHORS}),?\s+"
    rf"(?P<year>{_YEAR})(?:\s*,\s*[^;]*)?\s*$"
)
_NARRATIVE = rx.compile(
    rf"(?<![\w(])(?P<names>[A-Z][^\W\d_]+(?:\s+et\s+al\.?)?)\s+\((?P<year>{_YEAR})\)"
)
_PANDOC = rx.compile(r"(?<![\w.@])@([\w][\w:.#$%&+?<>~/-]*[\w])")
_INITIALS = rx.compile(r"^((?:[A-Z]\.\s*)+)")


@dataclass
class Citation:
    """One distinct citation text and every place it occurs."""

    text: str
    name: str = ""
    initial: str | None = None
    year: str = ""
    key: str | None = None
    places: list[Location] = field(default_factory=list)


def find_citations(lines: list[str], file: str) -> list[Citation]:
    """Author-date and pandoc citations in the article, grouped by their text."""
    found: dict[str, Citation] = {}

    def add(text: str, line: int, column: int, **fields: str | None) -> None:
        citation = found.setdefault(text, Citation(text, **fields))  # type: ignore[arg-type]
        citation.places.append(Location(file, line, column))

    for number, line in enumerate(lines, start=1):
        for match in _PARENS.finditer(line):
            for part in match.group(1).split(";"):
                parsed = _PART.match(part)
                if parsed:
                    add(f"({part.strip()})", number, match.start() + 1, **_author_year(parsed))
        for match in _NARRATIVE.finditer(line):
            add(match.group(), number, match.start() + 1, **_author_year(match))
        for match in _PANDOC.finditer(line):
            add(match.group(), number, match.start() + 1, key=match.group(1))
    return list(found.values())


def _author_year(match: re.Match[str]) -> dict[str, str | None]:
    names = match.group("names")
    initials = _INITIALS.match(names)
    first = re.split(rf"\s+et\s+al|{_JOIN}", names[initials.end() if initials else 0 :])[0]
    initial = initials.group(1)[0].casefold() if initials else None
    return {"name": identity.fold(first), "initial": initial, "year": match.group("year")}


def matches(citation: Citation, entries: list[Entry]) -> list[Entry]:
    """The references a citation fits."""
    if citation.key is not None:
        return [entry for entry in entries if entry.item_id == citation.key]
    fitting = []
    for entry in entries:
        if not same_year(citation.year, identity.year(entry)):
            continue
        author = identity.first_author(entry)
        if author is None or citation.name not in author.names:
            continue
        if citation.initial is None or author.initial in (None, citation.initial):
            fitting.append(entry)
    return fitting


def same_year(cited: str, written: str | None) -> bool:
    """``2023`` fits ``2023``, ``2023a`` and ``2023b``; ``2023a`` fits ``2023a`` and ``2023``."""
    if written is None or cited[:4] != written[:4]:
        return False
    return len(cited) == 4 or len(written) == 4 or cited == written


def cited_in_notes(entries: list[Entry], notes: list[str]) -> set[int]:
    """The references a note-style footnote cites in full: its title's start (folded) and,
    when it has one, its first author's name are in the same note. Short forms (``Hong
    (n 3)``, ``ibid``) refer back to a full citation, so they need no matching."""
    folded = [identity.fold(note) for note in notes]
    cited: set[int] = set()
    for entry in entries:
        title = identity.fold(str(entry.item.get("title") or ""))[:24]
        if len(title) < 4:
            continue
        author = identity.first_author(entry)
        for note in folded:
            if title in note and (author is None or any(n in note for n in author.names)):
                cited.add(entry.index)
                break
    return cited


def check(
    entries: list[Entry], lines: list[str], file: str, notes: list[str] | None = None
) -> Iterator[Diagnostic]:
    """Ambiguous and missing citations, then references never cited.

    ``notes`` are the article's footnotes (a .docx's): full citations in a note style,
    matched by author and title, never read as author-date citations.
    """
    cited: set[int] = cited_in_notes(entries, notes or [])
    for citation in find_citations(lines, file):
        fitting = matches(citation, entries)
        cited.update(entry.index for entry in fitting)
        where, times = citation.places[0], _times(citation)
        if not fitting:
            yield finding(
                "citation-missing",
                f"{citation.text}{times} matches no reference in the list",
                where,
            )
        elif len(fitting) > 1:
            candidates = "; ".join(_describe(entry) for entry in fitting)
            yield finding(
                "citation-ambiguous",
                f"{citation.text}{times} matches {len(fitting)} references: {candidates}. "
                "Add the authors' initials or a letter to the year to tell them apart",
                where,
            )
    for entry in entries:
        if entry.index not in cited:
            yield finding(
                "reference-uncited", "this reference is never cited in the text", entry.location()
            )


def _times(citation: Citation) -> str:
    if len(citation.places) == 1:
        return ""
    lines = ", ".join(str(place.line) for place in citation.places)
    return f" (cited {len(citation.places)} times, lines {lines})"


def _describe(entry: Entry) -> str:
    where = f"line {entry.line}" if entry.line else entry.item_id
    text = entry.raw if entry.raw is not None else str(entry.item.get("title", ""))
    lead = text.split(",")[0][:40]
    return f"{where} ({lead})"
