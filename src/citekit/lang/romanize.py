"""Romanization of Korean: Revised Romanization (RR), McCune–Reischauer in its ALA-LC form.

Words are romanized as pronounced (see :mod:`.sound`), one space-delimited word at a time, so
no sound change crosses a space. Hanja are read as Hangul first. Names and surnames are
handled by :mod:`.names`; ``translit`` is the letter-for-letter form of RR art. 8.
"""

from __future__ import annotations

import re

from . import hangul
from .hanja import hangul_reading
from .sound import neutralise, pronounce
from .tables import load_json

SYSTEMS = ("rr", "mr", "ala-lc", "conventional")
MODES = ("general", "name", "surname", "translit")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_DIGRAPHS = ("ae", "eo", "eu", "oe", "ui")
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
    if mode in ("name", "surname"):
        from .names import romanize_name, romanize_surname

        return romanize_surname(text, system) if mode == "surname" else romanize_name(text, system)
    text = hangul_reading(text)
    single = bool(_HANGUL_RUN.fullmatch(text.strip()))  # one word: maybe a place name
    if mode == "translit" and system in ("rr", "conventional"):
        return _HANGUL_RUN.sub(lambda m: translit_word(m.group()), text)
    word = mr_word if system in ("mr", "ala-lc") else rr_word
    text = _numbered_units(text, word)
    return capitalize(_HANGUL_RUN.sub(lambda m: word(m.group(), place=single), text))


def capitalize(text: str) -> str:
    """Sentence case: the first word that starts with a letter (after quotes) gets a capital."""
    start = 0
    for token in text.split():
        start = text.index(token, start)
        word = token.lstrip("\"'“‘「『《〈([-–—…·")
        if word and word[0].isalpha():
            index = start + len(token) - len(word)
            return text[:index] + word[0].upper() + text[index + 1 :]
        if word and word[0].isdigit():
            continue
        start += len(token)
    return text


def _syllables(word: str) -> list[list[str]]:
    return [hangul.split(char) for char in word]


def _place_unit(word: str) -> bool:
    """True when the last syllable is an administrative unit to hyphenate (RR art. 5)."""
    places = load_json("places.json")
    if len(word) < 3:
        return False
    if word in places["provinces"] or (word[-1] == "도" and word[-2] in places["do_after"]):
        return True
    if word[-1] == "리":
        return hangul.split(word[-2])[2] in places["ri_after_finals"]
    return word[-1] in places["units"]


def sino_number(digits: str) -> str:
    """A number up to 9999 read in Sino-Korean Hangul (12 → 십이, 1 → 일)."""
    places = load_json("places.json")
    number = int(digits)
    if number == 0 or number > 9999:
        return "".join(places["digits"][int(d)] for d in digits)
    out = ""
    for power in range(3, -1, -1):
        digit = number // 10**power % 10
        if digit:
            out += ("" if digit == 1 and power else places["digits"][digit]) + places["powers"][
                power
            ]
    return out


def _numbered_units(text: str, word) -> str:  # type: ignore[no-untyped-def]
    """``봉천1동`` → ``봉천 1(il)-dong``: a numbered unit with its number read (RR art. 5)."""
    units = "".join(load_json("places.json")["numbered_units"])
    pattern = re.compile(rf"\s*(\d+)([{units}])(?![\uac00-\ud7a3])")

    def spell(match: re.Match[str]) -> str:
        space = " " if match.start() else ""
        return f"{space}{match[1]}({word(sino_number(match[1]))})-{word(match[2])}"

    return pattern.sub(spell, text)


def rr_word(word: str, *, place: bool = False) -> str:
    """One Hangul word in Revised Romanization, sound changes applied within it."""
    if place and _place_unit(word):
        return f"{rr_word(word[:-1])}-{rr_word(word[-1])}"
    table = load_json("rr.json")
    spoken = pronounce(_syllables(word), word)
    out = ""
    for index, (initial, vowel, final) in enumerate(spoken):
        after_l = index > 0 and spoken[index - 1][2] == "ㄹ"
        onset = "l" if initial == "ㄹ" and after_l else table["initial"][initial]
        piece = onset + table["vowel"][vowel] + table["final"].get(final, "")
        after_ng = out.endswith("ng") and piece[0] not in "wy"
        if place and not onset and out and (after_ng or out[-1] + piece[0] in _DIGRAPHS):
            out += "-"  # where letters would run together (RR art. 2: Jung-ang, Hae-undae)
        out += piece
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
        if out and ((not onset and out[-1] not in "aeiouwy") or (onset and out[-1] == onset[0])):
            out += "-"
        out += onset + table["vowel"][vowel] + table["translit_final"].get(final, "")
    return out


def mr_parts(word: str, *, name: bool = False) -> list[str]:
    """McCune–Reischauer (ALA-LC) syllable by syllable, as pronounced; ``'`` marks n'g."""
    table = load_json("mr.json")
    syllables = _syllables(word)
    if not name and syllables and syllables[0][0] == "ㄹ":
        initial_law = syllables[0][1] in load_json("sound.json")["y_vowels"]
        syllables[0][0] = "ㅇ" if initial_law else "ㄹ"
    spoken = pronounce(syllables, word)
    parts = []
    for index, (initial, vowel, final) in enumerate(spoken):
        before = spoken[index - 1][2] if index else None
        onset = table["initial"][initial]
        if before is not None and initial in table["voiced"] and before in _VOICED_BEFORE:
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


def mr_word(word: str, *, place: bool = False) -> str:
    """One Hangul word in McCune–Reischauer; a place's administrative unit after a hyphen."""
    if word in load_json("ala_lc.json")["proper_compounds"]:
        return "-".join(capitalize(mr_word(syllable)) for syllable in word)
    parts = mr_parts(word)
    if not (place and _place_unit(word)):
        return "".join(parts)
    unit = parts[-1].lstrip("'")
    if hangul.split(word[-1])[0] == "ㅇ":  # liaison: the final stays before the hyphen (평택읍)
        moved = len(unit) - len(unit.lstrip("bcdghjklmnprst'"))
        parts[-2], unit = parts[-2] + unit[:moved], unit[moved:]
    return "".join(parts[:-1]) + "-" + unit
