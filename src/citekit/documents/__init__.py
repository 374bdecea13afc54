"""Citing a document: pandoc citations in Markdown rendered, with the bibliography appended.

``cite_document`` takes the Markdown text and the library's items and returns the whole
document as docx (real footnotes for note styles such as OSCOLA), HTML, Markdown or LaTeX.
Items are cited by their citation keys (``hong2023``): keys are generated for items that
have none, so an informal list can be cited too. Unknown keys are reported with their line.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from ..diagnostics import Diagnostic, Location
from ..errors import UsageError
from ..keys import assign_keys
from ..model import CSLItem
from .citations import check_metadata_blocks, cited_keys, front_matter_keys, normalise_locators

DOCUMENT_FORMATS: dict[str, str] = {
    "docx": "docx",
    "html": "html5",
    "md": "markdown-citations-smart",
    "tex": "latex",
}
TWINS_CLASS = "citekit-twins"
_REFERENCES_HEADING = re.compile(
    r"^#+\s*(references|bibliography|works cited|sources)\s*$|\{#refs\}|^reference-section-title:",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass
class CitedDocument:
    """A rendered document, the keys it cites (in order) and problems found."""

    output: bytes | str
    cited: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def keyed_items(items: list[CSLItem]) -> list[CSLItem]:
    """Copies of ``items`` whose ``id`` is their citation key (kept or generated)."""
    return [{**item, "id": key} for item, key in zip(items, assign_keys(items), strict=True)]


def cite_document(
    markdown: str,
    items: Iterable[CSLItem],
    *,
    style: str = "oscola",
    to: str = "docx",
    locale: str | None = None,
    name: str = "<document>",
) -> CitedDocument:
    """Render ``markdown``'s citations against ``items`` in ``style``, as ``to``.

    ``to`` is ``docx`` (bytes; real footnotes for note styles), ``html``, ``md`` or ``tex``.
    Unknown keys come back as ``cite-unknown-key`` diagnostics located in ``name``.
    """
    from ..lang import present
    from ..render.pandoc import run_pandoc
    from ..render.prepare import name_clash_twins, prepare_items, unspaced_names
    from ..render.styles import resolve_style

    if to not in DOCUMENT_FORMATS:
        raise UsageError(
            f"cannot write {to!r} documents; choose one of {', '.join(DOCUMENT_FORMATS)}"
        )
    check_metadata_blocks(markdown, name)
    keyed = keyed_items(list(items))
    known = {item["id"] for item in keyed} | front_matter_keys(markdown)
    result = CitedDocument(output=b"")
    for key, line in cited_keys(markdown):
        if key in known:
            if key not in result.cited:
                result.cited.append(key)
            continue
        message = f"no reference with the key {key!r} in the bibliography"
        location = Location(file=name, line=line, item_id=key)
        result.diagnostics.append(Diagnostic("cite-unknown-key", "error", message, location))
    resolved = resolve_style(style)
    prepared = prepare_items(present(keyed, style=style))
    body = normalise_locators(markdown)
    if resolved.note:
        # citekit.render's same-surname twins, cited last in a block notes.lua removes
        twins = name_clash_twins(prepared)
        prepared += twins
        cites = " ".join(f"[@{{{twin['id']}}}]" for twin in twins)
        body += f"\n\n::: {TWINS_CLASS}\n{cites}\n:::\n" if twins else ""
    unspaced = unspaced_names(prepared)
    metadata = _metadata(markdown, note=resolved.note, name=name, locale=locale, html=to == "html")
    with tempfile.TemporaryDirectory(prefix="citekit-cite-") as tmp:
        refs = Path(tmp) / "items.json"
        refs.write_text(json.dumps(prepared, ensure_ascii=False), encoding="utf-8")
        out = Path(tmp) / f"document.{to}"
        arguments = [
            "--from=markdown",
            f"--to={DOCUMENT_FORMATS[to]}",
            f"--bibliography={refs}",
            f"--csl={resolved.path}",
            f"--lua-filter={files(__package__).joinpath('notes.lua')}",
            f"--output={out}",
            "--standalone",
            *[f"--metadata={key}:{value}" for key, value in metadata.items()],
            *[f"--metadata=citekit-unspaced-names:{full}" for full in unspaced],
        ]
        run_pandoc(arguments, body, failure="pandoc could not render the document", file=name)
        data = out.read_bytes()
    result.output = data if to == "docx" else data.decode("utf-8")
    return result


def _metadata(
    markdown: str, *, note: bool, name: str, locale: str | None, html: bool
) -> dict[str, str]:
    """pandoc metadata: a bibliography heading unless the document has one, and the rest."""
    metadata: dict[str, str] = {"pagetitle": Path(name).stem or "document"} if html else {}
    if note:
        metadata["citekit-note-style"] = "true"
    if not _REFERENCES_HEADING.search(markdown):
        metadata["reference-section-title"] = "Bibliography" if note else "References"
    if locale:
        metadata["lang"] = locale
    return metadata
