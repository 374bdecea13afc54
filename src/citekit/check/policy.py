"""What each citation style expects of dates, access dates and DOIs (``data/styles.json``)."""

from __future__ import annotations

from ..errors import UsageError
from ..records import dataclass
from .data import json_table


@dataclass(frozen=True)
class Policy:
    """A style's expectations.

    ``access_date`` is ``online`` (every online source needs one, as OSCOLA) or ``changing``
    (only pages meant to change, as APA). ``doi_form`` is ``doi`` or ``url``.
    """

    style: str
    name: str
    date_forms: tuple[str, ...]
    preferred_date_form: str
    access_date: str
    doi_form: str
    access_example: str
    """How the style writes an access date, for messages (``accessed 8 February 2023``)."""


def styles() -> tuple[str, ...]:
    """The style ids the checks know."""
    return tuple(json_table("styles.json"))


def policy(style: str) -> Policy:
    """The policy of ``style``; raises ``UsageError`` for a style the checks do not know."""
    table = json_table("styles.json")
    key = style.lower()
    if key not in table:
        raise UsageError(f"unknown style {style!r} for checks (known: {', '.join(table)})")
    spec = dict(table[key])
    spec["date_forms"] = tuple(spec["date_forms"])
    return Policy(style=key, **spec)
