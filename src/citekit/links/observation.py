"""What one fetch saw, independent of any citation: the record the cache keeps."""

from __future__ import annotations

from typing import Any

from ..records import asdict, dataclass, field, fields


@dataclass
class Observation:
    """The outcome of fetching one URL (with its redirects and retries).

    ``error`` is set when no final response was classified: ``timeout``,
    ``connection-error``, ``redirect-loop``, ``refused`` or ``invalid``.
    """

    url: str
    status: int | None = None
    final_url: str | None = None
    redirects: list[str] = field(default_factory=list)  # every URL after the first, in order
    error: str | None = None
    detail: str = ""
    waited: float = 0.0  # seconds spent honouring Retry-After
    first_status: int | None = None  # status before a retry (429, 503 or 403)
    browser_ua: bool = False  # the final answer came only to a browser User-Agent
    content_type: str | None = None
    page_title: str | None = None
    headings: list[str] = field(default_factory=list)  # the page's first h1/h2 headings
    not_found: str | None = None  # why the page reads as "not found"
    bytes_read: int = 0
    meta: dict[str, list[str]] = field(default_factory=dict)  # the page's metadata tags
    ld_json: list[dict[str, Any]] = field(default_factory=list)  # its JSON-LD, trimmed
    page_read: bool = False  # an HTML page was read (so meta and ld_json are what it has)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Observation:
        """Rebuild from ``to_dict`` output, ignoring unknown keys."""
        names = {each.name for each in fields(cls)}
        known = {k: v for k, v in data.items() if k in names}
        return cls(**known)
