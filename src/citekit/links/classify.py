"""From what a fetch saw (and what was cited) to a verdict and the reason for it."""

from __future__ import annotations

from .drift import drift_reason
from .observation import Observation
from .urls import is_deep, is_front_page


def classify(obs: Observation, cited_title: str | None = None) -> tuple[str, str]:
    """Return ``(verdict, reason)`` for one observation."""
    if obs.error:
        return obs.error, obs.detail
    status = obs.status or 0
    redirected = bool(obs.redirects)
    if 200 <= status < 300:
        return _alive(obs, cited_title, redirected)
    if status == 429:
        return "rate-limited", _waited("429 Too Many Requests", obs)
    if status == 503:
        return "unavailable", _waited("503 Service Unavailable", obs)
    if status >= 500:
        return "server-error", f"the server answered {status}"
    if status == 403:
        return "blocked", "403 Forbidden, to citekit's User-Agent and to a browser's"
    if redirected:
        return (
            "redirect-broken",
            f"redirected {len(obs.redirects)} time(s) to a page answering {status}",
        )
    return "broken", f"the server answered {status}"


def _alive(obs: Observation, cited_title: str | None, redirected: bool) -> tuple[str, str]:
    final = obs.final_url or obs.url
    if redirected and is_deep(obs.url) and is_front_page(final):
        return "soft-404", f"a deep link redirected to the front page {final}"
    if obs.not_found:
        return "soft-404", f"status {obs.status}, but {obs.not_found}"
    drift = drift_reason(cited_title, obs.page_title, obs.headings)
    if drift:
        return "content-drift", drift
    if obs.browser_ua:
        return "blocked-needs-UA", "403 to citekit's User-Agent, 2xx to a browser's"
    if obs.first_status == 429:
        return "rate-limited-ok", f"429, then {obs.status} after waiting {obs.waited:g} s"
    if redirected:
        return "redirect-ok", f"moved: {len(obs.redirects)} redirect(s) to {final}"
    return "ok", f"the server answered {obs.status}"


def _waited(what: str, obs: Observation) -> str:
    if obs.waited:
        return f"{what}, still after waiting {obs.waited:g} s"
    return f"{what}; Retry-After longer than citekit waits, or none"
