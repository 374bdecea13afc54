"""Accuracy of a citekit.lang function on a ../shared/lang-dev gold file (skips where absent)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

LANG_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "lang-dev"


def gold(name: str) -> list[dict]:
    """The records of a lang-dev file; skips the test when ../shared is absent."""
    path = LANG_DEV / name
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    for look_alike in "’ʼ‘`":
        text = text.replace(look_alike, "'")
    return text.replace("ǒ", "ŏ").replace("ǔ", "ŭ").casefold()


def accuracy(records: list[dict], run: Callable[[dict], str]) -> tuple[float, list[str]]:
    """Share of records whose output matches ``expected`` or an ``alt``; the misses."""
    misses = []
    for record in records:
        wanted = {_norm(record["expected"]), *(_norm(alt) for alt in record.get("alt", []))}
        if record.get("accept"):
            wanted |= {_norm(code) for code in record["accept"]}
        got = run(record)
        if _norm(got or "") not in wanted:
            misses.append(f"{record['input']} -> {got} (want {record['expected']})")
    return 1 - len(misses) / len(records), misses
