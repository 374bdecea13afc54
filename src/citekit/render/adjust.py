"""Item text adjusted for the style it is rendered in (called by ``citekit.render`` after
``citekit.lang.present``): BibTeX titles in sentence case for a style that prints titles
as stored, and editions written in words given the locale's edition label."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import rx
from ..model import CSLItem
from ..packagedata import data_rows
from .sentence_case import sentence_case
from .styles import resolve_style

_TEXT_TAG = rx.compile(r"<text\b[^>]*>")
_LOCALE_TERM = rx.compile(
    r'<term\b[^>]*name="edition"[^>]*form="short"[^>]*>\s*(?:<single>)?([^<]+)<'
)
_EDITION_WORD = rx.compile(r"\b(?:ed|edn|edition|eds|Aufl|éd)\b\.?|[판版]", re.I)
_NUMERIC = rx.compile(r"^\s*[0-9]+(?:st|nd|rd|th|e|er)?\s*$", re.I)


@lru_cache(maxsize=32)
def _style_text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def title_cases_titles(style_path: Path) -> bool:
    """Whether the style applies ``text-case="title"`` to titles (OSCOLA, Chicago); one that
    does not (APA, which title-cases only short titles and legal titles) prints them as
    stored, which CSL expects to be sentence case. Decided by most of its long-form
    title elements."""
    tags = [
        tag
        for tag in _TEXT_TAG.findall(_style_text(style_path))
        if 'variable="title"' in tag and 'form="short"' not in tag
    ]
    return sum('text-case="title"' in tag for tag in tags) * 2 > len(tags)


@lru_cache(maxsize=1)
def _edition_terms() -> dict[str, str]:
    return {locale: term for locale, term in data_rows("citekit.render", "edition_terms.tsv")}


def edition_term(style_path: Path, locale: str | None) -> str:
    """The short ``edition`` term: the style's own (``<locale>`` in the style), else the
    locale's (``edition_terms.tsv``), else ``ed.``."""
    own = _LOCALE_TERM.search(_style_text(style_path))
    if own:
        return own.group(1).strip()
    terms = _edition_terms()
    locale = locale or "en-US"
    language = locale.split("-")[0]
    if locale in terms:
        return terms[locale]
    return next((t for key, t in terms.items() if key.split("-")[0] == language), "ed.")


def labelled_edition(edition: str, term: str) -> str:
    """``Updated`` → ``Updated ed.``; a number (the style labels it) or an edition that
    already names itself (``rev edn``, ``개정판``) is left as written."""
    if not edition.strip() or _NUMERIC.match(edition) or _EDITION_WORD.search(edition):
        return edition
    return f"{edition.strip()} {term}"


def for_style(items: list[CSLItem], *, style: str, locale: str | None = None) -> list[CSLItem]:
    """Copies of ``items`` adjusted for ``style`` (the items themselves are not changed)."""
    resolved = resolve_style(style)
    sentence = not title_cases_titles(resolved.path)
    term = edition_term(resolved.path, locale or resolved.locale)
    out = []
    for item in items:
        changed = dict(item)
        cased = (item.get("custom") or {}).get("bibtex-case") if sentence else None
        if isinstance(cased, dict):
            for field, protected in cased.items():
                if isinstance(changed.get(field), str) and isinstance(protected, list):
                    changed[field] = sentence_case(changed[field], map(str, protected))
        edition = item.get("edition")
        if isinstance(edition, str):
            changed["edition"] = labelled_edition(edition, term)
        out.append(changed if changed != item else item)
    return out


__all__ = ["edition_term", "for_style", "labelled_edition", "title_cases_titles"]
