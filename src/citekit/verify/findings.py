"""Turning what the sources said into ``check`` findings, with safe fixes in the text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import rx
from ..check.entries import Entry
from ..check.registry import finding
from ..diagnostics import Diagnostic, Fix, Location
from ..model import CSLItem
from .compare import Difference
from .run import Looked, Verifier

_DIGITS = rx.compile(r"[0-9]+")
DAY_FIRST_FORMS = ("dmy", "mdy")  # the day is the first number written
DAY_LAST_FORMS = ("iso", "dotted", "y-md", "korean")  # the day is the last number


def check_online(entries: Sequence[Entry], verifier: Verifier | None = None) -> list[Diagnostic]:
    """Findings from each entry's sources, located in the reference text where possible."""
    verifier = verifier or Verifier()
    looked = verifier.look_up([entry.item for entry in entries])
    found: list[Diagnostic] = []
    for entry, seen in zip(entries, looked, strict=False):
        found += diagnostics_for(entry.item, seen, entry)
    return found


def diagnostics_for(item: CSLItem, looked: Looked, entry: Entry | None = None) -> list[Diagnostic]:
    """The problems and differences of one item; located and fixable when ``entry`` is given."""
    from . import disagreements

    where = entry.location() if entry is not None else Location(item_id=item.get("id"))
    found = [finding(p.rule, p.message, where) for p in looked.problems]
    for difference in disagreements(looked, item):
        location, fix = where, None
        if entry is not None and difference.safe:
            location, fix = _fix(entry, difference) or (where, None)
        found.append(finding(difference.rule, _message(difference), location, fix))
    return found


def _message(difference: Difference) -> str:
    ours, theirs = _show(difference.ours), _show(difference.theirs)
    what = {"title": "the title", "issued": "the date", "author": "the authors",
            "container-title": "the outlet"}[difference.field]  # fmt: skip
    via = f", {difference.via}" if difference.via else ""
    return f"{what} {ours} differs from the source's {theirs} ({difference.source}{via})"


def _show(value: Any) -> str:
    if isinstance(value, dict) and "date-parts" in value:
        return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(value["date-parts"][0]))
    if isinstance(value, list):
        names = [" ".join(str(n.get(k, "")) for k in ("family", "given", "literal") if n.get(k))
                 for n in value if isinstance(n, dict)]  # fmt: skip
        return repr("; ".join(names))
    return repr(value)


def _fix(entry: Entry, difference: Difference) -> tuple[Location, Fix] | None:
    """A text fix for a safe difference: the title's span, or the day in the written date."""
    raw = entry.raw
    if raw is None:
        return None
    if difference.field == "title" and entry.title:
        start, end = entry.title
        fix = Fix("use the source's title", raw[start:end], str(difference.theirs))
        return entry.location(start), fix
    if difference.field == "issued":
        written = next((d for d in entry.dates if d is not entry.access_date and d.parts), None)
        day = difference.theirs["date-parts"][0][2]
        new = _with_day(written.text, written.form, day) if written else None
        if written and new:
            return entry.location(written.start), Fix("use the source's day", written.text, new)
    return None


def _with_day(text: str, form: str, day: int) -> str | None:
    """``text`` (a date written in ``form``) with its day replaced, in the same style."""
    numbers = list(_DIGITS.finditer(text))
    if form in DAY_FIRST_FORMS:
        target = numbers[0]
    elif form in DAY_LAST_FORMS:
        target = numbers[-1]
    else:
        return None  # a numeric date whose order is unknown
    width = len(target.group()) if target.group().startswith("0") else 1
    return text[: target.start()] + f"{day:0{width}d}" + text[target.end() :]
