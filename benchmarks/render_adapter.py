"""Adapter for ``/work/shared/render/compare.py``: renders a CSL-JSON corpus with citekit.

Prints ``{"items": {id: {"bib", "cite"}}, "bibliography": [...], "bibliography_ids": [...],
"notes": [...]}`` as compare.py expects. Run from the worktree, e.g.::

    python3 ../shared/render/compare.py --style oscola --notes ../shared/render/notes.json \
        --cmd ".venv/bin/python benchmarks/render_adapter.py \
        --style {style} --notes {notes} {input}"
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

engine = importlib.import_module("citekit.render")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", help="CSL-JSON items (default: stdin)")
    parser.add_argument("--style", required=True)
    parser.add_argument("--notes", help="JSON list of citation clusters (a note sequence)")
    parser.add_argument("--format", default="text", choices=("text", "html"))
    args = parser.parse_args(argv)
    if args.input:
        with open(args.input, encoding="utf-8") as handle:
            items = json.load(handle)
    else:
        items = json.load(sys.stdin)

    cites, bib = engine.render_notes_and_bibliography(items, style=args.style, to=args.format)
    result: dict = {"engine": "citekit (pandoc citeproc)", "items": {}}
    for entry in bib.entries:
        result["items"].setdefault(entry.id, {})["bib"] = entry.text
    for entry in cites.entries:
        result["items"].setdefault(entry.id, {})["cite"] = entry.text
    result["bibliography"] = [entry.text for entry in bib.entries]
    result["bibliography_ids"] = [entry.id for entry in bib.entries]
    if args.notes:
        with open(args.notes, encoding="utf-8") as handle:
            clusters = engine.clusters_from_json(json.load(handle))
        notes = engine.render_citations(items, clusters, style=args.style, to=args.format)
        result["notes"] = [entry.text for entry in notes.entries]
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
