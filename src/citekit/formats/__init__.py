"""Structured bibliography formats in and out (CSL-JSON now; BibTeX, RIS, YAML to come).

``read_structured`` recognises a format by content and returns its items, or None when
the text is not a structured format (an informal reference list, to be parsed).
"""

from __future__ import annotations

from ..model import CSLItem
from .csljson import dumps_csl_json, looks_like_csl_json, read_csl_json

__all__ = ["read_structured", "read_csl_json", "dumps_csl_json"]


def read_structured(text: str, name: str = "<input>") -> list[CSLItem] | None:
    """Items of a structured file, or None if ``text`` is an informal list."""
    if looks_like_csl_json(text):
        return read_csl_json(text, name)
    return None
