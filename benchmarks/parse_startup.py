"""Start-up cost of ``citekit parse`` on one line (target: under 0.5 s), model loaded lazily.

Usage: python benchmarks/parse_startup.py [--runs 5]

Runs ``python -m citekit parse -`` on one reference a few times and reports the fastest and
median wall-clock times, next to ``python -c pass`` in the same run as the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

TARGET = 0.5
LINE = "김민지, & 박서준. (2022). 지역 공공도서관 이용의 결정요인. 도서관정보연구, 31(2), 45-67.\n"


def timed(args: list[str], stdin: str) -> float:
    started = time.perf_counter()
    subprocess.run(args, input=stdin, capture_output=True, text=True, check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    command = [sys.executable, "-m", "citekit", "parse", "--to", "jsonl", "-"]
    parse = sorted(timed(command, LINE) for _ in range(args.runs))
    bare = sorted(timed([sys.executable, "-c", "pass"], "") for _ in range(args.runs))
    print(f"citekit parse, one line: fastest {parse[0]:.2f} s, median "
          f"{statistics.median(parse):.2f} s (target < {TARGET} s)")
    print(f"baseline python -c pass: fastest {bare[0]:.2f} s; parse costs "
          f"{parse[0] / bare[0]:.1f}x the baseline")
    return 0 if parse[0] < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
