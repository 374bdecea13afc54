"""The rule parser's answer as one field per token: its claimed spans, and the item's text
fields found back in the string. This is how the model sees what the rules decided."""

from __future__ import annotations

from .. import ParseResult
from .tokens import Token

_SEARCHED = ("title", "container-title", "collection-title", "publisher", "publisher-place",
             "volume", "issue", "page", "number", "genre", "authority")
_CLAIMED = {"author", "URL", "DOI", "accessed", "issued", "genre", "volume", "issue", "page",
            "title", "container-title", "edition", "number", "authority", "original-date",
            "locator", "junk", "title-translation"}


def rule_spans(result: ParseResult) -> list[tuple[str, int, int]]:
    """(field, start, end) in ``result.text``: claims first, then item values found in the text."""
    spans = [(f, s, e) for f, s, e in result.claims if f in _CLAIMED]
    taken = {f for f, _, _ in spans}
    text = result.text
    folded = text.casefold()
    for field in _SEARCHED:
        value = result.item.get(field)
        if field in taken or not isinstance(value, str) or len(value) < 1:
            continue
        at = folded.find(value.casefold())
        if at >= 0:
            spans.append((field, at, at + len(value)))
    role = next((r for r in ("editor", "translator") if r in result.item), None)
    if role and "author" in taken and "author" not in result.item:
        spans = [(role if f == "author" else f, s, e) for f, s, e in spans]
    return spans


def rule_fields(result: ParseResult, tokens: list[Token]) -> list[str]:
    """The field of each token by the rules (``-`` where they claimed nothing)."""
    spans = sorted(rule_spans(result), key=lambda s: s[2] - s[1])
    out = []
    for token in tokens:
        found = next((f for f, s, e in spans if s <= token.start < e), "-")
        out.append(found)
    return out
