"""Writing CSL-JSON items as BibLaTeX or classic BibTeX.

Every CSL variable BibLaTeX has a field for is written; fields kept under
``custom.biblatex`` when the items were read from a ``.bib`` file are written back as
they were. Anything else is named in a ``format-cannot-hold`` warning, never dropped
silently. Text stays UTF-8; LaTeX's special characters are escaped and title words whose
capitals matter are braced.
"""

from __future__ import annotations

from typing import Any

from .. import rx
from ..keys import assign_keys, loses_id
from ..model import CSLItem, date_parts
from . import biblatex_map
from .bibtex_names import format_names
from .edtf import format_edtf
from .latex import escape, latex_commands, protect_case
from .result import WriteResult, cannot_hold

_PAGE_RANGE = rx.compile(r"(?<=\w)-(?=\w)")
_SKIP = {"id", "type", "citation-key"}


def write_biblatex(items: list[CSLItem], *, latex: bool = False) -> WriteResult:
    """BibLaTeX text for ``items`` and a warning for each item that lost fields.

    With ``latex``, accented letters are written as LaTeX commands (Hangul stays UTF-8).
    """
    return _write(items, classic=False, latex=latex)


def write_bibtex(items: list[CSLItem], *, latex: bool = False) -> WriteResult:
    """Classic BibTeX (``journal``, ``address``, ``year``/``month``) for older styles."""
    return _write(items, classic=True, latex=latex)


def _write(items: list[CSLItem], *, classic: bool, latex: bool) -> WriteResult:
    import bibtexparser
    from bibtexparser.library import Library
    from bibtexparser.model import Entry, Field

    label = "BibTeX" if classic else "BibLaTeX"
    result = WriteResult("bibtex" if classic else "biblatex", "")
    library = Library()
    for item, key in zip(items, assign_keys(items), strict=True):
        bib_type, fields, lost = item_fields(item, classic=classic)
        if latex:
            verbatim = biblatex_map.tables()["verbatim"]
            fields = {k: v if k in verbatim else latex_commands(v) for k, v in fields.items()}
        lost += ["id"] if loses_id(item, key) else []
        library.add(Entry(bib_type, key, [Field(name, value) for name, value in fields.items()]))
        if lost:
            result.diagnostics.append(cannot_hold(label, str(item.get("id", key)), lost))
    format_ = bibtexparser.BibtexFormat()
    format_.indent = "  "
    format_.trailing_comma = True
    format_.block_separator = "\n"
    result.text = bibtexparser.write_string(library, bibtex_format=format_)
    return result


def item_fields(item: CSLItem, *, classic: bool = False) -> tuple[str, dict[str, str], list[str]]:
    """The entry type, the fields (in order) and the CSL variables left out for one item."""
    data = biblatex_map.tables()
    kind = str(item.get("type") or "document")
    bib_type, subtype = biblatex_map.entry_type(kind)
    mapping = biblatex_map.field_map(kind)
    fields: dict[str, str] = {}
    lost: list[str] = []

    def put(field: str, value: str, variable: str) -> None:
        if field in fields:
            lost.append(variable)
        else:
            fields[field] = value

    for variable, value in item.items():
        if variable in _SKIP or value in (None, "", []):
            continue
        if variable == "custom":
            lost.extend(_put_custom(value, put))
        elif variable in data["names"] and isinstance(value, list):
            put(data["names"][variable], format_names(value), variable)
        elif variable in data["dates"]:
            text = format_edtf(value)
            if text is None:
                lost.append(variable)
            else:
                put(data["dates"][variable], text, variable)
        elif variable == "language" and str(value) in data["languages"]:
            put("langid", data["languages"][str(value)], variable)
        elif variable in mapping and not isinstance(value, (dict, list)):
            noted = _case_note(item, variable)
            text = protect_phrases(str(value), noted) if noted is not None else None
            put(mapping[variable], text or _field_text(mapping[variable], str(value)), variable)
        else:
            lost.append(variable)
    if bib_type == "online" and "publisher" in fields and "organization" not in fields:
        # the outlet of an @online entry is its organization (read back as the publisher)
        fields = {("organization" if k == "publisher" else k): v for k, v in fields.items()}
    if classic:
        bib_type, lost = _to_classic(item, bib_type, fields, lost)
    if biblatex_map.csl_type(bib_type, None)[0] != kind:
        subtype = subtype or kind
    if subtype and "entrysubtype" not in fields:
        fields = {"entrysubtype": subtype, **fields}
    return bib_type, fields, lost


def _put_custom(custom: Any, put: Any) -> list[str]:
    """Write back ``custom.biblatex`` fields; return the other custom keys as lost."""
    if not isinstance(custom, dict):
        return ["custom"]
    kept = custom.get("biblatex")
    if isinstance(kept, dict):
        for field, value in kept.items():
            put(str(field), str(value), f"custom.biblatex.{field}")
    # bibtex-case is the reader's note of the title's braces, which protect_case writes again
    return [f"custom.{key}" for key in custom if key not in ("biblatex", "bibtex-case")]


def _case_note(item: CSLItem, variable: str) -> list[str] | None:
    """The braced phrases the BibTeX reader noted for a title-cased title (``bibtex-case``)."""
    custom = item.get("custom")
    note = custom.get("bibtex-case") if isinstance(custom, dict) else None
    phrases = note.get(variable) if isinstance(note, dict) else None
    return [str(p) for p in phrases] if isinstance(phrases, list) else None


def protect_phrases(title: str, phrases: list[str]) -> str:
    """A title read from BibTeX written back as it was: only its braced phrases braced, so
    a style that sentence-cases it lowers the rest again."""
    places = sorted((title.find(p), -len(p), p) for p in set(phrases) if p and p in title)
    out, at = [], 0
    for found, _, phrase in places:
        if found >= at:  # not inside a longer phrase already braced
            out += [escape(title[at:found]), "{" + escape(phrase) + "}"]
            at = found + len(phrase)
    return "".join(out) + escape(title[at:])


def _field_text(field: str, value: str) -> str:
    data = biblatex_map.tables()
    if field in data["verbatim"]:
        return value
    if field in data["titles"]:
        return protect_case(value)
    if field == "pages":
        return _PAGE_RANGE.sub("--", escape(value))
    return escape(value)


def _to_classic(
    item: CSLItem, bib_type: str, fields: dict[str, str], lost: list[str]
) -> tuple[str, list[str]]:
    """Rename BibLaTeX fields and types to classic BibTeX ones, in place."""
    classic = biblatex_map.tables()["bibtex"]
    renames = dict(classic["fields"])
    if bib_type == "thesis":
        renames.update(classic["thesis_fields"])
    for old, new in renames.items():
        if old in fields and new not in fields:
            fields[new] = fields.pop(old)
    if "date" in fields:
        parts = date_parts(item, "issued")
        whole = item.get("issued", {})
        if parts and format_edtf({"date-parts": [parts]}) == fields["date"]:
            del fields["date"]
            fields["year"] = str(parts[0])
            if len(parts) > 1:
                fields["month"] = str(parts[1])
            if len(parts) > 2:
                lost = [*lost, "issued (day)"]
        elif isinstance(whole, dict):
            lost = [*lost, "issued"]
            del fields["date"]
    return classic["types"].get(bib_type, "misc"), lost
