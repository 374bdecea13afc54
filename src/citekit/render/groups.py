"""Rendering many items in linear time: collision groups rendered apart, then merged.

Pandoc's citeproc spends quadratic time on name disambiguation (APA: 1,000 items 18 s,
2,000 items two minutes). Disambiguation only matters among items whose short cites
can collide: the same first-author family name, or the same title for authorless items.
So citekit renders

* every item that shares its collision key with no other once, with a copy of the style
  that does no disambiguation (fast, linear), in chunks of at most ``CHUNK_SIZE`` items
  (at least one per core),
* the items of each collision group of two or more with the real style, several groups
  per pandoc process, and
* for a bibliography, all items with a copy of the style that prints only the sort
  keys, which gives the order (``order.py``, in runs of bounded size), first; the
  chunks, then the batches (whose size is not bounded) follow;

and takes each clashing item's text from its group's run. ``tests/test_render_groups.py``
and ``benchmarks/render_grouping_check.py`` check that the result equals one plain run.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from .. import cores, rx
from ..model import NAME_FIELDS, CSLItem
from .clusters import CiteItem, Cluster, cluster_markdown
from .order import fixed_order
from .pandoc import run_citeproc
from .styles import Style, citation_options, style_text, without_disambiguation

GROUPING_THRESHOLD = 300
"""Below this many items one plain run is fast enough."""
BATCH_SIZE = 150
"""Most items of clash groups per pandoc process (whole groups are kept together)."""
CHUNK_SIZE = 250
"""Most items per no-disambiguation run: pandoc's memory grows with its input, so 50,000
items go in 200 runs, two at a time on two cores, served by long-lived pandoc processes
(``engine.run``), which make small runs cheap."""
_SAFE_RULES = {"", "by-cite", "primary-name", "primary-name-with-initials"}


def collision_key(item: CSLItem) -> str:
    """What an in-text cite starts with: the first name's family (or literal), else the title."""
    for field in NAME_FIELDS:
        names = item.get(field)
        if isinstance(names, list) and names and isinstance(names[0], dict):
            first = names[0]
            value = first.get("family") or first.get("literal")
            if value:
                return "name:" + str(value).casefold().strip()
    title = item.get("title-short") or item.get("title") or ""
    return "title:" + str(title).casefold().strip() if title else "id:" + str(item.get("id"))


def worth_grouping(style: Style, mode: str, to: str, count: int) -> bool:
    """Grouping pays and is safe: many items, an author-date style that disambiguates names
    only among cites of the same first author, no bibliography substitutes or numbers."""
    # (``notes`` in an author-date style are its in-text citations, grouped like them)
    if count < GROUPING_THRESHOLD or style.note or to in ("rtf", "docx"):
        return False
    options = citation_options(style)
    if not any(key.startswith("disambiguate-add-") for key in options):
        return False
    if options.get("givenname-disambiguation-rule", "") not in _SAFE_RULES:
        return False
    text = style_text(style)
    return "subsequent-author-substitute" not in text and "citation-number" not in text


NOTE_CHUNK = 250
"""Most items per pandoc process for a note style's first cites (``notes_in_chunks``)."""


def notes_in_chunks(style: Style, mode: str, to: str, count: int) -> bool:
    """A note style's footnotes of every item, each cited once, in order, may be rendered
    in chunks of whole collision groups: no cite can be ibid or subsequent (every item
    is cited once), and pandoc disambiguates (and citekit twins, ``prepare.py``) only
    cites whose names render alike, which share their group. Not for a style that
    disambiguates names across all cites or numbers them, nor for a document that pandoc
    writes whole (its footnote section)."""
    if not style.note or mode == "bibliography" or to not in ("text", "json"):
        return False
    if count <= NOTE_CHUNK:
        return False
    if citation_options(style).get("givenname-disambiguation-rule", "") not in _SAFE_RULES:
        return False
    return "citation-number" not in style_text(style)


def packed(groups: list[list[CSLItem]], size: int) -> list[list[CSLItem]]:
    """Whole groups packed, in order, into runs of about ``size`` items (a larger group
    is a run of its own)."""
    runs: list[list[CSLItem]] = []
    current: list[CSLItem] = []
    for group in groups:
        if current and len(current) + len(group) > size:
            runs.append(current)
            current = []
        current.extend(group)
    if current:
        runs.append(current)
    return runs


def in_chunks(
    items: list[CSLItem], render: Callable[[list[CSLItem]], dict[str, Any]]
) -> dict[str, Any]:
    """``render`` (one pandoc run, the Lua writer's result) on chunks of whole collision
    groups, run on all cores, merged back into the items' order (warnings in chunk
    order). Each chunk keeps its items in input order, so ties break as in one run."""
    rank = {item["id"]: index for index, item in enumerate(items)}
    runs = [
        sorted(run, key=lambda item: rank[item["id"]])
        for run in packed(collision_groups(items), NOTE_CHUNK)
    ]
    return in_input_order(cores.map_threads(render, runs), rank)


def in_input_order(results: list[dict[str, Any]], rank: dict[str, int]) -> dict[str, Any]:
    """The runs' results as one: their entries in the items' order (``rank``, each id's
    place), their warnings in run order."""
    entries = sorted(
        (entry for result in results for entry in result["entries"]),
        key=lambda entry: rank.get(entry["ids"][0], len(rank)),
    )
    warnings = [warning for result in results for warning in result.get("warnings", [])]
    return {"entries": entries, "warnings": warnings}


def collision_groups(items: list[CSLItem]) -> list[list[CSLItem]]:
    """Items grouped by collision key, groups and members in input order."""
    groups: dict[str, list[CSLItem]] = {}
    for item in items:
        groups.setdefault(collision_key(item), []).append(item)
    return list(groups.values())


