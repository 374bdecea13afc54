"""Preparing items for pandoc's citeproc so that it renders them as the reference processor does."""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from importlib.resources import files

from ..model import CSLItem

TITLE_FIELDS = ("title", "container-title", "collection-title", "title-short")
_WORD = re.compile(r"(?<![\w<>/=\"'])([a-z]+)(?![\w>])")
_SENTENCE_BREAK = re.compile(r"[:?!.\u2014]\s*$")


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
