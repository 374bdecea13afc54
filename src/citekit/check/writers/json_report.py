"""The JSON report: every finding as a dict, the totals, and the fixes applied."""

from __future__ import annotations

import json

from ...diagnostics import Diagnostic
from .text import counts


def json_report(
    findings: list[Diagnostic], *, colour: bool = False, applied: list[Diagnostic] | None = None
) -> str:
    """``{"findings": [...], "summary": {...}, "fixed": [...]}`` as indented JSON."""
    report = {
        "findings": [finding.to_dict() for finding in findings],
        "summary": counts(findings),
        "fixed": [finding.to_dict() for finding in applied or []],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
