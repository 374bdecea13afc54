"""Presenting multilingual items the way a style wants them (script, romanization)."""

from __future__ import annotations

from ..model import CSLItem


def present(
    items: list[CSLItem], *, style: str, script: str | None = None, romanization: str | None = None
) -> list[CSLItem]:
    """Return copies of ``items`` prepared for ``style`` (placeholder: unchanged copies)."""
    return [dict(item) for item in items]
