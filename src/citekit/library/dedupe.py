"""Finding records of one work: same DOI, same normalised URL, or a similar title with
the same year and compatible first authors, across scripts."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from ..model import CSLItem
from .keys import (
    author_key,
    match_keys,
    normalize_doi,
    normalize_url,
    record_key,
    title_key,
    title_numbers,
    year,
)
from .merge import merge_items
from .store import Store

TITLE_SIMILARITY = 0.9
IDENTICAL = "identical record"
BLOCK_LIMIT = 200  # items compared per fuzzy block on import; `dedupe` compares them all


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


def _doi(item: CSLItem) -> str | None:
    return normalize_doi(item.get("DOI")) or normalize_doi(item.get("URL"))


def title_similarity(a: CSLItem, b: CSLItem) -> float:
    """How alike two folded titles are, from 0 to 1."""
    key_a, key_b = title_key(a), title_key(b)
    if not key_a or not key_b:
        return 0.0
    return SequenceMatcher(None, key_a, key_b, autojunk=False).ratio()


def same_work(a: CSLItem, b: CSLItem) -> str | None:
    """Why ``a`` and ``b`` are one work, or None when they are not (or may not be)."""
    if record_key(a) == record_key(b):
        return IDENTICAL
    doi_a, doi_b = _doi(a), _doi(b)
    if doi_a and doi_b:
        return f"same DOI {doi_a}" if doi_a == doi_b else None
    year_a, year_b = year(a), year(b)
    if year_a and year_b and year_a != year_b:
        return None
    similarity = title_similarity(a, b)
    url_a, url_b = normalize_url(a.get("URL")), normalize_url(b.get("URL"))
    if url_a and url_a == url_b and (similarity >= 0.5 or not (a.get("title") and b.get("title"))):
        return f"same URL {url_a}"
    if not (year_a and year_b) or title_numbers(a) != title_numbers(b):
        return None
    author_a, author_b = author_key(a), author_key(b)
    if author_a and author_b and author_a != author_b:
        return None
    if similarity >= TITLE_SIMILARITY:
        return f"similar title ({similarity:.2f}), same year {year_a} and first author"
    return None


def candidates_for(store: Store, item: CSLItem) -> list[tuple[int, str]]:
    """Stored items that ``item`` duplicates, with the reason, oldest first."""
    seen: set[int] = set()
    found: list[tuple[int, str]] = []
    for kind, value in match_keys(item):
        for rowid in store.same_key(kind, value)[:BLOCK_LIMIT]:
            if rowid in seen:
                continue
            seen.add(rowid)
            other = store.get(rowid)
            reason = same_work(other.item, item) if other else None
            if reason:
                found.append((rowid, reason))
    return sorted(found)


def find_duplicates(store: Store) -> list[Candidate]:
    """Every pair of stored items that look like one work."""
    pairs: dict[tuple[int, int], str] = {}
    cache: dict[int, CSLItem] = {}

    def item(rowid: int) -> CSLItem:
        if rowid not in cache:
            stored = store.get(rowid)
            cache[rowid] = stored.item if stored else {}
        return cache[rowid]

    for kind in ("record", "doi", "url", "title"):
        for group in store.key_groups(kind):
            for i, first in enumerate(group):
                for second in group[i + 1 :]:
                    if (first, second) in pairs:
                        continue
                    reason = same_work(item(first), item(second))
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
