"""Made-up words in each script, so that the model learns a reference's structure rather than
the few titles, journals and outlets the vocabularies list."""

from __future__ import annotations

import random
from functools import cache

from .facts import lines

_ONSETS = ("b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w",
           "br", "ch", "cl", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "st", "th", "tr", "")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y")
_CODAS = ("", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng", "rk", "ct", "tion")
_COMMON_HANGUL = ("가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추"
                  "기니디리미비시이지치한국민정성영경대학사회문화연구법정책경제정치역사교육"
                  "시장노동산업환경안전국제발전")


def latin_word(rng: random.Random) -> str:
    word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(1, 3)))
    return word + rng.choice(_CODAS)


def hangul_word(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.85:
            out.append(rng.choice(_COMMON_HANGUL))
        else:
            out.append(chr(0xAC00 + rng.randint(0, 11171)))
    return "".join(out)


@cache
def _han_chars() -> str:
    chars = set()
    for name in ("ja_nouns.txt", "zh_nouns.txt", "ja_journals.txt", "zh_journals.txt",
                 "ja_given.txt", "zh_given.txt", "ja_family.txt", "zh_family.txt"):
        for line in lines(name):
            chars |= {c for c in line if "\u4e00" <= c <= "\u9fff"}
    return "".join(sorted(chars))


def han_word(rng: random.Random) -> str:
    return "".join(rng.choice(_han_chars()) for _ in range(rng.randint(2, 4)))


def kana_word(rng: random.Random) -> str:
    return "".join(chr(rng.randint(0x30A2, 0x30F3)) for _ in range(rng.randint(2, 5))) + "ー" * (
        rng.random() < 0.2)


def word(rng: random.Random, lang: str) -> str:
    if lang == "ko":
        return hangul_word(rng)
    if lang == "ja":
        return kana_word(rng) if rng.random() < 0.3 else han_word(rng)
    if lang == "zh":
        return han_word(rng)
    return latin_word(rng)


_KO_JOINS = ("의", "과", "와", "에 관한", "에 대한", "을 통해 본", "", "", " ")
_EN_SMALL = ("of", "and", "in", "the", "for", "on", "to", "a")


def title(rng: random.Random, lang: str) -> str:
    """A title of made-up words with the language's joining words."""
    count = rng.randint(2, 9)
    if lang == "ko":
        parts = [hangul_word(rng) + rng.choice(_KO_JOINS) for _ in range(count)]
        return " ".join(p.strip() for p in parts).strip() + rng.choice(
            ["", " 연구", "에 관한 연구", ": " + hangul_word(rng) + "을 중심으로", ""])
    if lang in ("ja", "zh"):
        join = "の" if lang == "ja" else "的"
        return join.join(word(rng, lang) for _ in range(max(2, count // 2)))
    words = []
    for index in range(count):
        if index and rng.random() < 0.3:
            words.append(rng.choice(_EN_SMALL))
        text = latin_word(rng)
        words.append(text.capitalize() if rng.random() < 0.6 or index == 0 else text)
    return " ".join(words)


def journal(rng: random.Random, lang: str) -> str:
    w = word(rng, lang)
    if lang == "ko":
        return w + rng.choice(["연구", "학보", "논총", "학회지", "논집", "연구논총", "저널"])
    if lang == "ja":
        return w + rng.choice(["研究", "学会誌", "論集", "紀要"])
    if lang == "zh":
        return w + rng.choice(["研究", "学报", "论坛"])
    w = w.capitalize()
    return rng.choice([f"Journal of {w} Studies", f"{w} Review", f"The {w} Quarterly",
                       f"{w} Studies", f"Journal of {w}", f"{w} and {latin_word(rng).capitalize()}",
                       f"International Journal of {w}"])


def outlet(rng: random.Random, lang: str) -> tuple[str, str]:
    w = word(rng, lang)
    host = latin_word(rng)
    if lang == "ko":
        return w + rng.choice(["일보", "신문", "뉴스", "타임즈", "경제", "매일"]), \
            f"www.{host}.co.kr"
    if lang in ("ja", "zh"):
        return w + rng.choice(["新聞", "日报", "新闻"]), f"www.{host}.com"
    w = w.capitalize()
    return rng.choice([f"The {w} Times", f"{w} Post", f"The {w} Herald", f"{w} Daily",
                       f"{w} Tribune", f"{w} News"]), f"www.{host}.com"


def publisher(rng: random.Random, lang: str) -> str:
    w = word(rng, lang)
    if lang == "ko":
        return w + rng.choice(["출판사", "사", "북스", "출판", "출판부", "", "아카데미"])
    if lang in ("ja", "zh"):
        return w + rng.choice(["書房", "出版社", "社", "出版会"])
    w = w.capitalize()
    return rng.choice([f"{w} Press", f"{w} University Press", f"{w} Books", f"{w} & "
                       f"{latin_word(rng).capitalize()}", f"{w} Publishing", w])
