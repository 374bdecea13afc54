"""``citekit cite``'s document path against citeproc-js on the render kit's corpus.

    python benchmarks/cite_corpus.py

Writes the 15-footnote sequence of ../shared/render/notes.json as a Markdown document
(``[@id, sec. 3]``...), renders it with ``citekit.cite`` to .docx in OSCOLA and compares
each Word footnote with citeproc-js's note; then cites all 46 items in APA and compares
the bibliography (read from the HTML output) with citeproc-js's entries. Prints
matches / total for both; the reference run is ``reference/{oscola,apa}.json``.
"""

from __future__ import annotations

import html
import io
import json
import re
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import citekit

KIT = Path(__file__).resolve().parents[2] / "shared" / "render"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LABELS = {"page": "p.", "section": "section", "paragraph": "para.", "chapter": "ch."}


def norm(text: str) -> str:
    """NFC with whitespace collapsed, as the kit's scorer compares."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", unicodedata.normalize("NFC", text)).strip()


def cluster(items: list[dict]) -> str:
    cites = []
    for cite in items:
        label = LABELS[cite.get("label", "page")]
        locator = f", {label} {cite['locator']}" if "locator" in cite else ""
        cites.append(f"@{cite['id']}{locator}")
    return "[" + "; ".join(cites) + "]"


def docx_notes(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = ElementTree.fromstring(archive.read("word/footnotes.xml"))
    return [
        norm("".join(t.text or "" for t in note.iter(f"{W}t")))
        for note in root.iter(f"{W}footnote")
        if note.get(f"{W}type") not in ("separator", "continuationSeparator")
    ]


def html_entries(page: str) -> list[str]:
    blocks = re.findall(r'<div id="ref-[^"]+" class="csl-entry"[^>]*>(.*?)</div>', page, re.S)
    return [norm(html.unescape(re.sub(r"<[^>]+>", "", block))) for block in blocks]


def main() -> int:
    if not KIT.is_dir():
        print("../shared/render is absent")
        return 2
    items = json.loads((KIT / "corpus.json").read_text("utf-8"))
    notes = json.loads((KIT / "notes.json").read_text("utf-8"))
    markdown = "\n\n".join(f"Sentence {n['note']}.{cluster(n['items'])}" for n in notes)
    oscola = json.loads((KIT / "reference" / "oscola.json").read_text("utf-8"))
    got = docx_notes(citekit.cite(markdown, items, style="oscola", to="docx").output)
    wanted = [norm(text) for text in oscola["notes"]]
    same = sum(a == b for a, b in zip(got, wanted, strict=False))
    print(f"OSCOLA footnotes in .docx equal to citeproc-js: {same}/{len(wanted)}")
    for number, (a, b) in enumerate(zip(got, wanted, strict=False), 1):
        if a != b:
            print(f"  note {number}: got  {a}\n  {' ' * len(str(number))}      want {b}")
    apa = json.loads((KIT / "reference" / "apa.json").read_text("utf-8"))
    page = citekit.cite(" ".join(f"[@{i['id']}]" for i in items), items, style="apa", to="html")
    entries = html_entries(str(page.output))
    wanted = [norm(text) for text in apa["bibliography"]]
    same = sum(entry in wanted for entry in entries)
    print(f"APA bibliography entries equal to citeproc-js: {same}/{len(wanted)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
