"""Titles with quotation marks of their own, rendered by citekit and by citeproc-js.

Collects the items of ``../shared/render/corpus.json`` and the gold CSL of
``../shared/parse-real/real.jsonl`` whose title holds a quotation mark (straight, curly,
or 「」), renders them in OSCOLA and APA with ``citekit.render.render`` and with the
citeproc-js oracle, and counts exact matches of bibliography entries and first cites.
Nothing of the corpora is kept; run from the worktree:

    .venv/bin/python benchmarks/render_quotes.py [--oracle /work/oracle/render_js.js]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from citekit.render import render

QUOTES = re.compile("['\"‘’“”「」]")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def norm(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", unicodedata.normalize("NFC", text)).strip()


def quoted_items() -> list[dict]:
    items = [
        i
        for i in json.loads((SHARED / "render/corpus.json").read_text())
        if QUOTES.search(str(i.get("title", "")))
    ]
    for line in (SHARED / "parse-real/real.jsonl").read_text().splitlines():
        csl = json.loads(line).get("csl") or {}
        if QUOTES.search(str(csl.get("title", ""))) and csl.get("id"):
            items.append(csl)
    seen, unique = set(), []
    for item in items:
        if item["id"] not in seen:
            seen.add(item["id"])
            unique.append(item)
    return unique


def oracle(items: list[dict], style: str, script: str) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(items, handle, ensure_ascii=False)
    env = {**os.environ, "CITEKIT_CSL_DIR": str(SHARED / "csl")}
    done = subprocess.run(
        ["node", script, "--style", style, handle.name],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    os.unlink(handle.name)
    return json.loads(done.stdout)["items"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oracle", default="/work/oracle/render_js.js")
    parser.add_argument("--show", action="store_true", help="print the differences")
    args = parser.parse_args()
    items = quoted_items()
    print(f"{len(items)} items with quotation marks in the title")
    for style in ("oscola", "apa"):
        reference = oracle(items, style, args.oracle)
        bib = {e.id: e.text for e in render(items, style=style).entries}
        cite = {e.id: e.text for e in render(items, style=style, mode="notes").entries}
        for part, ours in (("bib", bib), ("cite", cite)):
            same = [k for k in ours if norm(ours[k]) == norm(reference[k][part])]
            print(f"{style} {part}: {len(same)}/{len(ours)}")
            if args.show:
                for key in ours:
                    if key not in same:
                        print("  ours:", ours[key], "\n  js:  ", reference[key][part])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
