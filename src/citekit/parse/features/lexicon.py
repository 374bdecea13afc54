"""Word-list features from ``parse/data``: a token, or a run of up to five tokens, found in a
list of month names, surnames, news outlets, publisher, journal, organisation and place
words, access phrases, name roles and legal words."""

from __future__ import annotations

from functools import cache

from ..data import table, words
from ..model.tokens import Token

_LISTS = {
    "month": "months.tsv",
    "surname-rom": "korean_surnames_romanised.txt",
    "outlet": "news_outlets.txt",
    "publisher": "publisher_words.txt",
    "journal": "journal_words.txt",
    "org": "organisation_words.txt",
    "place": "place_names.txt",
    "access": "access_phrases.txt",
    "conference": "conference_words.txt",
    "editor": "editor_marks.txt",
}
_LEGAL = frozenset(["법률", "제", "조", "항", "호", "판결", "선고", "결정", "대법원", "헌법재판소",
                    "법원", "시행", "일부개정", "전부개정", "v", "v.", "ch", "s", "art", "reg"])
_MAX = 5


@cache
def _phrases() -> dict[tuple[str, ...], frozenset[str]]:
    """Each list entry as a tuple of token texts, mapped to the lists it is in (kept
    per machine: tokenising the thousand entries was 8% of a one-reference parse)."""
    from ... import derived
    from ...packagedata import package_folder
    from .. import data
    from ..model import tokens
    from . import shape

    folder = package_folder("citekit.parse") / "data"
    sources = [*(folder / name for name in _LISTS.values()), __file__, data.__file__,
               tokens.__file__, shape.__file__]
    return derived.cached("lexicon", sources, _build_phrases)


def _build_phrases() -> dict[tuple[str, ...], frozenset[str]]:
    from ..model.tokens import tokenise
    from .shape import word

    found: dict[tuple[str, ...], set[str]] = {}
    for name, listname in _LISTS.items():
        entries = table(listname).keys() if listname.endswith(".tsv") else words(listname)
        for entry in entries:
            key = tuple(word(t) for t in tokenise(entry))
            if 0 < len(key) <= _MAX:
                found.setdefault(key, set()).add(name)
    return {k: frozenset(v) for k, v in found.items()}


@cache
def _roles() -> dict[str, str]:
    return table("korean_name_roles.tsv")


@cache
def _surnames() -> frozenset[str]:
    return words("korean_surnames.txt")


@cache
def _org_suffixes() -> tuple[str, ...]:
    found = words("korean_organisation_suffixes.txt") | words("korean_institution_endings.txt")
    return tuple(sorted(found))


def features(tokens: list[Token]) -> list[list[str]]:
    from .shape import word

    texts = [word(t) for t in tokens]
    out: list[list[str]] = [[] for _ in tokens]
    phrases = _phrases()
    for start in range(len(tokens)):
        for size in range(1, _MAX + 1):
            names = phrases.get(tuple(texts[start:start + size]))
            if names and start + size <= len(tokens):
                for index in range(start, start + size):
                    out[index] += [f"in-{n}" for n in sorted(names)]
                    if size > 1:
                        out[index].append("in-phrase")
    for index, token in enumerate(tokens):
        text = token.text
        if token.kind == "hangul":
            if 2 <= len(text) <= 4 and (text[0] in _surnames() or text[:2] in _surnames()):
                out[index].append("ko-name-like")
            if text in _roles():
                out[index].append(f"ko-role={_roles()[text]}")
            if text.endswith(_org_suffixes()):
                out[index].append("ko-org")
            if text.endswith(("신문", "일보", "뉴스", "방송", "타임스", "경제")):
                out[index].append("ko-news-ending")
            if text.endswith(("출판사", "출판부", "출판문화원", "사", "books")):
                out[index].append("ko-pub-ending")
            if text.endswith(("학보", "논총", "연구", "논문집", "학회지", "저널", "논집")):
                out[index].append("ko-journal-ending")
            if text.endswith(("대학교", "대학원", "대학")):
                out[index].append("ko-university")
        if texts[index] in _LEGAL:
            out[index].append("legal-word")
    return out
