"""Importing files into the library: one transaction per file, with provenance."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostic
from ..keys import base_key, existing_key
from ..model import CSLItem
from ..pipeline import load
from ..records import dataclass, field
from .dedupe import IDENTICAL, candidates_for
from .keys import Signature, signature
from .store import Provenance, Store


@dataclass
class ImportReport:
    """What one file brought: new items, items already held, possible duplicates."""

    source: str
    added: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    failed: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        return {
            "source": self.source,
            "added": len(self.added),
            "already": len(self.already),
            "failed": self.failed,
            "duplicates": self.duplicates,
        }


def import_items(
    store: Store,
    items: Iterable[tuple[CSLItem, str | None]],
    source: str,
    tags: Iterable[str] = (),
) -> ImportReport:
    """Store ``(item, location)`` pairs from ``source`` in one transaction.

    An item identical to a stored one only gains this provenance and the tags; one that
    looks like a stored item is added and reported as a possible duplicate (``dedupe``
    merges). Any exception, or the process dying, leaves the library as it was.
    """
    report = ImportReport(source)
    tags = sorted(set(tags))
    known: dict[int, Signature] = {}
    with store.transaction():
        for item, location in items:
            item, own_tags = _zotero_tags(item)
            item_tags = sorted({*tags, *own_tags})
            provenance = Provenance(source, location)
            mine = signature(item)
            candidates = candidates_for(store, item, known, mine)
            same = [rowid for rowid, reason in candidates if reason == IDENTICAL]
            if same:
                store.add_provenance(same[0], provenance)
                store.tag(same[0], add=item_tags)
                report.already.append(str(item.get("id")))
                continue
            wanted = existing_key(item) or base_key(item)
            stored = store.add({**item, "id": wanted}, provenance, item_tags)
            known[stored.rowid] = mine
            report.added.append(stored.key)
            for rowid, reason in candidates:
                other = store.get(rowid)
                report.duplicates.append(
                    {"keep": other.key if other else rowid, "drop": stored.key, "reason": reason}
                )
    return report


def _zotero_tags(item: CSLItem) -> tuple[CSLItem, list[str]]:
    """The item without its Zotero collections and tags, and those as library tags."""
    custom = item.get("custom")
    if not isinstance(custom, dict) or not (
        "zotero-collections" in custom or "zotero-tags" in custom
    ):
        return item, []
    found = [str(t) for key in ("zotero-collections", "zotero-tags") for t in custom.get(key, [])]
    kept = {k: v for k, v in custom.items() if k not in ("zotero-collections", "zotero-tags")}
    rest = {k: v for k, v in item.items() if k != "custom"}
    return ({**rest, "custom": kept} if kept else rest), found


def import_file(store: Store, path: str, tags: Iterable[str] = ()) -> ImportReport:
    """Read ``path`` in any format citekit reads and import its items.

    Unreadable or malformed files raise ``InputError`` (naming the file and line) before
    anything is written; references or entries that cannot be read are reported (as error
    diagnostics, counted in ``failed``) and skipped, the others imported.
    """
    loaded = load(path)
    source = str(Path(path).resolve()) if path != "-" else "<stdin>"
    failed = set(loaded.failed)

    def located() -> Iterable[tuple[CSLItem, str | None]]:
        for index, item in enumerate(loaded.items):
            if index in failed:
                continue
            if loaded.references:
                yield item, f"line {loaded.references[index].line}"
            else:
                yield item, f"entry {item.get('id')}"

    report = import_items(store, located(), source, tags)
    report.diagnostics = loaded.diagnostics
    report.failed = len({d.location for d in loaded.diagnostics if d.severity == "error"})
    return report
