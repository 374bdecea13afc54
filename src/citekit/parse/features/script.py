"""Which script the token is written in."""

from __future__ import annotations

from ..model.tokens import Token


def features(token: Token) -> list[str]:
    return [f"kind={token.kind}"]
