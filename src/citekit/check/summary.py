"""The one-line summary ``citekit format`` prints when the references it rendered have
problems ``citekit check`` reports: errors, or copy-paste residue that would be printed."""

from __future__ import annotations

from ..pipeline import Loaded

SUMMARY_RULES = frozenset({"title-residue"})
"""Warnings that still count as a problem here: residue ends up in the rendered output."""


def check_style(style: str) -> str:
    """The check policy for a rendering style: ``apa`` for APA styles, else ``oscola``."""
    from pathlib import PurePath

    from ..lang.policy import policy_name

    return (
        "apa" if policy_name(style) == "apa" or PurePath(style).name.startswith("apa") else "oscola"
    )


def problem_summary(loaded: Loaded, *, style: str, command: str) -> str | None:
    """``2 references have problems: citekit check refs.txt`` or None when there are none.

    A reference counts once whatever its number of findings; ``command`` is what the user
    runs to see them."""
    from . import check

    findings = check(loaded, style=check_style(style))
    flagged = {
        (d.location.line, d.location.item_id)
        for d in findings
        if d.severity == "error" or d.rule in SUMMARY_RULES
    }
    if not flagged:
        return None
    count = len(flagged)
    noun = "reference has" if count == 1 else "references have"
    return f"{count} {noun} problems: {command}"