Batch = tuple[list[CSLItem], set[str]]
"""The items of one pandoc run with the real style, and the ids whose texts it gives."""
_YEAR = rx.compile(r"[0-9]{3,4}")


def batches(groups: list[list[CSLItem]], size: int = BATCH_SIZE) -> list[Batch]:
    """The groups of two or more, each whole or in its years (``year_runs``), packed in
    order into batches of about ``size`` items (each item once, in input order)."""
    rank = {id(item): index for index, item in enumerate(i for g in groups for i in g)}
    found: list[Batch] = []
    run_items: dict[int, CSLItem] = {}
    keep: set[str] = set()
    for group in groups:
        for members, ids in year_runs(group) if len(group) >= 2 else []:
            if run_items and len(run_items) + len(members) > size:
                found.append((sorted(run_items.values(), key=lambda i: rank[id(i)]), keep))
                run_items, keep = {}, set()
            run_items.update((id(item), item) for item in members)
            keep |= ids
    if run_items:
        found.append((sorted(run_items.values(), key=lambda i: rank[id(i)]), keep))
    return found


def year_runs(group: list[CSLItem]) -> list[Batch]:
    """A collision group as runs of one year each, where that is cheaper than the whole
    group (disambiguation is quadratic in a run's items), else the group itself.

    Only cites of the same year can render alike, so only they can need more names or a
    year suffix; but APA's ``primary-name-with-initials`` adds initials to a surname
    wherever another cite's first author has that surname with other given names. So
    each year's run also holds one item of every other first author of the group, whose
    text is not taken from that run.
    """
    whole = [(group, {item["id"] for item in group})]
    by_year: dict[str, list[CSLItem]] = {}
    first_of: dict[tuple, CSLItem] = {}
    for item in group:
        by_year.setdefault(year_key(item), []).append(item)
        first_of.setdefault(first_author(item), item)
    if len(by_year) < 2:
        return whole
    runs: list[Batch] = []
    for members in by_year.values():
        present = {first_author(item) for item in members}
        others = [item for name, item in first_of.items() if name not in present]
        runs.append((members + others, {item["id"] for item in members}))
    if 2 * sum(len(run) ** 2 for run, _ in runs) > len(group) ** 2:
        return whole
    return runs


def year_key(item: CSLItem) -> str:
    """The year an in-text cite of ``item`` shows, as far as its date says ('' for none)."""
    issued = item.get("issued")
    if not isinstance(issued, dict):
        return ""
    parts = issued.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        return str(parts[0][0])
    found = _YEAR.search(str(issued.get("raw") or issued.get("literal") or ""))
    return found.group() if found else ""


def first_author(item: CSLItem) -> tuple:
    """Who leads an in-text cite of ``item``: its first name, whole (``()`` for none)."""
    for field in NAME_FIELDS:
        names = item.get(field)
        if isinstance(names, list) and names and isinstance(names[0], dict):
            return tuple(sorted((k, str(v)) for k, v in names[0].items()))
    return ()


def _body(items: list[CSLItem]) -> str:
    return "\n\n".join(cluster_markdown(Cluster(items=(CiteItem(id=i["id"]),))) for i in items)


def chunks(items: list[CSLItem], count: int) -> list[list[CSLItem]]:
    """``items`` cut into ``count`` runs of about equal length, in order (none if empty)."""
    size = max(1, -(-len(items) // max(1, count)))
    return [items[start : start + size] for start in range(0, len(items), size)]


def render_grouped(
    items: list[CSLItem], style: Style, *, mode: str, to: str, locale: str | None
) -> dict[str, Any]:
    """The Lua writer's result for ``items``, assembled from fast runs and group runs.

    Jobs in rounds: for a bibliography, the sort-key runs (the order); then on all
    cores the items of no collision group in chunks of at most ``CHUNK_SIZE`` with the
    no-disambiguation copy of the style (entry texts); then each
    batch of collision groups with the real style (texts of clashing items; a batch
    holds whole groups, so its size is not bounded).
    """
    workers = cores.available()
    with tempfile.TemporaryDirectory(prefix="citekit-style-") as folder:
        fast_style = without_disambiguation(style, Path(folder))
        keys = [partial(fixed_order, items, style, None, locale)] if mode == "bibliography" else []
        groups = collision_groups(items)
        alone = [group[0] for group in groups if len(group) == 1]  # in no group's run
        runs = chunks(alone, max(workers, -(-len(alone) // CHUNK_SIZE)))
        fast = [partial(_entries, run, fast_style, mode, to, locale) for run in runs]
        clashing = [
            partial(_kept_entries, batch, keep, style, mode, to, locale)
            for batch, keep in batches(groups)
        ]
        results = []
        for jobs in (keys, fast, clashing):
            results += cores.map_threads(lambda job: job(), jobs)
    order = results.pop(0) if mode == "bibliography" else [item["id"] for item in items]
    texts: dict[str, dict] = {}
    for result in results:
        texts.update((entry["ids"][0], entry) for entry in result)
    return {"entries": [texts[ident] for ident in order if ident in texts]}


def _kept_entries(
    items: list[CSLItem], keep: set[str], style: Style, mode: str, to: str, locale: str | None
) -> list[dict]:
    return [e for e in _entries(items, style, mode, to, locale) if e["ids"][0] in keep]


def _entries(
    items: list[CSLItem], style: Style, mode: str, to: str, locale: str | None
) -> list[dict]:
    body = None if mode == "bibliography" else _body(items)
    cites = [item["id"] for item in items] if body is not None and to in ("text", "json") else None
    return run_citeproc(
        items, body, style=style, mode=mode, to=to, locale=locale, first_cites=cites
    )[0]["entries"]
