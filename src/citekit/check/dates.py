"""Date rules: access dates (missing, future, before publication, stale), impossible and
ambiguous dates."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from ..diagnostics import Diagnostic
from ..model import DATE_FIELDS, date_parts
from ..months import month_name
from .entries import Entry
from .options import Options
from .registry import finding
from .urls import ONLINE_TYPES

CHANGING_TYPES = (*ONLINE_TYPES, "entry", "entry-dictionary", "entry-encyclopedia", "software")


def check(entries: list[Entry], options: Options) -> Iterator[Diagnostic]:
    """Findings about every entry's dates."""
    for entry in entries:
        yield from _written(entry)
        accessed, offset = entry.accessed()
        if accessed is None:
            if needs_access_date(entry, options):
                yield finding(
                    "access-date-missing",
                    f"{options.policy.name} needs an access date for this online source "
                    f"({options.policy.access_example!r})",
                    entry.location(),
                )
            continue
        yield from _access(entry, accessed, offset, options)


def needs_access_date(entry: Entry, options: Options) -> bool:
    """OSCOLA: every source cited by URL; APA: pages meant to change (undated web pages...)."""
    has_url = any(url.text.strip() for url in entry.urls)
    if options.policy.access_date == "online":
        return has_url
    return has_url and entry.item.get("type") in CHANGING_TYPES and entry.issued() is None


def _as_date(parts: list[int]) -> datetime.date | None:
    padded = (parts + [1, 1])[:3]
    try:
        return datetime.date(*padded)
    except (TypeError, ValueError):
        return None


def _written(entry: Entry) -> Iterator[Diagnostic]:
    """Impossible and ambiguous dates, as written in the text or in the item's date fields."""
    for found in entry.dates:
        if found.parts is None:
            yield finding(
                "date-impossible", f"{found.text!r} is not a real date", entry.location(found.start)
            )
        elif found.ambiguous:
            day_first = f"{found.parts[2]} {month_name(found.parts[1])}"
            month_first = f"{found.parts[1]} {month_name(found.parts[2])}"
            yield finding(
                "date-ambiguous",
                f"{found.text!r} can be read as {day_first} or {month_first}: "
                "write the month as a word",
                entry.location(found.start),
            )
    if entry.raw is None:
        for field in DATE_FIELDS:
            parts = date_parts(entry.item, field)
            if parts and _as_date(parts) is None:
                yield finding(
                    "date-impossible",
                    f"the {field} date {'-'.join(map(str, parts))} does not exist",
                    entry.location(),
                )


def _access(
    entry: Entry, parts: list[int], offset: int | None, options: Options
) -> Iterator[Diagnostic]:
    accessed = _as_date(parts)
    if accessed is None:
        return
    where = entry.location(offset)
    if accessed > options.today:
        yield finding(
            "access-date-future",
            f"the access date {accessed.isoformat()} is after today ({options.today.isoformat()})",
            where,
        )
    issued_parts = entry.issued()
    if issued_parts:
        shared = min(len(issued_parts), len(parts), 3)
        if parts[:shared] < issued_parts[:shared]:
            yield finding(
                "access-date-before-issued",
                f"accessed {accessed.isoformat()}, before it was published "
                f"({'-'.join(f'{p:02d}' for p in issued_parts)})",
                where,
            )
    if options.stale_before and accessed < options.stale_before:
        yield finding(
            "access-date-stale",
            f"accessed {accessed.isoformat()}, before {options.stale_before.isoformat()}: "
            "re-check that the link still works and update the access date",
            where,
        )
