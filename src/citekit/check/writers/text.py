"""The terminal report: findings grouped by reference, coloured when shown on a terminal."""

from __future__ import annotations

from ...diagnostics import Diagnostic

COLOURS = {"error": "31", "warning": "33", "info": "36", "head": "1"}


def _paint(text: str, kind: str, colour: bool) -> str:
    return f"\033[{COLOURS[kind]}m{text}\033[0m" if colour else text


def text_report(
    findings: list[Diagnostic], *, colour: bool = False, applied: list[Diagnostic] | None = None
) -> str:
    """Findings under one heading per reference (file and line), then a summary."""
    out: list[str] = []
    heading = None
    for finding in findings:
        where = finding.location
        current = (where.file, where.line)
        if current != heading:
            heading = current
            label = f"{where.file or '<input>'}" + (f" line {where.line}" if where.line else "")
            label += f" ({where.item_id})" if where.item_id else ""
            out.append(("\n" if out else "") + _paint(label, "head", colour))
        column = f"col {where.column}" if where.column else "     "
        severity = _paint(f"{finding.severity:<7}", finding.severity, colour)
        fixable = ", fixable" if finding.fix else ""
        out.append(f"  {column:<8} {severity} {finding.message} [{finding.rule}{fixable}]")
    if applied:
        out.append("\n" + _paint("fixed", "head", colour))
        for finding in applied:
            assert finding.fix is not None
            out.append(
                f"  {finding.location}: {finding.fix.old!r} → {finding.fix.new!r} [{finding.rule}]"
            )
    out.append(("\n" if out else "") + summary(findings, applied))
    return "\n".join(out) + "\n"


def counts(findings: list[Diagnostic]) -> dict[str, int]:
    """How many findings of each severity."""
    totals = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        totals[finding.severity] += 1
    return totals


def summary(findings: list[Diagnostic], applied: list[Diagnostic] | None = None) -> str:
    """``4 errors, 11 warnings, 0 info; 10 fixable with --fix`` (or how many were fixed)."""
    totals = counts(findings)
    text = f"{totals['error']} errors, {totals['warning']} warnings, {totals['info']} info"
    if applied is not None:
        return f"{text}; {len(applied)} fixed"
    fixable = sum(1 for finding in findings if finding.fix)
    return f"{text}; {fixable} fixable with --fix" if fixable else text
