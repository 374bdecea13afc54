"""OSCOLA's pinpoint to legislation after a comma (``Human Rights Act 1998, s 3``; OSCOLA 4th
ed. 2.4.2) and with its label after ibid (``ibid s 4``), in a copy of an OSCOLA style.

The official ``oscola.csl`` joins the locator group to the rest of a first or subsequent
note with a space and prints ``ibid 4``; for ``legislation`` the copy joins it with ``, ``
and labels the ibid locator. Nothing else changes, and a style without those groups is
used as it is.
"""

from __future__ import annotations

import atexit
import copy
import shutil
import tempfile
import zlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .legal import follows_manual, style_family
from .styles import Style, register_csl_namespace

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

CSL = "http://purl.org/net/xbiblio/csl"
_NS = {"cs": CSL}
_LEGISLATION = {"match": "any", "type": "legislation treaty"}  # OSCOLA pinpoints both so


def with_legislation_commas(style: Style) -> Style:
    """``style`` itself, or for ``oscola-manual`` a patched copy (cached for the process)."""
    return _copy(style, "commas") if follows_manual(style) else style


def without_case_italics(style: Style) -> Style:
    """For OSCOLA's tables (1.6.2): case names in roman, as a copy of an OSCOLA style."""
    return _copy(style, "tables")


def _copy(style: Style, kind: str) -> Style:
    if style_family(style) != "oscola":
        return style
    name = Path(style.id).stem if follows_manual(style) else style.path.stem
    path = _patched(str(style.path), style.path.stat().st_mtime_ns, kind, name)
    return style if path is None else Style(id=style.id, path=path, note=style.note,
                                             locale=style.locale)


@lru_cache(maxsize=8)
def _patched(source: str, _mtime: int, kind: str, name: str) -> Path | None:
    """The patched copy in this process's folder; its text is kept per machine."""
    from .. import derived

    def build() -> str | None:
        text = Path(source).read_text(encoding="utf-8")
        return patch_text(text) if kind == "commas" else roman_case_names(text)

    patched = derived.from_file(f"legal-{kind}", source, __file__, build)
    if patched is None:
        return None
    digest = f"{zlib.crc32(patched.encode('utf-8')):08x}"  # (hashlib loads OpenSSL: 4 ms)
    path = _folder() / f"{name}-legal-{digest}.csl"  # keeps the style's name
    path.write_text(patched, encoding="utf-8")
    return path


