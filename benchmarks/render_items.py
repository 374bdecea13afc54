"""Synthetic, distinct CSL-JSON items for rendering benchmarks (deterministic, no data files).

Every item has its own author family name, so no two can be confused; a few share a
surname on purpose (``--clash`` every k-th item) to exercise disambiguation.
"""

from __future__ import annotations

import json
import random
import sys

TYPES = ("article-journal", "book", "article-newspaper", "chapter", "report", "webpage")
SYLLABLES = ("ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "da", "ve", "zu", "ha", "jo", "be")


def surname(index: int) -> str:
    """A distinct, pronounceable surname for each index."""
    parts = []
    n = index + 1
    while n:
        n, r = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts).capitalize()


def make_items(count: int, *, clash_every: int = 0, seed: int = 7) -> list[dict]:
    """``count`` items; with ``clash_every`` k, every k-th item reuses the previous surname."""
    rng = random.Random(seed)
    items = []
    for index in range(count):
        name_index = index - 1 if clash_every and index % clash_every == 0 and index else index
        kind = TYPES[index % len(TYPES)]
        item = {
            "id": f"item{index}",
            "type": kind,
            "author": [{"family": surname(name_index), "given": rng.choice("ABCDEFGH") + "."}],
            "title": f"Study number {index} of rendering at scale",
            "issued": {"date-parts": [[1990 + index % 35, 1 + index % 12]]},
        }
        if kind in ("article-journal", "article-newspaper", "chapter"):
            item["container-title"] = f"Journal of Tests {index % 50}"
            item["page"] = f"{index % 300 + 1}-{index % 300 + 20}"
        if kind in ("book", "report", "chapter"):
            item["publisher"] = "Test Press"
        if kind == "webpage":
            item["URL"] = f"https://example.org/{index}"
        if index % 17 == 0:
            del item["author"]
        items.append(item)
    return items


if __name__ == "__main__":
    json.dump(
        make_items(int(sys.argv[1]), clash_every=int(sys.argv[2]) if len(sys.argv) > 2 else 0),
        sys.stdout,
        ensure_ascii=False,
    )
