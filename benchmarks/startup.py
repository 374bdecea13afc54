"""Start-up cost: one reference as a whole process, median of 10 runs (wall and CPU).

What an editor plug-in or a script formatting one reference at a time pays per call:
``python -c "import citekit"``, ``citekit parse`` and ``citekit format --style oscola`` of
one line (an English reference, whose language the detector decides, and a Korean one,
whose script decides), next to ``python -c pass`` and one ``pandoc --citeproc`` run on
the same item, measured in the same run. Targets (issue 15): parse < 150 ms,
format < 250 ms, import < 60 ms (the import figure is the difference to ``python -c pass``).

    .venv/bin/python benchmarks/startup.py
    .venv/bin/python benchmarks/startup.py --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LINES = {
    "english": "Raz J, The Authority of Law: Essays on Law and Morality (Clarendon Press 1979)",
    "korean": 'Hong J, "美, 납북피해 계속 지원" (세계일보, February 7, 2023)',
}
TARGETS = {"parse": 0.150, "format": 0.250, "import": 0.060}


ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
"""Bytecode is cached, as for an installed package (with PYTHONDONTWRITEBYTECODE set, as on
some shared machines, every run would compile citekit's sources again)."""


def timed(command: list[str], runs: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds of ``runs`` runs of ``command``, after one warm-up run
    (which writes the bytecode cache and the language model's cache)."""
    walls, cpus = [], []
    subprocess.run(command, check=True, capture_output=True, env=ENV)
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
        )
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    python = sys.executable
    citekit = str(Path(python).with_name("citekit"))
    from citekit.render.pandoc import pandoc_path
    from citekit.render.styles import resolve_style

    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="citekit-startup-") as folder:
        results["python -c pass"] = timed([python, "-c", "pass"], args.runs)
        results["import citekit"] = timed([python, "-c", "import citekit"], args.runs)
        for name, line in LINES.items():
            path = Path(folder) / f"{name}.txt"
            path.write_text(line + "\n", encoding="utf-8")
            results[f"parse {name}"] = timed([citekit, "parse", str(path)], args.runs)
            results[f"format {name}"] = timed(
                [citekit, "format", str(path), "--style", "oscola"], args.runs
            )
        items = Path(folder) / "item.json"
        parsed = subprocess.run(
            [citekit, "parse", str(Path(folder) / "english.txt")], capture_output=True, check=True
        ).stdout
        items.write_bytes(parsed)
        cites = Path(folder) / "cite.md"
        cites.write_text(f"[@{json.loads(parsed)[0]['id']}]\n", encoding="utf-8")
        results["pandoc --citeproc, one item"] = timed(
            [
                pandoc_path(),
                "--citeproc",
                f"--bibliography={items}",
                f"--csl={resolve_style('oscola').path}",
                "-t",
                "plain",
                str(cites),
            ],
            args.runs,
        )
    bare = results["python -c pass"][0]
    pandoc = results["pandoc --citeproc, one item"][0]
    print(f"median of {args.runs} runs        wall      CPU   vs pandoc  target")
    for name, (wall, cpu) in results.items():
        kind = name.split()[0]
        target = TARGETS.get(kind)
        shown = wall - bare if kind == "import" else wall
        verdict = ""
        if target is not None:
            verdict = f"< {target * 1000:.0f} ms: {'ok' if shown < target else 'MISSED'}"
        label = f"{name} (minus python -c pass)" if kind == "import" else name
        times = f"{shown * 1000:6.0f} ms {cpu * 1000:6.0f} ms"
        print(f"{label:34} {times} {wall / pandoc:6.1f}x  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
