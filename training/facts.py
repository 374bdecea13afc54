"""Vocabularies of facts (``training/vocab/``) and random CSL items made from them.

An item here is a plain dict of CSL fields whose names are kept structured
(``{"family", "given", "script"}``) so that each renderer can write them its own way.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

VOCAB = Path(__file__).with_name("vocab")



@cache
def lines(name: str) -> tuple[str, ...]:
    """A vocabulary file's entries (``#`` starts a comment)."""
    text = (VOCAB / name).read_text(encoding="utf-8")
    return tuple(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(ln.split("\t")) for ln in lines(name))


LANGS = ("ko", "en", "ja", "zh")
TYPES = ("article-journal", "article-newspaper", "book", "chapter", "report", "thesis",
         "webpage", "legal_case", "legislation", "paper-conference")
_TYPE_WEIGHTS = (26, 16, 16, 8, 11, 6, 6, 4, 4, 8)


def person(rng: random.Random, lang: str) -> dict:
    """A person's name in ``lang`` (Korean authors of English works are romanised)."""
    if lang == "ko":
        return {"family": rng.choice(lines("ko_family.txt")),
                "given": rng.choice(lines("ko_given.txt")), "script": "ko"}
    if lang == "ja":
        return {"family": rng.choice(lines("ja_family.txt")),
                "given": rng.choice(lines("ja_given.txt")), "script": "ja"}
    if lang == "zh":
        return {"family": rng.choice(lines("zh_family.txt")),
                "given": rng.choice(lines("zh_given.txt")), "script": "zh"}
    return {"family": rng.choice(lines("en_family.txt")),
            "given": rng.choice(lines("en_given.txt")), "script": "latin"}


def people(rng: random.Random, lang: str, most: int = 4) -> list[dict]:
    count = rng.choices(range(1, most + 1), weights=[50, 25, 14, 11][:most])[0]
    return [person(rng, lang) for _ in range(count)]


def _fill(form: str, nouns: tuple[str, ...], rng: random.Random, **extra: str) -> str:
    n1, n2, n3 = rng.sample(nouns, 3)
    text = form.replace("{N}", n1).replace("{N2}", n2).replace("{N3}", n3)
    for key, value in extra.items():
        text = text.replace("{" + key + "}", value)
    return text


_KO_EXTRAS = ("…{N}", "...{N}", "(한국)", "(國家)", "(1945-1950)", " 2.4조", " [포착]", " [단독]",
              "?", " '{N}'", " ‘{N}’", " “{N}”", "·{N}", " 3년", " 7대", " 1", " 2", ": {N}")
_EN_EXTRAS = ("?", ": A Reappraisal", " (1945-1953)", " in the 1990s", "—and After",
              ": The Case of {N}", " Revisited", ", 1910–1945", " ‘{N}’")
_CJK_EXTRAS = ("(1945-1952)", "：{N}", "―{N}", "・{N}", "再考", "1", "（上）")


def title(rng: random.Random, lang: str, *, news: bool = False) -> str:
    """A plausible title in ``lang`` (half of them of made-up words), now and then with the
    marks real titles carry."""
    from . import pseudo

    text = pseudo.title(rng, lang) if rng.random() < 0.5 else _plain_title(rng, lang, news=news)
    if rng.random() < 0.35:
        extras = {"ko": _KO_EXTRAS, "en": _EN_EXTRAS}.get(lang, _CJK_EXTRAS)
        nouns = lines({"ko": "ko_nouns.txt", "en": "en_words.txt", "ja": "ja_nouns.txt",
                       "zh": "zh_nouns.txt"}[lang])
        extra = rng.choice(extras).replace("{N}", rng.choice(nouns))
        words = text.split(" ")
        if rng.random() < 0.5 and len(words) > 2:
            cut = rng.randint(1, len(words) - 1)
            text = " ".join(words[:cut]) + extra + " " + " ".join(words[cut:])
        else:
            text += extra
    return text


def _plain_title(rng: random.Random, lang: str, *, news: bool = False) -> str:
    if lang == "ko":
        nouns = lines("ko_nouns.txt")
        if news:
            return _fill(rng.choice(lines("ko_headline_bits.txt")), nouns, rng)
        text = _fill(rng.choice(lines("ko_title_forms.txt")), nouns, rng)
        if rng.random() < 0.15:
            text += ": " + _fill("{N}의 사례", nouns, rng)
        return text
    if lang == "ja":
        return _fill(rng.choice(lines("ja_title_forms.txt")), lines("ja_nouns.txt"), rng)
    if lang == "zh":
        return _fill(rng.choice(lines("zh_title_forms.txt")), lines("zh_nouns.txt"), rng)
    words = lines("en_words.txt")
    text = _fill(rng.choice(lines("en_title_forms.txt")), words, rng,
                 A=rng.choice(lines("en_adjectives.txt")),
                 P=rng.choice(lines("en_places_in_titles.txt")))
    if news and rng.random() < 0.5:
        text = rng.choice(["Seoul", "Tokyo", "Beijing", "Officials", "Court", "Lawmakers"]) + \
            " " + rng.choice(["weighs", "rejects", "backs", "warns over", "moves to curb",
                               "debates"]) + " " + text.split(":")[0].lower()
    return text


