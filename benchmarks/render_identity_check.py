"""Byte-identical rendering before and after an engine change, on the benchmark corpora.

Renders the shared corpus (``../shared/render/corpus.json`` with its note sequence, where
present), the project's extra corpus (``tests/data/render_corpus_extra.json`` with its
70 notes) and synthetic items (``render_items.py``, every tenth sharing a surname) in
OSCOLA and APA, every mode and several output formats, and records a SHA-256 of each
whole output and of its problems; ``render_notes_and_bibliography`` must give what the
two renders give (a case that does not is named and fails the run). Save the digests
with the old code, compare with the new:

    .venv/bin/python benchmarks/render_identity_check.py --save /tmp/before.json
    # ... change the engine ...
    .venv/bin/python benchmarks/render_identity_check.py --compare /tmp/before.json

Exit status 1 when any digest differs (each difference is named).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_items import make_items  # noqa: E402

render = importlib.import_module("citekit.render")
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "render"
FORMATS = ("text", "html", "markdown", "latex", "rtf", "docx")


def _case(done: object) -> str:
    """Digests of a render's whole output, its entries (ids and texts) and its problems."""
    entries = "\n".join(f"{entry.id}\t{entry.text}" for entry in done.entries)
    return " ".join(_digest(part) for part in (done.output, entries, "\n".join(done.problems)))


def _digest(value: str | bytes) -> str:
    if isinstance(value, bytes) and value.startswith(b"PK"):  # Word: its parts, not the dates
        with zipfile.ZipFile(io.BytesIO(value)) as archive:
            value = b"".join(
                archive.read(name)
                for name in sorted(archive.namelist())
                if not name.startswith("docProps/")
            )
    data = value if isinstance(value, bytes) else value.encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def corpora(size: int) -> list[tuple[str, list[dict], object]]:
    """(name, items, note clusters or None) for every corpus that is present."""
    found = []
    if (SHARED / "corpus.json").is_file():
        notes = json.loads((SHARED / "notes.json").read_text(encoding="utf-8"))
        found.append(
            ("shared", json.loads((SHARED / "corpus.json").read_text(encoding="utf-8")), notes)
        )
    extra = ROOT / "tests" / "data"
    found.append(
        (
            "extra",
            json.loads((extra / "render_corpus_extra.json").read_text(encoding="utf-8")),
            json.loads((extra / "render_notes_extra.json").read_text(encoding="utf-8")),
        )
    )
    if size:
        found.append((f"synthetic{size}", make_items(size, clash_every=10), None))
    return found


def digests(size: int) -> dict[str, str]:
    """Every case's digest, by case name."""
    out: dict[str, str] = {}
    for name, items, notes in corpora(size):
        small = len(items) < 500
        for style in ("oscola", "apa"):
            for mode in render.MODES:
                for to in FORMATS if small else ("text", "html"):
                    done = render.render(items, style=style, mode=mode, to=to)
                    key = f"{name} {style} {mode} {to}"
                    out[key] = _case(done)
                    print(key, out[key], flush=True)
            for to in ("text", "json", "html"):  # both at once: what the two renders give
                paired = render.render_notes_and_bibliography(items, style=style, to=to)
                for done in paired:
                    key = f"{name} {style} paired {done.mode} {to}"
                    out[key] = _case(done)
                    alone = render.render(items, style=style, mode=done.mode, to=to)
                    if out[key] != _case(alone):
                        print(f"PAIRED DIFFERS FROM render(mode={done.mode!r}): {key}")
                        out[key] += " (differs)"
                    print(key, out[key], flush=True)
            if notes is not None:
                clusters = render.clusters_from_json(notes)
                for to in ("text", "html", "rtf"):
                    done = render.render_citations(
                        items, clusters, style=style, to=to, mode="notes"
                    )
                    key = f"{name} {style} clusters {to}"
                    out[key] = _case(done)
                    print(key, out[key], flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000, help="synthetic items (0: none)")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", metavar="FILE")
    action.add_argument("--compare", metavar="FILE")
    args = parser.parse_args()
    found = digests(args.size)
    if args.save:
        Path(args.save).write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
        print(f"{len(found)} digests saved to {args.save}")
        return 0
    before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
    differ = [key for key in before if found.get(key) != before[key]]
    differ += [key for key in found if key not in before and found[key].endswith("(differs)")]
    missing = [key for key in before if key not in found]
    for key in differ:
        print(f"DIFFERENT: {key}")
    same = len(before) - len(differ)
    gone = f", {len(missing)} missing" if missing else ""
    print(f"{same}/{len(before)} outputs identical{gone}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
