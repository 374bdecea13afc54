"""Verification against the source: complete references from their DOI, ISBN and cited page,
and report where a reference and its source disagree.

    import citekit
    done = citekit.complete(items)                  # fills what the references leave out
    findings = citekit.check("refs.txt", online=True)   # title-differs, date-differs, ...

Each filled or corrected value records its source and time under ``custom.verified``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from ..diagnostics import Diagnostic
from ..model import CSLItem
from ..records import dataclass, field
from .compare import Difference, differences
from .endpoints import Endpoints
from .merge import correct, fill
from .record import SourceRecord
from .run import Looked, Verifier, now

__all__ = [
    "Completed",
    "Difference",
    "Endpoints",
    "Looked",
    "SourceRecord",
    "Verifier",
    "complete",
    "disagreements",
]


@dataclass
class Completed:
    """Completed copies of the items, what was filled per item, and the findings."""

    items: list[CSLItem]
    filled: list[list[str]] = field(default_factory=list)
    corrected: list[list[str]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def disagreements(looked: Looked, item: CSLItem) -> list[Difference]:
    """The differences between ``item`` and its sources, one per rule (first source wins)."""
    found: dict[str, Difference] = {}
    for record in looked.records:
        for difference in differences(item, record):
            found.setdefault(difference.rule, difference)
    return list(found.values())


def complete(
    items: Iterable[CSLItem],
    *,
    fix: bool = False,
    verifier: Verifier | None = None,
    **settings: Any,
) -> Completed:
    """Fill each item's missing fields from its sources; with ``fix``, also correct slips.

    ``settings`` are ``Verifier`` fields (``offline``, ``timeout``, ``cache``, ``mailto``,
    ``allow_private``...). The items passed in are not changed.
    """
    verifier = verifier or Verifier(**settings)
    originals = list(items)
    looked = verifier.look_up(originals)
    stamp = now()
    result = Completed([])
    for item, seen in zip(originals, looked, strict=True):
        done = copy.deepcopy(item)
        changed: list[str] = []
        if fix:
            for difference in disagreements(seen, done):
                if difference.safe:
                    correct(done, difference, stamp, _record_of(seen, difference))
                    changed.append(difference.field)
        filled: list[str] = []
        for record in seen.records:
            filled += fill(done, record, stamp)
        result.items.append(done)
        result.filled.append(filled)
        result.corrected.append(changed)
        result.diagnostics += item_findings(done, seen, item_id=done.get("id"))
    return result


def item_findings(item: CSLItem, looked: Looked, *, item_id: Any = None) -> list[Diagnostic]:
    """Findings for one item from its sources (without fixes or text positions)."""
    from .findings import diagnostics_for

    return [d.at(item_id=item_id) for d in diagnostics_for(item, looked)]


def _record_of(looked: Looked, difference: Difference) -> SourceRecord:
    return next(r for r in looked.records if r.source == difference.source)
