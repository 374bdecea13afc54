"""Citations of ids that are not among the items: located diagnostics, the rest rendered."""

from __future__ import annotations

from ..diagnostics import Diagnostic, Location
from .clusters import Cluster
from .ids import cited_key, markdown_keys

RULE = "render-unknown-id"


def known_clusters(
    clusters: list[Cluster], known: set[str]
) -> tuple[list[Cluster], list[Diagnostic]]:
    """``clusters`` without their cites of unknown ids (a cluster left empty is dropped),
    and one diagnostic per such cite naming the cluster's 1-based index."""
    kept, found = [], []
    for number, cluster in enumerate(clusters, 1):
        for cite in cluster.items:
            if cite.id not in known:
                message = f"citation {number} cites unknown id {cite.id!r}; left out"
                found.append(Diagnostic(RULE, "error", message, Location(item_id=cite.id)))
        cites = tuple(cite for cite in cluster.items if cite.id in known)
        if cites:
            kept.append(Cluster(items=cites))
    return kept, found


def unknown_in_markdown(text: str, known: set[str]) -> list[Diagnostic]:
    """One diagnostic per Markdown citation of an unknown id, with its line (pandoc
    prints such a citation as ``key?``)."""
    found = []
    for match, line in markdown_keys(text):
        key = cited_key(match)
        if key not in known:
            message = f"unknown id {key!r}; printed as {key + '?'!r}"
            found.append(Diagnostic(RULE, "error", message, Location(line=line, item_id=key)))
    return found
