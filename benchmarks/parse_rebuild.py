"""The trained model rebuilds byte for byte with the same seed (issue #12).

Usage: python benchmarks/parse_rebuild.py [--size 400] [--seed 3]

Builds a small corpus and model twice into temporary folders with ``training.build`` and
compares the model files' SHA-256; a different seed must give a different model. Also
reports the build time next to the time of the first build, as the baseline.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = ("fields.crfsuite", "type.crfsuite", "fields-only.crfsuite")


def build(seed: int, size: int, out: Path) -> tuple[dict[str, str], float]:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "training.build", "--seed", str(seed), "--size",
                    str(size), "--iterations", "30", "--out", str(out)], cwd=ROOT, check=True,
                   capture_output=True)
    digests = {name: hashlib.sha256((out / name).read_bytes()).hexdigest() for name in FILES}
    return digests, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=400)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        first, took = build(args.seed, args.size, Path(tmp) / "a")
        again, took_again = build(args.seed, args.size, Path(tmp) / "b")
        other, _ = build(args.seed + 1, args.size, Path(tmp) / "c")
    same = first == again
    print(f"seed {args.seed} twice: {'byte-identical' if same else 'DIFFERENT'} "
          f"({', '.join(f'{k} {v[:12]}' for k, v in first.items())})")
    print(f"seed {args.seed + 1}: {'different, as it should be' if other != first else 'SAME'}")
    print(f"build time {took_again:.1f} s, {took_again / took:.2f}x the first build")
    return 0 if same and other != first else 1


if __name__ == "__main__":
    sys.exit(main())
