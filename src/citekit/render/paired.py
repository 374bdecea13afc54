"""A note style's footnotes and its bibliography from the same pandoc runs.

An author writing in OSCOLA needs both: each source's first footnote and the
bibliography. Two renders make two sets of pandoc runs over the same items, yet pandoc's
citeproc, once it has rendered a run's footnotes, gives that run's bibliography for
little more (plain pandoc, 40 runs of 250 items: footnotes 8.4 s of CPU, footnotes and
bibliography 8.7 s, bibliography alone 5.4 s).

So the bibliography's order (``order.fixed_order``) is cut into runs as ``ranked.py``
cuts it, each run starting with the last item of the run before, and every collision
group (``groups.collision_key``: the cites that could render alike) goes whole to the
run that holds its first member in that order. A run then cites the items of its groups
once each, in input order, and lists every item it holds: its footnotes are those of
its groups, its entries those of its part of the order. The members of its groups from
other parts of the order, and citekit's twins (``prepare.name_clash_twins``), are ranked
after everything else, so no entry that is kept follows one of them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any, NamedTuple

from .. import cores
from ..model import CSLItem
from .groups import collision_groups, in_input_order
from .order_chunks import run_starts
from .ranked import BIBLIOGRAPHY_CHUNK, joined, ranked_items, ranked_style
from .styles import Style

Together = Callable[[list[CSLItem], list[CSLItem], Style, str], "tuple[dict, dict] | None"]
"""One run: (the items, the cited ones, the ranked style, the rank variable) to the
writer's results for the footnotes and the bibliography, or None."""
Notes = Callable[[list[CSLItem]], dict[str, Any]]
Bibliography = Callable[[list[CSLItem], Style], dict[str, Any]]


class PairedRun(NamedTuple):
    """One pandoc run of ``notes_and_bibliography``."""

    held: list[CSLItem]
    """Every item the run holds, in input order."""
    cited: list[CSLItem]
    """The items whose footnotes it gives (its collision groups), in input order."""
    listed: set[str]
    """The ids of its part of the bibliography's order."""


def last_rank(index: int) -> str:
    """A rank after every item's: for the items a run holds but does not list."""
    return f"{10**9 + index:010d}"


def paired_runs(
    ranked: list[CSLItem], input_rank: dict[str, int], variable: str, size: int
) -> list[PairedRun]:
    """The runs for ``ranked`` (items in the bibliography's order, carrying their rank in
    ``variable``; ``input_rank``: each id's place in the input)."""
    starts = list(run_starts(len(ranked), size))
    parts = [ranked[start : start + size] for start in starts]
    position = {item["id"]: index for index, item in enumerate(ranked)}
    cited: list[list[CSLItem]] = [[] for _ in parts]
    for group in collision_groups(ranked):
        first = min(position[item["id"]] for item in group)
        cited[bisect_right(starts, first) - 1].extend(group)
    runs = []
    for part, group_items in zip(parts, cited, strict=True):
        listed = {item["id"] for item in part}
        extra = [item for item in group_items if item["id"] not in listed]
        extra = [{**item, variable: last_rank(n)} for n, item in enumerate(extra)]
        by_input = sorted(part + extra, key=lambda item: input_rank[item["id"]])
        cites = {item["id"] for item in group_items}
        runs.append(PairedRun(by_input, [i for i in by_input if i["id"] in cites], listed))
    return runs


def notes_and_bibliography(
    items: list[CSLItem],
    order: list[str],
    style: Style,
    variable: str,
    *,
    together: Together,
    notes: Notes,
    bibliography: Bibliography,
    size: int | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The writer's results for every item's footnote (input order) and for the
    bibliography of ``items`` in ``order``, from runs of about ``size``
    (``BIBLIOGRAPHY_CHUNK``) items on all cores; a run that ``together`` cannot make is
    made as two (``notes`` on its cited items, ``bibliography`` on its part)."""
    import tempfile
    from pathlib import Path

    input_rank = {item["id"]: index for index, item in enumerate(items)}
    ranked = ranked_items(items, order, variable)
    size = size or BIBLIOGRAPHY_CHUNK
    runs = paired_runs(ranked, input_rank, variable, size)
    with tempfile.TemporaryDirectory(prefix="citekit-paired-") as folder:
        sorted_style = ranked_style(style, variable, Path(folder))

        def one(run: PairedRun) -> tuple[dict, dict]:
            found = together(run.held, run.cited, sorted_style, variable)
            if found is not None:
                return found
            part = [item for item in run.held if item["id"] in run.listed]
            return notes(run.cited), bibliography(part, sorted_style)

        results = cores.map_threads(one, runs)
    listed = [  # each run's part of the order, without the items it only holds
        {**found, "entries": [e for e in found["entries"] if e["ids"][0] in run.listed]}
        for run, (_, found) in zip(runs, results, strict=True)
    ]
    firsts = [ranked[start]["id"] for start in run_starts(len(ranked), size)]
    notes_found = in_input_order([found for found, _ in results], input_rank)
    return notes_found, joined(listed, firsts)
