"""What a source says about itself: CSL fields read from a page, a DOI or an ISBN record."""

from __future__ import annotations

from typing import Any

from ..records import dataclass, field


@dataclass
class SourceRecord:
    """CSL-JSON fields one source gives, and where on that source each was read.

    ``source`` names the source (``url:https://…``, ``doi:10.…``, ``isbn:978…``); ``via``
    says, per field, which part of it gave the value (``json-ld``, ``og``, ``citation``,
    ``dc``, ``h1``, ``title``, ``csl``, ``crossref``, ``datacite``, ``openlibrary``).
    ``truncated`` names fields whose value the source cut short (an ``og:title`` ending in
    ``…``): they are compared as prefixes and never used to fill or correct.
    """

    source: str
    fields: dict[str, Any] = field(default_factory=dict)
    via: dict[str, str] = field(default_factory=dict)
    truncated: set[str] = field(default_factory=set)
    portal: bool = False
    """The page is a portal's copy (its site name is the portal's, not the outlet's)."""

    def put(self, name: str, value: Any, via: str) -> None:
        """Set ``name`` unless a better part of the source already gave it."""
        if value in (None, "", [], {}) or name in self.fields:
            return
        self.fields[name] = value
        self.via[name] = via
