"""Asking a metadata service politely: the links transport, one retry policy, clear failures."""

from __future__ import annotations

import json
import time
from typing import Any

import requests

from ..links import guard
from ..links.fetch import retry_after
from ..links.transport import USER_AGENT, deadline
from ..records import dataclass

MAX_BODY = 2 * 1024 * 1024  # a metadata record is small; more is refused
RETRY_CAP = 10.0  # seconds of Retry-After waited for, at most
TRIES = 3


class Unreachable(Exception):
    """The service did not answer usefully (timeout, refusal, 429 past the cap, 5xx)."""


@dataclass
class Answer:
    """A service's answer: status and JSON body (None when the body was not JSON)."""

    status: int
    data: Any


def get_json(
    session: requests.Session,
    url: str,
    *,
    accept: str = "application/json",
    timeout: float = 10.0,
    allow_private: bool = False,
    mailto: str | None = None,
) -> Answer:
    """GET ``url`` for JSON; 429/503 with a short Retry-After are waited for and retried."""
    agent = f"{USER_AGENT} (mailto:{mailto})" if mailto else USER_AGENT
    for attempt in range(TRIES):
        if not allow_private:
            try:
                guard.check(url)
            except guard.Refused as exc:
                raise Unreachable(str(exc)) from exc
        with deadline(timeout):
            try:
                response = session.get(
                    url,
                    headers={"Accept": accept, "User-Agent": agent},
                    timeout=(min(timeout, 5.0), timeout),
                    stream=True,
                )
                body = _read(response)
            except guard.Refused as exc:
                raise Unreachable(str(exc)) from exc
            except requests.RequestException as exc:
                raise Unreachable(f"no answer from {url} ({type(exc).__name__})") from exc
        if response.status_code in (429, 503):
            wait = retry_after(response)
            if attempt + 1 < TRIES and wait is not None and wait <= RETRY_CAP:
                time.sleep(wait + 0.05)
                continue
            raise Unreachable(f"{url} answered {response.status_code} (asked to wait)")
        if response.status_code >= 500:
            raise Unreachable(f"{url} answered {response.status_code}")
        try:
            data = json.loads(body.decode(response.encoding or "utf-8", errors="replace"))
        except ValueError:
            data = None
        return Answer(response.status_code, data)
    raise Unreachable(f"{url} kept asking to wait")  # pragma: no cover - loop always returns


def _read(response: requests.Response) -> bytes:
    body = bytearray()
    try:
        for chunk in response.iter_content(64 * 1024):
            body += chunk
            if len(body) > MAX_BODY:
                raise Unreachable(f"{response.url} sent more than {MAX_BODY} bytes of metadata")
    finally:
        response.close()
    return bytes(body)
