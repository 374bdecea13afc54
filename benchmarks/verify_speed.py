"""``check --online`` against ``citekit links`` on the same 2,000 references (loopback only).

    .venv/bin/python benchmarks/verify_speed.py [--n 2000] [--hosts 20] [--ms 200] [--runs 3]

The fake web of ``tests/verify_fakeweb.py`` serves every page with the given latency on
127.0.0.1 .. 127.0.0.N. Both commands run as whole processes with the cache off, in
alternation; the script prints the median wall time of each, their ratio (target: check
--online within 1.3x of links, since a link is fetched once for both jobs) and peak memory
(target < 150 MB).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from verify_fakeweb import FakeWeb, make_facts  # noqa: E402

CITEKIT = [str(Path(sys.executable).parent / "citekit")]
PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
    "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one whole process."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", PEAK, *command], capture_output=True, text=True)
    return time.perf_counter() - start, int(out.stdout.strip() or 0) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--ms", type=float, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with FakeWeb(make_facts(seed=1), delay=args.ms / 1000, hosts=args.hosts) as web, \
            tempfile.TemporaryDirectory() as folder:  # fmt: skip
        facts = [f for f in web.facts.values() if "DOI" not in f.extra]
        items = []
        for i in range(args.n):
            item = facts[i % len(facts)].item(web.host_base(i % args.hosts))
            item["id"], item["URL"] = f"r{i}", f"{item['URL']}?copy={i}"
            items.append(item)
        refs = Path(folder) / "refs.json"
        refs.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        common = [str(refs), "--allow-private", "--no-cache"]
        links = [*CITEKIT, "links", *common, "--to", "jsonl"]
        online = [*CITEKIT, "check", *common, "--online", "--to", "json"]
        times: dict[str, list[float]] = {"links": [], "check --online": []}
        peaks: dict[str, list[float]] = {"links": [], "check --online": []}
        for _ in range(args.runs):
            for name, command in (("links", links), ("check --online", online)):
                wall, peak = run(command)
                times[name].append(wall)
                peaks[name].append(peak)
        requests = sum(web.requests.values())
    base = statistics.median(times["links"])
    for name in times:
        wall = statistics.median(times[name])
        print(
            f"{name:15} {wall:6.2f} s (median of {args.runs}), {wall / base:.2f}x links, "
            f"peak {max(peaks[name]):.0f} MB"
        )
    hops = sum(2 if facts[i % len(facts)].kind == "portal" else 1 for i in range(args.n))
    expected = hops * args.runs * 2
    print(
        f"{args.n} references over {args.hosts} hosts at {args.ms:g} ms; the server answered "
        f"{requests} requests; one per link and redirect hop per run is {expected}"
    )


if __name__ == "__main__":
    main()
