"""Language of a short string: script rules first, then a statistical detector for Latin script.

Script decides wherever it can: Hangul (even mixed with Hanja or Latin) is Korean, kana is
Japanese, Han characters alone are Chinese (Japanese when they include forms only Japanese
writes or words only Japanese uses, 新聞 newspaper), Cyrillic is Russian. In Latin script, a
clear majority of function words (the, der, het...) decides, then py3langid when it is sure,
then a lead of function and title words (Times, Zeitung, Tijdschrift...); otherwise
py3langid restricted to the languages citekit's users cite (it measured best on short
bibliographic strings; see benchmarks/lang_detectors.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .. import rx
from .tables import load_json

_HANGUL = rx.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_KANA = rx.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = rx.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
_CYRILLIC = rx.compile(r"[\u0400-\u04ff]")
LATIN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
_MIN_LETTERS = 3
_WORD = rx.compile(r"[^\W\d_]+")
_CLEAR_MARGIN = 2
_SURE = 0.9  # py3langid's probability above which title words do not overrule it


def script_language(text: str) -> str | None:
    """The language the script alone tells (``ko``, ``ja``, ``zh``, ``ru``), else None."""
    if _HANGUL.search(text):
        return "ko"
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        return "ja" if _japanese_han(text) else "zh"
    if _CYRILLIC.search(text):
        return "ru"
    return None


def _japanese_han(text: str) -> bool:
    """True when Han-only ``text`` is written as only Japanese writes (data/japanese_kanji.json).

    A Japanese-only form (図, 働), a word only Japanese uses (新聞), or simplified-looking
    forms mixed with traditional ones (国際: Chinese writes 国际 or 國際).
    """
    japanese = load_json("japanese_kanji.json")
    return (
        any(ch in japanese["characters"] for ch in text)
        or any(word in text for word in japanese["words"])
        or (
            any(ch in japanese["shared_with_simplified"] for ch in text)
            and any(ch in japanese["kept_from_traditional"] for ch in text)
        )
    )


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    table = load_json("function_words.json")
    return {lang: frozenset(words) for lang, words in table.items() if not lang.startswith("_")}


@lru_cache(maxsize=1)
def _title_words() -> dict[str, frozenset[str]]:
    table = load_json("title_words.json")
    return {lang: frozenset(words) for lang, words in table.items() if not lang.startswith("_")}


def _leader(text: str, tables: dict[str, frozenset[str]], margin: int) -> str | None:
    """The language whose words in ``tables`` outnumber every other's by ``margin``."""
    words = _WORD.findall(text.lower())
    counts = sorted(
        ((sum(word in table for word in words), lang) for lang, table in tables.items()),
        reverse=True,
    )
    (best, lang), (second, _) = counts[0], counts[1]
    return lang if best - second >= margin else None


def function_word_language(text: str) -> str | None:
    """The language whose function words clearly outnumber every other's, else None."""
    return _leader(text, _function_words(), _CLEAR_MARGIN)


def cue_word_language(text: str) -> str | None:
    """The one language with the most function and title words (Times, Zeitung...), else None."""
    cues = {
        lang: words | _title_words().get(lang, frozenset())
        for lang, words in _function_words().items()
    }
    return _leader(text, cues, 1)


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    """py3langid's model for :data:`LATIN_LANGUAGES`, loaded only when first needed, from
    citekit's cache of it (``langid_model.py``: milliseconds instead of half a second)."""
    from .langid_model import load_identifier

    return load_identifier(LATIN_LANGUAGES)


def release_model() -> None:
    """Let the identification model's memory go until it is next used (after a long list
    is parsed, before it is rendered)."""
    if _identifier.cache_info().currsize:
        release = getattr(_identifier(), "release", None)
        if release is not None:
            release()


def statistical_language(text: str) -> str | None:
    """py3langid's best guess among :data:`LATIN_LANGUAGES`."""
    return str(_identifier().classify(text)[0])


def confident_language(text: str) -> str | None:
    """py3langid's guess when it is sure of it (Woordenboek der Nederlandsche Taal), else None."""
    language, probability = _identifier().classify(text)
    return str(language) if probability >= _SURE else None


_CASE_NAME = rx.compile(r"(?:^|\s)[A-Z(\[][^\s]*(?:\s+\S+){0,6}\s+v\.?\s+[A-Z(]")
_LEGAL_FORM = rx.compile(
    r"\b(?:Ltd|Plc|plc|PLC|LLP|LLC|Inc|Corp|Co|UKHL|UKSC|UKPC|EWCA|EWHC|QB|KB|AC|WLR|All ER)"
    r"\b\.?|\[[0-9]{4}\]"
)
SHORT_WORDS = 8
"""A Latin string of at most this many words is too short for statistics to overrule a
case name or a legal form (py3langid reads Donoghue v Stevenson as Italian)."""


def legal_english(text: str) -> bool:
    """A short Latin string that reads as an English legal citation: a case's ``X v Y``
    (Donoghue v Stevenson, R v Brown) or a company or report form (Ltd, plc, [1932] AC)."""
    if len(_WORD.findall(text)) > SHORT_WORDS:
        return False
    return bool(_CASE_NAME.search(text) or _LEGAL_FORM.search(text))


def detect_language(
    text: str, *, statistical: Callable[[str], str | None] = statistical_language
) -> str | None:
    """A BCP 47 primary tag for ``text`` (``ko``, ``ja``, ``zh``, ``en``...), or None."""
    text = unicodedata.normalize("NFC", text)
    by_script = script_language(text)
    if by_script:
        return by_script
    if sum(ch.isalpha() for ch in text) < _MIN_LETTERS:
        return None
    if legal_english(text) and not function_word_language(text):
        return "en"
    # py3langid's sure guesses come before title words only when it is the detector in use
    # (benchmarks/lang_detectors.py swaps in others behind the same rules).
    # (Each step runs only when the ones before it leave the language open, so the model
    # is not loaded for text whose script or function words decide.)
    by_words = function_word_language(text)
    if by_words:
        return by_words
    sure = confident_language(text) if statistical is statistical_language else None
    return sure or cue_word_language(text) or statistical(text)
