"""Which findings to report: rule selection (``--select``/``--ignore``/``--extend-select``)
and per-reference suppression (a ``citekit: ignore[rule]`` comment line, or the item's
``custom.citekit-ignore``).

A code names a rule (``url-http``), a family (``urls``, ``hygiene``) or a prefix of rule
ids (``url-``, ``date``), as ruff's codes do. A comment line (``# citekit: ignore[url-http]``,
``% citekit: ignore`` in BibTeX) applies to the reference that starts after it; without a
list it silences every rule for that reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .. import rx
from ..diagnostics import Diagnostic
from ..errors import UsageError
from .entries import Entry
from .registry import rules

DIRECTIVE = rx.compile(r"^\s*(?:#+|%+|//|;+|<!--)?\s*citekit:\s*ignore(?:\[([^\]]*)\])?", re.I)
ALL = frozenset({"*"})


def expand(codes: Iterable[str]) -> set[str]:
    """The rule ids the codes name; an unknown code is a ``UsageError``."""
    known = rules()
    found: set[str] = set()
    for raw in codes:
        for code in (part.strip() for part in str(raw).split(",")):
            if not code:
                continue
            if code.upper() == "ALL":
                found |= set(known)
                continue
            named = {
                rule_id
                for rule_id, rule in known.items()
                if rule_id == code
                or rule.family == code.replace("-", "_")
                or rule_id.startswith(code)
            }
            if not named:
                raise UsageError(f"no check rule or family {code!r}; rules: {', '.join(known)}")
            found |= named
    return found


def selected_rules(
    select: Sequence[str] | None, ignore: Sequence[str] = (), extend: Sequence[str] = ()
) -> set[str]:
    """``select`` (every rule when None) plus ``extend``, less ``ignore``."""
    chosen = expand(select) if select else set(rules())
    return (chosen | expand(extend)) - expand(ignore)


def _rules_of(text: str | None) -> frozenset[str]:
    return ALL if text is None or not text.strip() else frozenset(expand([text]))


def suppressions(entries: list[Entry], lines: list[str] | None) -> dict[int, frozenset[str]]:
    """Entry index → the rules silenced for it (``ALL``: every rule)."""
    silenced: dict[int, frozenset[str]] = {}
    for entry in entries:
        own = (
            entry.item.get("custom", {}).get("citekit-ignore")
            if isinstance(entry.item.get("custom"), dict)
            else None
        )
        if own is True or own == "all":
            silenced[entry.index] = ALL
        elif isinstance(own, (str, list)):
            names = [own] if isinstance(own, str) else [str(code) for code in own]
            silenced[entry.index] = frozenset(expand(names))
    if lines:
        starts = sorted((entry.line, entry.index) for entry in entries if entry.line)
        for number, line in enumerate(lines, start=1):
            match = DIRECTIVE.match(line)
            if not match:
                continue
            following = next((index for start, index in starts if start > number), None)
            if following is not None:
                silenced[following] = silenced.get(following, frozenset()) | _rules_of(
                    match.group(1)
                )
    return silenced


def is_silenced(
    finding: Diagnostic, entries: list[Entry], silenced: dict[int, frozenset[str]]
) -> bool:
    """True when ``finding`` is about a reference whose suppressions cover its rule."""
    if not silenced:
        return False
    where = finding.location
    spans = sorted((e.line, e.index, e.file) for e in entries if e.line)
    for position, (start, index, file) in enumerate(spans):
        end = spans[position + 1][0] if position + 1 < len(spans) else None
        in_file = where.file is None or file is None or where.file == file
        if where.line and in_file and start <= where.line and (end is None or where.line < end):
            rules_off = silenced.get(index, frozenset())
            return rules_off is ALL or "*" in rules_off or finding.rule in rules_off
    for entry in entries:
        if where.item_id and str(entry.item.get("id")) == where.item_id:
            rules_off = silenced.get(entry.index, frozenset())
            return "*" in rules_off or finding.rule in rules_off
    return False
