"""The token's form: its lower-cased text, a compressed shape and a few number tests."""

from __future__ import annotations

from ... import rx
from ...digits import is_digits
from ..model.tokens import Token

_YEAR = rx.compile(r"^(?:1[5-9]\d\d|20\d\d)$")


def _char_class(char: str) -> str:
    if char.isupper():
        return "X"
    if char.islower():
        return "x"
    if is_digits(char):
        return "d"
    if "\uac00" <= char <= "\ud7a3":
        return "가"
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
        return "漢"
    if "\u3040" <= char <= "\u30ff":
        return "か"
    return char


def shape_of(text: str) -> str:
    """``Kim`` -> ``Xx``, ``2019`` -> ``dddd``, ``한겨레`` -> ``가가``: runs cut to two."""
    out: list[str] = []
    for char in text[:12]:
        cls = _char_class(char)
        if len(out) >= 2 and out[-1] == cls and out[-2] == cls:
            continue
        out.append(cls)
    return "".join(out)


def word(token: Token) -> str:
    if token.kind == "url":
        return "<doi>" if token.text.lower().startswith(("10.", "doi")) else "<url>"
    return token.text.casefold()[:24]


def core(token: Token) -> list[str]:
    """What a neighbour contributes: its word and shape."""
    return [f"w={word(token)}", f"s={shape_of(token.text)}"]


def features(token: Token, own_core: list[str] | None = None) -> list[str]:
    text = token.text
    feats = (own_core or core(token)) + [f"len={min(len(text), 8)}"]
    if token.kind == "digits":
        value = int(text[:6])
        if _YEAR.match(text):
            feats.append("year")
        elif len(text) <= 2 and 1 <= value <= 31:
            feats.append("day-or-month")
        feats.append(f"digits={min(len(text), 5)}")
    if token.kind in ("hangul", "han", "kata", "hira") and len(text) > 1:
        feats += [f"first={text[0]}", f"last={text[-1]}"]
    elif token.kind == "latin":
        feats += [f"suffix={text[-3:].casefold()}"]
        if text.isupper() and len(text) > 1:
            feats.append("allcaps")
        if len(text) == 1 and text.isupper():
            feats.append("initial")
    return feats
