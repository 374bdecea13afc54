"""Language tags per item and per field: script rules, then context for Han-only text."""

from __future__ import annotations

from .. import rx
from ..model import NAME_FIELDS, CSLItem
from .detect import (
    confident_language,
    detect_language,
    function_word_language,
    legal_english,
    script_language,
)
from .hanja import HAN

TEXT_FIELDS = (
    "title",
    "container-title",
    "collection-title",
    "publisher",
    "title-short",
    "publisher-place",
    "event-title",
)
MIN_WORDS = 2  # fewer Latin words than this are not enough to tell a language
_WORD = rx.compile(r"[^\W\d_]+")
_DETECTED: dict[str, str | None] = {}
_DETECTED_MAX = 200_000


def detected_language(text: str) -> str | None:
    """``detect_language(text)``, remembered: ``format`` tags a title when it parses the
    reference and again when it presents the item, and the detector is the costly part
    (a plain dict, emptied when it holds ``_DETECTED_MAX`` texts; the strings are the
    items' own)."""
    if text not in _DETECTED:
        if len(_DETECTED) >= _DETECTED_MAX:
            _DETECTED.clear()
        _DETECTED[text] = detect_language(text)
    return _DETECTED[text]


def learned_languages() -> dict[str, str | None]:
    """The texts this process has detected since last asked, with their languages (for a
    parsing worker to hand back; they are forgotten here)."""
    learned = dict(_DETECTED)
    _DETECTED.clear()
    return learned


def remember_languages(items: list[CSLItem], learned: dict[str, str | None]) -> None:
    """Remember what another process detected in these items' text fields, keyed by the
    items' own strings, so that presenting them detects nothing again."""
    for item in items:
        for field in TEXT_FIELDS:
            text = item.get(field)
            if isinstance(text, str) and text in learned and len(_DETECTED) < _DETECTED_MAX:
                _DETECTED[text] = learned[text]


def name_text(name: dict) -> str:
    """The written form of a CSL name (family and given, or literal)."""
    return " ".join(str(name.get(key, "")) for key in ("family", "given", "literal")).strip()


def field_languages(item: CSLItem) -> dict[str, str]:
    """Language of each text field and name list (names by script only).

    Han-only text follows a Korean or Japanese item (韓美 or 京鄕新聞 in a Korean item is Korean).
    """
    found: dict[str, str] = {}
    for field in TEXT_FIELDS:
        if isinstance(item.get(field), str):
            tag = detected_language(item[field])
            if tag:
                found[field] = tag
    for field in NAME_FIELDS:
        names = item.get(field)
        if isinstance(names, list):
            text = " ".join(name_text(n) for n in names if isinstance(n, dict))
            tag = script_language(text)  # too short for statistics: script only
            if tag:
                found[field] = tag
    context = str(item.get("language", "")).split("-")[0].lower()
    if context not in ("ko", "ja"):
        context = next((tag for tag in found.values() if tag in ("ko", "ja")), "")
    if context:
        han_only = {
            field
            for field, tag in found.items()
            if tag in ("zh", "ja") and is_han_only(item, field)
        }
        found = {field: context if field in han_only else tag for field, tag in found.items()}
    return found


def is_han_only(item: CSLItem, field: str) -> bool:
    """True when a text field is written in Han characters without kana or Hangul."""
    text = item.get(field)
    return (
        isinstance(text, str)
        and HAN.search(text) is not None
        and script_language(HAN.sub("", text)) is None
    )


def item_language(item: CSLItem) -> str | None:
    """The item's language: as given, else decided from all its fields.

    Script first: Hangul (kana, Han, Cyrillic) in any text field or name decides, unless the
    title is clearly Latin-script in another language (an English title in a Korean
    newspaper). Otherwise the first Latin field of at least two words (title, then
    container, collection, publisher) goes to the detector; a one-word title is too short
    to tell, and with nothing longer the language stays unset rather than guessed.
    """
    given = item.get("language")
    if isinstance(given, str) and given.strip():
        return given
    texts = [item[field] for field in TEXT_FIELDS if isinstance(item.get(field), str)]
    names = [
        name_text(name)
        for field in NAME_FIELDS
        if isinstance(item.get(field), list)
        for name in item[field]
        if isinstance(name, dict)
    ]
    by_script = script_language(" ".join(texts + names))
    title = item.get("title") if isinstance(item.get("title"), str) else ""
    if by_script:
        return _clear_latin_language(title) or by_script
    for text in texts:
        if _long_enough(text):
            found = detected_language(text)
            if found == "en" and legal_english(text):
                return _longer_field_language(text, texts) or found
            return found
    return None


def _longer_field_language(text: str, texts: list[str]) -> str | None:
    """The language a field longer than a case name or legal form (``Müller v Schmidt``)
    clearly tells (function words or a sure statistical guess), else None."""
    for other in texts:
        longer = len(_WORD.findall(other)) > len(_WORD.findall(text))
        if other != text and longer and not script_language(other):
            return function_word_language(other) or confident_language(other)
    return None


def _long_enough(text: str) -> bool:
    return len(_WORD.findall(text)) >= MIN_WORDS


def _clear_latin_language(title: str) -> str | None:
    """The language of a Latin-script title when its words leave no doubt, else None."""
    if not _long_enough(title) or script_language(title):
        return None
    return function_word_language(title) or confident_language(title)
