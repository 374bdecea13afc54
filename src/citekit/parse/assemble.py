"""Run the finders and labellers over one string and assemble the CSL item."""

from __future__ import annotations

import re

from ..diagnostics import Diagnostic
from ..lang import detect_language
from ..model import CSLItem, custom
from . import ParseResult
from .draft import Draft
from .finders.access import find_access
from .finders.dates import find_issued
from .finders.edition import find_edition
from .finders.enumerator import find_enumerator
from .finders.genre import find_genre
from .finders.links import find_links
from .finders.numbers import find_numbers
from .finders.quotes import find_quoted_titles
from .labels.authors import author_zone
from .labels.segments import label_segments
from .normalise.kind import infer_type
from .normalise.names import split_names
from .normalise.text import clean

MAX_LENGTH = 2000
_EDITORS_MARK = re.compile(r",?\s*\(?\b(?:eds?|hrsg|dir|coord)\.?\)?\s*[.,]?\s*$", re.IGNORECASE)
FINDERS = (
    find_enumerator,
    find_links, find_access, find_quoted_titles, find_genre,
    find_edition,
    find_issued,
    find_numbers,
)
_COPIED = ("title", "container-title", "volume", "issue", "page", "DOI", "URL", "genre", "edition")


def parse_draft(raw: str, item_id: str) -> ParseResult:
    """Parse ``raw`` (cut to ``MAX_LENGTH`` characters) into an item and diagnostics."""
    text, offsets = _squeeze(raw.replace("``", " “").replace("''", "” "))
    draft = Draft(text[:MAX_LENGTH])
    if len(text) > MAX_LENGTH:
        draft.diagnostics.append(Diagnostic(
            "reference-too-long", "warning",
            f"reference longer than {MAX_LENGTH} characters: only the start was read"))
    for finder in FINDERS:
        finder(draft)
    lead = draft.first("junk")
    zone = author_zone(draft, lead.end if lead and lead.start == 0 else 0)
    if zone:
        draft.claim("author", *zone)
    labels = label_segments(draft, zone[1] if zone else 0)
    item = _assemble(draft, labels, item_id)
    _check(draft, item)
    diagnostics = [d.at(column=offsets[d.location.column - 1] + 1) if d.location.column else d
                   for d in draft.diagnostics]
    return ParseResult(item, diagnostics)


def _squeeze(raw: str) -> tuple[str, list[int]]:
    """Collapse whitespace runs (and NULs) to one space; map each kept character to ``raw``."""
    chars: list[str] = []
    offsets: list[int] = []
    space = False
    for i, ch in enumerate(raw):
        blank = ch.isspace() or ch == "\x00"
        if blank and space:
            continue
        space = blank
        chars.append(" " if blank else ch)
        offsets.append(i)
    return "".join(chars), offsets


def _assemble(draft: Draft, labels: dict[str, object], item_id: str) -> CSLItem:
    item: CSLItem = {"id": item_id}
    for claim in sorted(draft.claims, key=lambda c: c.start):
        if claim.field in item or claim.field not in _COPIED + ("issued", "accessed", "author"):
            continue
        if claim.field in ("issued", "accessed"):
            item[claim.field] = claim.value.csl()
        elif claim.field == "author":
            text = draft.text(claim)
            mark = _EDITORS_MARK.search(text[-24:])
            role = "editor" if mark else "author"
            names, et_al = split_names(text[: len(text) - len(mark.group(0))] if mark else text)
            if names:
                item[role] = names
            if et_al:
                custom(item)["et-al"] = True
        elif claim.field == "genre":
            item["genre"] = clean(draft.text(claim))
        else:
            value = claim.value if claim.value is not None else draft.text(claim)
            item[claim.field] = clean(str(value)) if claim.field not in ("URL", "DOI") else value
    for key in ("title", "container-title", "publisher", "publisher-place", "collection-title",
                "collection-number", "volume"):
        if key in labels and key not in item:
            item[key] = clean(str(labels[key]))
    if "editor-text" in labels:
        editors, _ = split_names(str(labels["editor-text"]))
        if editors:
            item["editor"] = editors
    translation = draft.first("title-translation")
    if translation:
        custom(item)["title-translation"] = translation.value
    genre = draft.first("genre")
    item["type"] = infer_type(item, genre=genre.value if genre else None,
                              after_in=bool(labels.get("in")))
    language = detect_language(item.get("title") or draft.raw)
    if language:
        item["language"] = language
    custom(item)["parse-confidence"] = _confidence(item)
    return {k: v for k, v in item.items() if v not in ("", None, [])}


def _confidence(item: CSLItem) -> float:
    """A rough 0-1 score: how much of what a reference usually states was found."""
    found = sum(1 for k in ("author", "title", "issued") if k in item)
    found += any(k in item for k in ("container-title", "publisher", "URL"))
    return round(found / 4, 2)


def _check(draft: Draft, item: CSLItem) -> None:
    if "title" not in item and "author" not in item:
        draft.diagnostics.append(Diagnostic(
            "parse-failed", "error", "could not find a title or an author in this reference"))
