"""citekit's RIS reader against ``rispy`` (issue #17: keep ours only if it measures better).
Needs ``pip install rispy``.

For each file (the KCI/RISS/DBpia fixture, the malformed fixture, and variants written the
way hand-made files are: one space before the dash, no ``TY`` line, CRLF line ends) it
prints the records each reader returns, the tag values it keeps (of those in the file's
complete records), whether it stops with an exception, and its speed relative to ours on
the fixture repeated to 2,000 records.

    .venv/bin/python benchmarks/ris_readers.py
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from citekit.formats import read_library, write_library

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
TAG = re.compile(r"^([A-Z][A-Z0-9]) {1,2}- ?(.*)$")


def _values(text: str) -> list[str]:
    """The values of the tag lines in the text (what a reader could keep)."""
    found = []
    for line in text.splitlines():
        match = TAG.match(line.rstrip("\r"))
        if match and match.group(1) not in ("TY", "ER") and match.group(2).strip():
            found.append(match.group(2).strip())
    return found


def ours(text: str) -> tuple[int, str]:
    """Records, and everything read (written back as RIS, where every kept value shows)."""
    result = read_library(text, "x.ris", format="ris")
    items = result.items if result else []
    return len(items), write_library(items, "ris").text if items else ""


def theirs(text: str) -> tuple[int, str]:
    import json

    import rispy

    records = rispy.loads(text)
    return len(records), json.dumps(records, ensure_ascii=False)


def cases() -> dict[str, str]:
    fixture = (DATA / "kci-riss-dbpia.ris").read_text("utf-8")
    return {
        "kci-riss-dbpia.ris": fixture,
        "malformed.ris": (DATA / "malformed.ris").read_text("utf-8"),
        "one space (TY - JOUR)": re.sub(r"^([A-Z][A-Z0-9])  -", r"\1 -", fixture, flags=re.M),
        "no TY lines": re.sub(r"^TY  - .*\n", "", fixture, flags=re.M),
        "CRLF": fixture.replace("\n", "\r\n"),
    }


def main() -> int:
    for name, text in cases().items():
        values = _values(text)
        row = [f"{name:<22} {len(values):>3} values"]
        for label, reader in (("citekit", ours), ("rispy", theirs)):
            try:
                records, output = reader(text)
                kept = sum(value in output for value in values)
                row.append(f"{label}: {records} records, {kept} values kept")
            except Exception as exc:  # noqa: BLE001 - the measure is whether it stops
                row.append(f"{label}: stops ({type(exc).__name__}: {str(exc)[:50]})")
        print("  |  ".join(row))
    big = "\n".join([cases()["kci-riss-dbpia.ris"]] * 500)
    times = {}
    for label, reader in (("citekit", ours), ("rispy", theirs)):
        start = time.perf_counter()
        reader(big)
        times[label] = time.perf_counter() - start
    print(
        f"2,000 records: citekit {times['citekit']:.2f} s (read + write back), "
        f"rispy {times['rispy']:.2f} s (read only), ratio {times['citekit'] / times['rispy']:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
