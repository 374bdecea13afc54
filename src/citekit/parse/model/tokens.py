"""Tokens for the sequence labeller: words, numbers, script runs and single punctuation marks,
each with its character offsets in the (cleaned) reference string."""

from __future__ import annotations

from ... import rx
from ...records import dataclass

_TOKEN = rx.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"“”「」『』]+|doi:\s?10\.\d{4,9}/[^\s<>\"“”]+"
    r"|10\.\d{4,9}/[^\s<>\"“”]+)"
    r"|(?P<latin>[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?)"
    r"|(?P<digits>\d+)"
    r"|(?P<hangul>[\uac00-\ud7a3\u3131-\u318e]+)"
    r"|(?P<hira>[\u3040-\u309f]+)"
    r"|(?P<kata>[\u30a0-\u30ff\u31f0-\u31ff]+)"
    r"|(?P<han>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)"
    r"|(?P<other>\S)"
)
_URL_TAIL = rx.compile(r"[.,;:)\]」』>]+$")
_ROLE_TAIL = rx.compile(r"(?<=.{2})(編著|監修|主编|著|訳|編|编|译|等)$")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # url, latin, digits, hangul, hira, kata, han, other


def tokenise(text: str) -> list[Token]:
    """The tokens of ``text`` in order; whitespace separates but is no token."""
    out: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        start, end = match.span()
        if kind == "url":
            tail = _URL_TAIL.search(match.group())
            if tail and not (tail.group().startswith(")") and "(" in match.group()):
                end = start + tail.start()
                out.append(Token(text[start:end], start, end, kind))
                out.extend(Token(c, end + i, end + i + 1, "other")
                           for i, c in enumerate(tail.group()))
                continue
        elif kind == "han":
            role = _ROLE_TAIL.search(match.group())
            if role:
                cut = start + role.start()
                out.append(Token(text[start:cut], start, cut, kind))
                out.append(Token(role.group(), cut, end, kind))
                continue
        out.append(Token(text[start:end], start, end, kind))
    return out
