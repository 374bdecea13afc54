"""Korean personal names: family name first, the surname spelled as the system wants it.

RR (art. 4): given name written together, no sound changes between its syllables
(한복남 Han Boknam); the surname in its usual spelling, as art. 4 leaves surnames to be
fixed separately (김민수 Kim Minsu; a surname alone in RR mode is strict: 김 Gim).
Conventional: the usual passport surname and a hyphenated given name (김정욱 Kim Jeong-uk).
ALA-LC (mr): table surnames (이 Yi), hyphenated given name with
sound changes (김창룡 Kim Ch'ang-nyong).
"""

from __future__ import annotations

from functools import lru_cache

from .. import rx
from . import hangul
from .hanja import HAN, hangul_reading, surname_readings
from .romanize import (
    capitalize,
    hyphenated,
    is_hangul_word,
    mr_parts,
    mr_word,
    rr_syllables,
    rr_word,
)
from .tables import load_tsv


def read_name(name: str) -> str:
    """A name in Hanja read as Hangul, surnames by their surname reading (金大中 → 김대중)."""
    if not HAN.search(name):
        return name
    words = name.split()
    if words and words[-1][0] in surname_readings() and len(words) == 1:
        words[-1] = surname_readings()[words[-1][0]] + words[-1][1:]
    elif len(words) >= 2 and words[-2] in surname_readings():
        words[-2] = surname_readings()[words[-2]]
    return hangul_reading(" ".join(words))


_STOPS = ("ㄱ", "ㄲ", "ㅋ", "ㄷ", "ㅅ", "ㅆ", "ㅈ", "ㅊ", "ㅌ", "ㅂ", "ㅍ")


@lru_cache(maxsize=1)
def _surnames() -> dict[str, tuple[str, str]]:
    table = {}
    for row in load_tsv("surnames.tsv"):
        table[row[0]] = (row[1], row[2] if len(row) > 2 and row[2] else "")
    return table


def split_name(name: str) -> tuple[list[str], str, str]:
    """``(other words, surname, given name)``: the space decides, else the surname table."""
    words = name.split()
    if len(words) >= 2:
        return words[:-2], words[-2], words[-1]
    if not words:
        return [], "", ""
    whole = words[0]
    if len(whole) >= 3 and whole[:2] in _surnames():
        return [], whole[:2], whole[2:]
    return [], whole[:1], whole[1:]


def _not_a_korean_name(text: str, system: str) -> str:
    """Text that is not a Hangul name (digits, Latin...) romanized as ordinary text."""
    from .romanize import romanize

    return romanize(text, system="rr" if system == "conventional" else system)


def romanize_surname(surname: str, system: str) -> str:
    """A surname alone: strict RR (박 Bak), conventional (박 Park) or ALA-LC (박 Pak, 이 Yi)."""
    surname = read_name(surname.strip())
    if not all(is_hangul_word(word) for word in surname.split()):
        return _not_a_korean_name(surname, system)
    if surname not in _surnames() and (len(surname) >= 3 or " " in surname):
        surname = split_name(surname)[1]  # a whole name given: its surname (김은중 → 김)
    known = _surnames().get(surname)
    if system == "conventional" and known:
        return known[0]
    if system in ("mr", "ala-lc"):
        if known and known[1]:
            return known[1]
        return capitalize("".join(mr_parts(surname, name=True)))
    return capitalize(rr_word(surname))


def romanize_given(given: str, system: str) -> str:
    """A given name in ``system``: RR together, conventional and ALA-LC hyphenated."""
    if not given:
        return ""
    given = hangul_reading(given)
    if not is_hangul_word(given):
        return _not_a_korean_name(given, system)
    if system in ("mr", "ala-lc"):
        parts = hyphenated(mr_parts(given, name=True), given, list(range(1, len(given))))
        for index in range(1, len(given)):
            if (
                hangul.split(given[index])[0] == "ㅇ"
                and hangul.split(given[index - 1])[2] in _STOPS
            ):
                # a stop is not carried over the hyphen (정약용 Chŏng Yak-yong, not Yag-yong);
                # a final ㄹ before a vowel is r (김철원 Kim Ch'ŏr-wŏn)
                parts[index - 1] = mr_parts(given[:index], name=True)[-1]
                parts[index] = mr_parts(given[index], name=True)[0]
        return capitalize("-".join(parts))
    separator = "-" if system == "conventional" else ""
    return capitalize(separator.join(rr_syllables(given)))


def romanize_name(name: str, system: str) -> str:
    """A whole personal name, family name first (김정욱 → Kim Jeong-uk in conventional)."""
    name = read_name(name.strip())
    if not all(is_hangul_word(word) for word in name.split()):
        return _not_a_korean_name(name, system)
    others, surname, given = split_name(name)
    word = mr_word if system in ("mr", "ala-lc") else rr_word
    words = [capitalize(word(other)) for other in others]
    # In a whole name the surname takes its usual spelling in RR too (김 Kim, not Gim).
    words.append(romanize_surname(surname, "conventional" if system == "rr" else system))
    if given:
        words.append(romanize_given(given, system))
    return " ".join(words)


@lru_cache(maxsize=1)
def romanized_surnames() -> frozenset[str]:
    """Every Latin spelling of a Korean surname in the table (Kim, Lee, Yi, Park, Pak...),
    with the RR and MR readings of each (kept per machine: built from the romanizers, so
    from every module and data file of ``citekit.lang``)."""
    from pathlib import Path

    from .. import derived

    folder = Path(__file__).parent
    sources = [*sorted(folder.glob("*.py")), *sorted((folder / "data").iterdir())]
    return derived.cached("surnames", sources, _spellings)


def _spellings() -> frozenset[str]:
    spellings: set[str] = set()
    for hangul_name, (conventional, alalc) in _surnames().items():
        spellings.update(s for s in (conventional, alalc) if s)
        for system in ("rr", "ala-lc"):
            spellings.add(romanize_surname(hangul_name, system))
    return frozenset(spellings)


_HYPHENATED_GIVEN = rx.compile(r"^[A-Z][a-zŏŭ']{0,6}-[a-zŏŭ']{1,6}$")


def is_romanized_korean_name(family: str, given: str) -> bool:
    """``Kim``/``Sung-soo``, ``Yi``/``Sŭng-man``: a Korean surname and a hyphenated
    two-syllable given name, the family-first form Korean names are written in."""
    return family in romanized_surnames() and bool(_HYPHENATED_GIVEN.match(given))


def mark_written_order(item: dict, raw: str) -> None:
    """Mark ``static-ordering`` on the item's romanized Korean names that ``raw`` (the
    reference as the user wrote it) writes family first, without a comma (``Kim
    Sung-soo``), so that styles putting given names first keep them as written."""
    for field in ("author", "editor", "translator", "director", "recipient", "interviewer"):
        for name in item.get(field) or []:
            if not isinstance(name, dict):
                continue
            family, given = str(name.get("family") or ""), str(name.get("given") or "")
            if (
                is_romanized_korean_name(family, given)
                and f"{family} {given}" in raw
                and f"{given} {family}" not in raw
            ):
                name["static-ordering"] = True
