"""Zotero items to CSL-JSON, as Zotero's own CSL export maps them.

The three Zotero readers (the ``zotero.sqlite`` database, Better BibTeX JSON, Zotero RDF)
each turn their input into the same neutral ``ZoteroItem`` (Zotero field names, creators,
collections, tags, attachments); ``to_csl`` maps it once, so the three give the same items.

The mapping is Zotero's (``zotero.json``): a type-specific field (``caseName``, ``court``,
``bookTitle``) is read as its base field (``title``, ``authority``, ``publicationTitle``),
base fields become CSL variables, the item type's primary creator becomes ``author``.
``Extra`` lines naming a CSL variable (``original-title: ...``, ``language: ko``,
``original-author: Family || Given``, ``original-date: 1990``, ``type: article``,
``Citation Key: hong2023``) set that variable; other lines stay in ``note``. Collections
(``Parent/Child``) and tags go to ``custom.zotero-collections`` and ``custom.zotero-tags``,
attachments with a URL to ``custom.attachments``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import rx
from ..model import CSLItem
from ..packagedata import data_json
from ..records import dataclass, field
from .edtf import parse_edtf

SQLITE_DATE = rx.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?: (.*))?$", re.DOTALL)
_ISO_TIME = rx.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?Z?$")
_EXTRA_LINE = rx.compile(r"^\s*([A-Za-z][A-Za-z _-]*?)\s*:\s*(.*?)\s*$")
_LEGACY_EXTRA = rx.compile(r"\{:([A-Za-z][A-Za-z _-]*?)\s*:\s*([^}]*)\}")


@dataclass
class ZoteroItem:
    """One Zotero item as any Zotero format gives it, before mapping to CSL."""

    item_type: str
    fields: dict[str, str] = field(default_factory=dict)
    creators: list[dict[str, str]] = field(default_factory=list)
    collections: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    attachments: list[dict[str, str]] = field(default_factory=list)


@lru_cache(maxsize=1)
def tables() -> dict[str, Any]:
    """Zotero's type, field and creator mappings (``zotero.json``)."""
    return data_json(__package__, "zotero.json")


@lru_cache(maxsize=1)
def _csl_kinds() -> dict[str, str]:
    data = data_json(__package__, "csl-variables.json")
    return {name.lower(): kind for kind, names in data.items() if kind[:1] != "_" for name in names}


@lru_cache(maxsize=1)
def _csl_names() -> dict[str, str]:
    data = data_json(__package__, "csl-variables.json")
    return {name.lower(): name for kind, names in data.items() if kind[:1] != "_" for name in names}


def is_reference(item_type: str) -> bool:
    """False for notes, attachments and annotations."""
    return item_type not in tables()["skipped_types"]


def to_csl(item: ZoteroItem) -> CSLItem:
    """The CSL-JSON item Zotero's export gives for ``item`` (``id`` left to the caller)."""
    table = tables()
    csl: CSLItem = {"type": table["types"].get(item.item_type, "document")}
    base = dict(item.fields)
    for name, value in item.fields.items():
        base.setdefault(table["base_fields"].get(name, name), value)
    for variable, sources in table["text"].items():
        value = next((base[s] for s in sources if str(base.get(s) or "").strip()), None)
        if value is not None:
            csl[variable] = str(value).strip()
    for variable, source in table["dates"].items():
        text = str(base.get(source) or "").strip()
        if text:
            csl[variable] = zotero_date(text)
    primary = table["primary_creators"].get(item.item_type, "author")
    for creator in item.creators:
        kind = creator.get("creatorType", "author")
        role = "author" if kind == primary else table["names"].get(kind)
        name = _name(creator)
        if role and name:
            csl.setdefault(role, []).append(name)
    _apply_extra(csl, str(base.get("extra") or ""))
    custom: dict[str, Any] = {}
    if item.collections:
        custom["zotero-collections"] = sorted(set(item.collections))
    if item.tags:
        custom["zotero-tags"] = sorted(set(item.tags))
    kept = [_attachment(a) for a in item.attachments if a.get("url")]
    if kept:
        custom["attachments"] = kept
    if custom:
        csl["custom"] = custom
    return csl


def _name(creator: dict[str, str]) -> dict[str, str] | None:
    """A CSL name: one-field names (``fieldMode`` 1, organisations) are literals."""
    if creator.get("name"):
        return {"literal": creator["name"].strip()}
    family = (creator.get("lastName") or "").strip()
    given = (creator.get("firstName") or "").strip()
    if str(creator.get("fieldMode", "0")) == "1":
        return {"literal": family} if family else None
    name = {key: value for key, value in (("family", family), ("given", given)) if value}
    return name or None


def _attachment(attachment: dict[str, str]) -> dict[str, str]:
    kept = {"url": attachment["url"]}
    for key in ("title", "content-type"):
        if attachment.get(key):
            kept[key] = attachment[key]
    return kept


def zotero_date(text: str) -> dict[str, Any]:
    """A CSL date from Zotero's date text: the database's ``2023-02-07 February 7, 2023``
    (``00`` for an unknown part), an ISO timestamp, or the date as the user typed it."""
    text = text.strip()
    match = SQLITE_DATE.match(text) or _ISO_TIME.match(text)
    if match:
        parts = [int(match.group(i)) for i in (1, 2, 3)]
        while parts and parts[-1] == 0:
            parts.pop()
        if parts:
            return {"date-parts": [parts]}
        original = match.group(4) if match.re is SQLITE_DATE else None
        return {"literal": original} if original else {"literal": text}
    iso = parse_edtf(text)
    if iso and "date-parts" in iso:
        return iso
    from ..parse.normalise.dates import parse_date

    found = parse_date(text)
    if found is not None and found.parts:
        return {"date-parts": [list(found.parts)]}
    return {"literal": text}


def sqlite_date(text: str) -> str:
    """What Zotero stores for a date the user typed: ``YYYY-MM-DD`` (``00`` for unknown
    parts) then the text itself, the form ``zotero_date`` reads back."""
    parts = zotero_date(text).get("date-parts", [[0]])[0] + [0, 0]
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d} {text}"


def _apply_extra(csl: CSLItem, extra: str) -> None:
    """Set the CSL variables ``Extra`` names; the other lines become ``note``."""
    kept: list[str] = []
    for line in _LEGACY_EXTRA.sub(lambda m: f"\n{m.group(1)}: {m.group(2)}\n", extra).split("\n"):
        match = _EXTRA_LINE.match(line)
        if not match or not _extra_field(csl, match.group(1), match.group(2)):
            kept.append(line)
    note = "\n".join(kept).strip()
    if note:
        csl["note"] = note


def _extra_field(csl: CSLItem, label: str, value: str) -> bool:
    """Apply one ``label: value`` line of Extra; False when it names no CSL variable."""
    key = re.sub(r"[\s_]+", "-", label.strip()).lower()
    if key == "citation-key" or label.strip().lower() == "citation key":
        csl["citation-key"] = value
        return bool(value)
    if key == "type":
        if value in tables()["types"].values():
            csl["type"] = value
            return True
        return False
    kind = _csl_kinds().get(key) or _csl_kinds().get(key.replace("-", "_"))
    variable = _csl_names().get(key) or _csl_names().get(key.replace("-", "_"))
    if not kind or not variable or not value:
        return False
    if kind == "names":
        family, _, given = value.partition("||")
        name = {"family": family.strip(), "given": given.strip()} if given else None
        csl.setdefault(variable, []).append(name or {"literal": family.strip()})
    elif kind == "dates":
        csl.setdefault(variable, zotero_date(value))
    else:
        csl.setdefault(variable, value)
    return True
