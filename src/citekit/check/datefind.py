"""Finding full dates (day, month, year) written in reference text, and writing them.

Forms recognised: ``mdy`` (February 7, 2023), ``dmy`` (7 February 2023), ``y-md``
(2023, February 7), ``iso`` (2023-02-07), ``dotted`` (2023.02.07 or 2023. 2. 7.),
``korean`` (2023년 2월 7일) and ``numeric`` (07/02/2023, whose order may be unknown).
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from .. import rx
from ..months import month_name, month_numbers
from ..records import dataclass


@dataclass(frozen=True)
class FoundDate:
    """A date in a string: its span, text, form and (year, month, day) when it exists.

    ``parts`` is None for an impossible date; ``ambiguous`` is True for a numeric date
    whose day and month could be either way round (03/04/2023).
    """

    start: int
    end: int
    text: str
    form: str
    parts: tuple[int, int, int] | None
    ambiguous: bool = False


@cache
def _pattern() -> re.Pattern[str]:
    month = _trie(sorted(month_numbers())) + r"\.?"
    day, year, two = r"[0-9]{1,2}", r"[0-9]{4}", r"[0-9]{2}"
    return rx.compile(
        rf"""(?<![\w/.-])(?:
            (?P<mdy>(?P<mdy_m>{month})\s+(?P<mdy_d>{day}),?\s+(?P<mdy_y>{year}))
          | (?P<ymd_words>(?P<w_y>{year}),\s+(?P<w_m>{month})\s+(?P<w_d>{day}))
          | (?P<dmy>(?P<dmy_d>{day})\s+(?P<dmy_m>{month})\s+(?P<dmy_y>{year}))
          | (?P<iso>(?P<iso_y>{year})-(?P<iso_m>{two})-(?P<iso_d>{two}))
          | (?P<korean>(?P<k_y>{year})\s*년\s*(?P<k_m>{day})\s*월\s*(?P<k_d>{day})\s*일)
          | (?P<dotted>(?P<dot_y>{year})\.\s?(?P<dot_m>{day})\.\s?(?P<dot_d>{day}))
          | (?P<numeric>(?P<n_a>{day})(?P<sep>[/.])(?P<n_b>{day})(?P=sep)(?P<n_y>{year}))
        )(?![\w/-])""",
        re.VERBOSE | re.IGNORECASE,
    )


def _trie(words: list[str]) -> str:
    """A regular expression matching any of ``words``, longest first, grouped by first letters.

    (``jan|january`` becomes ``jan(?:uary)?``: far fewer alternatives to try at each position.)
    """
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    branches = []
    for head, tails in sorted(heads.items()):
        rest = [tail for tail in tails if tail]
        tail = _trie(rest) if rest else ""
        optional = "?" if "" in tails and rest else ""
        branches.append(re.escape(head) + (f"(?:{tail}){optional}" if rest else ""))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _real(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    return (year, month, day)


def _month(text: str) -> int:
    return month_numbers()[text.rstrip(".").lower()]


def _read(match: re.Match[str]) -> tuple[str, int, int, int, bool]:
    """Form, year, month, day and ambiguity of one match."""
    g = match.group
    if g("mdy"):
        return "mdy", int(g("mdy_y")), _month(g("mdy_m")), int(g("mdy_d")), False
    if g("ymd_words"):
        return "y-md", int(g("w_y")), _month(g("w_m")), int(g("w_d")), False
    if g("dmy"):
        return "dmy", int(g("dmy_y")), _month(g("dmy_m")), int(g("dmy_d")), False
    if g("iso"):
        return "iso", int(g("iso_y")), int(g("iso_m")), int(g("iso_d")), False
    if g("korean"):
        return "korean", int(g("k_y")), int(g("k_m")), int(g("k_d")), False
    if g("dotted"):
        return "dotted", int(g("dot_y")), int(g("dot_m")), int(g("dot_d")), False
    first, second, year = int(g("n_a")), int(g("n_b")), int(g("n_y"))
    if first > 12 >= second:
        return "numeric", year, second, first, False
    if second > 12 >= first:
        return "numeric", year, first, second, False
    # Either way round (or impossible both ways): read as day/month, flag if it matters.
    return "numeric", year, second, first, first != second and first <= 12 and second <= 12


def find_dates(text: str) -> list[FoundDate]:
    """Every full date in ``text``, in order."""
    found = []
    for match in _pattern().finditer(text):
        form, year, month, day, ambiguous = _read(match)
        parts = _real(year, month, day) if 1 <= month <= 12 else None
        found.append(
            FoundDate(
                match.start(),
                match.end(),
                match.group(),
                form,
                parts,
                ambiguous and parts is not None,
            )
        )
    return found


def write_date(parts: tuple[int, int, int], form: str) -> str:
    """Write a date in one of the named forms (``dmy``, ``mdy``, ``y-md``) or ``iso``."""
    year, month, day = parts
    if form == "dmy":
        return f"{day} {month_name(month)} {year}"
    if form == "mdy":
        return f"{month_name(month)} {day}, {year}"
    if form == "y-md":
        return f"{year}, {month_name(month)} {day}"
    return f"{year:04d}-{month:02d}-{day:02d}"
