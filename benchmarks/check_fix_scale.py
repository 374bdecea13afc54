"""``citekit check --fix`` on N and 2N references: the 2N/N time ratio (target: <= 2.3).

Times, in this process and in CPU seconds (the machine is shared), each step the command
takes on the list ``check_speed.py`` builds: reading it (parser and citation keys,
``pipeline.load_text``), every rule (``check``), the fixes (``fix``), the re-check of the
fixed list whose findings the report gives, and the text report; each size once after a
warm-up. The ratio is given for
the whole and for the steps after reading (the reading is the parser's and ``keys.py``'s).
Run: ``.venv/bin/python benchmarks/check_fix_scale.py [N]`` (default 10,000).
"""

from __future__ import annotations

import gc
import sys
import time

from check_speed import reference_list

from citekit.check import check, fix
from citekit.check.writers import WRITERS
from citekit.pipeline import load_text

TARGET_RATIO = 2.3


def timed(count: int) -> dict[str, float]:
    """CPU seconds of each step for ``count`` references."""
    text = reference_list(count)
    times: dict[str, float] = {}
    start = time.process_time()
    loaded = load_text(text, "bench.txt")
    times["read"] = time.process_time() - start
    gc.freeze()  # as the command does once it has read its input
    start = time.process_time()
    findings = check(loaded, text=text)
    times["check"] = time.process_time() - start
    start = time.process_time()
    fixed = fix(text, findings, file="bench.txt")
    times["fix"] = time.process_time() - start
    start = time.process_time()
    left = check(load_text(fixed.text, "bench.txt"), text=fixed.text)
    times["re-check"] = time.process_time() - start
    start = time.process_time()
    WRITERS["text"](left, colour=False, applied=fixed.applied)
    times["report"] = time.process_time() - start
    gc.unfreeze()
    return times


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    timed(200)  # warm-up: tables and models loaded once
    small, large = timed(count), timed(2 * count)
    for size, times in ((count, small), (2 * count, large)):
        steps = ", ".join(f"{step} {seconds:.2f}" for step, seconds in times.items())
        print(f"{size:>7,} references: {sum(times.values()):.2f} s CPU ({steps})")
    whole = sum(large.values()) / sum(small.values())
    after = (sum(large.values()) - large["read"]) / (sum(small.values()) - small["read"])
    print(f"{2 * count:,}/{count:,} ratio: whole {whole:.2f}, after reading {after:.2f} "
          f"(target <= {TARGET_RATIO})")
    return 0 if whole <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
