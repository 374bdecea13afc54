"""Fetching one URL politely and honestly: redirects, retries, bounded bodies, timeouts.

One GET per hop with ``stream=True``: only a bounded prefix of a body is read (enough for
the title and first text of an HTML page; nothing of a PDF beyond what the socket has
buffered), and the connection is dropped rather than drained when the body is larger.
A HEAD request would save nothing: soft-404s and drift need the page, and some servers
answer HEAD differently from GET.
"""

from __future__ import annotations

import time
import urllib.parse
from email.utils import parsedate_to_datetime

import requests

from ..digits import is_digits
from . import guard
from .observation import Observation
from .page import is_html, ld_objects, read_page
from .soft404 import not_found_reason
from .transport import USER_AGENT, deadline, make_session
from .urls import is_http_url, to_uri

BROWSER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
PREFIX_BYTES = 64 * 1024  # most of a page body ever read
MAX_REDIRECTS = 10
RETRY_AFTER_CAP = 10.0  # seconds; longer Retry-After values are reported, not waited for


def retry_after(response: requests.Response) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), else None."""
    value = response.headers.get("Retry-After", "").strip()
    if is_digits(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Fetcher:
    """Fetches URLs into ``Observation`` records; safe to share between threads."""

    def __init__(
        self,
        session: requests.Session | None = None,
        *,
        timeout: float = 10.0,
        allow_private: bool = False,
        retry_cap: float = RETRY_AFTER_CAP,
        user_agent: str = USER_AGENT,
        headers: dict[str, str] | None = None,
        max_redirects: int = MAX_REDIRECTS,
    ) -> None:
        self.session = session or make_session(allow_private=allow_private)
        self.session.headers.update(headers or {})
        self.user_agent = user_agent
        self.max_redirects = max_redirects
        self.timeout = timeout
        self.allow_private = allow_private
        self.retry_cap = retry_cap

    def observe(self, url: str) -> Observation:
        """Fetch ``url``; never raises: a bad URL must not stop the others."""
        try:
            return self._observe(url)
        except (ValueError, UnicodeError) as exc:
            return Observation(url, error="invalid", detail=f"cannot use this URL ({exc})")
        except Exception as exc:  # noqa: BLE001 - reported as this URL's result
            return Observation(url, error="connection-error", detail=f"failed: {exc}")

    def _observe(self, url: str) -> Observation:
        if not is_http_url(url):
            return Observation(url, error="invalid", detail="not an absolute http(s) URL")
        try:
            uri = to_uri(url)
        except (ValueError, UnicodeError) as exc:
            return Observation(url, error="invalid", detail=f"cannot encode the URL ({exc})")
        seen = self._follow(uri, self.user_agent)
        for _ in range(2):  # honour Retry-After at most twice
            wait = seen.retry_after
            if seen.obs.status not in (429, 503) or wait is None or wait > self.retry_cap:
                break
            time.sleep(wait + 0.05)
            again = self._follow(uri, self.user_agent)
            again.obs.waited = seen.obs.waited + wait
            again.obs.first_status = seen.obs.first_status or seen.obs.status
            seen = again
        if seen.obs.status == 403:
            browser = self._follow(uri, BROWSER_AGENT)
            if browser.obs.status is not None and 200 <= browser.obs.status < 300:
                browser.obs.browser_ua = True
                browser.obs.first_status = 403
                return browser.obs
        return seen.obs

    def _follow(self, uri: str, agent: str) -> _Seen:
        obs = Observation(uri)
        visited = {uri}
        current = uri
        for _ in range(self.max_redirects + 1):
            if not self.allow_private:
                try:
                    guard.check(current)
                except guard.Refused as exc:
                    obs.error, obs.detail = "refused", str(exc)
                    return _Seen(obs)
            with deadline(self.timeout) as end:
                try:
                    response = self._get(current, agent)
                except guard.Refused as exc:
                    obs.error, obs.detail = "refused", str(exc)
                    return _Seen(obs)
                except requests.RequestException as exc:
                    obs.error, obs.detail = _describe(exc, time.monotonic() >= end)
                    obs.final_url = current
                    return _Seen(obs)
                if time.monotonic() >= end:  # the watchdog cut the headers short
                    response.close()
                    obs.error, obs.detail = _describe(TimeoutError(), late=True)
                    obs.final_url = current
                    return _Seen(obs)
                obs.status, obs.final_url = response.status_code, current
                target = (
                    self.session.get_redirect_target(response) if response.is_redirect else None
                )
                if target is None:
                    obs.content_type = response.headers.get("Content-Type")
                    self._read(response, obs, end)
                    return _Seen(obs, retry_after(response))
                _drain(response)
            current = to_uri(urllib.parse.urljoin(current, target))
            obs.redirects.append(current)
            if current in visited:
                obs.error, obs.detail = "redirect-loop", f"redirect loop back to {current}"
                return _Seen(obs)
            visited.add(current)
        obs.error, obs.detail = "redirect-loop", f"more than {self.max_redirects} redirects"
        return _Seen(obs)

    def _get(self, url: str, agent: str) -> requests.Response:
        return self.session.get(
            url,
            headers={"User-Agent": agent},
            stream=True,
            allow_redirects=False,
            timeout=(min(self.timeout, 5.0), self.timeout),
        )

    def _read(self, response: requests.Response, obs: Observation, end: float) -> None:
        """Read a bounded prefix of an HTML body (until ``end``) and note what the page says."""
        status = response.status_code
        if not (200 <= status < 300 and is_html(obs.content_type)):
            _drain(response)
            return
        body = bytearray()
        complete = False
        try:
            for chunk in response.iter_content(16 * 1024):
                body += chunk
                if len(body) >= PREFIX_BYTES or time.monotonic() > end:
                    break
            else:
                complete = True
        except requests.RequestException as exc:
            obs.detail = f"body cut short ({_describe(exc, time.monotonic() >= end)[1]})"
        finally:
            if not complete:
                response.close()
        obs.bytes_read = len(body)
        page = read_page(bytes(body[:PREFIX_BYTES]), obs.content_type)
        obs.page_title = page.title or (page.headings[0] if page.headings else None)
        obs.headings = page.headings[:3]
        obs.not_found = not_found_reason(page)
        obs.meta, obs.ld_json, obs.page_read = page.meta, ld_objects(page.ld_json), True


class _Seen:
    """An observation and the Retry-After that came with it."""

    def __init__(self, obs: Observation, retry_after: float | None = None) -> None:
        self.obs = obs
        self.retry_after = retry_after


def _drain(response: requests.Response) -> None:
    """Reuse the connection when the body is small and announced; otherwise drop it."""
    length = response.headers.get("Content-Length", "")
    try:
        if is_digits(length) and int(length) <= PREFIX_BYTES:
            for _ in response.raw.stream(16 * 1024, decode_content=False):
                pass
    except requests.RequestException:
        pass
    finally:
        response.close()


def _describe(exc: BaseException, late: bool = False) -> tuple[str, str]:
    """Map a requests exception to (error kind, human detail); ``late``: past the deadline."""
    if late or isinstance(exc, requests.Timeout) or _caused_by(exc, TimeoutError):
        return "timeout", "no complete response within the timeout"
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema)):
        return "invalid", f"invalid URL ({exc})"
    if isinstance(exc, requests.exceptions.SSLError):
        return "connection-error", "TLS handshake or certificate verification failed"
    text = str(exc)
    if "Name or service not known" in text or "getaddrinfo" in text or "NameResolution" in text:
        return "connection-error", "the host name does not resolve"
    if _caused_by(exc, ConnectionRefusedError):
        return "connection-error", "connection refused"
    if _caused_by(exc, ConnectionResetError) or "reset" in text.lower():
        return "connection-error", "connection reset by the server"
    return "connection-error", f"connection failed ({type(exc).__name__})"


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """True when ``kind`` is anywhere in the exception's causes (urllib3 nests them)."""
    stack, seen = [exc], set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, kind):
            return True
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        linked += [arg for arg in current.args if isinstance(arg, BaseException)]
        stack += [item for item in linked if isinstance(item, BaseException)]
    return False
