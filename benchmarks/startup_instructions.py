"""Start-up cost as instructions executed (valgrind), which a loaded machine does not blur.

``benchmarks/startup.py`` times whole processes; on a shared machine at a load average of
5 its medians move by half from one run to the next. This counts the instructions the
Python process executes (callgrind; pandoc, a child process, is not counted) for the
same commands, so a change can be compared with the code before it:

    .venv/bin/python benchmarks/startup_instructions.py
    .venv/bin/python benchmarks/startup_instructions.py --src /tmp/old/src   # another checkout

Needs ``valgrind`` (``apt-get install valgrind``); each command takes a few seconds under it.
Write the bytecode caches first (run each command once without PYTHONDONTWRITEBYTECODE),
or source compilation is counted too.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import LINES  # noqa: E402

_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(code: str, env: dict[str, str]) -> float:
    """Millions of instructions the Python process running ``code`` executes (the last
    count callgrind prints: a forked child reports its own before it execs pandoc)."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", code],
        capture_output=True, text=True, env=env, check=True,
    )
    return int(_COLLECTED.findall(done.stderr)[-1]) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", help="a checkout's src folder to measure instead of this one")
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    if args.src:
        env["PYTHONPATH"] = args.src
    command = (
        "import contextlib, io\nfrom citekit.cli import main\nquiet = io.StringIO()\n"
        "with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):\n"
        "    main({argv})\n"
    )
    rows = {"python -c pass": "pass", "import citekit": "import citekit"}
    with tempfile.TemporaryDirectory(prefix="citekit-instructions-") as folder:
        for name, line in LINES.items():
            path = Path(folder) / f"{name}.txt"
            path.write_text(line + "\n", encoding="utf-8")
            rows[f"parse {name}"] = command.format(argv=json.dumps(["parse", str(path)]))
            rows[f"format {name}"] = command.format(
                argv=json.dumps(["format", str(path), "--style", "oscola"])
            )
        for code in rows.values():  # warm-up: bytecode and citekit's caches written
            subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
        print("millions of instructions (Python process)")
        for name, code in rows.items():
            print(f"{name:24} {instructions(code, env):8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
