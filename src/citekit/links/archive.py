"""Archived copies: the Wayback Machine snapshot closest to the date a source was accessed.

Uses the Internet Archive availability API (``GET {api}?url=U&timestamp=YYYYMMDD``); any
endpoint that answers in the same JSON shape can be configured instead.
"""

from __future__ import annotations

import requests

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
