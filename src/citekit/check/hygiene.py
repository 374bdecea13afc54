"""Hygiene rules: title residue, quotation marks, double spaces, list numbering, outlet case
(and duplicates, in ``duplicates``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import rx
from ..diagnostics import Diagnostic, Fix, Location
from ..lang.outlets import english_outlet
from ..sources import strip_list_marker
from . import duplicates
from .data import json_table, word_list
from .entries import Entry
from .registry import finding

_SPACES = rx.compile(r"(?<=\S) {2,}(?=\S)")
_CLOSING = " \t\"'”’」』»》"
QUOTE_BALANCE = (("“", "”"), ("「", "」"), ("『", "』"), ("«", "»"), ("《", "》"))


def check(entries: list[Entry], lines: list[str] | None = None) -> Iterator[Diagnostic]:
    """Hygiene findings for every entry; ``lines`` (the input text) reveals list numbering."""
    for entry in entries:
        yield from residue(entry)
        yield from quotes(entry)
        yield from double_spaces(entry)
        yield from numbering(entry, lines or [])
        yield from outlet_case(entry)
    yield from duplicates.check(entries)


@cache
def _residue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = json_table("residue.json")
    end = rx.compile(r"(?:\s*)(?:" + "|".join(table["end"]) + r")\s*$", re.IGNORECASE)
    inside = rx.compile("|".join(table["inside"]), re.IGNORECASE)
    return end, inside


def residue(entry: Entry) -> Iterator[Diagnostic]:
    """Copy-paste residue ending a title (with a fix), or inside it."""
    end, inside = _residue_patterns()
    if entry.raw is not None:
        if not entry.title:
            return  # no title is known in the text: nothing to look at the end of
        start, stop = entry.title
        text, offset = entry.raw[start:stop], start
    else:
        value = entry.item.get("title")
        if not isinstance(value, str):
            return
        text, offset = value, None
    body = text.rstrip(_CLOSING)
    match = end.search(body)
    if match and match.start() > 0:
        junk = match.group()
        yield finding(
            "title-residue",
            f"the title ends in copy-paste residue {junk.strip()!r}: remove it",
            entry.location(offset + match.start() if offset is not None else None),
            Fix("remove residue from the title", junk, "") if offset is not None else None,
        )
        return
    match = inside.search(text)
    if match:
        yield finding(
            "title-residue",
            f"{match.group()!r} inside the title is copy-paste residue: keep only the title",
            entry.location(offset + match.start() if offset is not None else None),
        )


def quotes(entry: Entry) -> Iterator[Diagnostic]:
    """Unbalanced quotation marks, or straight and curly double quotes mixed."""
    text = entry.raw if entry.raw is not None else entry.item.get("title")
    if not isinstance(text, str):
        return
    problem = None
    if text.count('"') % 2:
        problem = 'an odd number of straight double quotes (")'
    for opening, closing in QUOTE_BALANCE:
        if problem is None and text.count(opening) != text.count(closing):
            problem = f"{text.count(opening)} {opening} but {text.count(closing)} {closing}"
    if problem is None and text.count("‘") > text.count("’"):
        problem = "more ‘ than ’"
    if problem is None and '"' in text and ("“" in text or "”" in text):
        problem = 'straight (") and curly (“ ”) double quotes mixed'
    if problem:
        yield finding("quotes-unbalanced", f"quotation marks: {problem}", entry.location())


def double_spaces(entry: Entry) -> Iterator[Diagnostic]:
    """Runs of spaces inside the text, fixed to one space (reported only, in structured items)."""
    if entry.raw is None:
        for field in ("title", "container-title"):
            value = entry.item.get(field)
            if isinstance(value, str) and _SPACES.search(value):
                yield finding(
                    "double-space", f"two or more spaces in a row in the {field}", entry.location()
                )
        return
    for match in _SPACES.finditer(entry.raw):
        yield finding(
            "double-space",
            f"{len(match.group())} spaces in a row",
            entry.location(match.start()),
            Fix("replace by one space", match.group(), " "),
        )


def numbering(entry: Entry, lines: list[str]) -> Iterator[Diagnostic]:
    """A list number or bullet in front of the reference (the style numbers nothing)."""
    if entry.raw is None or entry.line is None:
        return
    if 0 < entry.line <= len(lines):
        line = lines[entry.line - 1]
        marker = line[: len(line) - len(line.lstrip())]
        rest = line.lstrip()
        stripped = strip_list_marker(rest)
        if stripped != rest and rest.endswith(stripped):
            marker = rest[: len(rest) - len(stripped)]
            where = Location(entry.file, entry.line, len(line) - len(rest) + 1, entry.item_id)
            yield _numbered(marker, where)
            return
    again = strip_list_marker(entry.raw)
    if again != entry.raw and entry.raw.endswith(again):
        yield _numbered(entry.raw[: len(entry.raw) - len(again)], entry.location(0))


def _numbered(marker: str, where: Location) -> Diagnostic:
    return finding(
        "list-numbering",
        f"list marker {marker.strip()!r} before the reference: bibliographies are not numbered",
        where,
        Fix("remove the list marker", marker, ""),
    )


@cache
def _outlets() -> tuple[dict[str, str], re.Pattern[str]]:
    known = {name.lower(): name for name in word_list("outlets.txt")}
    names = sorted(known, key=len, reverse=True)
    return known, rx.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def known_case(name: str) -> str | None:
    """The standard form of an outlet name when ``name`` differs from it only in case.

    The language module's outlet table comes first; this module's list covers the rest.
    """
    canonical = english_outlet(name) or _outlets()[0].get(name.lower())
    if canonical and canonical != name and canonical.casefold() == name.casefold():
        return canonical
    return None


def outlet_case(entry: Entry) -> Iterator[Diagnostic]:
    """Outlet names written in another case than their known form (``Voa Korea``)."""
    reported: set[int | None] = set()
    for field in ("container-title", "publisher"):
        value = entry.item.get(field)
        canonical = known_case(value) if isinstance(value, str) else None
        if canonical:
            offset = entry.raw.find(value) if entry.raw is not None else -1
            where = entry.location(offset) if offset >= 0 else entry.location()
            reported.add(offset if offset >= 0 else None)
            yield _miscased(value, canonical, where)
    if entry.raw is None:
        return
    lowered = entry.raw.lower()
    if len(lowered) != len(entry.raw):
        return  # a rare letter whose lower case is longer: offsets would not line up
    known, pattern = _outlets()
    for match in pattern.finditer(lowered):
        written = entry.raw[match.start() : match.end()]
        if match.start() in reported or entry.is_guarded(match.start(), match.end()):
            continue
        if written != known[match.group()]:
            yield _miscased(written, known[match.group()], entry.location(match.start()))


def _miscased(written: str, canonical: str, where: Location) -> Diagnostic:
    return finding("outlet-case", f"the outlet {written!r} is written {canonical!r}", where)
