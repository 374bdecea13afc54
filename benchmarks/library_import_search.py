"""Import and search speed of the library on synthetic CSL-JSON (half Korean).

Targets (issue 9): import 100,000 items in under 60 s; search median under 50 ms,
Korean and romanized queries included. Each size is compared with a baseline run in the
same process: a bare SQLite insert of the same JSON (import) and a LIKE scan (search).

    .venv/bin/python benchmarks/library_import_search.py --sizes 10000,100000
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from library_corpus import make_items  # noqa: E402

from citekit.library import import_items, open_library  # noqa: E402

QUERIES = {
    "korean": ["납북", "인권", "북한 통일", "억류자", "민주주의", "가족인권"],
    "english": ["abduction", "human rights", "refugees", "smith", "korea journal", "democ"],
    "romanized": ["napbuk", "ingwon", "bukhan", "tongil", "minjujuui", "eongnyuja"],
}


def baseline_import(items: list[dict], folder: Path) -> float:
    """A bare SQLite table of JSON rows: the least any store must do."""
    conn = sqlite3.connect(folder / "baseline.sqlite")
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, data TEXT)")
    start = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO items(data) VALUES (?)",
            ((json.dumps(i, ensure_ascii=False),) for i in items),
        )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def baseline_search(folder: Path, query: str) -> float:
    conn = sqlite3.connect(folder / "baseline.sqlite")
    start = time.perf_counter()
    conn.execute("SELECT id FROM items WHERE data LIKE ? LIMIT 20", (f"%{query}%",)).fetchall()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def timed_searches(store, queries: list[str], repeat: int) -> list[float]:
    times = []
    for query in queries:
        for _ in range(repeat):
            start = time.perf_counter()
            store.search(query)
            times.append(time.perf_counter() - start)
    return times


def run(size: int, repeat: int) -> None:
    items = make_items(size)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = baseline_import(items, folder)
        with open_library(folder / "lib.sqlite") as store:
            start, cpu = time.perf_counter(), time.process_time()
            report = import_items(store, ((item, f"entry {item['id']}") for item in items), "bench")
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
            assert store.count() == len(report.added) == size
            print(
                f"size {size}: import {took:.1f} s ({cpu:.1f} s CPU; {size / took:,.0f} items/s), "
                f"baseline bare insert {base:.2f} s, ratio {took / base:.0f}x, "
                f"{len(report.duplicates)} duplicate warnings"
            )
            all_times = []
            for kind, queries in QUERIES.items():
                times = timed_searches(store, queries, repeat)
                all_times += times
                hits = [len(store.search(q)) for q in queries]
                print(
                    f"  {kind:9s} median {statistics.median(times) * 1000:6.1f} ms, "
                    f"max {max(times) * 1000:6.1f} ms, hits {hits}"
                )
            scans = [baseline_search(folder, q) for qs in QUERIES.values() for q in qs]
            ours = statistics.median(all_times)
            theirs = statistics.median(scans)
            print(
                f"  all       median {ours * 1000:6.1f} ms; baseline LIKE scan median "
                f"{theirs * 1000:.1f} ms, ratio {ours / theirs:.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated item counts")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.repeat)


if __name__ == "__main__":
    main()