def _date(rng: random.Random, start: int = 1960, end: int = 2024) -> list[int]:
    year = rng.randint(start, end)
    return [year, rng.randint(1, 12), rng.randint(1, 28)]


def _url(rng: random.Random, host: str) -> str:
    path = rng.choice([
        f"/news/articleView.html?idxno={rng.randint(10000, 999999)}",
        f"/view/AKR{rng.randint(20100101, 20241231)}{rng.randint(100000, 999999)}",
        f"/{rng.choice(['politics', 'economy', 'society', 'world', 'opinion'])}/"
        f"{rng.randint(2010, 2024)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/"
        f"{rng.randint(1000, 99999)}",
        f"/article/{rng.randint(100000, 9999999)}",
        f"/publications/{rng.choice(['report', 'brief', 'paper'])}-{rng.randint(1, 999)}",
        f"/en/documents/{rng.randint(1000, 9999)}",
        "/" + "-".join(rng.sample(["korea", "trade", "policy", "rights", "court", "report",
                                   "north", "election", "market", "2023"], 3)),
        f"/board/view.do?seq={rng.randint(100, 99999)}",
    ])
    scheme = rng.choice(["https://", "https://", "http://"])
    return scheme + host + path


def _doi(rng: random.Random) -> str:
    return f"10.{rng.randint(1000, 99999)}/{rng.choice(['j.', 'kjs.', '', 's'])}" \
        f"{rng.randint(1000, 99999)}.{rng.randint(10, 9999)}"


def _pages(rng: random.Random) -> str:
    first = rng.randint(1, 2400)
    last = str(first + rng.randint(2, 60))
    if rng.random() < 0.12 and len(last) > 2:  # 1493-502, 5988-93
        last = last[-rng.randint(2, len(last) - 1):].lstrip("0") or last
    return f"{first}-{last}" if rng.random() < 0.95 else str(first)


