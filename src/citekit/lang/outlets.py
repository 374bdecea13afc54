"""Korean news outlets under their usual English names (``data/outlets.tsv``)."""

from __future__ import annotations

from functools import lru_cache

from .tables import load_tsv


def _key(name: str) -> str:
    return "".join(name.split()).casefold()


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table = {}
    for english, *aliases in load_tsv("outlets.tsv"):
        for name in (english, *aliases):
            table[_key(name)] = english
    return table


def english_outlet(name: str) -> str | None:
    """The usual English name of a Korean outlet (세계일보 → Segye Ilbo), or None if unknown."""
    return _table().get(_key(name))
