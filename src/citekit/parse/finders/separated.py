"""Fields separated by slashes or bars, as catalogue and bookshop pages print them
(``제목 / 저자 / 출판사 / 2019``, ``한국사 | 김봉수 | 일빛``), and Korean label forms
(``제목(홍길동 지음, 창비 펴냄)``).

The names field (Korean or Han names, with an optional role word) is the author and the
first other field the title; the separators are claimed, so the fields after them are read
one by one (publisher, date, numbers) by the labellers.
"""

from __future__ import annotations

import re

from ... import rx
from ..data import table, words
from ..draft import MASK, Draft
from ..normalise.kind import is_news_outlet

_SEPARATOR = rx.compile(
    r"\s+[/|｜]\s+|\s*[|｜]\s*|(?<=[^\W\d_])/(?=[^\W\d_])|(?<=[.\d])\s*/\s+|\s+/\s*(?=[^\W\d_])")
_CJK = r"\u3005\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7a3"
_ROLES = "|".join(sorted(map(re.escape, table("cjk_name_roles.tsv")), key=len, reverse=True))
_NAMES = rx.compile(
    rf"^(?P<names>[{_CJK}]{{2,5}}(?:\s*[·․・,，、]\s*[{_CJK}]{{2,5}}){{0,6}})"
    rf"(?:\s*(?P<role>{_ROLES}))?$")
_LABELLED = rx.compile(
    rf"\(\s*(?P<names>[{_CJK}][{_CJK}·, ]{{1,30}}?)\s*(?:지음|저|著|글)\s*,\s*"
    rf"(?P<pub>[^(),\x00]{{2,30}}?)\s*(?:펴냄|발행|출판|刊)\s*(?:,[^()\x00]*)?\)")
_PERSON = rf"[{_CJK}]{{1,8}}(?: [{_CJK}]{{1,8}}){{0,2}}"
_ROLE_SEPARATED = rx.compile(
    rf"^\s*(?P<author>{_PERSON})\s*著\s+(?P<title>[^\x00]{{2,200}}?)\s+(?P<translator>[{_CJK}]{{2,8}})"
    rf"\s*(?:訳|译|譯|옮김|역)\s+(?P<publisher>[^\s\x00]{{2,30}}(?: [^\s\x00]{{2,30}})?)[\s.,。]*$")
_CJK_CHAR = rx.compile(rf"[{_CJK}]")
_PUBLISHER_END = rx.compile(r"(?:出版|出版社|出版会|書房|書店|출판|출판사|출판부|Press)$")
_HAN = rx.compile(r"^[\u3005\u3400-\u9fff\uf900-\ufaff]{2,5}$")


def find_separated(draft: Draft) -> None:
    """Claim the author and title of a slash- or bar-separated reference, or of a label form."""
    roles = _ROLE_SEPARATED.match(draft.masked) if "著" in draft.masked else None
    if roles:  # 저자 著 제목 역자 訳 출판사
        for name in ("author", "title", "translator", "publisher"):
            value = roles.group(name).strip()
            draft.claim(name, roles.start(name), roles.end(name),
                        value if name in ("title", "publisher") else None)
        return
    if not any(ch in draft.masked for ch in "/|｜(") or not _CJK_CHAR.search(draft.masked):
        return
    labelled = _LABELLED.search(draft.masked) if "(" in draft.masked else None
    if labelled:
        draft.claim("author", labelled.start("names"), labelled.end("names"))
        draft.claim("publisher", labelled.start("pub"), labelled.end("pub"),
                    labelled.group("pub").strip())
        draft.claim("junk", labelled.start(), labelled.start("names"))
        return
    cuts = [m for m in _SEPARATOR.finditer(draft.masked) if MASK not in m.group(0)]
    if len(cuts) < 2:
        return
    bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(draft.masked)]
    fields = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    named = [i for i, (a, b) in enumerate(fields) if _names_field(draft.masked[a:b])]
    author = next((i for i in named if i), named[0] if named else None)  # 제목 / 저자 first
    if author is None:
        _outlet_fields(draft, cuts, fields)
        return
    draft.flags.add("separated")
    for m in cuts:
        draft.claim("junk", m.start(), m.end())
    a, b = fields[author]
    m = _NAMES.match(draft.masked[a:b].strip())
    offset = a + len(draft.masked[a:b]) - len(draft.masked[a:b].lstrip())
    draft.claim("author", offset + m.start("names"), offset + m.end("names"))
    title = next(i for i in range(len(fields)) if i != author)
    a, b = fields[title]
    text = draft.masked[a:b]
    if text.strip() and MASK not in text:
        start = a + len(text) - len(text.lstrip())
        draft.claim("title", start, a + len(text.rstrip()), text.strip())


def _outlet_fields(draft: Draft, cuts: list[re.Match[str]], fields: list[tuple[int, int]]) -> None:
    """``제목 / 뉴스와이어 / 2019-06-27``: a news outlet in a later field is the container."""
    for a, b in fields[1:]:
        text = draft.masked[a:b].strip()
        if text and MASK not in text and len(text.split()) <= 3 and is_news_outlet(text) \
                and not _PUBLISHER_END.search(text):
            break
    else:
        return
    for m in cuts:
        draft.claim("junk", m.start(), m.end())
    start = a + len(draft.masked[a:b]) - len(draft.masked[a:b].lstrip())
    draft.claim("container-title", start, start + len(text), text)
    head = draft.masked[fields[0][0] : fields[0][1]]
    if head.strip() and MASK not in head.strip():
        first = fields[0][0] + len(head) - len(head.lstrip())
        draft.claim("title", first, first + len(head.strip()), head.strip())
    draft.flags.add("type:article-newspaper")


def _names_field(text: str) -> bool:
    """One to seven Korean or Han personal names, with an optional role word after them."""
    m = _NAMES.match(text.strip())
    if not m or (m.group("role") and table("cjk_name_roles.tsv")[m.group("role")] != "author"):
        return False
    names = re.split(r"\s*[·․・,，、]\s*", m.group("names"))
    return all(_person(n) for n in names)


def _person(name: str) -> bool:
    if _HAN.match(name):
        return len(name) <= 4
    return 2 <= len(name) <= 4 and (name[:1] in words("korean_surnames.txt")
                                    or name[:2] in words("korean_double_surnames.txt"))
