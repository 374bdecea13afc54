"""Hangul syllables taken apart into jamo and put back together (Unicode arithmetic)."""

from __future__ import annotations

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = (
    "",
    "ㄱ",
    "ㄲ",
    "ㄳ",
    "ㄴ",
    "ㄵ",
    "ㄶ",
    "ㄷ",
    "ㄹ",
    "ㄺ",
    "ㄻ",
    "ㄼ",
    "ㄽ",
    "ㄾ",
    "ㄿ",
    "ㅀ",
    "ㅁ",
    "ㅂ",
    "ㅄ",
    "ㅅ",
    "ㅆ",
    "ㅇ",
    "ㅈ",
    "ㅊ",
    "ㅋ",
    "ㅌ",
    "ㅍ",
    "ㅎ",
)
_BASE, _LAST = 0xAC00, 0xD7A3


def is_syllable(char: str) -> bool:
    """True for a precomposed Hangul syllable (가..힣)."""
    return len(char) == 1 and _BASE <= ord(char) <= _LAST


def split(char: str) -> list[str]:
    """A syllable as ``[initial, vowel, final]`` compatibility jamo (final may be ``""``)."""
    index = ord(char) - _BASE
    return [INITIALS[index // 588], VOWELS[index % 588 // 28], FINALS[index % 28]]


def join(initial: str, vowel: str, final: str = "") -> str:
    """The syllable made of these jamo."""
    index = INITIALS.index(initial) * 588 + VOWELS.index(vowel) * 28 + FINALS.index(final)
    return chr(_BASE + index)
