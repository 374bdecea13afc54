"""Bylines and author lists from pages and catalogues as CSL names."""

from __future__ import annotations

import re
from functools import cache

from .. import rx
from ..model import Name
from ..packagedata import data_lines
from ..parse.normalise.names import han_name as split_han_name
from ..parse.normalise.names import split_names

_EMAIL = rx.compile(r"\S+@\S+")
# datelines: (서울=연합뉴스), 워싱턴=
_DATELINE = rx.compile(r"\([^()=]{1,20}=[^()]{1,20}\)|^\s*[^\s=]{1,12}=")
_HAN_NAME = rx.compile(r"^[\u3400-\u9fff\uf900-\ufaff々]{2,6}$")
_SEPARATORS = rx.compile(r"\s*(?:[,;/·|]|\band\b|&|、)\s*")


@cache
def _byline_words() -> re.Pattern[str]:
    words = sorted(data_lines("citekit.verify", "data", "byline_words.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words)
    after = r"(?:^|(?<=\s)|(?<=[\uac00-\ud7a3\u3400-\u9fff]))"
    return rx.compile(rf"{after}(?:{alternatives})(?=$|\s|[,;/·|])")


def clean_byline(text: str) -> str:
    """``홍길동 기자 hong@example.kr`` → ``홍길동``; ``By Jane Smith`` → ``Jane Smith``."""
    text = _DATELINE.sub(" ", _EMAIL.sub(" ", text))
    text = _byline_words().sub(" ", text)
    return re.sub(r"\s+", " ", text).strip(" ,;/·|=")


def byline_names(text: str) -> list[Name]:
    """The people named in a byline (one or several, any script)."""
    text = clean_byline(text)
    if not text or text.startswith(("http://", "https://")):
        return []
    names: list[Name] = []
    for part in _SEPARATORS.split(text) if "," not in text or _all_korean(text) else [text]:
        part = part.strip()
        if part:
            names += [han_name(part)] if _is_han_name(part) else split_names(part)[0]
    return [n for n in names if n]


def _is_han_name(text: str) -> bool:
    pieces = text.split()
    return (
        len(pieces) <= 2
        and all(_HAN_NAME.match(p) or len(p) == 1 for p in pieces)
        and bool(_HAN_NAME.match(text.replace(" ", "")))
    )


def han_name(text: str) -> Name:
    """A Japanese, Chinese or Hanja name: ``田中 誠`` as spaced, ``田中誠`` as the parser splits
    a Han name (known Japanese and Chinese compound family names first)."""
    pieces = text.split()
    if len(pieces) == 2:
        return {"family": pieces[0], "given": pieces[1]}
    return split_han_name(text)


def inverted_name(text: str) -> Name:
    """A catalogue's ``Family, Given`` (``citation_author``, Dublin Core), or a whole name."""
    text = clean_byline(text)
    if "," in text:
        family, _, given = text.partition(",")
        name: Name = {"family": family.strip()}
        if given.strip():
            name["given"] = given.strip()
        return name
    if _is_han_name(text):
        return han_name(text)
    found = split_names(text)[0]
    return found[0] if found else {"literal": text}


def _all_korean(text: str) -> bool:
    return not re.search(r"[A-Za-z]", text)
