"""What the link audit checks and how, as lychee users expect to set it.

``exclude``/``include`` are regular expressions matched against each URL (``include``
wins over ``exclude``, as in lychee); an ignore file (``.citekitignore``, lychee's
``.lycheeignore`` syntax: one regular expression per line, ``#`` comments) adds
exclusions. ``accept`` lists the status codes counted as alive (``200,429``,
``200..=299``). ``user_agent``, ``headers`` and ``max_redirects`` shape each request.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import UsageError
from ..records import dataclass, field
from .fetch import MAX_REDIRECTS
from .transport import USER_AGENT

IGNORE_FILES = (".citekitignore", ".lycheeignore")


@dataclass(frozen=True)
class LinkOptions:
    """Which URLs are checked, which statuses are accepted, and the request's shape."""

    exclude: tuple[re.Pattern[str], ...] = ()
    include: tuple[re.Pattern[str], ...] = ()
    accept: frozenset[int] = frozenset()
    user_agent: str = USER_AGENT
    headers: dict[str, str] = field(default_factory=dict)
    max_redirects: int = MAX_REDIRECTS

    def wanted(self, url: str) -> bool:
        """True when ``url`` is to be checked."""
        if any(pattern.search(url) for pattern in self.include):
            return True
        return not any(pattern.search(url) for pattern in self.exclude)


def patterns(texts: list[str], where: str) -> tuple[re.Pattern[str], ...]:
    """Compiled regular expressions; a bad one is a ``UsageError`` naming it."""
    found = []
    for text in texts:
        try:
            found.append(re.compile(text))
        except re.error as exc:
            raise UsageError(f"{where}: {text!r} is not a regular expression ({exc})") from exc
    return tuple(found)


def read_ignore_file(path: Path) -> list[str]:
    """The patterns of a lychee-style ignore file: one per line, ``#`` comments, blanks."""
    lines = path.read_text("utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def find_ignore_file(start: Path | None = None) -> Path | None:
    """``.citekitignore`` (or ``.lycheeignore``) in the working directory."""
    folder = start or Path.cwd()
    return next((folder / n for n in IGNORE_FILES if (folder / n).is_file()), None)


def accepted(text: str) -> frozenset[int]:
    """Status codes from ``200,429`` or ranges ``200..=299``, ``200..300`` (lychee's forms)."""
    codes: set[int] = set()
    for part in (p.strip() for p in str(text).split(",")):
        if not part:
            continue
        match = re.fullmatch(r"([0-9]{3})(?:\.\.(=?)([0-9]{3}))?", part)
        if not match:
            raise UsageError(f"--accept: {part!r} is not a status code or range (200..=299)")
        low = int(match.group(1))
        high = low if not match.group(3) else int(match.group(3)) - (0 if match.group(2) else 1)
        if not 100 <= low <= high <= 599:
            raise UsageError(f"--accept: {part!r} is not a range of HTTP status codes")
        codes.update(range(low, high + 1))
    return frozenset(codes)


def header(text: str) -> tuple[str, str]:
    """``Name: value`` (or ``Name=value``) as a header pair."""
    name, sep, value = text.partition(":")
    if not sep:
        name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise UsageError(f"--header: {text!r} is not 'Name: value'")
    return name.strip(), value.strip()
