"""Where a reference and its source disagree: title, date, authors, outlet.

A difference is reported with both values and the source. It is *safe* to correct
mechanically only when it is plainly a slip: a headline with a typo (the two are nearly the
same) or a wrong day in the right month.
"""

from __future__ import annotations

from typing import Any

from ..model import CSLItem, date_parts
from ..records import dataclass
from .normal import is_prefix, same_outlet, same_person, same_text, similarity
from .record import SourceRecord

TYPO_SIMILARITY = 0.85  # above this (and not equal) a title differs by a slip


@dataclass(frozen=True)
class Difference:
    """One field on which the reference and its source disagree."""

    rule: str  # title-differs, date-differs, author-differs, outlet-differs
    field: str
    ours: Any
    theirs: Any
    source: str
    via: str
    safe: bool = False


def differences(item: CSLItem, record: SourceRecord) -> list[Difference]:
    """Every real disagreement between ``item`` and what ``record`` says."""
    found: list[Difference] = []
    for check in (_title, _date, _authors, _outlet):
        difference = check(item, record)
        if difference is not None:
            found.append(difference)
    return found


def _make(
    rule: str, name: str, item: CSLItem, record: SourceRecord, safe: bool = False
) -> Difference:
    return Difference(rule, name, item.get(name), record.fields[name], record.source,
                      record.via.get(name, ""), safe)  # fmt: skip


def _title(item: CSLItem, record: SourceRecord) -> Difference | None:
    ours, theirs = item.get("title"), record.fields.get("title")
    if not isinstance(ours, str) or not isinstance(theirs, str) or not ours.strip():
        return None
    ours = ours.split(" [")[0] if ours.endswith("]") else ours  # a [translation] after it
    if "title" in record.truncated:
        return None if is_prefix(ours, theirs) else _make("title-differs", "title", item, record)
    if same_text(ours, theirs):
        return None
    safe = similarity(ours, theirs) >= TYPO_SIMILARITY
    return _make("title-differs", "title", item, record, safe)


def _date(item: CSLItem, record: SourceRecord) -> Difference | None:
    ours = date_parts(item, "issued")
    theirs = (record.fields.get("issued") or {}).get("date-parts", [[]])[0]
    if not ours or not theirs:
        return None
    common = min(len(ours), len(theirs))
    if list(ours[:common]) == list(theirs[:common]):
        return None
    safe = common == 3 and list(ours[:2]) == list(theirs[:2])
    return _make("date-differs", "issued", item, record, safe)


def _authors(item: CSLItem, record: SourceRecord) -> Difference | None:
    ours, theirs = item.get("author"), record.fields.get("author")
    if not isinstance(ours, list) or not isinstance(theirs, list) or not ours or not theirs:
        return None
    people = [n for n in ours if isinstance(n, dict) and (n.get("family") or n.get("literal"))]
    if all(any(same_person(mine, other) for other in theirs) for mine in people):
        return None
    return _make("author-differs", "author", item, record)


def _outlet(item: CSLItem, record: SourceRecord) -> Difference | None:
    ours, theirs = item.get("container-title"), record.fields.get("container-title")
    if not isinstance(ours, str) or not isinstance(theirs, str) or same_outlet(ours, theirs):
        return None
    return _make("outlet-differs", "container-title", item, record)
