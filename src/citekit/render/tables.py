"""OSCOLA's lists (4th ed. 1.6-1.7): a Table of Cases, a Table of Legislation and the
Bibliography of secondary sources, each table by jurisdiction where it has more than one.

One render of all the items (so the style's order and its dashes stand) is split into the
tables by the items' types; case names are in roman, as the tables want them.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache

from .. import rx
from ..model import CSLItem
from ..packagedata import data_rows
from ..parse.data import words
from ..records import dataclass, field
from . import Entry, Rendered

TABLES: tuple[str, ...] = ("cases", "legislation", "secondary")
TITLES = {"cases": "Table of Cases", "legislation": "Table of Legislation",
          "secondary": "Bibliography"}
LEGISLATION_TYPES = frozenset({"legislation", "bill", "regulation", "treaty", "hearing"})
TREATIES = "Treaties and Conventions"
_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_FIRST = ("United Kingdom", "European Union", "European Court of Human Rights")


@dataclass
class Table:
    """One of OSCOLA's lists: its heading and its entries by jurisdiction (None: one only)."""

    key: str
    title: str
    groups: list[tuple[str | None, list[Entry]]] = field(default_factory=list)


def table_of(item: CSLItem) -> str:
    """``cases``, ``legislation`` (treaties too) or ``secondary``."""
    kind = item.get("type")
    if kind == "legal_case":
        return "cases"
    return "legislation" if kind in LEGISLATION_TYPES else "secondary"


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in data_rows("citekit.render", "jurisdictions.tsv")}


def jurisdiction(item: CSLItem) -> str:
    """The heading a legal item is listed under: its ``jurisdiction`` code's name, else what
    its court, reporter or journal says (Korean courts, US reports, the ECtHR, the Official
    Journal); treaties have a group of their own; the rest are United Kingdom sources."""
    code = str(item.get("jurisdiction") or "").lower().split(":")[0]
    if code:
        return _names().get(code, code.upper())
    if item.get("type") == "treaty":
        return TREATIES
    authority = str(item.get("authority") or "")
    container = str(item.get("container-title") or "")
    text = " ".join([authority, container, str(item.get("title") or "")])
    if _HANGUL.search(authority + str(item.get("title") or "")) or item.get("language") == "ko":
        return _names()["kr"]
    if authority in ("ECtHR", "ECommHR") or container in ("EHRR", "ECHR"):
        return _names()["echr"]
    if re.search(r"\b(?:CJEU|ECJ|ECR|ECLI|OJ)\b|^Case [CT]-", text):
        return _names()["eu"]
    if container.casefold() in words("us_case_reporters.txt"):
        return _names()["us"]
    if item.get("type") == "legislation" and container and not container.startswith("OJ"):
        # Refugee Act 2012 (Republic of Korea): the jurisdiction as printed
        return _names().get(container.lower(), container)
    if authority == "ICJ" or container.startswith("ICJ"):
        return _names()["int"]
    return _names()["gb"]


def split_tables(items: list[CSLItem], entries: list[Entry], which: tuple[str, ...]) -> list[Table]:
    """The rendered entries (in the style's order) sorted into the tables asked for."""
    by_id = {item["id"]: item for item in items}
    tables = []
    for key in which:
        groups: dict[str, list[Entry]] = {}
        for entry in entries:
            item = by_id.get(entry.id.split(";")[0])
            if item is None or table_of(item) != key:
                continue
            place = jurisdiction(item) if key != "secondary" else ""
            groups.setdefault(place, []).append(entry)
        if not groups:
            continue
        ordered = sorted(groups, key=_group_order)
        single = len(ordered) == 1
        tables.append(Table(key, TITLES[key],
                            [(None if single else name, groups[name]) for name in ordered]))
    return tables


def _group_order(name: str) -> tuple[int, str]:
    if name in _FIRST:
        return (_FIRST.index(name), name)
    return (len(_FIRST) + (name == TREATIES), name)


