"""``citekit format --style apa`` of many references as a whole process: time and peak memory.

Targets (issue 13, item 8): 50,000 references in < 90 s and < 800 MB peak; 10,000 in
< 300 MB. Each size runs twice: once timed alone (wall, and CPU as user + system of
the whole process tree), once with its memory sampled every 50 ms, since the sampler's
reads of ``/proc`` take a core's time from the run it watches (on two cores, 50,000
references took 12 s longer while sampled). Peak memory is the process tree's summed PSS
(citekit and its pandoc processes, pages they share, such as pandoc's 140 MB of program
text, counted once), judged against the targets; the summed RSS, which counts shared
pages in every process, is printed beside it. The references are informal
lines (``parse_speed.synthetic``: English and Korean templates, parsed first) or, with
``--json``, the CSL-JSON items of ``render_items.py``.

    .venv/bin/python benchmarks/format_scale.py --sizes 10000 50000
    .venv/bin/python benchmarks/format_scale.py --sizes 10000 --json
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_engines import measure  # noqa: E402
from render_items import make_items  # noqa: E402

TARGETS = {10000: (None, 300), 50000: (90, 800)}


def timed(command: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one unwatched run of ``command`` and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: some references had problems
        raise RuntimeError(f"{command[0]} failed: {done.stderr.decode('utf-8', 'replace')[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 50000])
    parser.add_argument("--style", default="apa")
    parser.add_argument("--json", action="store_true", help="CSL-JSON items, not informal lines")
    args = parser.parse_args()
    citekit = str(Path(sys.executable).with_name("citekit"))
    ok = True
    with tempfile.TemporaryDirectory(prefix="citekit-format-") as folder:
        for size in args.sizes:
            if args.json:
                path = Path(folder) / f"refs{size}.json"
                path.write_text(json.dumps(make_items(size), ensure_ascii=False), "utf-8")
            else:
                from parse_speed import synthetic

                path = Path(folder) / f"refs{size}.txt"
                path.write_text("\n".join(synthetic(size)) + "\n", encoding="utf-8")
            out = Path(folder) / "out.txt"
            command = [citekit, "format", str(path), "--style", args.style, "-q", "-o", str(out)]
            wall, cpu = timed(command)
            _, rss, peak = measure(command, ok=(0, 1))
            lines = sum(1 for _ in out.open(encoding="utf-8"))
            seconds, megabytes = TARGETS.get(size, (None, None))
            verdict = []
            if seconds is not None:
                verdict.append(f"< {seconds} s: {'ok' if wall < seconds else 'MISSED'}")
                ok &= wall < seconds
            if megabytes is not None:
                verdict.append(f"< {megabytes} MB: {'ok' if peak < megabytes else 'MISSED'}")
                ok &= peak < megabytes
            print(
                f"{args.style} {size:6} references: {wall:6.1f} s wall, {cpu:6.1f} s CPU, "
                f"{peak:5.0f} MiB peak PSS ({rss:5.0f} MiB summed RSS), {lines} entries"
                f"  {'; '.join(verdict)}",
                flush=True,
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
