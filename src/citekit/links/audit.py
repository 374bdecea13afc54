"""``audit_links``: check every cited URL of an input and say what became of it."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from ..diagnostics import Diagnostic
from ..model import CSLItem
from ..records import dataclass, field
from .archive import WAYBACK_API, add_snapshots
from .cache import Cache
from .classify import classify
from .fetch import Fetcher
from .observation import Observation
from .options import LinkOptions
from .result import LinkResult
from .schedule import run_limited
from .targets import Source, Target, from_items, from_path, from_text
from .transport import make_session
from .urls import host_key, is_http_url, to_uri

DEFAULT_CONCURRENCY = 64
DEFAULT_PER_HOST = 4
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_AGE = 86400.0


@dataclass
class Audit:
    """Every target's result (in input order), the input's own diagnostics, and the source."""

    results: list[LinkResult] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    source: Source | None = None
    fetched: int = 0  # URLs fetched from the network (the rest came from the cache)
    observations: dict[str, Observation] = field(default_factory=dict)
    """What was seen of each distinct URL, by the URL as sent (``observation`` looks one up)."""

    def observation(self, url: str) -> Observation | None:
        """What the audit saw of ``url`` (the page's title, headings and metadata)."""
        return self.observations.get(_key(url))
    excluded: int = 0  # links left out by --exclude/--include or the ignore file

    @property
    def dead(self) -> list[LinkResult]:
        """Results whose link is dead (the ones that make the command exit with 1)."""
        return [r for r in self.results if r.coarse == "dead"]

    def counts(self) -> Counter[str]:
        """Number of results per verdict."""
        return Counter(r.verdict for r in self.results)


def audit_links(
    source: str | os.PathLike[str] | Iterable[CSLItem | str],
    *,
    archive: bool = False,
    archive_api: str = WAYBACK_API,
    concurrency: int = DEFAULT_CONCURRENCY,
    per_host: int = DEFAULT_PER_HOST,
    timeout: float = DEFAULT_TIMEOUT,
    cache: bool | str | os.PathLike[str] = True,
    max_age: float = DEFAULT_MAX_AGE,
    allow_private: bool = False,
    text: str | None = None,
    progress: Callable[[str, int], None] | None = None,
    offline: bool = False,
    options: LinkOptions | None = None,
) -> Audit:
    """Check the URLs cited by ``source`` and return an ``Audit``.

    ``source`` is a file path (any bibliography citekit reads, Markdown, HTML or a list of
    URLs), or CSL-JSON items, or URL strings; with ``text`` it names that text instead.
    ``cache`` is True (the user cache directory), False, or a path to an SQLite file.
    ``progress(verdict, total)`` is called as each distinct URL is settled.
    Private, loopback and link-local addresses are refused unless ``allow_private``.
    ``offline`` uses only the cache, whatever its age: other URLs get the verdict ``offline``.
    ``options`` (``LinkOptions``): URLs excluded or included, status codes accepted, the
    User-Agent, extra headers and the redirect limit.
    """
    options = options or LinkOptions()
    src = _source(source, text)
    wanted = [target for target in src.targets if options.wanted(target.url)]
    excluded = len(src.targets) - len(wanted)
    src.targets = wanted
    store = None
    if cache:
        age = float("inf") if offline else max_age
        store = Cache(None if cache is True else Path(cache), max_age=age)
    session = make_session(max(per_host * 2, 10), allow_private=allow_private)
    fetcher = Fetcher(
        session,
        timeout=timeout,
        allow_private=allow_private,
        user_agent=options.user_agent,
        headers=options.headers,
        max_redirects=options.max_redirects,
    )
    audit = Audit(diagnostics=list(src.diagnostics), source=src, excluded=excluded)
    observe = _not_cached if offline else fetcher.observe
    try:
        observations = _observe(
            src.targets, observe, store, audit, (concurrency, per_host), progress
        )
        audit.results = [_result(t, observations, options.accept) for t in src.targets]
        audit.observations = {key: obs for key, (obs, _) in observations.items()}
        if archive:
            failed = add_snapshots(
                audit.results,
                src.targets,
                api=archive_api,
                timeout=timeout,
                cache=store,
                parallel=per_host,
            )
            if failed:
                message = f"the archive at {archive_api} could not be asked about {failed} link(s)"
                found = Diagnostic("links-archive-failed", "warning", message)
                audit.diagnostics.append(found.at(file=src.name))
    finally:
        session.close()
        if store:
            store.close()
    return audit


def _source(source: str | os.PathLike[str] | Iterable[CSLItem | str], text: str | None) -> Source:
    if isinstance(source, (str, os.PathLike)):
        return from_text(text, str(source)) if text is not None else from_path(os.fspath(source))
    entries = list(source)
    items = [
        {"id": f"url{i + 1}", "URL": e} if isinstance(e, str) else e for i, e in enumerate(entries)
    ]
    return from_items(items)


def _not_cached(url: str) -> Observation:
    return Observation(url, error="offline", detail="not in the link cache (offline run)")


def _key(url: str) -> str:
    """The cache and de-duplication key: the URL as sent on the wire."""
    try:
        return to_uri(url) if is_http_url(url) else url
    except (ValueError, UnicodeError):
        return url


def _observe(
    targets: list[Target],
    observe: Callable[[str], Observation],
    store: Cache | None,
    audit: Audit,
    limits: tuple[int, int],
    progress: Callable[[str, int], None] | None,
) -> dict[str, tuple[Observation, bool]]:
    """Observations by key: fresh ones from the cache, the rest fetched concurrently."""
    found: dict[str, tuple[Observation, bool]] = {}
    originals: dict[str, str] = {}
    titles: dict[str, str | None] = {}
    for target in targets:
        key = _key(target.url)
        if key in titles:
            continue
        titles[key] = target.title
        cached = store.observation(key) if store else None
        if cached is not None:
            found[key] = (cached, True)
            if progress:
                progress(classify(cached, target.title)[0], len(titles))
        else:
            originals[key] = target.url
    total = len(titles)

    def done(key: str, obs: Observation) -> None:
        found[key] = (obs, False)
        audit.fetched += 1
        if store:
            store.store(key, obs)
        if progress:
            progress(classify(obs, titles[key])[0], total)

    jobs = [(key, host_key(key) if is_http_url(key) else "") for key in originals]
    run_limited(
        jobs,
        lambda key: observe(originals[key]),
        concurrency=limits[0],
        per_host=limits[1],
        on_done=done,
    )
    return found


def _result(
    target: Target,
    observations: dict[str, tuple[Observation, bool]],
    accept: frozenset[int] = frozenset(),
) -> LinkResult:
    obs, cached = observations[_key(target.url)]
    verdict, reason = classify(obs, target.title)
    if obs.status in accept and not obs.error and verdict not in ("ok", "redirect-ok"):
        verdict, reason = "ok", f"the server answered {obs.status}, accepted (--accept)"
    return LinkResult(
        url=target.url,
        verdict=verdict,
        reason=reason,
        status=obs.status,
        final_url=obs.final_url,
        redirects=list(obs.redirects),
        item_id=target.item_id,
        file=target.file,
        line=target.line,
        cited_title=target.title,
        page_title=obs.page_title,
        cached=cached,
    )