def tables_output(tables: list[Table], to: str, style: str) -> str:
    """The tables as one text, Markdown, HTML, LaTeX or JSON document."""
    if to == "json":
        flat = [{"id": e.id, "text": e.text} for t in tables for _, g in t.groups for e in g]
        payload = {"style": style, "mode": "bibliography", "entries": flat, "tables": [
            {"table": t.key, "title": t.title, "groups": [
                {"jurisdiction": name, "entries": [{"id": e.id, "text": e.text} for e in group]}
                for name, group in t.groups]} for t in tables]}
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if to == "html":
        parts = []
        for table in tables:
            parts.append(f'<section class="citekit-table" id="table-{table.key}">')
            parts.append(f"<h2>{html.escape(table.title)}</h2>")
            for name, group in table.groups:
                if name:
                    parts.append(f"<h3>{html.escape(name)}</h3>")
                parts.append('<div class="references csl-bib-body" role="list">')
                parts += [f'<div id="ref-{html.escape(e.id, quote=True)}" class="csl-entry">'
                          f"{e.text}</div>" for e in group]
                parts.append("</div>")
            parts.append("</section>")
        return "\n".join(parts) + "\n"
    if to in ("markdown", "latex"):
        hashes = ("# ", "## ") if to == "markdown" else ("\\section*{", "\\subsection*{")
        close = "" if to == "markdown" else "}"
        lines = []
        for table in tables:
            lines += [hashes[0] + table.title + close, ""]
            for name, group in table.groups:
                if name:
                    lines += [hashes[1] + name + close, ""]
                for entry in group:
                    lines += [entry.text, ""]
        return "\n".join(lines)
    lines = []
    for number, table in enumerate(tables):
        lines += ([""] if number else []) + [table.title]
        for name, group in table.groups:
            if name:
                lines += ["", name]
            lines += [entry.text for entry in group]
    return "\n".join(lines) + "\n"


def auto_tables(style: str, items: list[CSLItem]) -> bool:
    """Whether ``format`` lists OSCOLA's tables by default: an OSCOLA style and a legal item."""
    from .legal import style_family
    from .styles import resolve_style

    try:
        oscola = style_family(resolve_style(style)) == "oscola"
    except Exception:  # an unknown style: the render reports it
        return False
    return oscola and any(table_of(item) != "secondary" for item in items)


def render_tables(
    items: list[CSLItem], *, style: str, to: str, locale: str | None,
    which: tuple[str, ...] = TABLES,
) -> Rendered:
    """Render ``items`` in ``style`` as OSCOLA's tables (``which`` of them, in that order)."""
    from ..errors import UsageError
    from . import render
    from .legal_style import without_case_italics
    from .pandoc import run_pandoc
    from .styles import resolve_style

    unknown = [key for key in which if key not in TABLES]
    if unknown:
        raise UsageError(f"unknown table {unknown[0]!r}; choose from {', '.join(TABLES)}")
    roman = without_case_italics(resolve_style(style))
    entries_to = {"docx": "markdown", "rtf": "markdown", "json": "text"}.get(to, to)
    listed = render(items, style=str(roman.path), mode="bibliography", to=entries_to,
                    locale=locale or roman.locale)
    tables = split_tables(items, listed.entries, which)
    entries = [entry for table in tables for _, group in table.groups for entry in group]
    if to in ("docx", "rtf"):
        document = tables_output(tables, "markdown", style)
        target = ["-f", "markdown", "-t", to, "-s", "-o", "-"]
        done = run_pandoc(target, document, failure=f"pandoc could not write {to}")
        output: str | bytes = done.stdout if to == "docx" else done.stdout.decode("utf-8")
    else:
        output = tables_output(tables, to, style)
    return Rendered(style=style, mode="bibliography", entries=entries, output=output,
                    problems=listed.problems)
