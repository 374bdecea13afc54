"""Which format a text is in, why, and how sure: the one place formats are recognised.

``detect`` returns a ``Detection``: the structured format chosen (or None for an informal
reference list), the reason in words, and ``sure``. When detection is not sure (RIS with
single-spaced tags or without ``TY``, YAML that opens with an anchor), the reader's result
carries a ``format-detected`` warning saying what was chosen and why. A text that looks
structured but like no format citekit reads (a JSON scalar, YAML without references, XML
or HTML, MEDLINE or Refer tags) is refused with ``unknown`` naming what it looked like,
instead of being parsed as a list of references.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache

from .. import rx
from ..errors import InputError
from ..packagedata import data_json
from ..records import dataclass
from .csljson import looks_like_csl_json

# a RIS tag line as written (two spaces) or as hand-made files write it (one space)
RIS_TAG_LINE = rx.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")
_STRICT_RIS = rx.compile(r"^[A-Z][A-Z0-9]  -(?: |$)")
_YAML_ANCHOR = rx.compile(r"^(?:- +)?(?:[\w-]+: +)?&[\w-]+(?:\s|$)")
_MEDLINE = rx.compile(r"^[A-Z]{2,4} {0,3}- \S")
_REFER = rx.compile(r"^%[A-Z0-9] \S")
_XML = rx.compile(r"^<(\?xml|!DOCTYPE|[A-Za-z][\w:.-]*[\s>/])", re.IGNORECASE)


ZOTERO_NAMESPACE = "http://www.zotero.org/namespaces/export#"

# Each format's test of its own opening is here, not with its reader, so that deciding a text
# is an informal list imports no reader (BibTeX's, XML's, SQLite's modules: start-up cost).
_ENTRY_START = rx.compile(
    r"^[ \t]*@(?:[A-Za-z]+[ \t]*[{(][^\s,{}()]*,|string[ \t]*[{(]|preamble[ \t]*[{(])",
    re.MULTILINE | re.IGNORECASE,
)


def looks_like_bibtex(text: str) -> bool:
    """True when a line opens an entry (``@article{key,``) or a ``@string``/``@preamble``."""
    return bool(_ENTRY_START.search(text))


# ``references:`` must open a YAML list of mappings: a pasted "references:" heading over a
# list, bulleted or not, is not YAML
_YAML_START = rx.compile(
    r"^(---[ \t]*\n|references:[ \t]*(\[|\n(\s*\n)*\s*- [\w-]+:)|- (id|type):)"
)


def looks_like_csl_yaml(text: str) -> bool:
    """True for a YAML document whose items are CSL (``references:`` or ``- id:`` lists)."""
    head = text.lstrip("\ufeff \t\n")
    if not _YAML_START.match(head):
        return False
    if head.startswith("---"):
        front = head.split("\n---", 1)[0] if "\n---" in head else head
        front = front.split("\n...", 1)[0]
        return bool(re.search(r"^references:", front, re.MULTILINE))
    return True


_BBT_START = rx.compile(r'^\{\s*"(config|version|collections|items)"\s*:')


def looks_like_bbt_json(text: str) -> bool:
    """True for a JSON object that opens with Better BibTeX's top-level keys and has
    both ``config`` and ``items``."""
    head = text.lstrip("\ufeff \t\r\n")
    if not _BBT_START.match(head):
        return False
    return bool(re.search(r'"config"\s*:\s*\{', head)) and bool(
        re.search(r'"items"\s*:\s*\[', head)
    )


def looks_like_zotero_rdf(text: str) -> bool:
    """True for XML that declares Zotero's RDF export namespace."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    return head.startswith("<") and "rdf:RDF" in head and ZOTERO_NAMESPACE in head


SQLITE_MAGIC = b"SQLite format 3\x00"


def is_sqlite_file(path: str) -> bool:
    """True when ``path`` is a regular file that starts like an SQLite database (a pipe such
    as ``<(cat refs.txt)`` is never opened here: its bytes would be gone)."""
    if not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


class UnknownFormatError(InputError):
    """Text that looks structured but is in no format citekit reads (``Detection.unknown``)."""


@dataclass(frozen=True)
class Detection:
    """The format chosen for a text, why, and whether detection is sure of it."""

    format: str | None
    reason: str
    sure: bool = True
    unknown: str | None = None  # set when the text looks structured but is no known format


@lru_cache(maxsize=1)
def _ris_tags() -> frozenset[str]:
    data = data_json(__package__, "ris.json")
    tags = {"TY", "ER", *data["tags"].values(), *data["names"].values(), *data["tag_aliases"]}
    tags |= {tag for table in data["tags_by_type"].values() for tag in table.values()}
    tags |= {"SP", "EP", "PY", "DA", "Y2", "KW", "SN", "LA", "AB", "N1", "ID", "UR", "M1"}
    return frozenset(tags)


def _lines(text: str, limit: int = 200) -> list[str]:
    found = []
    for line in text.lstrip("\ufeff").splitlines():
        if line.strip():
            found.append(line.rstrip())
            if len(found) >= limit:
                break
    return found


def _ris(text: str) -> Detection | None:
    lines = _lines(text)
    if not lines or not RIS_TAG_LINE.match(lines[0]):
        return None
    tagged = [m for m in map(RIS_TAG_LINE.match, lines) if m and m.group(1) in _ris_tags()]
    tags = {m.group(1) for m in tagged}
    if len(tagged) < 2 or len(tagged) * 2 < len(lines) or not tags & {"TY", "ER"}:
        return None
    notes = []
    if not all(_STRICT_RIS.match(m.group(0)) for m in tagged):
        notes.append("tag lines written with one space ('TY - JOUR', RIS wants 'TY  - JOUR')")
    if "TY" not in tags:
        notes.append("records end with 'ER  - ' but none opens with 'TY  - '")
    reason = "RIS tag lines" + (f": {'; '.join(notes)}" if notes else "")
    return Detection("ris", reason, sure=not notes)


def _json_scalar(text: str) -> Detection | None:
    head = text.strip().lstrip("\ufeff")
    if not head or head[0] in "[{":
        return None
    try:
        value = json.loads(head)
    except (ValueError, RecursionError):
        return None
    kind = {
        str: "a string",
        bool: "a boolean",
        type(None): "null",
        int: "a number",
        float: "a number",
    }.get(type(value), "a scalar")
    return Detection(None, "JSON", unknown=f"JSON holding {kind}, not a list of references")


def _yaml(text: str) -> Detection | None:
    """YAML that opens with an anchor (``- &a``, ``base: &b``): CSL-YAML when it holds items."""
    lines = [line for line in _lines(text, 5) if not line.lstrip().startswith("#")]
    if not lines or not _YAML_ANCHOR.match(lines[0]):
        return None
    import yaml

    try:
        data = next(iter(yaml.safe_load_all(text.lstrip("\ufeff"))), None)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return Detection("csl-yaml", "YAML with anchors (&name)", sure=False)
    items = data.get("references") if isinstance(data, dict) else data
    if isinstance(items, list) and items and all(isinstance(i, dict) for i in items):
        if isinstance(data, dict):
            return Detection(
                "csl-yaml", "YAML opening with an anchor, items under references:", sure=False
            )
        return Detection("csl-yaml", "a YAML list of items opening with an anchor", sure=False)
    return Detection(
        None,
        "YAML",
        unknown="YAML with anchors but no list of items "
        "(CSL-YAML is a list of items, or one under references:)",
    )


def _unknown(text: str) -> Detection | None:
    """Structured text of a kind citekit does not read."""
    lines = _lines(text, 20)
    if not lines:
        return None
    first = lines[0].lstrip()
    if _XML.match(first):
        if re.search(r"<!doctype html|<(html|head|body|p|div|a)[\s>]", text[:4096], re.IGNORECASE):
            return Detection(None, "HTML", unknown="an HTML page, not a bibliography file")
        body = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "", text[:8192], flags=re.DOTALL)
        root = re.search(r"<([A-Za-z][\w:.-]*)", body)
        name = root.group(1) if root else "?"
        return Detection(
            None,
            "XML",
            unknown=f"XML (root <{name}>) other than Zotero RDF; "
            "export CSL-JSON, BibTeX or RIS instead",
        )
    if (
        len(lines) >= 2
        and sum(bool(_MEDLINE.match(line)) for line in lines) * 2 > len(lines)
        and (any(line.startswith("PMID-") for line in lines))
    ):
        return Detection(
            None,
            "MEDLINE",
            unknown="MEDLINE/PubMed tagged records (PMID- ...); export RIS or CSL-JSON instead",
        )
    if len(lines) >= 2 and sum(bool(_REFER.match(line)) for line in lines) * 2 > len(lines):
        return Detection(
            None,
            "Refer",
            unknown="Refer/EndNote tagged records (%A, %T lines); export RIS or CSL-JSON instead",
        )
    return None


def detect(text: str) -> Detection:
    """The format of ``text``: a structured format, an informal list, or an unknown format."""
    for name, looks in (
        ("bbt-json", looks_like_bbt_json),
        ("zotero-rdf", looks_like_zotero_rdf),
        ("csl-json", looks_like_csl_json),
    ):
        if looks(text):
            return Detection(name, _REASONS[name])
    scalar = _json_scalar(text)
    if scalar:
        return scalar
    if looks_like_bibtex(text):
        return Detection("biblatex", _REASONS["biblatex"])
    ris = _ris(text)
    if ris:
        return ris
    if looks_like_csl_yaml(text):
        return Detection("csl-yaml", _REASONS["csl-yaml"])
    for guess in (_yaml, _unknown):
        found = guess(text)
        if found:
            return found
    return Detection(None, "plain text: an informal reference list")


_REASONS = {
    "bbt-json": "a JSON object with Better BibTeX's config and items",
    "zotero-rdf": "RDF/XML in Zotero's export namespace",
    "csl-json": "a JSON list of objects (or one object)",
    "biblatex": "@type{key, ...} entries",
    "csl-yaml": "YAML with references: or a list of id:/type: items",
}
