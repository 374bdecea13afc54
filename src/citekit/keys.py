"""Citation keys: stable, readable keys (``hong2023``, ``kim2023a``) for items without one.

A key is the first author's (or editor's) family name in lower-case ASCII, then the year
(``nd`` when undated); without names, the first word of the title. Korean names are
romanized for the key (``김은중`` → ``kim2021``). Keys already present (``citation-key``,
or an ``id`` that looks like a key) are kept; generated keys that would collide get
``a``, ``b``... in library order, so the same library always gets the same keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import count, product

from .model import NAME_FIELDS, CSLItem, date_parts
from .packagedata import data_lines

Romanizer = Callable[[str], str]

_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:.+/-]*$")
_PLACEHOLDER_ID = re.compile(r"^(ref|item)[0-9]+$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_STOP_WORDS = {"a", "an", "the", "on", "of", "in", "and", "le", "la", "les", "der", "die", "das"}


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


_HANGUL_NAME = re.compile(r"^[\uac00-\ud7a3]{2,5}$")


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


def _ascii(text: str, romanize: Romanizer) -> str:
    if _HANGUL.search(text):
        text = romanize(text)
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def base_key(item: CSLItem, romanize: Romanizer | None = None) -> str:
    """The readable key of one item before disambiguation (``hong2023``)."""
    romanize = romanize or default_romanizer
    word = ""
    for field in ("author", "editor", *NAME_FIELDS):
        names = item.get(field)
        if isinstance(names, list) and names and isinstance(names[0], dict):
            word = _ascii(_surname(names[0]), romanize)
            if word:
                break
    if not word:
        title = str(item.get("title") or "")
        words = [w for w in re.split(r"\W+", title) if w and w.lower() not in _STOP_WORDS]
        word = _ascii(words[0], romanize) if words else ""
    parts = date_parts(item, "issued")
    year = str(parts[0]) if parts and parts[0] > 0 else "nd"
    return f"{word or 'ref'}{year}"


def assign_keys(items: Iterable[CSLItem], romanize: Romanizer | None = None) -> list[str]:
    """One unique key per item, in order: existing keys kept, the others generated.

    A generated key shared by several items, or already some item's own key, gets a
    letter (``kim2023a``, ``kim2023b``); a repeated own key is lettered the same way.
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
            wanted.append((own or base_key(item, romanize), False))
    generated = Counter(key for key, is_own in wanted if not is_own)
    used = set(own_seen)
    keys: list[str] = []
    for key, is_own in wanted:
        if not is_own and (generated[key] > 1 or key in used):
            key = next(f"{key}{suffix}" for suffix in _suffixes() if f"{key}{suffix}" not in used)
        used.add(key)
        keys.append(key)
    return keys


def _suffixes() -> Iterable[str]:
    """``a`` ... ``z``, ``aa`` ... ``zz``, ``aaa`` ...: never runs out."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    for size in count(1):
        yield from ("".join(letter) for letter in product(letters, repeat=size))
