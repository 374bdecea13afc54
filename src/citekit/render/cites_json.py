"""A document that cites each item once, written as pandoc's JSON instead of Markdown.

Reading ten thousand ``[@{id}]`` paragraphs is a sixth of pandoc's work on in-text
citations; its JSON reader takes a tenth of the time. citekit writes exactly the document
pandoc's Markdown reader would make of such a body and of a header of flags and plain
words (``tests/test_render_cites_json.py`` compares the two); anything else stays Markdown.
"""

from __future__ import annotations

import json
import subprocess
from functools import lru_cache
from typing import Any

from .. import rx
from .clusters import NOTE_GUARD

_PLAIN_WORD = rx.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")


def cites_markdown(ids: list[str], guard: str = "") -> str:
    """The Markdown body that cites each of ``ids`` once, a paragraph each (a note
    style's with ``clusters.NOTE_GUARD`` before each)."""
    start = "[" + guard + " @{" if guard else "[@{"
    return "\n\n".join(start + ident + "}]" for ident in ids)


def json_document(header: dict[str, Any], body: str | None, ids: list[str] | None) -> str | None:
    """Pandoc's JSON for the header and ``body``, or None unless ``body`` cites each of
    ``ids`` once and the header holds only flags and plain words."""
    if body is None or not ids:
        return None
    guard = next((g for g in ("", NOTE_GUARD) if body == cites_markdown(ids, g)), None)
    if guard is None:
        return None
    meta: dict[str, Any] = {}
    first = 1  # the note number of the first citation: pandoc numbers ``nocite``'s first
    for key, value in header.items():
        if key == "nocite" and value == "@*":
            meta[key] = {"t": "MetaInlines", "c": [_every_item()]}
            first = 2
        elif isinstance(value, bool):
            meta[key] = {"t": "MetaBool", "c": value}
        elif isinstance(value, str) and _PLAIN_WORD.fullmatch(value):
            meta[key] = {"t": "MetaInlines", "c": [{"t": "Str", "c": value}]}
        else:
            return None
    blocks = [_cite_paragraph(ident, number, guard) for number, ident in enumerate(ids, first)]
    version = api_version()
    if version is None:
        return None
    document = {"pandoc-api-version": version, "meta": meta, "blocks": blocks}
    return json.dumps(document, ensure_ascii=False)


def _every_item() -> dict[str, Any]:
    """``nocite: '@*'`` as pandoc's Markdown reader reads it."""
    citation = {
        "citationId": "*",
        "citationPrefix": [],
        "citationSuffix": [],
        "citationMode": {"t": "AuthorInText"},
        "citationNoteNum": 1,
        "citationHash": 0,
    }
    return {"t": "Cite", "c": [[citation], [{"t": "Str", "c": "@*"}]]}


def _cite_paragraph(ident: str, number: int, guard: str) -> dict[str, Any]:
    prefix = [{"t": "Str", "c": guard}] if guard else []
    citation = {
        "citationId": ident,
        "citationPrefix": prefix,
        "citationSuffix": [],
        "citationMode": {"t": "NormalCitation"},
        "citationNoteNum": number,
        "citationHash": 0,
    }
    if guard:
        text = [{"t": "Str", "c": "[" + guard}, {"t": "Space"}, {"t": "Str", "c": f"@{{{ident}}}]"}]
    else:
        text = [{"t": "Str", "c": f"[@{{{ident}}}]"}]
    return {"t": "Para", "c": [{"t": "Cite", "c": [[citation], text]}]}


@lru_cache(maxsize=1)
def api_version() -> list[int] | None:
    """The document format version of the pandoc citekit runs (None if it cannot say)."""
    from .pandoc import pandoc_environment, pandoc_path

    try:
        done = subprocess.run(
            [pandoc_path(), "--from=markdown", "--to=json"],
            input=b"",
            capture_output=True,
            env=pandoc_environment(),
        )
        version = json.loads(done.stdout)["pandoc-api-version"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return version if isinstance(version, list) else None
