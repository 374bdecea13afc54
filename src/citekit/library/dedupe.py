"""Finding records of one work: same DOI, same normalised URL, or a similar title with
the same year and compatible first authors, across scripts."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from ..model import CSLItem
from .keys import Signature, match_keys, signature
from .merge import merge_items
from .store import Store

TITLE_SIMILARITY = 0.9
IDENTICAL = "identical record"
BLOCK_LIMIT = 50  # items compared per title block on import; `dedupe` compares them all


@dataclass(frozen=True)
class Candidate:
    """Two items that look like one work; ``keep`` is the older."""

    keep: int
    drop: int
    reason: str

    def to_dict(self, store: Store) -> dict[str, Any]:
        """A JSON-ready description naming both items by key."""
        keep, drop = store.get(self.keep), store.get(self.drop)
        return {
            "keep": keep.key if keep else self.keep,
            "drop": drop.key if drop else self.drop,
            "reason": self.reason,
        }


def title_similarity(a: str, b: str, *, at_least: float = 0.0) -> float:
    """How alike two folded titles are, from 0 to 1 (0 when below ``at_least``)."""
    if not a or not b or 2 * min(len(a), len(b)) / (len(a) + len(b)) < at_least:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.quick_ratio() < at_least:
        return 0.0
    return matcher.ratio()


def _titles_agree(a: str, b: str) -> bool:
    """Two records at one URL are one work unless their titles are plainly different."""
    return not (a and b) or title_similarity(a, b, at_least=0.5) > 0


def compare(a: Signature, b: Signature) -> str | None:
    """Why the items signed ``a`` and ``b`` are one work, or None."""
    if a.record == b.record:
        return IDENTICAL
    if a.doi and b.doi:
        return f"same DOI {a.doi}" if a.doi == b.doi else None
    if a.year and b.year and a.year != b.year:
        return None
    if a.url and a.url == b.url and _titles_agree(a.title, b.title):
        return f"same URL {a.url}"
    if not (a.year and b.year) or a.numbers != b.numbers:
        return None
    if a.author and b.author and a.author != b.author:
        return None
    similarity = title_similarity(a.title, b.title, at_least=TITLE_SIMILARITY)
    if similarity >= TITLE_SIMILARITY:
        return f"similar title ({similarity:.2f}), same year {a.year} and first author"
    return None


def same_work(a: CSLItem, b: CSLItem) -> str | None:
    """Why ``a`` and ``b`` are one work, or None when they are not (or may not be)."""
    return compare(signature(a), signature(b))


def candidates_for(store: Store, item: CSLItem) -> list[tuple[int, str]]:
    """Stored items that ``item`` duplicates, with the reason, oldest first.

    A title block holding more than ``BLOCK_LIMIT`` items (a very common title start)
    is left to ``find_duplicates``, so that imports stay fast.
    """
    mine = signature(item)
    seen: set[int] = set()
    found: list[tuple[int, str]] = []
    for kind, value in match_keys(item):
        stored = store.same_key(kind, value, limit=BLOCK_LIMIT + 1)
        if kind == "title" and len(stored) > BLOCK_LIMIT:
            continue
        for rowid, other in stored:
            if rowid in seen:
                continue
            seen.add(rowid)
            reason = compare(signature(other), mine)
            if reason:
                found.append((rowid, reason))
    return sorted(found)


def find_duplicates(store: Store) -> list[Candidate]:
    """Every pair of stored items that look like one work."""
    pairs: dict[tuple[int, int], str] = {}
    signatures: dict[int, Signature] = {}

    def signed(rowid: int) -> Signature:
        if rowid not in signatures:
            stored = store.get(rowid)
            signatures[rowid] = signature(stored.item if stored else {})
        return signatures[rowid]

    for kind in ("record", "doi", "url", "title"):
        for group in store.key_groups(kind):
            for i, first in enumerate(group):
                for second in group[i + 1 :]:
                    if (first, second) in pairs:
                        continue
                    reason = compare(signed(first), signed(second))
                    if reason:
                        pairs[(first, second)] = reason
    return [Candidate(keep, drop, reason) for (keep, drop), reason in sorted(pairs.items())]


def _groups(candidates: list[Candidate]) -> dict[int, list[Candidate]]:
    """Candidates by the item that survives (the oldest of each connected group)."""
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    for candidate in candidates:
        a, b = root(candidate.keep), root(candidate.drop)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        groups.setdefault(root(candidate.keep), []).append(candidate)
    return groups


def apply_merges(store: Store, candidates: list[Candidate]) -> list[dict[str, Any]]:
    """Merge each group of duplicates into its oldest item, in one transaction.

    Every field is kept; conflicting values and each merged record stay in the survivor's
    history. Returns one report per merged item.
    """
    reports: list[dict[str, Any]] = []
    with store.transaction():
        for keep, group in _groups(candidates).items():
            merged_away: set[int] = set()
            for candidate in group:
                drop = candidate.drop if candidate.drop != keep else candidate.keep
                survivor, other = store.get(keep), store.get(drop)
                if drop in merged_away or survivor is None or other is None:
                    continue
                merged, conflicts = merge_items(survivor.item, other.item)
                note = {"merged": other.key, "reason": candidate.reason, "conflicts": conflicts}
                store.update(keep, merged, "merge", note)
                store.remove(drop, "merged-away", {"into": survivor.key, **note}, into=keep)
                merged_away.add(drop)
                reports.append(
                    {
                        "keep": survivor.key,
                        "drop": other.key,
                        "reason": candidate.reason,
                        "conflicts": sorted(conflicts),
                    }
                )
    return reports
