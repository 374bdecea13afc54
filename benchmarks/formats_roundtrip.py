"""No-loss figures for citekit's formats: CSL-JSON → FORMAT → CSL-JSON over whole corpora.

    python benchmarks/formats_roundtrip.py [--format biblatex] [--engine citekit|pandoc|both]
        [CORPUS.json ...]

Defaults: ../shared/render/corpus.json (when present), tests/data/own-corpus.json and the
Better BibTeX fixture tests/data/better-bibtex.bib (read as BibLaTeX first, by citekit).
For each corpus it prints the fields compared, those read back equal, those the writer
reported it cannot hold (by name), and those changed without a report (should be 0).

``--engine pandoc`` makes the same BibLaTeX round trip with pandoc's own biblatex writer
and reader (``pandoc -f csljson -t biblatex``, then ``-f biblatex -t csljson``), the
library issue #17 asks to measure citekit's mapping against; pandoc reports nothing, so
every field it does not give back counts as changed. ``both`` prints the two side by side.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from citekit.formats import FORMATS, read_library
from citekit.formats.roundtrip import RoundTrip, round_trip

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = [
    ROOT.parent / "shared" / "render" / "corpus.json",
    ROOT / "tests/data/own-corpus.json",
    ROOT / "tests/data/better-bibtex.bib",
]


def _pandoc(text: str, source: str, target: str) -> str:
    import subprocess

    import pypandoc

    done = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", source, "-t", target],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return done.stdout


def pandoc_round_trip(items: list[dict]) -> RoundTrip:
    """CSL-JSON → pandoc's biblatex writer → pandoc's biblatex reader → CSL-JSON."""
    clean = [{k: v for k, v in item.items() if k != "custom"} for item in items]
    bib = _pandoc(json.dumps(clean, ensure_ascii=False), "csljson", "biblatex")
    back = {item["id"]: item for item in json.loads(_pandoc(bib, "biblatex", "csljson"))}
    result = RoundTrip("biblatex (pandoc)", items=len(items))
    for item in clean:  # custom (citekit's own fields) is not given to pandoc
        again = back.get(str(item.get("id")), {})
        for variable, value in item.items():
            if variable == "id":
                held = str(item["id"]) in back
            else:
                held = _same(again.get(variable), value)
            if held:
                result.kept += 1
            else:
                result.changed.append((str(item.get("id")), variable))
    return result


def _same(got: object, want: object) -> bool:
    if isinstance(want, dict) and "date-parts" in want and isinstance(got, dict):
        return [[int(p) for p in part] for part in got.get("date-parts", [])] == [
            [int(p) for p in part] for part in want["date-parts"]
        ]
    return got == want or str(got) == str(want) and not isinstance(want, (list, dict))


def _corpus(path: Path) -> list[dict]:
    if path.suffix == ".bib":
        result = read_library(path.read_text("utf-8"), path.name)
        return result.items if result else []
    return json.loads(path.read_text("utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULTS)
    parser.add_argument("--format", choices=FORMATS, action="append")
    parser.add_argument("--engine", choices=("citekit", "pandoc", "both"), default="citekit")
    args = parser.parse_args()
    changed_total = 0
    for corpus in args.corpora:
        if not corpus.is_file():
            print(f"{corpus}: absent, skipped")
            continue
        items = _corpus(corpus)
        if args.engine in ("pandoc", "both"):
            trip = pandoc_round_trip(items)
            print(
                f"{corpus.name} via pandoc's biblatex: {trip.items} items, {trip.fields} fields, "
                f"{trip.kept} kept ({trip.kept / max(trip.fields, 1):.1%}), "
                f"{len(trip.changed)} lost or changed "
                f"{dict(Counter(field for _, field in trip.changed)) or ''}"
            )
            if args.engine == "pandoc":
                continue
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
