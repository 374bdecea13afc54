"""Static pre-publication checks of a reference list (and the article citing it).

Rules are grouped in families, one module each (``urls``, ``dois``, ``dates``,
``date_form``, ``hygiene``, ``citations``); ``registry`` names them with stable ids.
No network is used unless ``online=True`` (then ``citekit.verify`` compares each reference
with its DOI record, catalogue entry and cited page)::

    import citekit
    from citekit.check import fix, load_checked

    loaded, text = load_checked("refs.txt")
    findings = citekit.check(loaded, text=text, style="oscola", doc="article.md")
    fixed = fix(text, findings, file=loaded.source)   # safe fixes only: fixed.text
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..diagnostics import Diagnostic
from ..model import CSLItem
from ..pipeline import Loaded, load_text
from ..sources import display_name, read_text
from . import citations, date_form, dates, dois, hygiene, urls
from .document import read_article
from .entries import build_entries
from .fixes import Fixed
from .fixes import apply_fixes as fix
from .options import make_options
from .policy import styles
from .registry import Rule, rules
from .selection import is_silenced, suppressions

if TYPE_CHECKING:
    from ..verify import Verifier

__all__ = ["Fixed", "Rule", "check", "fix", "load_checked", "rules", "styles"]

Source = Loaded | Sequence[CSLItem] | str | os.PathLike[str]


def load_checked(path: str) -> tuple[Loaded, str]:
    """Read and parse a reference file, keeping its text for exact columns and fixes."""
    text = read_text(path)
    return load_text(text, display_name(path)), text


def check(
    source: Source,
    *,
    style: str = "oscola",
    doc: str | os.PathLike[str] | None = None,
    text: str | None = None,
    today: datetime.date | None = None,
    stale: str | None = None,
    online: bool = False,
    verifier: Verifier | None = None,
    selected: set[str] | None = None,
) -> list[Diagnostic]:
    """Every finding about ``source`` (a path, a ``Loaded`` or a list of items).

    ``text`` is the input's text (for exact columns and list numbering), ``doc`` an article
    whose citations are matched, ``stale`` an age such as ``24m`` beyond which access dates
    are reported, ``selected`` the rule ids to report (default every rule). Findings about a
    reference that silences their rule (``citekit: ignore[rule]`` on the line before it,
    or ``custom.citekit-ignore``) are left out. With ``online`` each reference is also
    compared with its sources (``verifier`` holds the settings: services, cache,
    ``offline``). Findings come sorted by place: references first, then the article.
    """
    if isinstance(source, (str, os.PathLike)):
        source, text = load_checked(os.fspath(source))
    entries = build_entries(source, text)
    options = make_options(style, today, stale)
    lines = text.split("\n") if text is not None else None
    found: list[Diagnostic] = []
    if isinstance(source, Loaded):
        found += [d for d in source.diagnostics if d.severity == "error"]
    for family in (urls, dois, dates, date_form):
        found += family.check(entries, options)
    found += hygiene.check(entries, lines)
    if online or verifier is not None:
        from ..verify.findings import check_online

        found += check_online(entries, verifier)
    found.sort(key=_place)
    if doc is not None:
        name = display_name(os.fspath(doc))
        article = read_article(os.fspath(doc))
        found += sorted(
            citations.check(entries, article.lines, name, notes=article.notes), key=_place
        )
    silenced = suppressions(entries, lines)
    return [
        finding
        for finding in found
        if (selected is None or finding.rule in selected or finding.rule not in rules())
        and not is_silenced(finding, entries, silenced)
    ]


def _place(diagnostic: Diagnostic) -> tuple[int, int, str]:
    where = diagnostic.location
    return (where.line or 0, where.column or 0, diagnostic.rule)
