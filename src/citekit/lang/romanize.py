"""Romanization of Korean: Revised Romanization (RR), McCune–Reischauer in its ALA-LC form.

Words are romanized as pronounced (see :mod:`.sound`), one space-delimited word at a time, so
no sound change crosses a space. Hanja are read as Hangul first. Names and surnames are
handled by :mod:`.names`; ``translit`` is the letter-for-letter form of RR art. 8.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .. import rx
from ..digits import is_digits
from . import hangul
from .hanja import hangul_reading
from .places import numbered_units, place_unit
from .sound import neutralise, pronounce
from .tables import load_json, load_tsv

SYSTEMS = ("rr", "mr", "ala-lc", "conventional")
MODES = ("general", "name", "surname", "translit")
_HANGUL_RUN = rx.compile(r"[\uac00-\ud7a3]+")
_VOICED_BEFORE = ("", "ㄴ", "ㄹ", "ㅁ", "ㅇ")


def romanize(text: str, *, system: str = "rr", mode: str = "general") -> str:
    """``text`` in Latin letters.

    ``system``: rr | mr | ala-lc (the same as mr) | conventional (usual name spellings);
    ``mode``: general | name | surname | translit (RR art. 8, letter for letter).
    """
    if system not in SYSTEMS:
        raise ValueError(
            f"unknown romanization system {system!r} (choose from {', '.join(SYSTEMS)})"
        )
    if mode not in MODES:
        raise ValueError(f"unknown romanization mode {mode!r} (choose from {', '.join(MODES)})")
    text = unicodedata.normalize("NFC", text)
    if mode in ("name", "surname"):
        from .names import romanize_name, romanize_surname

        return romanize_surname(text, system) if mode == "surname" else romanize_name(text, system)
    text = hangul_reading(text)
    single = is_hangul_word(text.strip())  # one word: maybe a place name
    if mode == "translit" and system in ("rr", "conventional"):
        return _HANGUL_RUN.sub(lambda m: translit_word(m.group()), text)
    word = mr_word if system in ("mr", "ala-lc") else rr_word
    text = numbered_units(text, word)
    return capitalize(_HANGUL_RUN.sub(lambda m: word(m.group(), place=single), text))


def is_hangul_word(text: str) -> bool:
    """True when ``text`` is one or more Hangul syllables and nothing else."""
    return bool(_HANGUL_RUN.fullmatch(text))


def capitalize(text: str) -> str:
    """Sentence case: the first word that starts with a letter (after quotes) gets a capital."""
    start = 0
    for token in text.split():
        start = text.index(token, start)
        word = token.lstrip("\"'“‘「『《〈([-–—…·")
        if word and word[0].isalpha():
            index = start + len(token) - len(word)
            return text[:index] + word[0].upper() + text[index + 1 :]
        if word and is_digits(word[0]):
            continue
        start += len(token)
    return text


def _syllables(word: str) -> list[list[str]]:
    return [hangul.split(char) for char in word]


def rr_word(word: str, *, place: bool = False) -> str:
    """One Hangul word in Revised Romanization, sound changes applied within it."""
    if place and place_unit(word):
        return f"{rr_word(word[:-1])}-{rr_word(word[-1])}"
    table = load_json("rr.json")
    spoken = pronounce(_syllables(word), word)
    out = ""
    for index, (initial, vowel, final) in enumerate(spoken):
        after_l = index > 0 and spoken[index - 1][2] == "ㄹ"
        onset = "l" if initial == "ㄹ" and after_l else table["initial"][initial]
        out += onset + table["vowel"][vowel] + table["final"].get(final, "")
    return out


def rr_syllables(word: str) -> list[str]:
    """Each syllable of ``word`` in RR as if said alone (given names: 한복남 → Bok, nam)."""
    return [rr_word(hangul.join(*neutralise(s))) for s in _syllables(word)]


def translit_word(word: str) -> str:
    """RR art. 8 transliteration: letter for letter, ㄱㄷㅂㄹ as g d b l, hyphens where needed."""
    table = load_json("rr.json")
    out = ""
    for initial, vowel, final in _syllables(word):
        onset = "l" if initial == "ㄹ" else table["initial"][initial]
        if out and (not onset or out[-1] == onset[0]):
            out += "-"
        out += onset + table["vowel"][vowel] + table["translit_final"].get(final, "")
    return out


@lru_cache(maxsize=1)
def _sino_syllables() -> frozenset[str]:
    """Every Hangul syllable that is the reading of a Hanja (``data/sino_syllables.txt``)."""
    return frozenset("".join(row[0] for row in load_tsv("sino_syllables.txt")))


def sino_korean(word: str) -> bool:
    """Whether every syllable of ``word`` is a Sino-Korean reading (노동, 로동, 력사; not
    라디오, 뉴스, 월드컵): a word the initial-sound law and Sino-Korean rules can apply to."""
    readings = _sino_syllables()
    return bool(word) and all(syllable in readings for syllable in word)


def _initial_law_applies(first: list[str], sino: bool, table: dict) -> bool:
    initial, vowel = first[0], first[1]
    if not sino:
        return False
    return initial == "ㄹ" or (initial == "ㄴ" and vowel in table["initial_law_n_vowels"])


def _tense_syllables(word: str, table: dict) -> set[int]:
    """Indexes of syllables said tense in the listed Sino-Korean words (헌법 [헌뻡])."""
    found: set[int] = set()
    for tense_word in table["tense_words"]:
        start = word.find(tense_word)
        while start >= 0:
            found.add(start + 1)
            start = word.find(tense_word, start + 1)
    return found


def mr_parts(word: str, *, name: bool = False) -> list[str]:
    """McCune–Reischauer (ALA-LC) syllable by syllable, as pronounced; ``'`` marks n'g."""
    table = load_json("mr.json")
    syllables = _syllables(word)
    clusters = load_json("sound.json")["cluster"]
    after_cluster = [False] + [
        syllables[i - 1][2] in clusters and syllables[i][0] != "ㅇ"
        for i in range(1, len(syllables))
    ]
    sino = sino_korean(word)
    # a one-syllable word may be a particle written apart (를, 로): never a Sino-Korean word
    if not name and len(syllables) > 1 and _initial_law_applies(syllables[0], sino, table):
        syllables[0][0] = "ㅇ" if syllables[0][1] in load_json("sound.json")["y_vowels"] else "ㄴ"
    tense = _tense_syllables(word, table)
    spoken = pronounce(syllables, word)
    parts = []
    for index, (initial, vowel, final) in enumerate(spoken):
        before = spoken[index - 1][2] if index else None
        onset = table["initial"][initial]
        voiced = before in _VOICED_BEFORE and not after_cluster[index]  # 얹다 ŏnta
        if (
            index == 1
            and before == "ㄹ"
            and initial in table["tense_after_l"]
            and sino_korean(word[:2])
        ):
            voiced = voiced and word[index:] in table["l_stem_endings"]  # 발전 palchŏn, 살다 salda
        if index in tense:
            voiced = False  # 헌법 hŏnpŏp
        if before is not None and initial in table["voiced"] and voiced:
            onset = table["voiced"][initial]
        if initial == "ㄹ" and before == "ㄹ":
            onset = "l"
        if before == "ㄴ" and initial == "ㄱ":
            onset = "'" + onset
        if before == "ㄹ" and initial == "ㅎ":
            parts[-1] = parts[-1][:-1] + "r"  # 발해 Parhae
        if initial == "ㅅ" and vowel == "ㅟ":
            onset = "sh"  # 쉬 shwi
        nucleus = table["vowel"][vowel]
        if not onset and vowel == "ㅔ" and parts and parts[-1][-1:] in ("a", "o"):
            nucleus = "ë"  # 가에 kaë, not kae (개)
        parts.append(onset + nucleus + table["final"].get(final, ""))
    return parts


@lru_cache(maxsize=1)
def _proper_compounds() -> dict[str, list[str]]:
    """ALA-LC compounds of proper nouns, by their Hangul: 남북한 → [남, 북한]."""
    entries = load_json("ala_lc.json")["proper_compounds"]
    return {entry.replace("+", ""): entry.split("+") for entry in entries}


def mr_word(word: str, *, place: bool = False) -> str:
    """One Hangul word in McCune–Reischauer; a place's administrative unit after a hyphen."""
    parts_of_compound = _proper_compounds().get(word)
    if parts_of_compound:
        return "-".join(capitalize(mr_word(part)) for part in parts_of_compound)
    parts = mr_parts(word)
    if not (place and place_unit(word)):
        return "".join(parts)
    # ALA-LC hyphenates North/South provinces before 북도/남도: Kyŏngsang-bukto.
    north_south = word[-1] == "도" and word[-2] in load_json("places.json")["do_after"]
    cut = len(word) - (2 if north_south else 1)
    parts = hyphenated(parts, word, [cut])
    return "".join(parts[:cut]) + "-" + "".join(parts[cut:])


def hyphenated(parts: list[str], word: str, before: list[int]) -> list[str]:
    """MR syllables with a hyphen to come before each index in ``before``.

    A final carried over to a vowel-initial syllable (liaison) stays before the hyphen:
    평택읍 P'yŏngt'aeg-ŭp, 철원 Ch'ŏr-wŏn; the apostrophe of n'g is not needed after it.
    """
    parts = list(parts)
    for index in before:
        parts[index] = parts[index].lstrip("'")
        if hangul.split(word[index])[0] == "ㅇ":
            moved = len(parts[index]) - len(parts[index].lstrip("bcdghjklmnprst"))
            parts[index - 1] += parts[index][:moved]
            parts[index] = parts[index][moved:]
    return parts
