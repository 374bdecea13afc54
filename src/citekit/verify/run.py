"""Looking every reference up at its sources, once: DOI, ISBN and the cited page.

A ``Verifier`` holds the settings (services, cache, politeness, offline); ``look_up`` asks
each source once, the page through the link audit itself (so verifying and auditing a list
cost one request per link) and DOIs and ISBNs through their services, with the same cache.
"""

from __future__ import annotations

import datetime
import os
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..links import audit_links
from ..links.cache import Cache
from ..links.result import LinkResult
from ..links.schedule import run_limited
from ..links.transport import make_session
from ..links.urls import is_http_url
from ..model import CSLItem
from ..records import dataclass, field
from .doi import resolve_doi
from .endpoints import Endpoints
from .http import Unreachable
from .isbn import normal_isbn, resolve_isbn
from .pagemeta import page_record
from .record import SourceRecord


@dataclass
class Problem:
    """Something about one reference's sources: ``rule`` with a message."""

    rule: str  # doi-unknown, isbn-unknown, page-gone, verify-unreachable
    message: str


@dataclass
class Looked:
    """What one item's sources said: their records (most authoritative first) and problems."""

    records: list[SourceRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    link: LinkResult | None = None


@dataclass
class Verifier:
    """Settings for looking references up; ``look_up(items)`` does the work."""

    endpoints: Endpoints = field(default_factory=Endpoints)
    mailto: str | None = field(default_factory=lambda: os.environ.get("CITEKIT_MAILTO"))
    timeout: float = 10.0
    offline: bool = False
    allow_private: bool = False
    cache: bool | str | os.PathLike[str] = True
    concurrency: int = 64
    per_host: int = 4

    def look_up(self, items: Sequence[CSLItem]) -> list[Looked]:
        """One ``Looked`` per item, in order."""
        found = [Looked() for _ in items]
        store = self._store()
        try:
            identified = self._identifiers(items, store)
        finally:
            if store is not None:
                store.close()  # committed before the link audit opens the same cache
        pages = self._pages(items)
        for index, item in enumerate(items):
            for kind in ("doi", "isbn"):
                key = _identifier(item, kind)
                if key:
                    _add(found[index], kind, key, identified.get(f"{kind}:{key}"))
            link, record = pages.get(index, (None, None))
            found[index].link = link
            if link is not None:
                _add_page(found[index], link, record)
        return found

    def _store(self) -> Cache | None:
        if not self.cache:
            return None
        age = float("inf") if self.offline else 86400.0
        return Cache(None if self.cache is True else Path(self.cache), max_age=age)

    def _identifiers(self, items: Sequence[CSLItem], store: Cache | None) -> dict[str, Any]:
        """Lookups by ``doi:…``/``isbn:…``: a record dict, ``"unknown"``, or a failure text."""
        wanted = {
            f"{kind}:{key}"
            for item in items
            for kind in ("doi", "isbn")
            if (key := _identifier(item, kind))
        }
        answers: dict[str, Any] = {}
        for key in sorted(wanted):
            cached = store.lookup(key) if store else None
            if cached is not None:
                answers[key] = cached
        missing = sorted(wanted - set(answers))
        if self.offline:
            answers.update({key: "not in the cache (offline run)" for key in missing})
            return answers
        session = make_session(max(self.per_host * 2, 10), allow_private=self.allow_private)
        try:

            def ask(key: str) -> Any:
                kind, _, value = key.partition(":")
                resolve = resolve_doi if kind == "doi" else resolve_isbn
                try:
                    record = resolve(value, self.endpoints, **self._http(session))
                except Unreachable as exc:
                    return Failure(str(exc))
                return "unknown" if record is None else _to_json(record)

            def done(key: str, answer: Any) -> None:
                answers[key] = answer.reason if isinstance(answer, Failure) else answer
                if store is not None and not isinstance(answer, Failure):
                    store.store_lookup(key, answer)

            jobs = [(key, self._service_host(key)) for key in missing]
            run_limited(jobs, ask, concurrency=self.concurrency, per_host=self.per_host,
                        on_done=done)  # fmt: skip
        finally:
            session.close()
        return answers

    def _http(self, session: Any) -> dict[str, Any]:
        return {"session": session, "timeout": self.timeout, "allow_private": self.allow_private,
                "mailto": self.mailto}  # fmt: skip

    def _service_host(self, key: str) -> str:
        base = self.endpoints.doi if key.startswith("doi:") else self.endpoints.openlibrary
        return urllib.parse.urlsplit(base).netloc

    def _pages(self, items: Sequence[CSLItem]) -> dict[int, tuple[LinkResult, SourceRecord | None]]:
        """The link audit of every item's URL, with what each page says about itself."""
        cited = [
            {"id": f"v{i}", "URL": item["URL"], "title": item.get("title"),
             "accessed": item.get("accessed")}
            for i, item in enumerate(items)
            if isinstance(item.get("URL"), str) and is_http_url(item["URL"])
        ]  # fmt: skip
        if not cited:
            return {}
        audit = audit_links(
            [{k: v for k, v in c.items() if v is not None} for c in cited],  # type: ignore[misc]
            cache=self.cache, allow_private=self.allow_private, timeout=self.timeout,
            concurrency=self.concurrency, per_host=self.per_host, offline=self.offline,
        )  # fmt: skip
        pages: dict[int, tuple[LinkResult, SourceRecord | None]] = {}
        for result in audit.results:
            index = int(str(result.item_id)[1:])
            obs = audit.observation(result.url)
            record = page_record(obs) if obs is not None and obs.page_read else None
            pages[index] = (result, record)
        return pages


@dataclass
class Failure:
    """A lookup that could not be made (kept out of the cache, so a rerun tries again)."""

    reason: str


def now() -> str:
    """The current UTC time, to the second, as ISO 8601."""
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def _identifier(item: CSLItem, kind: str) -> str | None:
    value = item.get("DOI" if kind == "doi" else "ISBN")
    if not isinstance(value, str) or not value.strip():
        return None
    if kind == "isbn":
        first = value.replace(",", " ").split()[0]
        digits = normal_isbn(first)
        return digits if len(digits) in (10, 13) else None
    doi = value.strip()
    for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"):
        if doi.lower().startswith(prefix):
            doi = doi[len(prefix) :]
    return doi.lower() if doi.startswith("10.") else None


def _to_json(record: SourceRecord) -> dict[str, Any]:
    return {"source": record.source, "fields": record.fields, "via": record.via}


def _from_json(data: dict[str, Any]) -> SourceRecord:
    return SourceRecord(data["source"], dict(data["fields"]), dict(data["via"]))


def _add(looked: Looked, kind: str, key: str, answer: Any) -> None:
    label = "DOI" if kind == "doi" else "ISBN"
    if isinstance(answer, dict):
        looked.records.append(_from_json(answer))
    elif answer == "unknown":
        where = "the DOI resolver" if kind == "doi" else "the catalogue"
        looked.problems.append(Problem(f"{kind}-unknown", f"{label} {key} is unknown to {where}"))
    elif isinstance(answer, str):
        looked.problems.append(
            Problem("verify-unreachable", f"could not look up {label} {key}: {answer}")
        )


def _add_page(looked: Looked, link: LinkResult, record: SourceRecord | None) -> None:
    if link.coarse == "dead":
        looked.problems.append(
            Problem("page-gone", f"the cited page is gone ({link.verdict}: {link.reason})")
        )
    elif link.coarse == "transient" or link.verdict == "offline":
        looked.problems.append(
            Problem(
                "verify-unreachable",
                f"could not read the cited page ({link.verdict}: {link.reason})",
            )  # fmt: skip
        )
    elif record is not None and link.coarse == "alive":
        looked.records.append(record)
