"""A killed import leaves the library whole; two imports at once both land."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from library_helpers import article

from citekit.library import filters, import_items, open_library

SLOW_IMPORT = """
import pathlib, sys, time
from citekit.library import import_items, open_library

def items():
    for n in range(100_000):
        if n == 3000:
            pathlib.Path(sys.argv[2]).write_text("halfway")
            time.sleep(120)
        yield {"id": f"x{n}", "type": "book", "title": f"납북 기록 {n}번째 제목"}, f"line {n}"

with open_library(sys.argv[1]) as store:
    import_items(store, items(), "big.txt")
"""


def wait_for(path, process, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "the import never got halfway"
        time.sleep(0.05)


def test_sigkill_mid_import_leaves_the_library_consistent(tmp_path) -> None:
    library = tmp_path / "lib.sqlite"
    with open_library(library) as store:
        import_items(store, [(article(f"k{n}", f"Kept title {n}"), None) for n in range(3)], "a")
    marker = tmp_path / "halfway"
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_IMPORT, str(library), str(marker)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(marker, process)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    with open_library(library) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [s.key for s in store.select()] == ["k0", "k1", "k2"]
        assert store.conn.execute("SELECT COUNT(*) FROM provenance").fetchone()[0] == 3
        assert (
            store.conn.execute("SELECT COUNT(*) FROM match_keys WHERE item > 3").fetchone()[0] == 0
        )
        assert store.search("납북") == []
        import_items(store, [(article("after", "납북 after the crash"), None)], "b")
        assert [s.key for s in store.search("납북")] == ["after"]


def test_two_imports_at_once_both_land(tmp_path) -> None:
    library = tmp_path / "lib.sqlite"
    files = []
    for name in ("one", "two"):
        items = [
            article(f"{name}{n}", f"{name} title number {n}", 2000 + n % 20) for n in range(800)
        ]
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(items), encoding="utf-8")
        files.append(path)
    env = {**os.environ, "CITEKIT_LIBRARY": str(library)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "citekit", "library", "import", str(path), "--tag", path.stem],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    # communicate() drains stderr while waiting, so a chatty import cannot fill the pipe
    errors = [p.communicate(timeout=180)[1] for p in processes]
    assert [p.returncode for p in processes] == [0, 0], errors
    with open_library(library) as store:
        assert store.count() == 1600
        assert len(list(store.select(filters(tag="one")))) == 800
        assert len(list(store.select(filters(tag="two")))) == 800
