"""BibTeX/BibLaTeX ``crossref``: an entry takes the fields it lacks from the entry it names.

``@inproceedings{b, crossref={c}, ...}`` gets the proceedings' editors, publisher, year
and, as its ``booktitle``, the proceedings' ``title``. The child keeps its own title and
its ``crossref`` field, so writing it back as BibLaTeX keeps the link.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostic, Location

_NOT_INHERITED = {
    "crossref", "xref", "ids", "entrysubtype", "label", "shorthand", "sortkey",
    "title", "subtitle", "titleaddon", "shorttitle",
}  # fmt: skip


def inherit_crossrefs(entries: list[Any], name: str) -> list[Diagnostic]:
    """Fill each entry's missing fields from its crossref parent; name unknown parents."""
    from bibtexparser.model import Field

    by_key = {entry.key.lower(): entry for entry in entries}
    diagnostics: list[Diagnostic] = []
    for entry in entries:
        link = _fields(entry).get("crossref")
        if link is None:
            continue
        parent = by_key.get(str(link.value).strip().lower())
        if parent is None or parent is entry:
            line = (link.start_line or entry.start_line or 0) + 1
            message = f"crossref {str(link.value)!r} names no other entry in this file"
            where = Location(file=name, line=line, item_id=entry.key)
            diagnostics.append(Diagnostic("bibtex-crossref", "warning", message, where))
            continue
        own = _fields(entry)
        inherited = dict(_fields(parent))
        if "title" in inherited:
            inherited.setdefault("booktitle", inherited["title"])
        for key, field in inherited.items():
            if key not in own and key not in _NOT_INHERITED:
                entry.set_field(Field(key, field.value, field.start_line))
    return diagnostics


def _fields(entry: Any) -> dict[str, Any]:
    return {field.key.lower(): field for field in entry.fields}
