"""Punctuation: the marks right before and after the token, and the spaces around it."""

from __future__ import annotations

from ..model.tokens import Token


def features(text: str, tokens: list[Token]) -> list[list[str]]:
    out = []
    for index, token in enumerate(tokens):
        feats = []
        if token.start == 0 or text[token.start - 1] == " ":
            feats.append("space-before")
        if token.end < len(text) and text[token.end] == " ":
            feats.append("space-after")
        if token.kind == "other":
            feats.append("punct")
            before = tokens[index - 1] if index else None
            if before is not None and before.kind == "other" and before.end == token.start:
                feats.append(f"pp={before.text}{token.text}")
        out.append(feats)
    return out
