"""Patents: ``US Patent 3,712,959``, ``USA Patent 8181907``, ``특허 제10-1234567호``."""

from __future__ import annotations

import re

from ... import rx
from ..draft import Draft

_PATENT = rx.compile(
    r"(?:\b(?:U\.?S\.?A?\.?|European|Korean|Japanese|KR|EP|WO|GB|DE)\s+)?\bPatent\s*(?:No\.?\s*)?"
    r"(?P<number>\d[\d,./-]{2,14}\d)|(?:특허|등록특허)\s*(?:제\s*)?(?P<ko>\d[\d-]{4,14}\d)\s*호?",
    re.IGNORECASE,
)


def find_patent(draft: Draft) -> None:
    """Claim a patent number; the item becomes a ``patent``."""
    m = _PATENT.search(draft.masked)
    if m:
        number = m.group("number") or m.group("ko")
        draft.claim("number", m.start(), m.end(), number)
        draft.flags.add("patent")
