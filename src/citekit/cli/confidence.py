"""``--min-confidence``: fail on references the parser read with too little confidence."""

from __future__ import annotations

import argparse

from ..diagnostics import Diagnostic
from ..pipeline import Loaded


def confidence_value(text: str) -> float:
    """A number from 0 to 1 (an ``argparse`` type)."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, not {text!r}")
    return value


def add_confidence_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--min-confidence", type=confidence_value, metavar="X", default=None,
        help="exit 1 when a parsed reference's confidence (custom.parse-confidence, 0-1) is "
             "below X; the doubtful references are named with file and line")


def doubtful(loaded: Loaded) -> list[Diagnostic]:
    """A warning, with file and line, for each parsed reference with doubtful fields."""
    from ..parse.model.combine import uncertainty_warning

    found = []
    for ref, item in zip(loaded.references, loaded.items, strict=False):
        warning = uncertainty_warning(item)
        if warning:
            found.append(warning.at(file=ref.file, line=ref.line, item_id=item.get("id")))
    return found


def below(loaded: Loaded, minimum: float | None) -> list[Diagnostic]:
    """An error for each parsed reference whose confidence is below ``minimum``."""
    if minimum is None or not loaded.references:
        return []
    found = []
    for ref, item in zip(loaded.references, loaded.items, strict=False):
        custom = item.get("custom") or {}
        score = custom.get("parse-confidence")
        if isinstance(score, (int, float)) and score < minimum:
            fields = ", ".join(custom.get("parse-uncertain") or []) or "the whole reference"
            found.append(Diagnostic(
                "parse-confidence", "error",
                f"parsed with confidence {score:.2f}, below --min-confidence {minimum:g}"
                f" (doubtful: {fields})").at(file=ref.file, line=ref.line, item_id=item.get("id")))
    return found
