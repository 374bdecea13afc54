"""The link cache and the progress bar, without any network."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
import textwrap

from citekit.links import Cache
from citekit.links.observation import Observation
from citekit.links.progress import Progress


def test_cache_keeps_committed_rows_through_a_crash(tmp_path):
    path = tmp_path / "links.sqlite3"
    script = textwrap.dedent(
        f"""
        import os
        from citekit.links import Cache
        from citekit.links.observation import Observation
        cache = Cache({str(path)!r})
        for n in range(5):
            url = f"http://a.example/{{n}}"
            cache.store(url, Observation(url, status=200))
        cache.commit()
        for n in range(5, 8):
            url = f"http://a.example/{{n}}"
            cache.store(url, Observation(url, status=404))
        os._exit(1)  # a crash: no commit, no close
        """
    )
    assert subprocess.run([sys.executable, "-c", script], check=False).returncode == 1
    cache = Cache(path)
    assert [cache.observation(f"http://a.example/{n}") is not None for n in range(8)] == [
        True
    ] * 5 + [False] * 3
    cache.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_cache_honours_max_age_and_skips_refusals(tmp_path):
    cache = Cache(tmp_path / "c.sqlite3", max_age=3600)
    cache.store("http://a.example/", Observation("http://a.example/", status=200, page_title="A"))
    cache.store("http://10.0.0.1/", Observation("http://10.0.0.1/", error="refused"))
    assert cache.observation("http://a.example/").page_title == "A"
    assert cache.observation("http://10.0.0.1/") is None
    cache.max_age = -1  # everything is now too old
    assert cache.observation("http://a.example/") is None
    cache.store_snapshot("http://a.example/", "20200101", None)
    cache.max_age = 3600
    assert cache.snapshot("http://a.example/", "20200101") == (True, None)
    assert cache.snapshot("http://a.example/", "20210101") == (False, None)
    cache.close()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_counts_verdicts_on_a_terminal_only():
    screen = _Terminal()
    bar = Progress(screen, width=10)
    for verdict in ("ok", "broken", "ok"):
        bar(verdict, 3)
    bar.close()
    last = screen.getvalue().split("\r")[-2]
    assert last.startswith("[##########] 3/3 ok 2 broken 1")
    assert screen.getvalue().endswith("\r\x1b[K")
    piped = io.StringIO()
    quiet = Progress(piped)
    quiet("ok", 1)
    quiet.close()
    assert piped.getvalue() == ""
