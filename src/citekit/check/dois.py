"""DOI rules: syntax (``10.``, registrant, suffix), resolver prefixes, trailing punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import rx
from ..diagnostics import Diagnostic, Fix
from .entries import Entry
from .options import Options
from .registry import finding
from .scan import DOI_HOSTS
from .urlform import split

DOI_SYNTAX = rx.compile(r"^10\.[0-9]{4,9}(?:\.[0-9]+)*/\S+$")
RESOLVER = "https://doi.org/"
_PREFIX = rx.compile(r"^\s*(?:doi\s*:\s*|https?://(?:dx\.|www\.)?doi\.org/)", re.IGNORECASE)
_PUNCTUATION = ".,;:"


def check(entries: list[Entry], options: Options) -> Iterator[Diagnostic]:
    """Findings about every DOI, written alone or as a doi.org link."""
    for entry in entries:
        if entry.raw is None:
            yield from _field(entry)
            continue
        for doi in entry.dois:
            yield from _syntax(entry, doi.text, doi.start)
        for url in entry.urls:
            text = url.text.strip()
            if (
                not text
                or "://" not in text
                or (split(text).hostname or "").lower() not in DOI_HOSTS
            ):
                continue
            prefix = _PREFIX.match(text)
            if prefix and prefix.group() != RESOLVER:
                yield finding(
                    "doi-resolver",
                    f"'{prefix.group()}' is an old resolver address: write '{RESOLVER}'",
                    entry.location(url.start),
                    Fix("use the current DOI resolver", prefix.group(), RESOLVER),
                )
            doi = text[prefix.end() :] if prefix else ""
            if url.bracketed and doi.endswith(tuple(_PUNCTUATION)):
                yield _trailing(entry, doi, url.start + len(text) - len(doi))
                doi = doi.rstrip(_PUNCTUATION)
            yield from _syntax(entry, doi, url.start)


def _syntax(entry: Entry, doi: str, offset: int | None) -> Iterator[Diagnostic]:
    if not DOI_SYNTAX.match(doi):
        yield finding(
            "doi-syntax",
            f"{doi!r} is not a DOI: a DOI is '10.', a registrant number, '/' and a suffix",
            entry.location(offset),
        )


def _trailing(entry: Entry, doi: str, offset: int) -> Diagnostic:
    clean = doi.rstrip(_PUNCTUATION)
    return finding(
        "doi-trailing-punctuation",
        f"the DOI {doi!r} ends in punctuation that is not part of it",
        entry.location(offset),
        Fix("remove punctuation after the DOI", doi, clean),
    )


def _field(entry: Entry) -> Iterator[Diagnostic]:
    """A structured item's ``DOI`` field should hold the bare DOI."""
    for found in entry.dois:
        doi = found.text.strip()
        prefix = _PREFIX.match(doi)
        if prefix:
            yield finding(
                "doi-resolver",
                f"the DOI field holds the prefix '{prefix.group().strip()}': keep only the DOI",
                entry.location(),
            )
            doi = doi[prefix.end() :]
        if doi.endswith(tuple(_PUNCTUATION)):
            yield finding(
                "doi-trailing-punctuation",
                f"the DOI {doi!r} ends in punctuation that is not part of it",
                entry.location(),
            )
            doi = doi.rstrip(_PUNCTUATION)
        yield from _syntax(entry, doi, None)
