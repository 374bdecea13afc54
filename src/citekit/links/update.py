"""``--update``: a copy of the input citing final URLs for moved links and archives for dead ones.

Structured inputs are written back in their own format. CSL-JSON items keep the URL
they cited under ``custom``: a moved link's ``URL`` becomes the
final URL (``custom.original-URL`` keeps the old one); a dead or failing link keeps its
``URL`` and gains ``custom.archive-URL`` and ``custom.archive-verdict``. In text inputs
(informal lists, Markdown, HTML, URL lists) each URL is replaced in place.
"""

from __future__ import annotations

import copy

from ..diagnostics import Diagnostic
from ..formats import write_library
from .audit import Audit
from .result import LinkResult


def updated_items(audit: Audit) -> list[dict]:
    """The audited items with replacements recorded (the input items are not changed)."""
    assert audit.source is not None
    by_id: dict[str, LinkResult] = {r.item_id: r for r in audit.results if r.item_id}
    items = copy.deepcopy(audit.source.items)
    for index, item in enumerate(items):
        result = by_id.get(str(item.get("id") or f"item{index + 1}"))
        if result is None or not result.replacement:
            continue
        extra = item.setdefault("custom", {})
        if result.verdict == "redirect-ok":
            extra["original-URL"] = item.get("URL", result.url)
            item["URL"] = result.replacement
        else:
            extra["archive-URL"] = result.replacement
            extra["archive-verdict"] = result.verdict
    return items


def updated_text(audit: Audit) -> str:
    """The input text with each replaceable URL replaced (first occurrence from its line on)."""
    assert audit.source is not None
    text = audit.source.text
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    edits = [r for r in audit.results if r.replacement and r.line]
    for result in sorted(edits, key=lambda r: r.line or 0, reverse=True):
        at = text.find(result.url, starts[(result.line or 1) - 1])
        if at >= 0 and result.replacement:
            text = text[:at] + result.replacement + text[at + len(result.url) :]
    return text


def updated_copy(audit: Audit) -> tuple[str, list[Diagnostic]]:
    """The updated input in the input's own form, and what that format could not hold."""
    assert audit.source is not None
    if audit.source.kind == "csl":
        written = write_library(updated_items(audit), audit.source.format)
        return written.text, written.diagnostics
    return updated_text(audit), []
