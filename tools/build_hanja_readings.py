"""Build ``src/citekit/lang/data/hanja_readings.tsv``: one usual Hangul reading per Hanja.

Source: the ``kHangul`` and ``kTraditionalVariant`` fields of the Unicode Character
Database's Unihan files (``Unihan_Readings.txt``, ``Unihan_Variants.txt``), as Debian's
``unicode-data`` package ships them (``/usr/share/unicode/Unihan_*.txt.bz2``; ``apt-get
install unicode-data``), under the Unicode License (the data file keeps the notice).
Each ``kHangul`` value lists readings with their sources (``란:0E 난:0``: ``E``, the
educational reading; ``N``, a name reading;
``0``/``1``..., the KS X standards). The usual reading is the one flagged ``E``; else, of a
reading and its initial-sound-law form (란/난, 로/노, 리/이), the underlying one (citekit
applies the law itself, at the start of a word); else the first of the KS X 1001 readings
(source ``0``) rather than a name-only one; a few polyphonic characters are set in
``USUAL`` below. A simplified or
Japanese form (国, 体, 医) is read as Korean reads it, as its traditional character (國 국,
體 체, 醫 의), when it has no educational reading of its own or no reading at all.

Run (UNIHAN_DIR defaults to /usr/share/unicode):

    python tools/build_hanja_readings.py [UNIHAN_DIR] > src/citekit/lang/data/hanja_readings.tsv
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

DEFAULT = Path("/usr/share/unicode")
NOTICE = (
    "# Hanja → usual Hangul reading, from the kHangul field of Unicode's Unihan database\n"
    "# (Unicode {version}, Debian unicode-data), built by tools/build_hanja_readings.py.\n"
    "# Copyright © 1991-2022 Unicode, Inc. Distributed under the Unicode License (Unicode\n"
    "# Data Files): https://www.unicode.org/license.txt\n"
)
_BASE, _COUNT = 0xAC00, 11172


def _initial_law(syllable: str) -> str:
    """리 → 이, 녀 → 여, 로 → 노: the reading said at the start of a word."""
    code = ord(syllable) - _BASE
    if not 0 <= code < _COUNT:
        return syllable
    initial, rest = divmod(code, 588)
    vowel = rest // 28
    y_vowels = {2, 3, 6, 7, 12, 17, 20}  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
    if initial == 5:  # ㄹ
        initial = 11 if vowel in y_vowels else 2  # ㅇ or ㄴ
    elif initial == 2 and vowel in y_vowels:  # ㄴ
        initial = 11
    return chr(_BASE + initial * 588 + rest)


# Polyphonic characters whose educational reading is not the one citekit's rules start from
# (their other readings come from hanja_words.tsv and hanja_medial.tsv): 率 솔 (率直 솔직;
# 률 after a syllable, 確率), 更 경 (變更 변경), 車 차 (自動車), 諾 락 (許諾 허락), 串 관.
USUAL = {"率": "솔", "更": "경", "車": "차", "諾": "락", "串": "관", "滑": "활"}


def usual(readings: list[tuple[str, str]]) -> str:
    """The usual reading of one character (see the module docstring)."""
    listed = [reading for reading, _ in readings]
    for reading, sources in readings:
        if "E" in sources:
            return reading
    for reading in listed:  # 란 rather than 난: citekit applies the law itself
        if _initial_law(reading) != reading and _initial_law(reading) in listed:
            return reading
    standard = [reading for reading, sources in readings if "0" in sources]
    return (standard or listed)[0]


def _lines(folder: Path, name: str):  # type: ignore[no-untyped-def]
    path = folder / f"{name}.txt.bz2"
    if path.exists():
        with bz2.open(path, "rt", encoding="utf-8") as handle:
            yield from handle
    else:
        with open(folder / f"{name}.txt", encoding="utf-8") as handle:
            yield from handle


def _char(code: str) -> str:
    return chr(int(code.split("<")[0][2:], 16))


def build(folder: Path) -> str:
    version = "?"
    readings: dict[str, list[tuple[str, str]]] = {}
    for line in _lines(folder, "Unihan_Readings"):
        if line.lower().startswith("# unicode version"):
            version = line.split()[-1]
        if "\tkHangul\t" in line:
            code, _, value = line.rstrip("\n").split("\t")
            readings[_char(code)] = [tuple(part.split(":", 1)) for part in value.split()]  # type: ignore[misc]
    traditional: dict[str, list[str]] = {}
    for line in _lines(folder, "Unihan_Variants"):
        if "\tkTraditionalVariant\t" in line:
            code, _, value = line.rstrip("\n").split("\t")
            char = _char(code)
            traditional[char] = [_char(v) for v in value.split() if _char(v) != char]
    table = {char: USUAL.get(char) or usual(found) for char, found in readings.items()}
    for char, variants in traditional.items():
        own_educational = any("E" in sources for _, sources in readings.get(char, []))
        for variant in variants:
            educational = any("E" in sources for _, sources in readings.get(variant, []))
            if variant in table and (char not in table or educational and not own_educational):
                table[char] = table[variant]
                break
    rows = [f"{char}\t{table[char]}" for char in sorted(table)]
    return NOTICE.format(version=version) + "\n".join(rows) + "\n"


if __name__ == "__main__":
    sys.stdout.write(build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
