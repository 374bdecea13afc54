"""Applying safe fixes to the input text: each replaces ``old`` by ``new`` at its location."""

from __future__ import annotations

from collections import defaultdict

from ..diagnostics import Diagnostic
from ..records import dataclass, field


@dataclass
class Fixed:
    """The fixed text and the diagnostics whose fixes were applied."""

    text: str
    applied: list[Diagnostic] = field(default_factory=list)


def apply_fixes(text: str, diagnostics: list[Diagnostic], file: str | None = None) -> Fixed:
    """Apply every fix located in ``file`` whose ``old`` text is found where it points.

    A fix whose text is not there, or that overlaps one already applied, is skipped:
    a fix never guesses.
    """
    lines = text.split("\n")
    by_line: dict[int, list[Diagnostic]] = defaultdict(list)
    for diagnostic in diagnostics:
        where = diagnostic.location
        if diagnostic.fix and where.line and where.column and (file is None or where.file == file):
            by_line[where.line].append(diagnostic)
    applied: list[Diagnostic] = []
    for number, pending in by_line.items():
        if number > len(lines):
            continue
        line, limit = lines[number - 1], None
        for diagnostic in sorted(pending, key=lambda d: d.location.column or 0, reverse=True):
            fix, start = diagnostic.fix, (diagnostic.location.column or 1) - 1
            assert fix is not None
            end = start + len(fix.old)
            if (limit is not None and end > limit) or line[start:end] != fix.old:
                continue
            line, limit = line[:start] + fix.new + line[end:], start
            applied.append(diagnostic)
        lines[number - 1] = line
    applied.sort(key=lambda d: (d.location.line or 0, d.location.column or 0))
    return Fixed("\n".join(lines), applied)

