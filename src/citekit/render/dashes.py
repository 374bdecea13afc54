"""The repeated-author dash across roles: ``Shelton D, ‘Introduction’`` then ``—— (ed), …``.

A style's ``subsequent-author-substitute`` (OSCOLA's ``——``) replaces the names of an
entry that repeats the previous entry's names. Pandoc's citeproc only does so when the
names also have the same role, so an edited book after a chapter by the same person
printed ``Shelton D (ed)`` again; citeproc-js prints ``—— (ed)``, and OSCOLA's dash
stands for the same person whatever the role. citekit finishes the job on the entries
pandoc left in full: within a run of entries whose lead names are the same people, the
names text is the part of the first two entries' texts that the roles do not change.
"""

from __future__ import annotations

from ..model import CSLItem
from . import Entry
from .styles import Style, bibliography_options

LEAD_ROLES = ("author", "editor", "translator", "director", "composer", "interviewer")


def substitute(style: Style) -> str | None:
    """The style's dash for a repeated author, when it replaces the whole name list."""
    options = bibliography_options(style)
    dash = options.get("subsequent-author-substitute")
    rule = options.get("subsequent-author-substitute-rule", "complete-all")
    return dash if dash and rule == "complete-all" else None


def lead_names(item: CSLItem) -> tuple[str, tuple] | None:
    """The role and the people that lead a bibliography entry (author, else editor, ...)."""
    for role in LEAD_ROLES:
        names = item.get(role)
        if isinstance(names, list) and names and all(isinstance(n, dict) for n in names):
            people = tuple(
                tuple(str(n.get(k) or "") for k in ("family", "given", "literal", "suffix"))
                for n in names
            )
            return role, people
    return None


def _shared_start(first: str, other: str) -> str:
    size = 0
    for a, b in zip(first, other, strict=False):
        if a != b:
            break
        size += 1
    return first[:size].rstrip(" ,(")


def dash_across_roles(entries: list[Entry], items: list[CSLItem], dash: str) -> list[Entry]:
    """``entries`` (a bibliography, in order) with the dash put where only the role differs."""
    by_id = {item["id"]: item for item in items}
    leads = [lead_names(by_id[e.id]) if e.id in by_id else None for e in entries]
    result = list(entries)
    start = 0
    while start < len(entries):
        end = start + 1
        while (
            end < len(entries)
            and leads[start]
            and leads[end]
            and (leads[end][1] == leads[start][1])
        ):
            end += 1
        roles = {lead[0] for lead in leads[start:end] if lead}
        if end - start > 1 and len(roles) > 1:
            first = entries[start].text
            other = next(
                e.text
                for e, lead in zip(entries[start:end], leads[start:end], strict=True)
                if lead and lead[0] != leads[start][0]
            )
            names = _shared_start(first, other)
            for index in range(start + 1, end):
                text = entries[index].text
                if names and text.startswith(names) and not text.startswith(dash):
                    result[index] = Entry(entries[index].id, dash + text[len(names) :])
        start = end
    return result
