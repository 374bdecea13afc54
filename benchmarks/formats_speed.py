"""Reading and writing a large .bib: citekit against bibtexparser alone, in the same run.

    python benchmarks/formats_speed.py [N]

Builds N entries (default 2000) from tests/data/better-bibtex.bib with fresh keys, then
times bibtexparser.parse_string (the baseline: splitting only) against citekit's reader
(splitting plus names, dates, LaTeX and the CSL mapping), and bibtexparser's writer
against citekit's BibLaTeX writer. Prints seconds and the ratio to the baseline.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import bibtexparser

from citekit.formats import read_library, write_library

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "data" / "better-bibtex.bib"


def timed(function, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - start, value


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    entries = re.split(r"\n(?=@)", FIXTURE.read_text("utf-8").strip())
    text = "\n\n".join(
        re.sub(r"^@(\w+)\{([^,]+),", rf"@\1{{\2x{n},", entries[n % len(entries)])
        for n in range(count)
    )
    base_read, library = timed(bibtexparser.parse_string, text)
    ours_read, result = timed(read_library, text, "big.bib")
    assert len(result.items) == count and not result.diagnostics
    base_write, _ = timed(bibtexparser.write_string, library)
    ours_write, _ = timed(write_library, result.items, "biblatex")
    print(f"{count} entries")
    print(
        f"read : bibtexparser {base_read:.2f}s, citekit {ours_read:.2f}s, "
        f"ratio {ours_read / base_read:.2f}"
    )
    print(
        f"write: bibtexparser {base_write:.2f}s, citekit {ours_write:.2f}s, "
        f"ratio {ours_write / base_write:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
