"""How researchers write names and dates: the variants both renderers draw from."""

from __future__ import annotations

import random

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_SHORT = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.")

# romanisations of the Korean vocabulary's syllables that begin given names and surnames
_ROMAN = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
    "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
    "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "전": "Jeon", "홍": "Hong",
    "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo",
    "유": "Yoo", "남": "Nam", "심": "Shim", "노": "Noh", "하": "Ha", "곽": "Kwak", "성": "Sung",
    "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min", "진": "Jin", "나": "Na",
}
_SYLLABLES = {
    "민": "Min", "지": "Ji", "서": "Seo", "준": "Jun", "훈": "Hoon", "현": "Hyun", "우": "Woo",
    "수": "Soo", "빈": "Bin", "예": "Ye", "린": "Rin", "도": "Do", "윤": "Yun", "하": "Ha",
    "은": "Eun", "연": "Yeon", "호": "Ho", "정": "Jung", "영": "Young", "미": "Mi", "경": "Kyung",
    "상": "Sang", "혁": "Hyuk", "동": "Dong", "혜": "Hye", "진": "Jin", "성": "Sung", "재": "Jae",
    "원": "Won", "유": "Yu", "나": "Na", "태": "Tae", "승": "Seung", "소": "So", "희": "Hee",
}


def romanise(name: dict) -> dict:
    """A rough romanisation of a Korean name (for ``김민지 ( Min Ji Kim )`` and English works)."""
    family = _ROMAN.get(name["family"][:1], "Kim")
    parts = [_SYLLABLES.get(s, "Su") for s in name["given"]]
    return {"family": family, "given": parts, "script": "latin"}


def _initials(given: str, rng: random.Random, dots: bool) -> str:
    parts = [p for p in given.replace("-", " ").split() if p]
    mark = "." if dots else ""
    joiner = rng.choice([" ", ""]) if dots else ""
    return joiner.join(p[0].upper() + mark for p in parts)


def name_text(name: dict, form: str, rng: random.Random, *, first: bool = True) -> str:
    """One name in ``form``: inverted, given-first, initials, Vancouver or native."""
    if "literal" in name:
        return name["literal"]
    if name["script"] in ("ko", "zh"):
        return name["family"] + name["given"]
    if name["script"] == "ja":
        return name["family"] + (" " if form == "spaced" else "") + name["given"]
    given, family = name["given"], name["family"]
    if isinstance(given, list):
        given = " ".join(given) if form != "hyphen" else given[0] + "-" + "".join(
            g.lower() for g in given[1:])
    if form == "inverted" or (form == "first-inverted" and first):
        return f"{family}, {given}"
    if form == "initials":
        return f"{family}, {_initials(given, rng, True)}"
    if form == "initials-first":
        return f"{_initials(given, rng, True)} {family}"
    if form == "vancouver":
        return f"{family} {_initials(given, rng, False)}"
    if form == "caps":
        return f"{family.upper()}, {given}"
    if form == "family-first":
        return f"{family} {given}"
    return f"{given} {family}"


NAME_FORMS = ("inverted", "first-inverted", "initials", "initials-first", "vancouver", "given",
              "given", "family-first", "caps", "hyphen")


def date_text(parts: list[int], rng: random.Random, lang: str, *, us: bool = False) -> str:
    """A date in one of the forms references use, by language."""
    y = parts[0]
    if len(parts) == 1:
        return rng.choice([str(y), str(y), str(y), f"{y}년"] if lang == "ko" else
                          [str(y), str(y), f"{y}年"] if lang in ("ja", "zh") else [str(y)])
    m = parts[1]
    if len(parts) == 2:
        options = [f"{y}. {m}.", f"{y}.{m:02d}", f"{y}년 {m}월", f"{MONTHS[m - 1]} {y}",
                   f"{y}, {MONTHS[m - 1]}", f"{y}/{m:02d}"]
        if lang in ("ja", "zh"):
            options += [f"{y}年{m}月"] * 3
        return rng.choice(options)
    d = parts[2]
    options = [f"{MONTHS[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
               f"{_SHORT[m - 1]} {d}, {y}", f"{y}, {MONTHS[m - 1]} {d}", f"{d} {_SHORT[m - 1]} {y}"]
    if lang == "ko":
        options += [f"{y}. {m}. {d}.", f"{y}.{m:02d}.{d:02d}", f"{y}.{m:02d}.{d:02d}.",
                    f"{y}년 {m}월 {d}일", f"{y}/{m:02d}/{d:02d}", f"{y}. {m}. {d}"]
    if lang in ("ja", "zh"):
        options += [f"{y}年{m}月{d}日"] * 4
    if us:
        options += [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}"]
    return rng.choice(options)
