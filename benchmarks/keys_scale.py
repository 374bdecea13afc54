"""Citation keys are linear: 100,000 items sharing one base key in under 2 seconds (#13.6).

Times ``assign_keys`` on N items that all share one base key (one author, one year: the
worst case, every one lettered), for N = 12,500 ... 100,000, and, as the baseline in the
same run, ``base_key`` alone over the same items (the cost any key scheme pays). Prints
each time, the ratio of each size to the one before (2.0 is linear) and the 100,000 time
against the 2 s target (exit status 1 when over it).
Run: ``.venv/bin/python benchmarks/keys_scale.py``
"""

from __future__ import annotations

import sys
import time

from citekit.keys import assign_keys, base_key

TARGET_SECONDS = 2.0
SIZES = (12_500, 25_000, 50_000, 100_000)


def items(count: int) -> list[dict]:
    one = {
        "type": "book",
        "author": [{"family": "Kim", "given": "E"}],
        "issued": {"date-parts": [[2023]]},
    }
    return [{"id": f"ref{n}", **one} for n in range(count)]


def best(function, *args, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    previous = None
    last = 0.0
    for size in SIZES:
        batch = items(size)
        baseline = best(lambda b: [base_key(i) for i in b], batch)
        took = best(assign_keys, batch)
        keys = assign_keys(batch)
        assert len(set(keys)) == size
        growth = f"  x{took / previous:.2f} for x2 items" if previous else ""
        print(
            f"{size:>7} items: assign_keys {took:.3f} s, base_key alone {baseline:.3f} s "
            f"(ratio {took / baseline:.2f}){growth}"
        )
        previous, last = took, took
    verdict = "ok" if last < TARGET_SECONDS else "OVER"
    print(f"100,000 sharing one base key: {last:.2f} s (target < {TARGET_SECONDS} s): {verdict}")
    return 0 if last < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
