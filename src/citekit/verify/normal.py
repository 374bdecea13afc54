"""Comparing what a reference says with what its source says, after normalisation.

Two values are the same when they differ only in Unicode form, quotation marks, dashes,
spacing, case, punctuation, Hanja written for Hangul, or romanization.
"""

from __future__ import annotations

import difflib
import unicodedata
from functools import lru_cache

from .. import rx
from ..lang.hanja import hangul_reading
from ..lang.names import romanize_name
from ..lang.outlets import english_outlet
from ..model import Name

_NOT_WORD = rx.compile(r"[\W_]+")
_HAN = rx.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
SYSTEMS = ("rr", "mr")


@lru_cache(maxsize=4096)
def text_key(text: str) -> str:
    """Letters and digits only, case-folded, NFKC (quotes, dashes, spaces and punctuation go)."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=4096)
def reading_key(text: str) -> str:
    """``text_key`` after Hanja are read as Hangul, when the text mixes them with Hangul."""
    if _HAN.search(text) and _HANGUL.search(text):
        text = hangul_reading(text)
    return text_key(text)


def same_text(ours: str, theirs: str) -> bool:
    """Equal after normalisation (``美, 납북피해`` equals ``미, 납북피해``)."""
    return text_key(ours) == text_key(theirs) or reading_key(ours) == reading_key(theirs)


def similarity(ours: str, theirs: str) -> float:
    """How alike two texts are after normalisation, from 0 to 1."""
    a, b = reading_key(ours), reading_key(theirs)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def is_prefix(ours: str, cut: str) -> bool:
    """True when a value cut short by the source (``제목…``) starts the reference's value."""
    key = reading_key(cut)
    return bool(key) and reading_key(ours).startswith(key)


def name_keys(name: Name) -> set[str]:
    """Keys a person is known by: the family name as written, read and romanized."""
    family = str(name.get("family") or name.get("literal") or "")
    keys = {text_key(family)}
    if _HANGUL.search(family):
        for system in SYSTEMS:
            keys.add(text_key(romanize_name(family, system)))
    elif _HAN.search(family):
        keys.add(text_key(hangul_reading(family)))
    return {k for k in keys if k}


def full_keys(name: Name) -> set[str]:
    """Keys for the whole name (family and given, in either order, any romanization)."""
    family = str(name.get("family") or "")
    given = str(name.get("given") or "")
    literal = str(name.get("literal") or "")
    whole = literal or family + given
    keys = {text_key(whole), text_key(given + family)}
    if _HANGUL.search(whole):
        for system in SYSTEMS:
            roman = romanize_name(whole, system)
            keys |= {text_key(roman), text_key(" ".join(reversed(roman.split())))}
    return {k for k in keys if k}


def same_person(ours: Name, theirs: Name) -> bool:
    """The same person, allowing initials and romanization (``Hong J`` is ``홍진주``)."""
    if full_keys(ours) & full_keys(theirs):
        return True
    if not name_keys(ours) & name_keys(theirs):
        return False
    mine, other = _initial(ours), _initial(theirs)
    return (
        not mine
        or not other
        or mine == other
        or _romanized_initial(theirs) == mine
        or _romanized_initial(ours) == other
    )


def _initial(name: Name) -> str:
    given = str(name.get("given") or "").strip()
    return given[:1].casefold() if given and not _HANGUL.search(given) else ""


def _romanized_initial(name: Name) -> str:
    given = str(name.get("given") or "")
    if not _HANGUL.search(given):
        return ""
    return romanize_name(str(name.get("family", "")) + given, "rr").split()[-1][:1].casefold()


def same_outlet(ours: str, theirs: str) -> bool:
    """The same outlet, also by its English name or with a suffix (``한겨레`` / ``한겨레신문``)."""
    a, b = reading_key(ours), reading_key(theirs)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a)):
        return True
    english = [english_outlet(v) for v in (ours, theirs)]
    keys = [text_key(e) if e else k for e, k in zip(english, (a, b), strict=False)]
    return keys[0] == keys[1]
