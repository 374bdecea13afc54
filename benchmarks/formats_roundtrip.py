"""No-loss figures for citekit's formats: CSL-JSON → FORMAT → CSL-JSON over whole corpora.

    python benchmarks/formats_roundtrip.py [--format biblatex] [CORPUS.json ...]

Defaults: ../shared/render/corpus.json (when present) and tests/data/own-corpus.json.
For each corpus it prints the fields compared, those read back equal, those the writer
reported it cannot hold (by name), and those changed without a report (should be 0).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from citekit.formats import FORMATS
from citekit.formats.roundtrip import round_trip

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = [ROOT.parent / "shared" / "render" / "corpus.json", ROOT / "tests/data/own-corpus.json"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULTS)
    parser.add_argument("--format", choices=FORMATS, action="append")
    args = parser.parse_args()
    changed_total = 0
    for corpus in args.corpora:
        if not corpus.is_file():
            print(f"{corpus}: absent, skipped")
            continue
        items = json.loads(corpus.read_text("utf-8"))
        for name in args.format or ["biblatex"]:
            trip = round_trip(items, name)
            reported = Counter(field for _, field in trip.reported)
            print(
                f"{corpus.name} via {name}: {trip.items} items, {trip.fields} fields, "
                f"{trip.kept} kept ({trip.kept / max(trip.fields, 1):.1%}), "
                f"{len(trip.reported)} reported not held {dict(reported) or ''}, "
                f"{len(trip.changed)} changed silently {trip.changed or ''}"
            )
            changed_total += len(trip.changed)
    return 1 if changed_total else 0


if __name__ == "__main__":
    raise SystemExit(main())
