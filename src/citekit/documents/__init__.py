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
from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path

from .. import rx
from ..diagnostics import Diagnostic, Location
from ..errors import UsageError
from ..keys import assign_keys
from ..model import CSLItem
from ..records import dataclass, field
from .citations import check_metadata_blocks, cited_keys, front_matter_keys, normalise_locators

DOCUMENT_FORMATS: dict[str, str] = {
    "docx": "docx",
    "html": "html5",
    "md": "markdown-citations-smart",
    "tex": "latex",
}
TWINS_CLASS = "citekit-twins"
_REFERENCES_HEADING = rx.compile(
    r"^#+\s*(references|bibliography|works cited|sources)\s*$|\{#refs\}|^reference-section-title:"
    r'|"reference-section-title"\s*:|\["refs",',
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
    pandoc_args: Sequence[str] = (),
) -> CitedDocument:
    """Render ``markdown``'s citations against ``items`` in ``style``, as ``to``.

    ``to`` is ``docx`` (bytes; real footnotes for note styles), ``html``, ``md`` or ``tex``
    (or ``json``, pandoc's document tree, when ``markdown`` is one: the pandoc filter).
    Unknown keys come back as ``cite-unknown-key`` diagnostics located in ``name``.
    ``pandoc_args`` are passed to pandoc after citekit's own (``--reference-doc=...``).
    """
    from ..lang import present
    from ..render.adjust import for_style
    from ..render.legal import legal_copies
    from ..render.legal_style import with_legislation_commas
    from ..render.pandoc import run_pandoc
    from ..render.prepare import name_clash_twins, prepare_items, unspaced_names
    from ..render.styles import resolve_style

    tree = to == "json"
    if to not in DOCUMENT_FORMATS and not tree:
        raise UsageError(
            f"cannot write {to!r} documents; choose one of {', '.join(DOCUMENT_FORMATS)}"
        )
    own = ("-o", "-t", "-f", "--output", "--to", "--from", "--write", "--read")
    refused = [arg for arg in pandoc_args if arg.split("=")[0] in own or arg[:2] in own[:3]]
    if refused:
        raise UsageError(
            f"pandoc argument {refused[0]!r} is citekit's to set: use -o and --to instead"
        )
    check_metadata_blocks(markdown, name)
    keyed = keyed_items(list(items))
    known = {item["id"] for item in keyed} | (set() if tree else front_matter_keys(markdown))
    result = CitedDocument(output=b"")
    cited = tree_keys(markdown) if tree else cited_keys(markdown)
    for key, line in cited:
        if key in known or tree and key in _tree_references(markdown):
            if key not in result.cited:
                result.cited.append(key)
            continue
        message = f"no reference with the key {key!r} in the bibliography"
        location = Location(file=name, line=line, item_id=key)
        result.diagnostics.append(Diagnostic("cite-unknown-key", "error", message, location))
    resolved = with_legislation_commas(resolve_style(style))  # OSCOLA's legal forms, as
    prepared = prepare_items(for_style(present(keyed, style=style), style=style, locale=locale))
    prepared = legal_copies(prepared, resolved)  # render does
    body = markdown if tree else normalise_locators(markdown)
    if resolved.note:
        # citekit.render's same-surname twins, cited last in a block notes.lua removes
        twins = name_clash_twins(prepared)
        prepared += twins
        if twins and tree:
            body = _with_twins_block(body, [twin["id"] for twin in twins])
        elif twins:
            cites = " ".join(f"[@{{{twin['id']}}}]" for twin in twins)
            body += f"\n\n::: {TWINS_CLASS}\n{cites}\n:::\n"
    unspaced = unspaced_names(prepared)
    metadata = _metadata(markdown, note=resolved.note, name=name, locale=locale, html=to == "html")
    with tempfile.TemporaryDirectory(prefix="citekit-cite-") as tmp:
        refs = Path(tmp) / "items.json"
        refs.write_text(json.dumps(prepared, ensure_ascii=False), encoding="utf-8")
        out = Path(tmp) / f"document.{to}"
        arguments = [
            "--from=json" if tree else "--from=markdown",
            "--to=json" if tree else f"--to={DOCUMENT_FORMATS[to]}",
            f"--bibliography={refs}",
            f"--csl={resolved.path}",
            f"--lua-filter={files(__package__).joinpath('notes.lua')}",
            f"--output={out}",
            "--standalone",
            *[f"--metadata={key}:{value}" for key, value in metadata.items()],
            *[f"--metadata=citekit-unspaced-names:{full}" for full in unspaced],
            *pandoc_args,
        ]
        run_pandoc(arguments, body, failure="pandoc could not render the document", file=name)
        data = out.read_bytes()
    result.output = data if to == "docx" else data.decode("utf-8")
    return result


def tree_keys(tree: str) -> list[tuple[str, int]]:
    """The citation keys of a pandoc JSON document, in order (line 0: a tree has none)."""
    found: list[tuple[str, int]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("t") == "Cite":
                for citation in node["c"][0]:
                    found.append((str(citation.get("citationId")), 0))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(tree).get("blocks", []))
    return found


def _tree_references(tree: str) -> set[str]:
    """Ids of references given inline in a JSON document's metadata."""
    refs = json.loads(tree).get("meta", {}).get("references", {})
    found = set()
    for ref in refs.get("c", []) if isinstance(refs, dict) else []:
        value = ref.get("c", {}).get("id", {}) if isinstance(ref, dict) else {}
        found.add(_stringify(value))
    return found


def _stringify(value: object) -> str:
    """The text of a pandoc JSON metadata value or inline list."""
    if isinstance(value, dict):
        kind, content = value.get("t"), value.get("c")
        if kind in ("Str", "MetaString"):
            return str(content)
        if kind in ("Space", "SoftBreak", "LineBreak"):
            return " "
        return _stringify(content)
    if isinstance(value, list):
        return "".join(_stringify(part) for part in value)
    return ""


def _with_twins_block(tree: str, ids: list[str]) -> str:
    """A JSON document with the twins' citations in a block notes.lua removes."""
    document = json.loads(tree)
    cites = [
        {
            "t": "Cite",
            "c": [
                [
                    {
                        "citationId": twin,
                        "citationPrefix": [],
                        "citationSuffix": [],
                        "citationMode": {"t": "NormalCitation"},
                        "citationNoteNum": 0,
                        "citationHash": 0,
                    }
                ],
                [{"t": "Str", "c": f"[@{twin}]"}],
            ],
        }
        for twin in ids
    ]
    block = {"t": "Div", "c": [["", [TWINS_CLASS], []], [{"t": "Para", "c": cites}]]}
    document["blocks"].append(block)
    return json.dumps(document, ensure_ascii=False)


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
