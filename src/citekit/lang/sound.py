"""Korean pronunciation rules (표준 발음법) applied to the syllables of one word.

Romanization writes what is said, so both Revised Romanization and McCune–Reischauer start
from the word as pronounced: liaison, neutralised finals, nasalisation, liquidisation,
aspiration, palatalisation and ㄴ-insertion. Tensification is not written and not applied.
A syllable is a mutable ``[initial, vowel, final]`` list of compatibility jamo.
"""

from __future__ import annotations

from .tables import load_json

Syllable = list[str]


def _rules() -> dict:
    return load_json("sound.json")


def _inserts_n(word: str, index: int) -> bool:
    """ㄴ-insertion before the second element of a compound (학여울 → 항녀울, 알약 → 알략)."""
    exceptions = _rules()["n_insertion_suffixes"].get(word[index])
    if exceptions is not None and len(word) >= 3 and index == len(word) - 1:
        return not any(word.endswith(exception) for exception in exceptions)
    for entry in _rules()["n_insertion"]:
        first, _, second = entry.rpartition("+")
        if word.startswith(second, index) and word[:index].endswith(first):
            return True
    return False


def _aspirates(word: str, index: int) -> bool:
    """True when the ㅎ starting syllable ``index`` is a suffix or a form of 하다 (잡혀, 생각한)."""
    rules = _rules()
    return (
        word[index] in rules["aspirating_h"]
        or any(word.startswith(form, index) for form in rules["aspirating_ha"])
        or (
            word[index:] in rules["aspirating_final"]
            and not any(word.endswith(noun) for noun in rules["h_nouns"])
        )
    )


def _keeps_n(word: str, index: int) -> bool:
    """ㄴ+ㄹ read ㄴㄴ: a Sino-Korean suffix closing a word of three syllables or more."""
    return index >= 2 and index == len(word) - 1 and word[index] in _rules()["n_not_l"]


def _before_vowel(left: Syllable, right: Syllable, word: str, index: int) -> None:
    rules = _rules()
    final = left[2]
    if final == "ㅇ" and _inserts_n(word, index):
        right[0] = "ㄴ"  # 콩엿 → 콩녓, 식용유 → 시굥뉴
    if final in ("", "ㅇ"):
        return
    if final in ("ㅎ", "ㄶ", "ㅀ"):
        left[2], right[0] = "", {"ㅎ": "ㅇ", "ㄶ": "ㄴ", "ㅀ": "ㄹ"}[final]
        return
    if _inserts_n(word, index):
        right[0] = "ㄴ"
        left[2] = rules["neutral"][final]
        _before_consonant(left, right, word, index)
        return
    if right[1] == "ㅣ" and final in ("ㄷ", "ㅌ", "ㄾ"):
        kept, moved = rules["cluster"].get(final, ("", final))
        left[2], right[0] = kept, rules["palatal"][moved]
        return
    if (index == 1 and word[0] in rules["real_prefixes"]) or any(
        word[index:].startswith(morpheme) for morpheme in rules["real_morphemes"]
    ):
        left[2], right[0] = "", rules["neutral"][final]
    elif final in rules["cluster"]:
        left[2], right[0] = rules["cluster"][final]
    else:
        left[2], right[0] = "", final


def _before_consonant(left: Syllable, right: Syllable, word: str, index: int) -> None:
    rules = _rules()
    final, initial = left[2], right[0]
    if final in ("ㅎ", "ㄶ", "ㅀ"):
        rest = {"ㅎ": "", "ㄶ": "ㄴ", "ㅀ": "ㄹ"}[final]
        if initial in rules["aspirated"]:
            left[2], right[0] = rest, rules["aspirated"][initial]
            return
        if initial == "ㅅ":
            left[2], right[0] = rest, "ㅆ"
            return
        left[2] = rest or "ㄴ"
        final = left[2]
    elif initial == "ㅎ" and _aspirates(word, index):
        kept, moved = rules["cluster"].get(final, ("", final))
        plain = rules["neutral"].get(moved, moved)
        if plain in rules["aspirated"]:
            left[2] = kept
            right[0] = (
                "ㅊ" if plain == "ㄷ" and right[1] in ("ㅣ", "ㅕ") else rules["aspirated"][plain]
            )
            return
    if final == "ㄺ" and initial == "ㄱ" and word[index - 1] not in rules["lg_nouns"]:
        left[2] = "ㄹ"
    elif final == "ㄼ" and word[index - 1] in rules["lb_as_b"]:
        left[2] = "ㅂ"
    else:
        left[2] = rules["neutral"].get(final, final)
    final = left[2]
    if initial == "ㄹ":
        if final == "ㄴ":
            if _keeps_n(word, index):
                right[0] = "ㄴ"
            else:
                left[2] = "ㄹ"
        elif final in ("ㅁ", "ㅇ"):
            right[0] = "ㄴ"
        elif final in rules["nasal"]:
            left[2], right[0] = rules["nasal"][final], "ㄴ"
    elif initial == "ㄴ" and final == "ㄹ":
        right[0] = "ㄹ"
    if right[0] in ("ㄴ", "ㅁ") and left[2] in rules["nasal"]:
        left[2] = rules["nasal"][left[2]]


def pronounce(syllables: list[Syllable], word: str) -> list[Syllable]:
    """The syllables of ``word`` as pronounced (copies); ``word`` is their Hangul text."""
    result = [list(s) for s in syllables]
    for index in range(1, len(result)):
        left, right = result[index - 1], result[index]
        if right[0] == "ㅇ":
            _before_vowel(left, right, word, index)
        else:
            _before_consonant(left, right, word, index)
    if result:
        last = result[-1]
        last[2] = _rules()["neutral"].get(last[2], last[2])
    return result


def neutralise(syllable: Syllable) -> Syllable:
    """One syllable said alone: its final reduced to one of ㄱㄴㄷㄹㅁㅂㅇ."""
    return [syllable[0], syllable[1], _rules()["neutral"].get(syllable[2], syllable[2])]
