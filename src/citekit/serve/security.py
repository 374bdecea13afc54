"""The guard in front of every request: host, origin, token and size.

- ``Host`` must be this server's own loopback address and port (no DNS rebinding);
- an ``Origin`` header, when sent, must be the page's own origin (no other site's page);
- the token printed at start-up must come with every request: once in ``?token=``,
  which sets a cookie (``SameSite=Strict``, ``HttpOnly``) and redirects to the bare URL,
  then in that cookie (or an ``Authorization: token …`` header, for scripts);
- request bodies above the bound are refused with a message saying what the bound is.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

from ..digits import is_digits
from .options import ServeOptions

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class TooLarge(Exception):
    """The request body passed the bound while it was being read."""


def cookie_name(options: ServeOptions) -> str:
    """Cookies are not kept apart by port, so the name carries it."""
    return f"citekit-token-{options.port}"


class Guard:
    """ASGI middleware refusing requests that are not from this server's own page."""

    def __init__(self, app: ASGIApp, options: ServeOptions) -> None:
        self.app = app
        self.options = options

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            await _send_json(send, *refusal)
            return
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if "token" in query:
            await self._set_cookie(scope, query, send)
            return
        length = headers.get("content-length", "")
        if is_digits(length) and int(length) > self.options.max_body:
            await _send_json(send, 413, self._too_large())
            return
        await self.app(scope, self._bounded(receive), send)

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        if headers.get("host", "") not in self.options.hosts:
            return 403, (
                f"this server answers only as {self.options.host}:{self.options.port};"
                " open the address citekit serve printed"
            )
        origin = headers.get("origin")
        if origin is not None and origin not in self.options.origins:
            return 403, f"requests from another site ({origin}) are refused"
        if scope["method"] not in ("GET", "HEAD") and headers.get("sec-fetch-site") not in (
            None,
            "same-origin",
            "none",
        ):
            return 403, "requests from another site are refused"
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if "token" in query:
            return None if self._valid(query["token"]) else (403, _BAD_TOKEN)
        if not self._valid(self._presented(headers)):
            return 403, _NO_TOKEN
        return None

    def _presented(self, headers: dict[str, str]) -> str:
        auth = headers.get("authorization", "")
        if auth.lower().startswith("token "):
            return auth[6:].strip()
        cookies = SimpleCookie()
        try:
            cookies.load(headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 - a malformed cookie header is no token
            return ""
        morsel = cookies.get(cookie_name(self.options))
        return morsel.value if morsel else ""

    def _valid(self, token: str) -> bool:
        return bool(token) and secrets.compare_digest(token, self.options.token)

    async def _set_cookie(self, scope: Scope, query: dict[str, str], send: Send) -> None:
        rest = urlencode({k: v for k, v in query.items() if k != "token"})
        location = scope.get("path", "/") + (f"?{rest}" if rest else "")
        cookie = (
            f"{cookie_name(self.options)}={self.options.token}; Path=/; HttpOnly; SameSite=Strict"
        )
        await send(
            {
                "type": "http.response.start",
                "status": 303,
                "headers": [
                    (b"location", location.encode("latin-1")),
                    (b"set-cookie", cookie.encode("latin-1")),
                    (b"cache-control", b"no-store"),
                    (b"content-length", b"0"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b""})

    def _too_large(self) -> str:
        limit = self.options.max_body // (1024 * 1024)
        return f"the request is larger than {limit} MB; send a shorter list or a smaller file"

    def _bounded(self, receive: Receive) -> Receive:
        seen = 0
        limit = self.options.max_body

        async def bounded() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise TooLarge(self._too_large())
            return message

        return bounded


_NO_TOKEN = "this page needs the access token: open the address citekit serve printed (…/?token=…)"
_BAD_TOKEN = "wrong access token: open the address citekit serve printed at start-up"


async def _send_json(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode("ascii")),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
