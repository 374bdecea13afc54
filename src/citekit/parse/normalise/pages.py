"""Page ranges: one hyphen between first and last page."""

from __future__ import annotations

import re

from ... import rx

_DASH = rx.compile(r"\s*(?:-{1,3}|[–—‐‑−~〜－])\s*")
_LABEL = rx.compile(r"^(?:pp?|pages?|pgs?|S|쪽)\.?\s*", re.IGNORECASE)


def normalise_pages(text: str) -> str:
    """``pp. 43 -- 102`` → ``43-102``."""
    text = _LABEL.sub("", text.strip())
    return _DASH.sub("-", text).strip(" .,;:")
