"""Citation keys: stable, readable keys (``hong2023``, ``kim2023a``) for items without one.

A key is the first author's (or editor's) family name in lower-case ASCII, then the year
(``nd`` when undated); a case takes its first party, an item without usable names the
first significant word of its title (never ``ref``, ``nan`` or one letter). Better
BibTeX's default pattern is there too (``pattern="bbt"``). Korean names are
romanized for the key (``김은중`` → ``kim2021``). Keys already present (``citation-key``,
or an ``id`` that looks like a key) are kept; generated keys that would collide get
``a``, ``b``... in library order, so the same library always gets the same keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from functools import lru_cache

from . import rx
from .digits import is_digits
from .model import NAME_FIELDS, CSLItem, date_parts
from .packagedata import data_lines

Romanizer = Callable[[str], str]

_KEY = rx.compile(r"^[A-Za-z0-9][A-Za-z0-9_:.+/-]*$")
_PLACEHOLDER_ID = rx.compile(r"^(ref|item)[0-9]+$")
_HANGUL = rx.compile(r"[\uac00-\ud7a3]")


def is_key(text: object) -> bool:
    """True for a string usable as a BibTeX key and a pandoc citation key."""
    return isinstance(text, str) and bool(_KEY.match(text))


def existing_key(item: CSLItem) -> str | None:
    """The item's own key: its ``citation-key``, or an ``id`` that is a real key."""
    key = item.get("citation-key")
    if is_key(key):
        return key
    item_id = item.get("id")
    if is_key(item_id) and not _PLACEHOLDER_ID.match(item_id) and "://" not in item_id:
        return item_id
    return None


def loses_id(item: CSLItem, key: str) -> bool:
    """True when writing ``item`` under ``key`` loses an id worth keeping (not ``ref3``)."""
    item_id = str(item.get("id") or "")
    return bool(item_id) and item_id != key and not _PLACEHOLDER_ID.match(item_id)


def default_romanizer(text: str) -> str:
    """Romanize a Korean surname with ``citekit.lang.romanize``.

    The conventional surname spelling (김 Kim, 이 Lee) is what readers expect in a key;
    strict Revised Romanization is the fallback.
    """
    from .lang import romanize

    for system in ("conventional", "rr"):
        try:
            return str(romanize(text, system=system, mode="surname"))
        except Exception:  # noqa: BLE001, S112 - try the next system
            continue
    return ""


_HANGUL_NAME = rx.compile(r"^[\uac00-\ud7a3]{2,5}$")


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    return frozenset(data_lines(__package__, "korean_compound_surnames.txt"))


def split_hangul_name(text: str) -> tuple[str, str] | None:
    """``(family, given)`` of a whole Hangul name, or None when ``text`` is not one.

    The surname is the first syllable, or the first two for the two-syllable surnames
    listed in ``korean_compound_surnames.txt`` (남궁, 황보, 제갈...).
    """
    text = text.strip()
    if not _HANGUL_NAME.match(text):
        return None
    size = 2 if text[:2] in _compound_surnames() and len(text) > 2 else 1
    return text[:size], text[size:]


def _surname(name: dict) -> str:
    """The surname of a CSL name; a Hangul name written whole (``김은중``) is split."""
    if name.get("family"):
        return str(name["family"])
    literal = str(name.get("literal") or "").strip()
    split = split_hangul_name(literal)
    if split:
        return split[0]
    return literal.split(" ")[0] if literal else ""


@lru_cache(maxsize=65536)
def _ascii(text: str, romanize: Romanizer) -> str:
    """``text`` as lower-case ASCII letters and digits (Hangul romanized first)."""
    if _HANGUL.search(text):
        text = romanize(text) or ""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _title_romanizer(text: str) -> str:
    """A Hangul title word in Revised Romanization (not as a surname)."""
    from .lang import romanize

    try:
        return str(romanize(text, system="rr"))
    except Exception:  # noqa: BLE001 - a key never fails on a word
        return ""


def _usable(word: str) -> bool:
    """A key word: two letters or more, not only digits, not a placeholder (``nan``, ``ref``)."""
    return len(word) >= 2 and not is_digits(word) and word not in _placeholders()


@lru_cache(maxsize=1)
def _placeholders() -> frozenset[str]:
    return frozenset(data_lines(__package__, "key_placeholders.txt"))


@lru_cache(maxsize=1)
def _skip_words() -> frozenset[str]:
    return frozenset(data_lines(__package__, "key_skip_words.txt"))


def _words(text: str, romanize: Romanizer) -> list[str]:
    """The significant words of a title, folded to ASCII, in order."""
    found = []
    for raw in re.split(r"[^\w]+", text):
        if not raw or raw.lower() in _skip_words():
            continue
        word = _ascii(raw, romanize)
        if _usable(word):
            found.append(word)
    return found


_PARTIES = rx.compile(r"\s+(?:v|vs|v\.|vs\.|against|대)\s+", re.IGNORECASE)
_CROWN = {"r", "re", "in", "the", "ex", "parte", "rex", "regina", "state", "people"}


