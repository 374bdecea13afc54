"""``citekit check --fix`` on N and 2N references: the 2N/N time ratio (target: <= 2.3).

Runs the whole command in this process (read, parse, every rule, the fixes, the report,
the atomic write) on the list ``check_speed.py`` builds, each size once after a warm-up,
timing CPU seconds of this process (the machine is shared; CPU time is what grows). The
share of reading the list (parser and citation keys, ``pipeline.load_text``) is timed
apart too, so the ratio of the checking and fixing alone is shown.
Run: ``.venv/bin/python benchmarks/check_fix_scale.py [N]`` (default 10,000).
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

from check_speed import reference_list

from citekit.cli import main as cli
from citekit.pipeline import load_text

TARGET_RATIO = 2.3


def timed(count: int, directory: Path) -> tuple[float, float]:
    """CPU seconds of the whole command, and of reading the list alone (parse and keys)."""
    text = reference_list(count)
    source = directory / f"refs{count}.txt"
    source.write_text(text, encoding="utf-8")
    start = time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):
        cli(["check", "--fix", str(source), "-o", str(directory / f"fixed{count}.txt")])
    whole = time.process_time() - start
    start = time.process_time()
    load_text(text, "bench.txt")
    return whole, time.process_time() - start


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        timed(200, directory)  # warm-up: tables and models loaded once
        small = timed(count, directory)
        large = timed(2 * count, directory)
    ratio = large[0] / small[0]
    rest = (large[0] - large[1]) / (small[0] - small[1])
    for size, (whole, read) in ((count, small), (2 * count, large)):
        print(f"check --fix {size:,} references: {whole:.2f} s CPU "
              f"(reading, parsing and keys alone: {read:.2f} s)")
    print(f"{2 * count:,}/{count:,} ratio: {ratio:.2f} (target <= {TARGET_RATIO}); "
          f"without reading/parsing/keys: {rest:.2f}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
