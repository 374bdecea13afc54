"""Link-audit benchmarks against ``../shared/links`` (fakeweb must already be running).

    python ../shared/links/fakeweb.py --port 8790 --hosts 20 &
    python benchmarks/links_bench.py speed [--linkchecker PATH]   # 2,000 URLs x 200 ms, 20 hosts
    python benchmarks/links_bench.py memory                       # 10,000 URLs: peak RSS
    python benchmarks/links_bench.py huge                         # bytes read of 1 GiB bodies
    python benchmarks/links_bench.py warm                         # second run, warm cache
    python benchmarks/links_bench.py catalogue                    # 32 behaviours x 5

Each figure is printed beside its baseline from the same run. Everything stays on loopback.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
KIT = HERE.parents[0].parent / "shared" / "links"
ADAPTER = HERE / "links_adapter.py"
if not KIT.is_dir():
    sys.exit(f"the measurement kit is not at {KIT}")
sys.path.insert(0, str(KIT))

import gen  # noqa: E402  (the kit's generator)
import score  # noqa: E402  (the kit's runner and scorer)

from citekit.links.audit import DEFAULT_CONCURRENCY, DEFAULT_PER_HOST  # noqa: E402


def workload(kind: str, out: Path, **options: object) -> Path:
    """Write a kit workload; return its truth file."""
    argv = ["gen.py", kind, "--out", str(out)] + [f"--{k}={v}" for k, v in options.items()]
    saved, sys.argv = sys.argv, argv
    try:
        gen.main()
    finally:
        sys.argv = saved
    return out.with_suffix(".truth.jsonl")


def measure(
    truth: Path, server: str, command: list[str], env: dict[str, str] | None = None
) -> dict:
    """Run a checker command on a workload; wall, CPU, peak RSS, server stats and scores."""
    urls, meta = (
        str(truth).replace(".truth.jsonl", ".urls"),
        str(truth).replace(".truth.jsonl", ".meta.jsonl"),
    )
    command = [c.replace("{urls}", urls).replace("{meta}", meta) for c in command]
    environ = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    environ.update(LINKAUDIT_WAYBACK=server + "/wayback/available", **(env or {}))
    score.http_json(server + "/__reset")
    run = score.run(command, environ, max_seconds=600)
    stats = score.http_json(server + "/__stats")
    preds = [json.loads(line) for line in run.pop("stdout").splitlines() if line.strip()]
    result = score.score(score.load_jsonl(str(truth)), preds) if preds else {}
    return {**run, "server": stats, **{k: v for k, v in result.items() if k != "rows"}}


def citekit_command() -> list[str]:
    return [sys.executable, str(ADAPTER), "{urls}", "{meta}"]


def speed(args: argparse.Namespace, tmp: Path) -> None:
    n, ms, hosts = 2000, 200, 20
    truth = workload("latency", tmp / "lat", n=n, hosts=hosts, ms=ms, port=args.port)
    effective = min(DEFAULT_CONCURRENCY, DEFAULT_PER_HOST * hosts)
    limit = n * ms / 1000 / effective
    ours = measure(truth, args.server, citekit_command())
    print(
        f"citekit: {ours['wall_s']:.2f} s for {n} URLs x {ms} ms over {hosts} hosts; "
        f"limit at concurrency {effective} = {limit:.2f} s; ratio {ours['wall_s'] / limit:.2f} "
        f"(target <= 1.3); server peak in flight {ours['server']['peak_inflight']} "
        f"({ours['server']['peak_inflight_per_host']} per host); "
        f"fine accuracy {ours['accuracy_fine']}"
    )
    if args.linkchecker:
        html = str(truth).replace(".truth.jsonl", ".html")
        theirs = measure(
            truth,
            args.server,
            [
                args.linkchecker,
                "--check-extern",
                "--no-warnings",
                "-o",
                "none",
                "--no-robots",
                html,
            ],
        )
        print(
            f"linkchecker: {theirs['wall_s']:.2f} s, {theirs['server']['total_requests']} "
            "requests; citekit is "
            f"{theirs['wall_s'] / ours['wall_s']:.1f}x faster (target >= 5)"
        )


def memory(args: argparse.Namespace, tmp: Path) -> None:
    truth = workload("latency", tmp / "mem", n=args.n, hosts=20, ms=20, port=args.port)
    baseline = score.run(
        [sys.executable, "-c", "import citekit.links, time; time.sleep(0.5)"],
        dict(os.environ),
        max_seconds=60,
    )
    ours = measure(truth, args.server, citekit_command())
    print(
        f"citekit: peak RSS {ours['peak_rss_mb']:.1f} MB for {args.n} URLs "
        f"(target < 150 MB; importing citekit alone: {baseline['peak_rss_mb']:.1f} MB); "
        f"wall {ours['wall_s']:.2f} s; fine accuracy {ours['accuracy_fine']}"
    )


def huge(args: argparse.Namespace, tmp: Path) -> None:
    truth = workload(
        "catalogue", tmp / "huge", reps=5, port=args.port, only="huge-1gib-pdf,huge-1gib-html"
    )
    ours = measure(truth, args.server, citekit_command())
    sent = ours["server"]["huge_bytes"]
    worst = max(sent.values()) / 2**20
    print(
        f"citekit: at most {worst:.2f} MiB sent of each 1024 MiB body "
        f"({sum(sent.values()) / 2**20:.2f} MiB over {len(sent)} bodies; target < 2 MiB each); "
        f"fine accuracy {ours['accuracy_fine']}"
    )


def warm(args: argparse.Namespace, tmp: Path) -> None:
    truth = workload("catalogue", tmp / "warm", reps=5, seed=7, port=args.port)
    env = {"CITEKIT_LINKS_CACHE": str(tmp / "cache.sqlite3")}
    cold = measure(truth, args.server, citekit_command(), env)
    second = measure(truth, args.server, citekit_command(), env)
    print(
        f"cold run: {cold['server']['total_requests']} requests, {cold['wall_s']:.2f} s; "
        f"warm run: {second['server']['total_requests']} requests (target 0), "
        f"{second['wall_s']:.2f} s; fine accuracy {second['accuracy_fine']}, "
        f"archive {second['archive']['exact']}/{second['archive']['needed']}"
    )


def catalogue(args: argparse.Namespace, tmp: Path) -> None:
    truth = workload("catalogue", tmp / "cat", reps=5, seed=7, port=args.port)
    ours = measure(truth, args.server, citekit_command())
    wrong = {k: b["pred"] for k, b in ours["per_behaviour"].items() if b["fine"] != b["n"]}
    print(
        f"citekit: fine accuracy {ours['accuracy_fine']} (baseline in the kit's README: "
        f"linkchecker 0.81), coarse {ours['accuracy_coarse']}, archive "
        f"{ours['archive']['exact']}/{ours['archive']['needed']}, wrong: {wrong or 'none'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=("speed", "memory", "huge", "warm", "catalogue"))
    parser.add_argument("--port", type=int, default=8790)
    parser.add_argument("--n", type=int, default=10000, help="URLs for the memory run")
    parser.add_argument("--linkchecker", help="path of a linkchecker executable to compare with")
    args = parser.parse_args()
    args.server = f"http://127.0.0.1:{args.port}"
    tmp = Path(tempfile.mkdtemp(prefix="citekit-links-bench-"))
    tmp.chmod(0o755)  # linkchecker run as root drops to "nobody", who must read the workload
    try:
        globals()[args.what](args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
