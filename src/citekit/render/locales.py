"""Which CSL locale pandoc's citeproc uses for a ``--locale``, and a warning when it is not
the one asked for (pandoc falls back silently)."""

from __future__ import annotations

from functools import lru_cache

from ..packagedata import data_rows

FALLBACK = "en-US"


@lru_cache(maxsize=1)
def pandoc_locales() -> dict[str, list[str]]:
    """Each language's locales in pandoc, its primary one first (``pandoc_locales.tsv``)."""
    rows = data_rows("citekit.render", "pandoc_locales.tsv")
    return {row[0]: list(row[1:]) for row in rows}


def locale_used(locale: str) -> str:
    """The locale pandoc renders ``locale`` with: itself, its language's primary locale
    (``de-XX`` → ``de-DE``, ``pt`` → ``pt-PT``) or, for an unknown language, en-US."""
    language = locale.replace("_", "-").split("-")[0].lower()
    known = pandoc_locales().get(language)
    if not known:
        return FALLBACK
    exact = [code for code in known if code.lower() == locale.replace("_", "-").lower()]
    return exact[0] if exact else known[0]


def locale_warning(locale: str) -> str | None:
    """A warning when pandoc has no locale ``locale`` (None when it has, or for a bare
    language such as ``de``, which means its primary locale)."""
    used = locale_used(locale)
    if used.lower() == locale.replace("_", "-").lower():
        return None
    if "-" not in locale.replace("_", "-") and used != FALLBACK:
        return None
    return f"unknown locale {locale!r}: pandoc has no such CSL locale, so {used} is used"
