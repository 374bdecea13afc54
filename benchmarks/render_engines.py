"""citekit, plain ``pandoc --citeproc`` and citeproc-js side by side on the same items.

Each engine renders the bibliography and one first citation (a footnote in a note style)
of every item of ``render_items.py``, as a whole process, and the script prints its CPU
time (user + system of the whole process tree), its peak memory (the process tree's
summed RSS and summed PSS, sampled; PSS counts the pages processes share, such as
pandoc's program text, once) and the ratios, all measured in this run (median of ``--repeat``):

* citekit: ``benchmarks/render_adapter.py`` (``render_notes_and_bibliography``: the
  first footnotes, or in-text citations, and the bibliography in one API call);
* plain pandoc: the ``pandoc`` of ``pypandoc-binary`` on a document citing every item once,
  with the same style file (one run gives both the citations and the bibliography);
* citeproc-js: the oracle ``render_js.js`` (``/work/oracle`` or ``../shared/render/oracle``
  with its npm package installed), skipped with a message where Node or the package is
  absent. It reads the official styles in ``../shared/csl``.

    .venv/bin/python benchmarks/render_engines.py     # OSCOLA and APA, 5,000 and 10,000
    .venv/bin/python benchmarks/render_engines.py --style oscola --sizes 2000 --repeat 1

Plain pandoc's APA run is quadratic (2,000 items take minutes): it is skipped above
``--plain-limit`` items for a style that disambiguates names (APA).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_items import make_items  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
ORACLES = (Path("/work/oracle"), SHARED / "render" / "oracle")


def oracle() -> tuple[Path | None, str]:
    """The citeproc-js script to run, or None and why not."""
    if not shutil.which("node"):
        return None, "node is not installed"
    for folder in ORACLES:
        if (folder / "render_js.js").is_file() and (folder / "node_modules" / "citeproc").is_dir():
            return folder / "render_js.js", ""
    return None, (
        "the oracle's npm package is not installed (cd ../shared/render/oracle && npm install)"
    )


def _tree_memory(pid: int) -> tuple[int, int]:
    """Summed RSS and summed PSS in bytes of ``pid`` and its descendants (0, 0 when it
    is gone). PSS counts a page shared by n processes as 1/n in each, so pandoc's
    140 MB of program text counts once however many pandoc processes run."""
    try:
        import psutil
    except ImportError:
        return 0, 0
    try:
        process = psutil.Process(pid)
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    rss = pss = 0
    for member in members:
        with contextlib.suppress(psutil.Error):
            info = member.memory_full_info()
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
    return rss, pss


def measure(
    command: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)
) -> tuple[float, float, float]:
    """(CPU seconds of the whole process tree, peak MiB of its summed RSS, peak MiB of
    its summed PSS) of one run of ``command`` (exit statuses other than ``ok`` raise
    RuntimeError). Without psutil both peaks are the largest single process's RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    peak = [0, 0]

    def sample() -> None:
        while process.poll() is None:
            rss, pss = _tree_memory(process.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.05)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, stderr = process.communicate()
    watcher.join()
    if process.returncode not in ok:
        raise RuntimeError(f"{command[0]} failed: {stderr.decode('utf-8', 'replace')[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if not peak[0]:  # no psutil: the largest single process
        peak = [after.ru_maxrss * 1024] * 2
    return cpu, peak[0] / 2**20, peak[1] / 2**20


def commands(style: str, items: Path, cites: Path, js: Path | None) -> dict[str, list[str]]:
    """Each engine's command for ``items`` (``cites``: a document citing each item)."""
    from citekit.render.pandoc import pandoc_path
    from citekit.render.styles import resolve_style

    found = {
        "citekit": [sys.executable, str(HERE / "render_adapter.py"), "--style", style, str(items)],
        "pandoc": [
            pandoc_path(),
            "--citeproc",
            f"--bibliography={items}",
            f"--csl={resolve_style(style).path}",
            "--to=plain",
            "--wrap=none",
            str(cites),
        ],
    }
    if js is not None:
        found["citeproc-js"] = ["node", str(js), "--style", style, str(items)]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--style", action="append", help="oscola, apa (default both)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per engine (median)")
    parser.add_argument("--plain-limit", type=int, default=1000)
    parser.add_argument(
        "--engine", action="append", help="citekit, pandoc, citeproc-js (default all)"
    )
    args = parser.parse_args()
    js, why = oracle()
    if js is None:
        print(f"citeproc-js skipped: {why}")
    env = {**os.environ, "CITEKIT_CSL_DIR": str(SHARED / "csl")}
    table: dict[tuple[str, int, str], tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="citekit-engines-") as folder:
        for style in args.style or ["oscola", "apa"]:
            for size in args.sizes:
                items = Path(folder) / f"items{size}.json"
                data = make_items(size)
                items.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
                cites = Path(folder) / f"cites{size}.md"
                cites.write_text("\n\n".join(f"[@{i['id']}]" for i in data) + "\n")
                for engine, command in commands(style, items, cites, js).items():
                    if args.engine and engine not in args.engine:
                        continue
                    if engine == "pandoc" and style == "apa" and size > args.plain_limit:
                        print(f"{style} {size:6} {engine:12} skipped (quadratic; > --plain-limit)")
                        continue
                    runs = [measure(command, env) for _ in range(args.repeat)]
                    cpu = statistics.median(run[0] for run in runs)
                    peak = statistics.median(run[1] for run in runs)
                    pss = statistics.median(run[2] for run in runs)
                    table[(style, size, engine)] = cpu, peak, pss
                    line = (
                        f"{style} {size:6} {engine:12} {cpu:7.2f} s CPU {peak:7.0f} MiB RSS"
                        f" {pss:7.0f} MiB PSS"
                    )
                    print(line, flush=True)
    print()
    for (style, size, engine), (cpu, peak, pss) in table.items():
        if engine != "citekit":
            continue
        for other in ("pandoc", "citeproc-js"):
            if (style, size, other) in table:
                base_cpu, base_peak, base_pss = table[(style, size, other)]
                print(
                    f"{style} {size:6} citekit / {other:12} CPU {cpu / base_cpu:5.2f}x"
                    f"  memory RSS {peak / base_peak:5.2f}x PSS {pss / base_pss:5.2f}x"
                )
    sizes = sorted(args.sizes)
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        for style in args.style or ["oscola", "apa"]:
            for engine in ("citekit", "pandoc", "citeproc-js"):
                if (style, small, engine) in table and (style, large, engine) in table:
                    growth = table[(style, large, engine)][0] / table[(style, small, engine)][0]
                    print(f"{style} {engine:12} growth {large}/{small}: {growth:.2f}x CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
