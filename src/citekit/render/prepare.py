"""Preparing items for pandoc's citeproc so that it renders them as the reference processor does."""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from importlib.resources import files

from ..model import NAME_FIELDS, CSLItem

TITLE_FIELDS = ("title", "container-title", "collection-title", "title-short")
_WORD = re.compile(r"(?<![\w<>/=\"'])([a-z]+)(?![\w>])")
_SENTENCE_BREAK = re.compile(r"[:?!.\u2014]\s*$")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@lru_cache(maxsize=1)
def title_minor_words() -> frozenset[str]:
    """Words kept lower case inside a title-cased English title (from ``title_words.txt``)."""
    text = (files("citekit.render") / "title_words.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _is_english(item: CSLItem) -> bool:
    language = str(item.get("language") or "en").lower()
    return language.startswith("en")


def protect_minor_words(title: str) -> str:
    """Wrap lower-case minor words (not the first, not after a colon) in a nocase span."""
    minor = title_minor_words()

    def wrap(match: re.Match[str]) -> str:
        word = match.group(1)
        before = title[: match.start()]
        if word not in minor or not before.strip() or _SENTENCE_BREAK.search(before):
            return word
        return f'<span class="nocase">{word}</span>'

    return _WORD.sub(wrap, title)


def prepare_items(items: list[CSLItem]) -> list[CSLItem]:
    """Copies of ``items`` with English titles' minor words protected from capitalisation."""
    prepared = []
    for item in items:
        if _is_english(item) and any(isinstance(item.get(f), str) for f in TITLE_FIELDS):
            item = copy.copy(item)
            for field in TITLE_FIELDS:
                if isinstance(item.get(field), str):
                    item[field] = protect_minor_words(item[field])
        prepared.append(item)
    return prepared


def unspaced_names(items: list[CSLItem]) -> list[str]:
    """Full names written family-first without a space (Hangul, Hanzi): ``이지영``.

    Pandoc's citeproc adds a style's initialize-with period to such a given name, which
    it cannot shorten (``이지영.,``); citekit's Lua writer removes that period again.
    """
    found: set[str] = set()
    for item in items:
        for field in NAME_FIELDS:
            for name in item.get(field) or []:
                if not isinstance(name, dict):
                    continue
                family, given = name.get("family"), name.get("given")
                if not (isinstance(family, str) and isinstance(given, str) and family and given):
                    continue
                if not _LATIN.search(family + given):
                    found.add(family + given)
    return sorted(found)
