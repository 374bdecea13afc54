"""The SARIF 2.1.0 report, so CI systems show findings inline."""

from __future__ import annotations

import json
from typing import Any

from ...diagnostics import Diagnostic
from ..registry import rules

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def sarif_report(
    findings: list[Diagnostic], *, colour: bool = False, applied: list[Diagnostic] | None = None
) -> str:
    """One SARIF run with every rule described and every finding located."""
    from ... import __version__

    known = list(rules().values())
    index = {rule.id: number for number, rule in enumerate(known)}
    driver = {
        "name": "citekit",
        "version": __version__,
        "rules": [
            {
                "id": rule.id,
                "shortDescription": {"text": rule.summary},
                "defaultConfiguration": {"level": LEVELS[rule.severity]},
                "properties": {"family": rule.family},
            }
            for rule in known
        ],
    }
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [_result(finding, index) for finding in findings],
    }
    return (
        json.dumps(
            {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2
        )
        + "\n"
    )


def _result(finding: Diagnostic, index: dict[str, int]) -> dict[str, Any]:
    where = finding.location
    region: dict[str, int] = {}
    if where.line:
        region["startLine"] = where.line
        if where.column:
            region["startColumn"] = where.column
    physical: dict[str, Any] = {"artifactLocation": {"uri": where.file or "stdin"}}
    if region:
        physical["region"] = region
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": physical}],
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if where.item_id:
        result["properties"] = {"itemId": where.item_id}
    if finding.fix and region.get("startColumn"):
        end = dict(region, endColumn=region["startColumn"] + len(finding.fix.old))
        result["fixes"] = [
            {
                "description": {"text": finding.fix.description},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": where.file or "stdin"},
                        "replacements": [
                            {"deletedRegion": end, "insertedContent": {"text": finding.fix.new}}
                        ],
                    }
                ],
            }
        ]
    return result
