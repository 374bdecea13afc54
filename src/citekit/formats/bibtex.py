"""Reading BibTeX and BibLaTeX (JabRef, Better BibTeX, hand-written ``.bib``) into CSL-JSON.

bibtexparser v2 splits the file; each entry becomes one item whose ``id`` is its key.
Fields CSL has no variable for are kept, as written, under ``custom.biblatex`` so that
writing the item back gives them back. Malformed entries, duplicate keys and bad dates
are reported with their line; the other entries are still read.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostic
from ..digits import is_digits
from ..errors import InputError
from ..model import CSLItem, make_date
from ..months import month_numbers
from . import biblatex_map
from .bibtex_names import parse_names
from .crossref import inherit_crossrefs
from .edtf import parse_edtf
from .latex import braced_text, decode
from .result import ReadResult, problem


def read_bibtex(text: str, name: str = "<input>") -> ReadResult:
    """Items of a BibTeX or BibLaTeX file, with malformed entries reported by line."""
    import logging

    import bibtexparser
    from bibtexparser.model import DuplicateBlockKeyBlock

    splitter_log = logging.getLogger("bibtexparser.splitter")
    previous, splitter_log.disabled = splitter_log.disabled, True
    try:
        library = bibtexparser.parse_string(text)
    except Exception as exc:  # noqa: BLE001 - a parser bug must not reach the user as a traceback
        raise InputError(f"could not read this BibTeX file ({exc})", file=name) from exc
    finally:
        splitter_log.disabled = previous
    result = ReadResult("biblatex")
    keyless = []  # entries without a key are not duplicates of each other: each is itemN
    for block in library.failed_blocks:
        line = (block.start_line or 0) + 1
        if isinstance(block, DuplicateBlockKeyBlock) and not block.key.strip():
            keyless.append(block.ignore_error_block)
        elif isinstance(block, DuplicateBlockKeyBlock):
            message = f"duplicate key {block.key!r}: this entry is skipped, the first one kept"
            result.diagnostics.append(
                problem("bibtex-duplicate-key", message, name, line, block.key)
            )
        else:
            reason = (
                getattr(block.error, "abort_reason", None) or str(block.error) or "syntax error"
            )
            reason = " ".join(reason.split())
            message = f"malformed entry, skipped: {reason}"
            result.diagnostics.append(problem("bibtex-malformed", message, name, line))
    result.diagnostics.extend(inherit_crossrefs(library.entries, name))
    entries = sorted([*library.entries, *keyless], key=lambda e: e.start_line or 0)
    for entry in entries:
        item, diagnostics = entry_to_item(entry, name)
        result.items.append(item)
        result.diagnostics.extend(diagnostics)
    return result


def entry_to_item(entry: Any, name: str = "<input>") -> tuple[CSLItem, list[Diagnostic]]:
    """One CSL item from a bibtexparser entry, and the problems found in its fields."""
    data = biblatex_map.tables()
    fields = {data["field_aliases"].get(f.key.lower(), f.key.lower()): f for f in entry.fields}
    subtype_field = fields.get("entrysubtype")
    subtype = str(subtype_field.value).strip() if subtype_field else None
    kind, used_subtype = biblatex_map.csl_type(entry.entry_type, subtype)
    item: CSLItem = {"id": entry.key, "type": kind}
    extra: dict[str, str] = {}
    diagnostics: list[Diagnostic] = []
    if used_subtype:
        fields.pop("entrysubtype")
    reverse = {bib: csl for csl, bib in biblatex_map.field_map(kind).items()}
    names = {bib: csl for csl, bib in data["names"].items()}
    dates = {bib: csl for csl, bib in data["dates"].items()}
    languages = {bib: csl for csl, bib in data["languages"].items()}
    verbatim = set(data["verbatim"])
    for key, field in fields.items():
        if key in ("year", "month", "day"):
            continue
        value = str(field.value)
        target = reverse.get(key) or names.get(key) or dates.get(key)
        if key == "langid" and value.lower() in languages and "language" not in item:
            item["language"] = languages[value.lower()]
        elif target in item or target is None:
            extra[key] = value
        elif key in names:
            item[target] = parse_names(value)
        elif key in dates:
            date = parse_edtf(value)
            if date is None:
                line = (field.start_line or entry.start_line or 0) + 1
                message = f"{key} {value!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
                diagnostics.append(problem("bibtex-bad-date", message, name, line, entry.key))
                extra[key] = value
            else:
                item[target] = date
        elif key in verbatim:
            item[target] = value.strip()
        elif key == "keywords":
            item[target] = ", ".join(w.strip() for w in decode(value).split(",") if w.strip())
        elif key == "pages":
            item[target] = decode(value.replace("--", "-"))
        else:
            item[target] = decode(value)
    issued, bad = _year_month_day(fields)
    if bad:
        line = (fields[bad].start_line or entry.start_line or 0) + 1
        message = f"{bad} {fields[bad].value!r} is not a valid {bad}"
        diagnostics.append(problem("bibtex-bad-date", message, name, line, entry.key))
    for key in ("year", "month", "day"):
        if key in fields and (bad or "issued" in item):
            extra[key] = str(fields[key].value)
    if issued and "issued" not in item and not bad:
        item["issued"] = issued
    if entry.entry_type.lower() == "online" and "organization" in fields and (
        "publisher" not in item and "authority" in item
    ):
        item["publisher"] = item.pop("authority")  # @online's organization is its outlet
    if extra:
        item["custom"] = {"biblatex": extra}
    _note_title_case(item, fields)
    return item, diagnostics


SENTENCE_CASE_FIELDS = {"title": "title", "container-title": "booktitle"}
"""The titles a sentence-case style (APA) lowers: the work's own title and a book's title
around a chapter or paper; a journal's name keeps its capitals."""


def _note_title_case(item: CSLItem, fields: dict[str, Any]) -> None:
    """Record under ``custom.bibtex-case`` that an English item's titles are in BibTeX's
    title case (only where sentence case would change them), with the text its ``{braces}``
    protect; ``citekit.render`` sentence-cases
    them for a style that prints titles as stored (``render/sentence_case.py``)."""
    if not str(item.get("language") or "en").lower().startswith("en") or item["type"] in (
        "legal_case",
        "legislation",
        "bill",
        "treaty",
        "regulation",
        "hearing",
    ):
        return  # legal titles are names (Donoghue v Stevenson), which styles title-case
    from ..render.sentence_case import sentence_case

    found = {}
    for csl, bib in SENTENCE_CASE_FIELDS.items():
        if bib in fields and isinstance(item.get(csl), str):
            protected = braced_text(str(fields[bib].value))
            if sentence_case(item[csl], protected) != item[csl]:  # something to lower
                found[csl] = protected
    if found:
        item.setdefault("custom", {})["bibtex-case"] = found


def _year_month_day(fields: dict[str, Any]) -> tuple[dict | None, str | None]:
    """The CSL date of classic ``year``/``month``/``day`` fields, or the name of a bad one."""
    if "year" not in fields:
        return None, None
    parts = []
    for key in ("year", "month", "day"):
        if key not in fields:
            break
        text = decode(str(fields[key].value)).strip().lower().rstrip(".")
        number = month_numbers().get(text) if key == "month" else None
        if number is None and is_digits(text):
            number = int(text)
        limits = {"year": range(-9999, 10000), "month": range(1, 13), "day": range(1, 32)}
        if number is None or number not in limits[key]:
            return None, key
        parts.append(number)
    return make_date(*parts), None
