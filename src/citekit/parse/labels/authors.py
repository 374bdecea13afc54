"""The author zone: where the list of names at the start of a reference ends."""

from __future__ import annotations

import re

from ..draft import MASK, Draft
from .words import is_initial, last_word

_STOP = re.compile(r"\x00|:\s|\.(?=\s|$|\x00)|\(\s*(?:eds?|hrsg|coord|dir)\b", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"^(?:[A-Z\u00c0-\u024f][\w’'\-.]*|[\uac00-\ud7a3]+|van|von|de|der|den|"
                         r"del|della|di|da|du|la|le|dos|das|ten|ter|and|&|et|al\.?|others|외|등)[,;]?$")
_VANCOUVER = re.compile(r"\b[A-Z][\w’'-]+\s+[A-Z]{1,3},")
_FUNCTION_WORD = re.compile(r"^(?:of|the|for|in|on|to|a|an|with|from|by|at|is|are|how|what|why)$",
                            re.IGNORECASE)


def _continues_after_initial(text: str, pos: int) -> bool:
    """After ``J.``: do the next words carry on a name (``J. R. Shealy,``) or start a title?"""
    tail = text[pos + 1 : pos + 60].split()
    if not tail:
        return False
    for token in tail[:4]:
        if MASK in token or not _NAME_TOKEN.match(token):
            return False
        bare = token.rstrip(",;.")
        if token.endswith((",", ";")) or bare in ("and", "&"):
            return True
        if token.endswith(".") and not is_initial(bare):
            return True
    return False


def author_zone(draft: Draft) -> tuple[int, int] | None:
    """(start, end) of the author names at the start, or None when the string starts otherwise."""
    text = draft.masked
    start = len(text) - len(text.lstrip())
    if start >= len(text) or text[start] == MASK:
        return None
    vancouver = None
    for m in _STOP.finditer(text, start):
        if m.group(0) != "." :
            return _checked(draft, start, m.start())
        word = last_word(text[max(start, m.start() - 30) : m.start()])
        if vancouver is None:
            vancouver = bool(_VANCOUVER.search(text[start : m.start() + 1]))
        if is_initial(word) and not vancouver and _continues_after_initial(text, m.start()):
            continue
        if word.casefold() in ("jr", "sr", "st") or (is_initial(word) and not vancouver and
                                                       _next_is_name_part(text, m.end())):
            continue
        return _checked(draft, start, m.start() + 1)
    return None


def _next_is_name_part(text: str, pos: int) -> bool:
    """``Smith, J. R., Jones``: the initial is followed by more initials or a comma."""
    nxt = text[pos : pos + 8].lstrip()
    return bool(re.match(r"^(?:[A-Z]\.|,|-[A-Z])", nxt))


def _checked(draft: Draft, start: int, end: int) -> tuple[int, int] | None:
    """Accept the zone only when it reads like names."""
    zone = draft.masked[start:end].strip()
    if not zone:
        return None
    tokens = zone.split()
    lower = [t for t in tokens if _FUNCTION_WORD.match(t.strip(",.;"))]
    if lower or len(tokens) > 40:
        return None
    if "," not in zone and ";" not in zone and " and " not in zone and "&" not in zone \
            and len(tokens) > 4:
        return None
    if any(ch.isdigit() for ch in zone) and not re.search(r"[\uac00-\ud7a3]", zone):
        return None
    return start, end
