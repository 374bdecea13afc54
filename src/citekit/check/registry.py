"""The rules ``citekit check`` knows: stable ids, families, default severities, summaries."""

from __future__ import annotations

from functools import cache

from ..diagnostics import Diagnostic, Fix, Location, Severity
from ..records import dataclass
from .data import json_table


@dataclass(frozen=True)
class Rule:
    """One rule: its id never changes once published."""

    id: str
    family: str
    severity: Severity
    summary: str


@cache
def rules() -> dict[str, Rule]:
    """Every rule by id, in the order of ``data/rules.json``."""
    return {rule_id: Rule(rule_id, **spec) for rule_id, spec in json_table("rules.json").items()}


def finding(rule_id: str, message: str, location: Location, fix: Fix | None = None) -> Diagnostic:
    """A diagnostic for ``rule_id`` with the rule's severity."""
    return Diagnostic(rule_id, rules()[rule_id].severity, message, location, fix)
