"""Settings every rule sees: the style's policy, today's date, the stale-access cutoff."""

from __future__ import annotations

import datetime
import re

from .. import rx
from ..errors import UsageError
from ..records import dataclass
from .policy import Policy, policy

_AGE = rx.compile(r"^\s*([0-9]+)\s*([dwmy])\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Options:
    """What the rules need besides the references."""

    policy: Policy
    today: datetime.date
    stale_before: datetime.date | None = None


def months_back(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` months earlier (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return datetime.date(year, month + 1, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def stale_cutoff(age: str | None, today: datetime.date) -> datetime.date | None:
    """The date before which an access date is stale, from an age (``24m``, ``2y``, ``90d``)."""
    if not age:
        return None
    match = _AGE.match(age)
    if not match:
        raise UsageError(f"cannot read the age {age!r}: write a number and d, w, m or y (24m, 2y)")
    amount, unit = int(match.group(1)), match.group(2).lower()
    if unit in "dw":
        return today - datetime.timedelta(days=amount * (7 if unit == "w" else 1))
    return months_back(today, amount * (12 if unit == "y" else 1))


def make_options(style: str, today: datetime.date | None, stale: str | None) -> Options:
    """Options for a run; ``today`` defaults to the current UTC date."""
    today = today or datetime.datetime.now(datetime.timezone.utc).date()
    return Options(policy(style), today, stale_cutoff(stale, today))
