"""Archived copies: the Wayback Machine snapshot closest to the date a source was accessed.

Uses the Internet Archive availability API (``GET {api}?url=U&timestamp=YYYYMMDD``); any
endpoint that answers in the same JSON shape can be configured instead.
"""

from __future__ import annotations

import requests

from .cache import Cache
from .result import LinkResult
from .schedule import run_limited
from .targets import Target
from .transport import USER_AGENT

WAYBACK_API = "https://archive.org/wayback/available"


def closest_snapshot(
    session: requests.Session,
    url: str,
    stamp: str | None,
    *,
    api: str = WAYBACK_API,
    timeout: float = 10.0,
) -> str | None:
    """URL of the available snapshot closest to ``stamp`` (``YYYYMMDD``), or None.

    Raises ``requests.RequestException`` or ``ValueError`` when the archive cannot be asked.
    """
    params = {"url": url}
    if stamp:
        params["timestamp"] = stamp
    response = session.get(api, params=params, timeout=(min(timeout, 5.0), timeout))
    response.raise_for_status()
    closest = (response.json().get("archived_snapshots") or {}).get("closest") or {}
    if closest.get("available") and closest.get("url"):
        return str(closest["url"])
    return None


def add_snapshots(
    results: list[LinkResult],
    targets: list[Target],
    *,
    api: str = WAYBACK_API,
    timeout: float = 10.0,
    cache: Cache | None = None,
    parallel: int = 4,
) -> int:
    """Set ``archive_url`` on results that are not alive; return how many lookups failed.

    Each (URL, access date) is asked once, ``parallel`` at a time; answers, including
    "no snapshot", are cached.
    """
    wanted: dict[tuple[str, str], None] = {}
    for result, target in zip(results, targets, strict=True):
        if result.coarse in ("dead", "transient"):
            wanted[(target.url, target.accessed or "")] = None
    found: dict[tuple[str, str], str | None] = {}
    todo = []
    for key in wanted:
        hit, snapshot = cache.snapshot(*key) if cache else (False, None)
        if hit:
            found[key] = snapshot
        else:
            todo.append(key)
    failures = 0
    with requests.Session() as session:  # the configured endpoint is trusted: no guard
        session.headers["User-Agent"] = USER_AGENT

        def look(key: tuple[str, str]) -> tuple[bool, str | None]:
            try:
                return True, closest_snapshot(
                    session, key[0], key[1] or None, api=api, timeout=timeout
                )
            except (requests.RequestException, ValueError):
                return False, None

        def done(key: tuple[str, str], answer: tuple[bool, str | None]) -> None:
            nonlocal failures
            answered, found[key] = answer
            failures += not answered
            if answered and cache:
                cache.store_snapshot(*key, found[key])

        run_limited(
            [(k, api) for k in todo], look, concurrency=parallel, per_host=parallel, on_done=done
        )
    for result, target in zip(results, targets, strict=True):
        result.archive_url = found.get((target.url, target.accessed or ""))
    return failures
