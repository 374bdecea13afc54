"""Zotero RDF exports (RDF/XML with Zotero's ``z:`` namespace), read as Zotero items.

What is read: every node with a ``z:itemType``; Dublin Core, ``bib:``, ``prism:`` and
``foaf:`` properties as Zotero's RDF export writes them (``dc:title``, ``dc:date``,
``dcterms:isPartOf`` a journal or book, ``dc:publisher`` an organisation with a place,
``bib:authors``/``bib:editors``/``z:translators``... sequences of people, ``dc:identifier``
ISBN/ISSN/DOI/URL, ``dc:description`` the Extra field); any other ``z:FIELD`` as that
Zotero field; ``link:link`` attachments; ``z:Collection`` membership. Files with a DTD or
entities are refused (no entity expansion).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .. import rx
from ..errors import InputError
from .detect import ZOTERO_NAMESPACE as Z
from .result import ReadResult
from .zotero import ZoteroItem, is_reference
from .zotero_sqlite import zotero_result

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
BIB = "http://purl.org/net/biblio#"
FOAF = "http://xmlns.com/foaf/0.1/"
PRISM = "http://prismstandard.org/namespaces/1.2/basic/"
LINK = "http://purl.org/rss/1.0/modules/link/"
VCARD = "http://nwalsh.com/rdf/vCard#"

_ABOUT = f"{{{RDF}}}about"
_RESOURCE = f"{{{RDF}}}resource"
_SIMPLE = {
    f"{{{DC}}}title": "title",
    f"{{{DCTERMS}}}abstract": "abstractNote",
    f"{{{DC}}}date": "date",
    f"{{{DCTERMS}}}dateSubmitted": "accessDate",
    f"{{{DC}}}description": "extra",
    f"{{{DC}}}rights": "rights",
    f"{{{DC}}}language": "language",
    f"{{{BIB}}}pages": "pages",
    f"{{{PRISM}}}volume": "volume",
    f"{{{PRISM}}}edition": "edition",
    f"{{{PRISM}}}number": "number",
    f"{{{DCTERMS}}}alternative": "journalAbbreviation",
}
_CONTAINERS = {
    "Journal": "publicationTitle",
    "Periodical": "publicationTitle",
    "Book": "publicationTitle",
    "Series": "series",
    "Website": "publicationTitle",
}
_ID_PREFIX = rx.compile(r"^(ISBN|ISSN|DOI)\s+(.+)$")


def read_zotero_rdf(text: str, name: str = "<input>") -> ReadResult:
    """The items of a Zotero RDF export as CSL-JSON."""
    if re.search(r"<!(DOCTYPE|ENTITY)", text):
        raise InputError("Zotero RDF with a DTD or entities is not read", file=name)
    try:
        root = ET.fromstring(text.lstrip("\ufeff"))
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise InputError(f"invalid Zotero RDF: {exc}", file=name, line=line) from exc
    nodes = {node.get(_ABOUT): node for node in root if node.get(_ABOUT)}
    collections = _collections(root)
    found: list[tuple[ZoteroItem, str | None]] = []
    for node in root:
        kind = node.findtext(f"{{{Z}}}itemType")
        if not kind or not is_reference(kind.strip()):
            continue
        about = node.get(_ABOUT)
        zitem = ZoteroItem(kind.strip())
        _read_properties(node, zitem, nodes, container=False)
        zitem.collections = collections.get(about, []) if about else []
        found.append((zitem, about))
    return zotero_result(found, "zotero-rdf")


def _text(node: ET.Element) -> str:
    return (node.text or "").strip()


def _resolve(prop: ET.Element, nodes: dict[str | None, ET.Element]) -> ET.Element | None:
    """The node a property holds: nested, or referred to with ``rdf:resource``."""
    if len(prop):
        return prop[0]
    return nodes.get(prop.get(_RESOURCE))


def _read_properties(
    node: ET.Element, zitem: ZoteroItem, nodes: dict[str | None, ET.Element], *, container: bool
) -> None:
    for prop in node:
        tag = prop.tag
        local = tag.split("}", 1)[-1]
        if tag == f"{{{Z}}}itemType":
            continue
        if tag == f"{{{DCTERMS}}}isPartOf":
            target = _resolve(prop, nodes)
            if target is not None:
                _read_container(target, zitem, nodes)
        elif tag == f"{{{DC}}}publisher":
            target = _resolve(prop, nodes)
            if target is not None:
                _read_publisher(target, zitem)
        elif tag == f"{{{DC}}}identifier":
            _read_identifier(prop, zitem, container)
        elif tag == f"{{{LINK}}}link":
            target = nodes.get(prop.get(_RESOURCE))
            if target is not None:
                zitem.attachments.append(_attachment(target))
        elif tag == f"{{{DC}}}subject":
            label = _text(prop) or (prop[0].findtext(f"{{{RDF}}}value") or "" if len(prop) else "")
            if label.strip():
                zitem.tags.append(label.strip())
        elif local.endswith("s") and tag.startswith((f"{{{BIB}}}", f"{{{Z}}}")) and len(prop):
            _read_creators(prop, local[:-1], zitem)
        elif tag in _SIMPLE:
            field = _SIMPLE[tag]
            if field == "title" and container:
                continue
            if field == "number" and container:
                field = "issue"
            zitem.fields.setdefault(field, _text(prop))
        elif tag.startswith(f"{{{Z}}}") and not len(prop):
            zitem.fields.setdefault(local, _text(prop))


def _read_container(target: ET.Element, zitem: ZoteroItem, nodes: dict) -> None:
    local = target.tag.split("}", 1)[-1]
    field = _CONTAINERS.get(local, "publicationTitle")
    title = target.findtext(f"{{{DC}}}title")
    if title and title.strip():
        zitem.fields.setdefault(field, title.strip())
    _read_properties(target, zitem, nodes, container=True)


def _read_publisher(target: ET.Element, zitem: ZoteroItem) -> None:
    name = target.findtext(f"{{{FOAF}}}name")
    if name and name.strip():
        zitem.fields.setdefault("publisher", name.strip())
    place = target.find(f".//{{{VCARD}}}locality")
    if place is not None and _text(place):
        zitem.fields.setdefault("place", _text(place))


def _read_identifier(prop: ET.Element, zitem: ZoteroItem, container: bool) -> None:
    value = prop.find(f".//{{{RDF}}}value")
    if value is not None:
        if _text(value) and not container:
            zitem.fields.setdefault("url", _text(value))
        return
    match = _ID_PREFIX.match(_text(prop))
    if match:
        zitem.fields.setdefault(match.group(1), match.group(2).strip())


def _read_creators(prop: ET.Element, kind: str, zitem: ZoteroItem) -> None:
    for person in prop.iter(f"{{{FOAF}}}Person"):
        family = (person.findtext(f"{{{FOAF}}}surname") or "").strip()
        given = (person.findtext(f"{{{FOAF}}}givenName") or "").strip()
        if given:
            zitem.creators.append({"lastName": family, "firstName": given, "creatorType": kind})
        elif family:
            zitem.creators.append({"lastName": family, "fieldMode": "1", "creatorType": kind})


def _attachment(node: ET.Element) -> dict[str, str]:
    url = node.find(f"{{{DC}}}identifier//{{{RDF}}}value")
    return {
        "title": (node.findtext(f"{{{DC}}}title") or "").strip(),
        "url": _text(url) if url is not None else "",
        "content-type": (node.findtext(f"{{{LINK}}}type") or "").strip(),
    }


def _collections(root: ET.Element) -> dict[str, list[str]]:
    """Item ``rdf:about`` → the ``Parent/Child`` paths of the collections holding it."""
    found = {node.get(_ABOUT): node for node in root.iter(f"{{{Z}}}Collection") if node.get(_ABOUT)}
    parent: dict[str, str] = {}
    for about, node in found.items():
        for part in node.iter(f"{{{DCTERMS}}}hasPart"):
            if part.get(_RESOURCE) in found:
                parent[str(part.get(_RESOURCE))] = str(about)

    def path(about: str) -> str:
        parts: list[str] = []
        current: str | None = about
        seen: set[str] = set()
        while current and current not in seen:
            seen.add(current)
            parts.append((found[current].findtext(f"{{{DC}}}title") or "").strip())
            current = parent.get(current)
        return "/".join(reversed(parts))

    members: dict[str, list[str]] = {}
    for about, node in found.items():
        for part in node.iter(f"{{{DCTERMS}}}hasPart"):
            target = part.get(_RESOURCE)
            if target and target not in found:
                members.setdefault(target, []).append(path(str(about)))
    return members
