"""Structured bibliography formats in and out: CSL-JSON, CSL-YAML, BibTeX/BibLaTeX and RIS.

``read_library`` recognises a format by content and returns its items with located
diagnostics, or None when the text is not a structured format (an informal reference
list, to be parsed). ``write_library`` writes items in any format and names, per item,
the fields that format cannot hold.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..diagnostics import Diagnostic, Location
from ..errors import UsageError
from ..model import CSLItem
from .csl_types import checked_items, safe_items
from .csljson import dumps_csl_json, read_csl_json
from .detect import Detection, UnknownFormatError, detect
from .result import ReadResult, WriteResult

__all__ = [
    "FORMATS",
    "INPUT_FORMATS",
    "ReadResult",
    "WriteResult",
    "Detection",
    "UnknownFormatError",
    "detect",
    "detect_format",
    "dumps_csl_json",
    "read_csl_json",
    "read_library",
    "write_library",
]

FORMATS: tuple[str, ...] = ("csl-json", "csl-yaml", "biblatex", "bibtex", "ris")
# formats citekit reads but does not write (a Zotero database is read by ``pipeline.load``)
INPUT_FORMATS: tuple[str, ...] = (*FORMATS, "bbt-json", "zotero-rdf")


def _lazy(module: str, name: str) -> Callable[..., Any]:
    """``module.name``, imported when first called: a plain reference list loads no reader
    or writer (BibTeX's, YAML's, XML's...), which a one-line ``citekit parse`` would pay."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(f".{module}", __name__), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


read_bibtex = _lazy("bibtex", "read_bibtex")
write_biblatex = _lazy("bibtex_write", "write_biblatex")
write_bibtex = _lazy("bibtex_write", "write_bibtex")


def _read_json(text: str, name: str) -> ReadResult:
    """CSL-JSON items (ids and repeated ids are settled by ``checked_items``, for every format)."""
    return ReadResult("csl-json", read_csl_json(text, name))


def _write_json(items: list[CSLItem]) -> WriteResult:
    return WriteResult("csl-json", dumps_csl_json(items))


_READERS: dict[str, Callable[[str, str], ReadResult]] = {
    "bbt-json": _lazy("zotero_bbt", "read_bbt_json"),
    "zotero-rdf": _lazy("zotero_rdf", "read_zotero_rdf"),
    "csl-json": _read_json,
    "biblatex": read_bibtex,
    "ris": _lazy("ris", "read_ris"),
    "csl-yaml": _lazy("cslyaml", "read_csl_yaml"),
}
_WRITERS: dict[str, Callable[[list[CSLItem]], WriteResult]] = {
    "csl-json": _write_json,
    "csl-yaml": _lazy("cslyaml", "write_csl_yaml"),
    "ris": _lazy("ris", "write_ris"),
}


def detect_format(text: str) -> str | None:
    """The structured format ``text`` is in (BibTeX and BibLaTeX both say ``biblatex``)."""
    return detect(text).format


def read_library(
    text: str, name: str = "<input>", *, format: str | None = None
) -> ReadResult | None:
    """Items and diagnostics of a structured file, or None if ``text`` is an informal list.

    A text that looks structured but is in no format citekit reads raises ``UnknownFormatError``
    (an ``InputError``)
    naming what it looked like; a format chosen without certainty is named, with the
    reason, in a ``format-detected`` warning.
    """
    wanted = "biblatex" if format == "bibtex" else format
    detection = detect(text) if wanted is None else None
    if detection is not None and detection.unknown:
        raise UnknownFormatError(
            f"not a format citekit reads: this looks like {detection.unknown}", file=name
        )
    for label, reader in _READERS.items():
        if label == wanted or detection is not None and label == detection.format:
            result = reader(text, name)
            if detection is not None and not detection.sure:
                note = f"read as {label} ({detection.reason})"
                result.diagnostics.insert(
                    0, Diagnostic("format-detected", "warning", note, Location(file=name))
                )
            result.items, found = checked_items(result.items, name)
            result.diagnostics.extend(found)
            return result
    if wanted is not None:
        raise UsageError(
            f"unknown input format {format!r}; choose one of {', '.join(INPUT_FORMATS)}"
        )
    return None


def write_library(items: list[CSLItem], format: str, *, latex: bool = False) -> WriteResult:
    """``items`` written in ``format`` (one of ``FORMATS``), with what it could not hold.

    ``latex`` asks BibTeX and BibLaTeX output for LaTeX commands instead of accented letters.
    The parser's notes on itself (``custom.parse-confidence``...) are not the source's data:
    formats other than CSL-JSON/YAML leave them out without naming them as lost.
    """
    if format not in FORMATS:
        raise UsageError(f"unknown output format {format!r}; choose one of {', '.join(FORMATS)}")
    items, found = safe_items(list(items))  # whatever the caller holds, the output is valid
    if format not in ("csl-json", "csl-yaml"):
        items = [_without_parser_notes(item) for item in items]
    if format == "biblatex":
        result = write_biblatex(items, latex=latex)
    elif format == "bibtex":
        result = write_bibtex(items, latex=latex)
    else:
        result = _WRITERS[format](items)
    result.diagnostics[:0] = found
    return result


_PARSER_NOTES = ("parse-confidence", "parse-uncertain")


def _without_parser_notes(item: CSLItem) -> CSLItem:
    custom = item.get("custom")
    if not isinstance(custom, dict) or not any(note in custom for note in _PARSER_NOTES):
        return item
    kept = {key: value for key, value in custom.items() if key not in _PARSER_NOTES}
    rest = {key: value for key, value in item.items() if key != "custom"}
    return {**rest, "custom": kept} if kept else rest
