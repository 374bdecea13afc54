"""What the rule parser claimed: the field it gave each token (``-`` for none)."""

from __future__ import annotations


def features(rule_fields: list[str]) -> list[list[str]]:
    return [[f"rule={field}"] for field in rule_fields]
