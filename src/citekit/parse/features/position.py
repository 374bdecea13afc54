"""Where the token sits: its index among the first few, and its tenth of the reference."""

from __future__ import annotations

from ..model.tokens import Token


def features(tokens: list[Token]) -> list[list[str]]:
    count = len(tokens)
    out = []
    for index in range(count):
        feats = [f"tenth={index * 10 // max(count, 1)}"]
        if index < 3:
            feats.append(f"index={index}")
        if index == count - 1:
            feats.append("last")
        out.append(feats)
    return out
