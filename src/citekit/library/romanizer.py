"""Korean text in the forms the library compares and searches: Hanja read as Hangul, and
Hangul romanized (RR) through ``citekit.lang``."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from ..lang import hangul_reading, romanize

_HANGUL_RUN = rx.compile(r"[\uac00-\ud7a3]+")
_HAN = rx.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_hangul(text: str) -> bool:
    """True when ``text`` holds a Hangul syllable."""
    return _HANGUL_RUN.search(text) is not None


def read_hanja(text: str) -> str:
    """``text`` with its Hanja read as Hangul (北과의 → 북과의), or ``""`` when it has none."""
    return hangul_reading(text) if _HAN.search(text) else ""


@lru_cache(maxsize=65536)
def romanize_hangul(run: str) -> str:
    """One run of Hangul in Revised Romanization, or ``""`` if the romanizer fails."""
    try:
        return romanize(run, system="rr", mode="general")
    except Exception:  # noqa: BLE001 - a romanizer bug must not stop an import
        return ""


def romanize_runs(text: str) -> str:
    """``text`` with each Hangul run romanized, or ``""`` when nothing was romanized."""
    if not has_hangul(text):
        return ""
    romanized = _HANGUL_RUN.sub(lambda m: romanize_hangul(m.group()) or m.group(), text)
    return "" if romanized == text else romanized


NAME_SYSTEMS = ("rr", "conventional", "ala-lc")
"""Every system a name may be romanized in: RR names (Kim Cheolsu), passport spellings
(Kim Cheol-su, Lee, Park) and ALA-LC/McCune-Reischauer (Kim Ch'ŏl-su, Yi)."""


def fold(text: str) -> str:
    """Romanized text folded so that its systems' marks do not matter: breves and other
    diacritics dropped, apostrophes and hyphens removed, case folded
    (``Ch'ŏl-su`` → ``cholsu``, ``in'gwŏn`` → ``ingwon``)."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"['’ʼ‘`\-]", "", text).casefold()


@lru_cache(maxsize=65536)
def _mr(run: str) -> str:
    try:
        return romanize(run, system="mr", mode="general")
    except Exception:  # noqa: BLE001 - a romanizer bug must not stop an import
        return ""


@lru_cache(maxsize=65536)
def name_forms(name: str) -> tuple[str, ...]:
    """A Hangul name (family first) in every system, folded: ``kim cheolsu``, ``gim
    cheolsu``, ``kim cholsu``..."""
    from ..lang.names import romanize_name

    forms = set()
    for system in NAME_SYSTEMS:
        try:
            forms.add(fold(romanize_name(name, system)))
        except Exception:  # noqa: BLE001 - a romanizer bug must not stop an import
            continue
    return tuple(sorted(forms))


def romanized_forms(text: str, names: tuple[str, ...] = ()) -> str:
    """Everything a romanized query may be looking for in ``text`` and ``names``: the
    Hangul romanized in RR and in McCune-Reischauer, folded, and each name in every
    system; ``""`` when there is no Hangul."""
    if not has_hangul(text) and not names:
        return ""
    parts = []
    rr = romanize_runs(text)
    if rr:
        parts.append(fold(rr))
        parts.append(fold(_HANGUL_RUN.sub(lambda m: _mr(m.group()) or m.group(), text)))
    for name in names:
        parts.extend(name_forms(name))
    return " ".join(parts)