def patch_text(text: str) -> str | None:
    """The style's text with the legislation branches added, or None when it has no note
    layout of the official OSCOLA shape."""
    import xml.etree.ElementTree as ET  # on use: rendering one reference needs none of it

    root = ET.fromstring(text.encode("utf-8"))
    layout = root.find("cs:citation/cs:layout/cs:choose", _NS)
    if layout is None:
        return None
    changed = 0
    for branch in layout:
        group = _note_group(branch)
        if group is not None:
            _split_for_legislation(branch, group)
            changed += 1
    changed += _ibid_with_label(layout)
    changed += _us_pinpoint(layout)
    if not changed:
        return None
    register_csl_namespace()
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def roman_case_names(text: str) -> str | None:
    """The style's text with no italics on case names (the ``title`` macros' ``legal_case``
    branches), or None when it has none."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(text.encode("utf-8"))
    changed = 0
    for macro in root.findall("cs:macro", _NS):
        if macro.get("name") not in ("title", "title-short"):
            continue
        for branch in macro.iter():
            if "legal_case" in (branch.get("type") or "").split():
                for node in branch.iter(f"{{{CSL}}}text"):
                    if node.attrib.pop("font-style", None):
                        changed += 1
    register_csl_namespace()
    return ET.tostring(root, encoding="unicode", xml_declaration=True) if changed else None


def _ibid_with_label(layout: ET.Element) -> int:
    """``ibid s 4`` for legislation and ``ibid [13]`` for a paragraph of a case (OSCOLA
    1.2.3, 2.1.6; the official style prints ``ibid 4`` and ``ibid 13``)."""
    import xml.etree.ElementTree as ET

    for branch in layout:
        if branch.get("position") != "ibid-with-locator":
            continue
        for group in branch.iter(f"{{{CSL}}}group"):
            for child in list(group):
                if child.tag == f"{{{CSL}}}text" and child.get("variable") == "locator":
                    choose = ET.Element(f"{{{CSL}}}choose")
                    when = ET.SubElement(choose, f"{{{CSL}}}if", _LEGISLATION)
                    ET.SubElement(when, f"{{{CSL}}}text", {"macro": "label-locator"})
                    para = ET.SubElement(choose, f"{{{CSL}}}else-if",
                                         {"type": "legal_case", "locator": "paragraph"})
                    ET.SubElement(para, f"{{{CSL}}}text",
                                  {"variable": "locator", "prefix": "[", "suffix": "]"})
                    ET.SubElement(choose, f"{{{CSL}}}else").append(child)
                    index = list(group).index(child)
                    group.remove(child)
                    group.insert(index, choose)
                    return 1
    return 0


def _us_pinpoint(layout: ET.Element) -> int:
    """``Roe v Wade 410 US 113, 163 (1973)``: for a US report (the copy's ``jurisdiction`` is
    ``us``, legal.py) the pinpoint follows the page and the (court and) year follow it."""
    import xml.etree.ElementTree as ET

    found = []
    for parent in layout.iter():
        for group in parent:
            children = list(group)
            if (group.tag != f"{{{CSL}}}group" or group.get("delimiter") != ", "
                    or [c.get("macro") for c in children[-1:]] != ["locator-comma"]):
                continue
            if [c.get("macro") for c in children[0]] == ["page-first", "court", "locator-space"]:
                found.append((parent, group))
    for parent, group in found:
        choose = ET.Element(f"{{{CSL}}}choose")
        when = ET.SubElement(choose, f"{{{CSL}}}if",
                             {"match": "all", "type": "legal_case", "variable": "jurisdiction"})
        us = ET.SubElement(when, f"{{{CSL}}}group", {"delimiter": " "})
        first = ET.SubElement(us, f"{{{CSL}}}group", {"delimiter": ", "})
        ET.SubElement(first, f"{{{CSL}}}text", {"macro": "page-first"})
        ET.SubElement(first, f"{{{CSL}}}text", {"variable": "locator"})
        ET.SubElement(us, f"{{{CSL}}}text", {"macro": "court"})
        index = list(parent).index(group)
        parent.remove(group)
        ET.SubElement(choose, f"{{{CSL}}}else").append(group)
        parent.insert(index, choose)
    return len(found)


def _note_group(branch: ET.Element) -> ET.Element | None:
    """The space-joined group of a first or subsequent note that ends with its locator."""
    for group in branch.iter(f"{{{CSL}}}group"):
        children = list(group)
        if group.get("delimiter") != " " or len(children) < 2:
            continue
        macros = [c.get("macro") for c in group.iter(f"{{{CSL}}}text")]
        last = children[-2] if children[-1].get("macro") == "URL" else children[-1]
        if "locator-comma" in macros and last.tag == f"{{{CSL}}}group":
            return group  # first note: [..., [page, court, locator], URL]
        if last.get("macro") == "label-locator" and "title-short" in macros:
            return group  # subsequent note of a legal item: [..., title-short, ..., locator]
    return None


def _split_for_legislation(branch: ET.Element, group: ET.Element) -> None:
    """Replace ``group`` by a choose: legislation gets the same group joined by ``, ``."""
    import xml.etree.ElementTree as ET

    parent = next(p for p in branch.iter() if group in list(p))
    index = list(parent).index(group)
    choose = ET.Element(f"{{{CSL}}}choose")
    when = ET.SubElement(choose, f"{{{CSL}}}if", _LEGISLATION)
    legislation = copy.deepcopy(group)
    children = list(legislation)
    tail = children[-1] if children[-1].get("macro") != "URL" else children[-2]
    head = ET.Element(f"{{{CSL}}}group", {"delimiter": " "})
    for child in children[: children.index(tail)]:
        legislation.remove(child)
        head.append(child)
    legislation.insert(0, head)
    legislation.set("delimiter", ", ")
    when.append(legislation)
    otherwise = ET.SubElement(choose, f"{{{CSL}}}else")
    otherwise.append(group)
    parent.remove(group)
    parent.insert(index, choose)


@lru_cache(maxsize=1)
def _folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="citekit-styles-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder
