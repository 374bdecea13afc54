"""Helpers for the check tests: run the checks on a small text or on items."""

from __future__ import annotations

import datetime

from citekit.check import check
from citekit.diagnostics import Diagnostic
from citekit.pipeline import load_text

TODAY = datetime.date(2026, 11, 27)


def run(text: str, **options) -> list[Diagnostic]:
    """Every finding for ``text`` read as an informal reference list named ``refs.txt``."""
    options.setdefault("today", TODAY)
    return check(load_text(text, "refs.txt"), text=text, **options)


def run_items(items: list[dict], **options) -> list[Diagnostic]:
    """Every finding for structured CSL-JSON items."""
    options.setdefault("today", TODAY)
    return check(items, **options)


def rules_of(findings: list[Diagnostic], rule: str) -> list[Diagnostic]:
    """The findings of one rule."""
    return [finding for finding in findings if finding.rule == rule]
