"""How long ``citekit check`` takes on 10,000 references (target: under 2 seconds).

Builds a list from the clean test corpus and the example references (faults included),
each copy made distinct, then times in this one process:

- baseline: reading and parsing the list once (``pipeline.load_text``), which every command
  does first (its cost is the parser's);
- check: every rule on the parsed list (``citekit.check``), then applying the safe fixes,
  each the best of three runs.

Prints the times, the check+fix / read+parse ratio, and check+fix against the 2 s target
(exit status 1 when over it).
Run: ``.venv/bin/python benchmarks/check_speed.py [N]``
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from citekit.check import check, fix
from citekit.pipeline import load_text

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 2.0


def reference_list(count: int) -> str:
    """``count`` distinct references: clean ones and the example's faulty ones, numbered."""
    clean = (ROOT / "tests" / "data" / "clean_oscola.txt").read_text(encoding="utf-8").split("\n")
    faulty = (ROOT / "examples" / "refs.txt").read_text(encoding="utf-8").split("\n")
    pool = [line for line in clean + faulty if line.strip()]
    lines = []
    for number in range(count):
        line = pool[number % len(pool)]
        lines.append(line.replace("'", f"'{number} ", 1).replace("/", f"/{number}", 3))
    return "\n".join(lines) + "\n"


def best_of(runs: int, job):  # type: ignore[no-untyped-def]
    """The fastest of ``runs`` timings of ``job()`` and its last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = job()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    text = reference_list(count)
    load_seconds, loaded = best_of(1, lambda: load_text(text, "bench.txt"))
    check_seconds, findings = best_of(3, lambda: check(loaded, text=text))
    fix_seconds, fixed = best_of(3, lambda: fix(text, findings, file="bench.txt"))
    total = check_seconds + fix_seconds
    print(
        f"references: {len(loaded.items)}, findings: {len(findings)}, fixed: {len(fixed.applied)}"
    )
    print(f"baseline read+parse (once):   {load_seconds:.3f} s")
    print(f"check, all rules (best of 3): {check_seconds:.3f} s")
    print(f"apply fixes (best of 3):      {fix_seconds:.3f} s")
    print(f"check+fix / read+parse: {total / load_seconds:.3f}")
    print(f"check+fix: {total:.3f} s = {total / TARGET_SECONDS:.0%} of the 2 s target")
    return 0 if total < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
