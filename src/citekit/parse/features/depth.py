"""Bracket and quote depth: how deep in ``()``/``[]`` the token is, and which quotes enclose it."""

from __future__ import annotations

from ..model.tokens import Token

_OPEN = {"(": ")", "[": "]", "（": "）", "〔": "〕"}
_CLOSE = {v: k for k, v in _OPEN.items()}
# quotes that open and close with different marks
_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", "〈": "〉", "《": "》", "«": "»", "<": ">"}
_SAME = {'"', "'"}


def features(tokens: list[Token]) -> list[list[str]]:
    out: list[list[str]] = []
    round_depth = 0
    quotes: list[str] = []
    for index, token in enumerate(tokens):
        text = token.text
        feats = []
        if text in _CLOSE:
            round_depth = max(0, round_depth - 1)
        closing_quote = bool(quotes) and (
            text == _QUOTES.get(quotes[-1]) or (text in _SAME and quotes[-1] == text))
        if closing_quote:
            quotes.pop()
        feats.append(f"paren={min(round_depth, 2)}")
        if quotes:
            feats.append(f"in-quote={quotes[-1]}")
            feats.append(f"quote-depth={min(len(quotes), 2)}")
        if text in _OPEN:
            round_depth += 1
        elif not closing_quote and (text in _QUOTES or (text in _SAME and _opens(tokens, index))):
            quotes.append(text)
            feats.append("opens-quote")
        elif closing_quote:
            feats.append("closes-quote")
        out.append(feats)
    return out


def _opens(tokens: list[Token], index: int) -> bool:
    """A straight quote opens when it is not glued to the word before (``Korea's`` is no quote)."""
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return after is not None and after.start == tokens[index].end and (
        before is None or before.end < tokens[index].start or before.kind == "other")
