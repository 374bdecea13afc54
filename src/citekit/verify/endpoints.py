"""Where the metadata services are: the public ones by default, a mirror (or a test) by env."""

from __future__ import annotations

import os

from ..records import dataclass, field


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default).rstrip("/")


@dataclass(frozen=True)
class Endpoints:
    """Base URLs of the DOI resolver and the Crossref, DataCite and Open Library APIs.

    Each can be replaced with an environment variable (``CITEKIT_DOI_RESOLVER``,
    ``CITEKIT_CROSSREF_API``, ``CITEKIT_DATACITE_API``, ``CITEKIT_OPENLIBRARY_API``,
    ``CITEKIT_NLK_API``), for a local mirror or a test server; ``CITEKIT_NLK_KEY`` enables the
    National Library of Korea's ISBN service.
    """

    doi: str = field(default_factory=lambda: _env("CITEKIT_DOI_RESOLVER", "https://doi.org"))
    crossref: str = field(
        default_factory=lambda: _env("CITEKIT_CROSSREF_API", "https://api.crossref.org")
    )
    datacite: str = field(
        default_factory=lambda: _env("CITEKIT_DATACITE_API", "https://api.datacite.org")
    )
    openlibrary: str = field(
        default_factory=lambda: _env("CITEKIT_OPENLIBRARY_API", "https://openlibrary.org")
    )
    nlk: str = field(
        default_factory=lambda: _env("CITEKIT_NLK_API", "https://www.nl.go.kr/seoji/SearchApi.do")
    )
    nlk_key: str | None = field(default_factory=lambda: os.environ.get("CITEKIT_NLK_KEY"))
    """The National Library of Korea's ISBN service is asked only with a key."""
