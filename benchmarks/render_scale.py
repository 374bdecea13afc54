"""APA bibliography and in-text citations of 5,000 vs 10,000 distinct items.

Targets (issue 8): 10,000 items in under 15 s, and at most 2.5x the time of 5,000.
Prints wall time and the CPU time of the pandoc processes for each size and mode, and the
ratio of 10,000 to 5,000 measured in the same run. ``--baseline N`` also times one plain
pandoc run (no grouping) of N items, the cost grouping avoids. Run from the worktree:

    .venv/bin/python benchmarks/render_scale.py
    .venv/bin/python benchmarks/render_scale.py --sizes 1000 2000 --baseline 1000
"""

from __future__ import annotations

import argparse
import importlib
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_items import make_items  # noqa: E402

engine = importlib.import_module("citekit.render")
groups = importlib.import_module("citekit.render.groups")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(items: list[dict], mode: str, style: str) -> tuple[float, float, int]:
    """(wall seconds, pandoc CPU seconds, entries) of one render."""
    cpu, start = children_cpu(), time.perf_counter()
    rendered = engine.render(items, style=style, mode=mode)
    return time.perf_counter() - start, children_cpu() - cpu, len(rendered.entries)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[5000, 10000])
    parser.add_argument("--style", default="apa")
    parser.add_argument("--clash", type=int, default=0, help="every k-th item shares a surname")
    parser.add_argument("--baseline", type=int, default=0, help="also time a plain run of N")
    args = parser.parse_args()
    results: dict[tuple[str, int], tuple[float, float, int]] = {}
    for mode in ("bibliography", "citations"):
        for size in args.sizes:
            items = make_items(size, clash_every=args.clash)
            results[(mode, size)] = wall, cpu, count = timed(items, mode, args.style)
            print(
                f"{args.style} {mode:12} {size:6} items: {wall:6.2f} s wall, "
                f"{cpu:6.2f} s pandoc CPU ({count} entries)"
            )
    small, large = args.sizes
    for mode in ("bibliography", "citations"):
        ratio = results[(mode, large)][0] / results[(mode, small)][0]
        cpu_ratio = results[(mode, large)][1] / results[(mode, small)][1]
        verdict = "ok" if ratio <= 2.5 and results[(mode, large)][0] < 15 else "MISSED"
        print(
            f"{mode:12} {large}/{small}: {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU "
            f"(target <= 2.5x and < 15 s: {verdict})"
        )
    if args.baseline:
        groups.GROUPING_THRESHOLD = 10**9
        wall, cpu, _ = timed(
            make_items(args.baseline, clash_every=args.clash), "bibliography", args.style
        )
        print(
            f"baseline: one plain pandoc run of {args.baseline} items: {wall:.2f} s wall, "
            f"{cpu:.2f} s CPU"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
