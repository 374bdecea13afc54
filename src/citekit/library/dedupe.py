"""Finding records of one work: same DOI, same normalised URL, or a similar title with
the same year and compatible first authors, across scripts."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from ..model import CSLItem
from ..records import dataclass
from .keys import Signature, match_keys, signature
from .merge import is_parsed, merge_items
from .store import Store

TITLE_SIMILARITY = 0.95
CROSS_SCRIPT_SIMILARITY = 0.88  # a Hangul title against a romanization made by someone else
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
    least = CROSS_SCRIPT_SIMILARITY if a.hangul != b.hangul else TITLE_SIMILARITY
    similarity = title_similarity(a.title, b.title, at_least=least)
    if similarity >= least:
        return f"similar title ({similarity:.2f}), same year {a.year} and first author"
    if a.main_title and a.main_title == b.title or b.main_title and b.main_title == a.title:
        return f"same title without the subtitle, same year {a.year} and first author"
    return None


def same_work(a: CSLItem, b: CSLItem) -> str | None:
    """Why ``a`` and ``b`` are one work, or None when they are not (or may not be)."""
    return compare(signature(a), signature(b))


def candidates_for(
    store: Store,
    item: CSLItem,
    known: dict[int, Signature] | None = None,
    mine: Signature | None = None,
) -> list[tuple[int, str]]:
    """Stored items that ``item`` duplicates, with the reason, oldest first.

    A title block holding more than ``BLOCK_LIMIT`` items (a very common title start)
    is left to ``find_duplicates``, so that imports stay fast. ``known`` caches the
    signatures of stored items across calls (an importer adds the items it stores);
    ``mine`` is ``item``'s signature when the caller has it.
    """
    known = {} if known is None else known
    mine = mine or signature(item)
    seen: set[int] = set()
    found: list[tuple[int, str]] = []
    for kind, value in match_keys(item):
        rowids = store.same_key(kind, value, limit=BLOCK_LIMIT + 1)
        if kind == "title" and len(rowids) > BLOCK_LIMIT:
            continue
        for rowid in rowids:
            if rowid in seen:
                continue
            seen.add(rowid)
            if rowid not in known:
                stored = store.get(rowid)
                known[rowid] = signature(stored.item if stored else {})
            reason = compare(known[rowid], mine)
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


def compatible(a: Signature, b: Signature) -> bool:
    """False when two records cannot be one work whatever links them: two DOIs, two years."""
    return not (a.doi and b.doi and a.doi != b.doi) and not (a.year and b.year and a.year != b.year)


def plan_merges(store: Store, candidates: list[Candidate]) -> dict[int, list[Candidate]]:
    """For each group of duplicates, its oldest item and the merges into it.

    Pairs join groups strongest first (identical, DOI, URL, title); a pair that would
    put two incompatible records in one group (a record without DOI that looks like two
    records with different DOIs) is left out rather than merge them.
    """
    signed = {}
    for rowid in {n for c in candidates for n in (c.keep, c.drop)}:
        stored = store.get(rowid)
        signed[rowid] = signature(stored.item if stored else {})
    members: dict[int, list[int]] = {rowid: [rowid] for rowid in signed}
    root = {rowid: rowid for rowid in signed}
    why: dict[int, str] = {}
    strength = ("identical", "same DOI", "same URL", "similar title")
    ordered = sorted(candidates, key=lambda c: next(
        (i for i, s in enumerate(strength) if c.reason.startswith(s)), len(strength)))  # fmt: skip
    for candidate in ordered:
        a, b = root[candidate.keep], root[candidate.drop]
        if a == b or not all(
            compatible(signed[x], signed[y]) for x in members[a] for y in members[b]
        ):
            continue
        keep, other = min(a, b), max(a, b)
        why[other] = candidate.reason
        for rowid in members[other]:
            root[rowid] = keep
        members[keep] += members.pop(other)
    return {
        keep: [Candidate(keep, rowid, why[rowid]) for rowid in sorted(group) if rowid != keep]
        for keep, group in members.items()
        if len(group) > 1
    }


def apply_merges(store: Store, candidates: list[Candidate]) -> list[dict[str, Any]]:
    """Merge each group of duplicates into its oldest item, in one transaction.

    Every field is kept; conflicting values and each merged record stay in the survivor's
    history. Returns one report per merged item.
    """
    reports: list[dict[str, Any]] = []
    with store.transaction():
        for keep, merges in plan_merges(store, candidates).items():
            for candidate in merges:
                survivor, other = store.get(keep), store.get(candidate.drop)
                if survivor is None or other is None:
                    continue
                merged, conflicts, choices = merge_items(
                    survivor.item,
                    other.item,
                    keep_parsed=_parsed(store, survivor),
                    other_parsed=_parsed(store, other),
                )
                note = {
                    "merged": other.key,
                    "reason": candidate.reason,
                    "conflicts": conflicts,
                    "choices": choices,
                }
                store.update(keep, merged, "merge", note)
                store.remove(other.rowid, "merged-away", {"into": survivor.key, **note}, into=keep)
                reports.append(
                    {
                        "keep": survivor.key,
                        "drop": other.key,
                        "reason": candidate.reason,
                        "conflicts": sorted(conflicts),
                    }
                )
    return reports


def _parsed(store: Store, stored: Any) -> bool:
    """Whether a stored record came from a parsed reference (its provenance or markers)."""
    return is_parsed(stored.item, [where for _, where, _ in store.provenance(stored.rowid)])