def _first_party(title: str, romanize: Romanizer) -> str:
    """The first party of a case name, its first significant word (``R (Miller) v ...`` →
    ``miller``; ``R v Smith`` → ``smith``, the Crown being no party to name a key by)."""
    for party in _PARTIES.split(title):
        words = [w for w in _words(party, romanize) if w not in _CROWN]
        if words:
            return words[0]
    return ""


def _name_word(item: CSLItem, romanize: Romanizer) -> str:
    for role in ("author", "editor", *NAME_FIELDS):
        names = item.get(role)
        if isinstance(names, list) and names and isinstance(names[0], dict):
            word = _ascii(_surname(names[0]), romanize)
            if _usable(word):
                return word
    return ""


def key_word(item: CSLItem, romanize: Romanizer | None = None) -> str:
    """The word a key starts with: a case's first party; else the first author's (or
    editor's) surname; else the first significant word of the title, container,
    publisher or web host; else the item type. Never a placeholder (``ref``, ``nan``)."""
    romanize = romanize or default_romanizer
    title = str(item.get("title") or "")
    if item.get("type") == "legal_case":
        party = _first_party(title, _title_romanizer)
        if party:
            return party
    word = _name_word(item, romanize)
    if word:
        return word
    for field in ("title", "container-title", "publisher"):
        words = _words(str(item.get(field) or ""), _title_romanizer)
        if words:
            return words[0]
    host = re.match(r"^[a-z]+://(?:www\.)?([^/:.]+)", str(item.get("URL") or "").lower())
    if host and _usable(_ascii(host.group(1), romanize)):
        return _ascii(host.group(1), romanize)
    return re.sub(r"[^a-z]", "", str(item.get("type") or "document").lower()) or "document"


def _year(item: CSLItem) -> str:
    parts = date_parts(item, "issued")
    return str(parts[0]) if parts and parts[0] > 0 else ""


def base_key(item: CSLItem, romanize: Romanizer | None = None, pattern: str | None = None) -> str:
    """The readable key of one item before disambiguation.

    ``citekit`` (the default): key word and year, ``nd`` when undated (``hong2023``).
    ``bbt``: Better BibTeX's default, ``auth.lower + shorttitle(3,3) + year``: the first
    author's surname, the title's first three significant words capitalised, the year
    (``hongTransitionalJusticeKorea2023``).
    """
    pattern = pattern or KEY_PATTERN.get()
    if pattern == "bbt":
        romanize = romanize or default_romanizer
        words = _words(str(item.get("title") or ""), _title_romanizer)[:3]
        short = "".join(word.capitalize() for word in words)
        key = f"{_name_word(item, romanize)}{short}{_year(item)}"
        return (
            key if re.match(r"^[a-z]", key, re.IGNORECASE) else f"{key_word(item, romanize)}{key}"
        )
    if pattern != "citekit":
        raise ValueError(f"unknown key pattern {pattern!r}; choose one of {', '.join(PATTERNS)}")
    return f"{key_word(item, romanize)}{_year(item) or 'nd'}"


PATTERNS = ("citekit", "bbt")
KEY_PATTERN: ContextVar[str] = ContextVar("citekit_key_pattern", default="citekit")
"""The pattern generated keys follow (``citekit`` or ``bbt``), set by configuration."""


def assign_keys(
    items: Iterable[CSLItem], romanize: Romanizer | None = None, pattern: str | None = None
) -> list[str]:
    """One unique key per item, in order: existing keys kept, the others generated.

    A generated key shared by several items, or already some item's own key, gets a
    letter (``kim2023a``, ``kim2023b``); a repeated own key is lettered the same way.
    Linear in the number of items: each base key remembers the next letter to try.
    """
    items = list(items)
    wanted: list[tuple[str, bool]] = []
    own_seen: set[str] = set()
    for item in items:
        own = existing_key(item)
        if own and own not in own_seen:
            own_seen.add(own)
            wanted.append((own, True))
        else:
            wanted.append((own or base_key(item, romanize, pattern), False))
    generated = Counter(key for key, is_own in wanted if not is_own)
    used = set(own_seen)
    following: dict[str, int] = {}
    keys: list[str] = []
    for key, is_own in wanted:
        if not is_own and (generated[key] > 1 or key in used):
            index = following.get(key, 0)
            lettered = key + _suffix(index)
            while lettered in used:
                index += 1
                lettered = key + _suffix(index)
            following[key] = index + 1
            key = lettered
        used.add(key)
        keys.append(key)
    return keys


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _suffix(index: int) -> str:
    """``a`` ... ``z``, ``aa`` ... ``zz``, ``aaa`` ... for 0, 1, 2 ...: never runs out."""
    if index < len(_LETTERS):
        return _LETTERS[index]
    size = 1
    while index >= len(_LETTERS) ** size:
        index -= len(_LETTERS) ** size
        size += 1
    letters = []
    for _ in range(size):
        index, rest = divmod(index, len(_LETTERS))
        letters.append(_LETTERS[rest])
    return "".join(reversed(letters))
