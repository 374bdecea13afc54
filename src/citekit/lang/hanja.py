"""Hanja read as Hangul: a word table first, then per-character readings with the sound laws.

The per-character readings are our table built from Unicode's Unihan ``kHangul`` readings
(``data/hanja_readings.tsv``, one usual reading per character); ours too is the word table
(``data/hanja_words.tsv``) for readings that depend on
the word, surnames heading a three-character name or standing alone as a headline's name
(金大中 김대중, 金 위원장 김 위원장), and the rules: the
initial-sound law at the start of each word (李 → 이, 歷史 → 역사 but 經歷 → 경력; the words
of a longer run are told by ``data/hanja_compounds.json``: 國際聯合 → 국제연합),
렬/률 read 열/율 after a vowel or ㄴ (羅列 → 나열), 不 read 부 before ㄷ and ㅈ (不正 → 부정).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import rx
from . import hangul
from .tables import load_json, load_tsv

HAN = rx.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_RUN = rx.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    return dict(load_tsv("hanja_words.tsv"))


@lru_cache(maxsize=1)
def surname_readings() -> dict[str, str]:
    """Hanja surnames read differently from the character (金 김, 沈 심)."""
    return dict(load_tsv("hanja_surnames.tsv"))


@lru_cache(maxsize=1)
def _medial() -> dict[str, str]:
    return dict(load_tsv("hanja_medial.tsv"))


@lru_cache(maxsize=1)
def _longest_word() -> int:
    return max(len(word) for word in _words())


@lru_cache(maxsize=1)
def _characters() -> dict[str, str]:
    """One usual reading per character (``data/hanja_readings.tsv``, built from Unicode's
    Unihan ``kHangul`` by ``tools/build_hanja_readings.py``)."""
    return dict(load_tsv("hanja_readings.tsv"))


def initial_sound_law(syllable: str) -> str:
    """The syllable as said at the start of a word: 리 → 이, 녀 → 여, 로 → 노 (두음 법칙)."""
    if not hangul.is_syllable(syllable):
        return syllable
    initial, vowel, final = hangul.split(syllable)
    y_vowel = vowel in load_json("sound.json")["y_vowels"]
    if initial == "ㄹ":
        return hangul.join("ㅇ" if y_vowel else "ㄴ", vowel, final)
    if initial == "ㄴ" and y_vowel:
        return hangul.join("ㅇ", vowel, final)
    return syllable


def _after(previous: str, syllable: str) -> str:
    """Euphonic changes inside a word: 렬/률 → 열/율 after a vowel or ㄴ; 不 → 부 is separate."""
    if (
        syllable in ("렬", "률")
        and hangul.is_syllable(previous)
        and hangul.split(previous)[2] in ("", "ㄴ")
    ):
        return {"렬": "열", "률": "율"}[syllable]
    return syllable


def _starts_dj(reading: str) -> bool:
    """True when a reading starts with ㄷ or ㅈ (不 is read 부 before them: 不正 부정)."""
    return hangul.is_syllable(reading[0]) and hangul.split(reading[0])[0] in ("ㄷ", "ㅈ")


@lru_cache(maxsize=1)
def _compounds() -> dict[str, frozenset[str]]:
    table = load_json("hanja_compounds.json")
    return {key: frozenset(value) for key, value in table.items() if not key.startswith("_")}


def _word_starts(run: str) -> set[int]:
    """Indexes after the first where a run of Hanja starts a new word (國際|聯合, 新|女性)."""
    if len(run) < 3:
        return set()
    compounds = _compounds()
    prefixed = run[0] in compounds["prefixes"]
    if (len(run) == 3 and prefixed) or (
        len(run) == 4 and prefixed and run[-1] in compounds["suffixes"]
    ):
        return {1}
    known = {i for i in range(2, len(run) - 1) if run[i : i + 2] in compounds["initial_words"]}
    if len(run) >= 4:
        return known | set(range(2, len(run) - len(run) % 2, 2))
    return known


def _read_run(run: str, at_word_start: bool, alone: bool = False) -> str:
    """One run of Hanja: the longest known word at each point, else one character.

    ``alone``: the run is a word by itself (no Hangul touches it), as headline names are.
    """
    starts = _word_starts(run) if at_word_start else set()
    out: list[str] = []
    index = 0
    while index < len(run):
        for size in range(min(_longest_word(), len(run) - index), 0, -1):
            piece = run[index : index + size]
            reading = _words().get(piece) if size > 1 or piece in _words() else None
            if reading:
                break
        else:
            piece, reading = run[index], None
            a_name = len(run) == 3 or (alone and len(run) == 1)
            if index == 0 and a_name and piece in surname_readings():
                reading = surname_readings()[piece]  # a name: 金大中 김대중, 金 위원장
        if reading is None:
            reading = _characters().get(piece, piece)
            if out and piece in _medial():
                reading = _medial()[piece]
            if out and out[-1] == "불" and run[index - 1] == "不" and _starts_dj(reading):
                out[-1] = "부"
            reading = _after(out[-1][-1] if out else "", reading)
        if (index == 0 and at_word_start) or index in starts:
            reading = initial_sound_law(reading[0]) + reading[1:]
        out.append(reading)
        index += len(piece)
    return "".join(out)


_KANA = rx.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL_SYLLABLE = rx.compile(r"[\uac00-\ud7a3]")


def _token_around(text: str, start: int, end: int) -> str:
    """The space-delimited word holding ``text[start:end]``."""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    return text[left : right if right >= 0 else len(text)]


def hangul_reading(text: str) -> str:
    """``text`` with every Hanja replaced by its Korean reading (美 → 미, 勞動 → 노동).

    Kana makes text Japanese: a string with kana and no Hangul is returned as it is, and in
    mixed text a word with kana keeps its kanji (日本の人権 is never 일본の인권)."""
    if not HAN.search(text):
        return text
    text = unicodedata.normalize("NFC", text)
    if _KANA.search(text) and not _HANGUL_SYLLABLE.search(text):
        return text  # Japanese: its kanji have Japanese readings, not Korean ones

    def read(match: re.Match[str]) -> str:
        if _KANA.search(_token_around(text, match.start(), match.end())):
            return match.group()  # a Japanese word inside Korean text
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        at_start = not hangul.is_syllable(before)
        return _read_run(match.group(), at_start, at_start and not hangul.is_syllable(after))

    return _HAN_RUN.sub(read, text)
