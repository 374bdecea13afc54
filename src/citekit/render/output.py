"""Assembling the whole output of a render from its entries."""

from __future__ import annotations

import html
import json
from typing import Any

from .. import rx
from . import Entry

_SPACE = rx.compile(r"\s+")


def one_line(text: str) -> str:
    """Collapse a rendered entry's whitespace (pandoc's line breaks, double spaces) to one line."""
    return _SPACE.sub(" ", text).strip()


def entries_from(result: dict[str, Any], to: str) -> list[Entry]:
    """Entries from the writer's JSON: plain text for text/json/docx, the format's own otherwise."""
    key = "plain" if to in ("text", "json", "docx") else "text"
    entries = []
    for raw in result.get("entries", []):
        text = raw[key]
        entries.append(
            Entry(id=";".join(raw["ids"]), text=one_line(text) if key == "plain" else text.strip())
        )
    return entries


def whole_output(
    style: str, mode: str, to: str, entries: list[Entry], document: Any
) -> str | bytes:
    """The output as users receive it: lines of text, a JSON object, or the format's document."""
    if to == "text":
        return "".join(entry.text + "\n" for entry in entries)
    if to == "json":
        payload = {
            "style": style,
            "mode": mode,
            "entries": [{"id": entry.id, "text": entry.text} for entry in entries],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if isinstance(document, bytes):
        return document
    if document is None:
        return joined_document(to, mode, entries)
    text = str(document)
    return text if text.endswith("\n") else text + "\n"


def joined_document(to: str, mode: str, entries: list[Entry]) -> str:
    """A bibliography or a list of in-text citations as one fragment of ``to``."""
    if to == "html":
        role = "list" if mode == "bibliography" else "none"
        lines = [f'<div id="refs" class="references csl-bib-body" role="{role}">']
        for entry in entries:
            ident = html.escape(entry.id, quote=True)
            lines.append(f'<div id="ref-{ident}" class="csl-entry">{entry.text}</div>')
        lines.append("</div>")
        return "\n".join(lines) + "\n"
    return "".join(entry.text + "\n\n" for entry in entries)