def item(rng: random.Random, index: int) -> dict:
    """One random item of a random type and language."""
    from . import pseudo

    kind = rng.choices(TYPES, weights=_TYPE_WEIGHTS)[0]
    lang = rng.choices(LANGS, weights=[50, 30, 12, 8])[0]
    it: dict = {"id": f"i{index}", "type": kind, "language": lang}
    author_lang = lang if not (lang == "en" and rng.random() < 0.25) else "en"
    if kind == "article-journal":
        it["author"] = people(rng, author_lang)
        it["title"] = title(rng, lang)
        it["container-title"] = rng.choice(lines(f"{lang}_journals.txt")) \
            if rng.random() < 0.6 else pseudo.journal(rng, lang)
        it["issued"] = _date(rng, 1970)[:1] if rng.random() < 0.85 else _date(rng, 1970)[:2]
        it["volume"] = str(rng.randint(1, 120))
        if rng.random() < 0.8:
            it["issue"] = str(rng.randint(1, 6))
        if rng.random() < 0.9:
            it["page"] = _pages(rng)
        if rng.random() < 0.35:
            it["DOI"] = _doi(rng)
    elif kind == "article-newspaper":
        if rng.random() < 0.35:
            outlet, host = pseudo.outlet(rng, lang)
        elif lang in ("ko",):
            outlet, host = rng.choice(rows("ko_outlets.tsv"))
        else:
            outlet, host = rng.choice(rows("foreign_outlets.tsv"))
            lang = "ja" if any("\u3040" <= c <= "\u9fff" for c in outlet) else lang
            it["language"] = lang
        if rng.random() < 0.8:
            it["author"] = people(rng, lang, 2)
        it["title"] = title(rng, lang, news=True)
        it["container-title"] = outlet
        it["issued"] = _date(rng, 2000)
        if rng.random() < 0.75:
            it["URL"] = _url(rng, host)
            if rng.random() < 0.6:
                it["accessed"] = _date(rng, 2025, 2026)
    elif kind in ("book", "chapter"):
        it["author" if rng.random() < 0.85 else "editor"] = people(rng, author_lang, 3)
        it["title"] = title(rng, lang)
        pub = _publisher(rng, lang)
        it["publisher"] = pub[0]
        if pub[1] and rng.random() < 0.7:
            it["publisher-place"] = pub[1]
        it["issued"] = _date(rng, 1950)[:1]
        if rng.random() < 0.12:
            it["edition"] = str(rng.randint(2, 5))
        if rng.random() < 0.12:
            it["translator"] = people(rng, lang, 1)
        if lang == "ja" and rng.random() < 0.3:
            it["collection-title"] = rng.choice(lines("ja_series.txt"))
        if kind == "chapter":
            it["container-title"] = title(rng, lang)
            it["editor"] = people(rng, author_lang, 2)
            it.setdefault("author", people(rng, author_lang, 2))
            it["page"] = _pages(rng)
    elif kind == "report":
        inst = rng.choice([r for r in rows("institutes.tsv") if r[1] == lang]
                          or rows("institutes.tsv"))
        if rng.random() < 0.6:
            it["author"] = people(rng, lang if lang != "zh" or rng.random() < .5 else "en", 3)
        else:
            it["author"] = [{"literal": inst[0]}]
        it["title"] = title(rng, lang)
        it["publisher"] = inst[0]
        it["issued"] = _date(rng, 1990)[: rng.choice([1, 1, 2, 3])]
        if len(inst) > 2 and inst[2] and rng.random() < 0.7:
            it["collection-title"] = inst[2]
            it["number"] = rng.choice([str(rng.randint(1, 300)),
                                       f"{rng.randint(10, 24)}-{rng.randint(1, 40):02d}"])
        if rng.random() < 0.4:
            it["URL"] = _url(rng, rng.choice(lines("en_hosts.txt")))
        if rng.random() < 0.15:
            body, prefix = rng.choice(rows("un_bodies.tsv"))
            it["author"] = [{"literal": body}]
            it["publisher"] = "United Nations"
            it["number"] = f"{prefix}{rng.randint(40, 79)}/{rng.randint(1, 300)}"
            it.pop("collection-title", None)
    elif kind == "paper-conference":
        conf_lang = lang if lang in ("ko", "ja") else "en"
        it["language"] = conf_lang
        it["author"] = people(rng, conf_lang)
        it["title"] = title(rng, conf_lang)
        it["container-title"] = rng.choice([r[0] for r in rows("conferences.tsv")
                                            if r[1] == conf_lang])
        it["issued"] = _date(rng, 1985)[:1]
        if rng.random() < 0.8:
            it["page"] = _pages(rng)
        if rng.random() < 0.3:
            it["publisher"], it["publisher-place"] = rng.choice(
                [("ACM", "New York"), ("IEEE", "Piscataway, NJ"),
                 ("Morgan Kaufmann", "San Mateo, CA"),
                 ("AAAI Press", "Menlo Park, CA"), ("Springer", "Berlin")])
        if rng.random() < 0.2:
            it["editor"] = people(rng, conf_lang, 2)
    elif kind == "thesis":
        it["author"] = people(rng, lang, 1)
        it["title"] = title(rng, lang)
        uni = rng.choice([r for r in rows("universities.tsv") if r[1] == lang])
        it["publisher"] = uni[0]
        it["genre"] = {"ko": rng.choice(["박사학위논문", "석사학위논문", "박사학위 논문"]),
                       "ja": "博士論文", "zh": "博士学位论文",
                       "en": rng.choice(["PhD thesis", "PhD dissertation", "MA thesis",
                                         "Doctoral dissertation"])}[lang]
        it["issued"] = _date(rng, 1980)[:1]
    elif kind == "webpage":
        it["author"] = people(rng, lang, 2) if rng.random() < 0.5 else [
            {"literal": rng.choice(rows("institutes.tsv"))[0]}]
        it["title"] = title(rng, lang, news=rng.random() < 0.3)
        host = rng.choice(lines("en_hosts.txt"))
        it["container-title"] = host.removeprefix("www.") if rng.random() < 0.4 else None
        it["URL"] = _url(rng, host)
        if rng.random() < 0.7:
            it["issued"] = _date(rng, 2005)[: rng.choice([1, 3, 3])]
        it["accessed"] = _date(rng, 2025, 2026)
    elif kind == "legal_case":
        it["language"] = "ko"
        it["authority"] = rng.choice(["대법원", "헌법재판소", "서울고등법원", "서울중앙지방법원",
                                      "대전지방법원", "부산고등법원"])
        it["issued"] = _date(rng, 1990)
        code = rng.choice(["다", "도", "두", "누", "헌바", "헌마", "가합", "나", "노"])
        it["number"] = f"{it['issued'][0] - rng.randint(0, 3)}{code}{rng.randint(100, 99999)}"
        if rng.random() < 0.3:
            it["title"] = rng.choice(["손해배상(기)", "부당해고구제재심판정취소", "소유권이전등기",
                                      "사기", "업무상배임", "국가보안법위반"])
    else:  # legislation
        it["language"] = "ko"
        it["title"] = rng.choice(["개인정보 보호법", "난민법", "근로기준법", "형법", "민법",
                                  "공직선거법", "국가보안법",
                                  "정보통신망 이용촉진 및 정보보호 등에 관한 법률",
                                  "북한이탈주민의 보호 및 정착지원에 관한 법률", "저작권법"])
        it["number"] = f"법률 제{rng.randint(4000, 20000)}호"
        it["issued"] = _date(rng, 1995)
    return {k: v for k, v in it.items() if v}


def _publisher(rng: random.Random, lang: str) -> tuple[str, str]:
    from . import pseudo

    if rng.random() < 0.35:
        return pseudo.publisher(rng, lang), ""
    if lang == "ko":
        return rng.choice(lines("ko_publishers.txt")), rng.choice(["서울", "파주", "서울", ""])
    if lang in ("ja", "zh"):
        return tuple(rng.choice(rows(f"{lang}_publishers.tsv")))  # type: ignore[return-value]
    return tuple(rng.choice(rows("en_publishers.tsv")))  # type: ignore[return-value]
