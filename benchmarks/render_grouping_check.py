"""Proof that grouped rendering equals one plain pandoc run, on the corpus and 2,000 items.

Renders APA bibliography and in-text citations both ways and compares the whole output
byte for byte. The plain runs are the slow, quadratic ones (minutes for 2,000 items).

    .venv/bin/python benchmarks/render_grouping_check.py            # corpus + 2,000 items
    .venv/bin/python benchmarks/render_grouping_check.py --size 500
    .venv/bin/python benchmarks/render_grouping_check.py --size 2000 --items parsed.json
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_items import make_items  # noqa: E402

engine = importlib.import_module("citekit.render")
groups = importlib.import_module("citekit.render.groups")
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "render" / "corpus.json"


def compare(name: str, items: list[dict], mode: str) -> bool:
    groups.GROUPING_THRESHOLD = 10**9
    start = time.perf_counter()
    plain = engine.render(items, style="apa", mode=mode)
    middle = time.perf_counter()
    groups.GROUPING_THRESHOLD = 0
    grouped = engine.render(items, style="apa", mode=mode)
    end = time.perf_counter()
    same = plain.output == grouped.output
    print(
        f"{name:10} {mode:12} {len(items):5} items: {'identical' if same else 'DIFFERENT'}"
        f" (plain {middle - start:.1f} s, grouped {end - middle:.1f} s)"
    )
    return same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--clash", type=int, default=10, help="every k-th item shares a surname")
    parser.add_argument(
        "--items", help="CSL-JSON items too (e.g. `citekit parse` of many references with common"
        " surnames, whose collision groups are cut into years), the first --size of them",
    )
    args = parser.parse_args()
    cases = [("synthetic", make_items(args.size, clash_every=args.clash))]
    if args.items:
        with open(args.items, encoding="utf-8") as handle:
            cases.append(("items", json.load(handle)[: args.size]))
    if CORPUS.is_file():
        cases.insert(0, ("corpus", json.loads(CORPUS.read_text(encoding="utf-8"))))
    ok = all(
        compare(name, items, mode)
        for name, items in cases
        for mode in ("bibliography", "citations")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
