"""Korean court decisions and statutes, as researchers paste them (docs/legal.md).

Decisions: ``대법원 2019. 5. 30. 선고 2016다12345 판결 [손해배상(기)]`` (대법원 종합법률정보),
``헌재 2004. 9. 23. 2003헌마19``, ``서울고등법원, "손해배상(기)등" (2014나45296, June 19, 2015)``,
``Supreme Court Decision 2016Da12345, 30 May 2019``. Statutes: ``「난민법」 제2조``, the
국가법령정보센터 header ``개인정보 보호법 [시행 2023. 9. 15.] [법률 제19234호, 2023. 3. 14.,
일부개정] 제29조``, ``개인정보 보호법, 법률 제14107호 (2016)``, ``「출입국관리법 시행령」 제12조``
and amendment notes ``(2020. 2. 4. 법률 제16930호로 개정되기 전의 것)``.
"""

from __future__ import annotations

import re

from ... import rx
from ..data import alternation
from ..draft import Draft
from ..normalise.dates import parse_date

_KO_DATE = r"\d{4}\s*[.-]\s*\d{1,2}\s*[.-]\s*\d{1,2}\s*\.?"
_EN_DATE = (r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}")
_COURT = rf"[가-힣]{{0,14}}(?:{alternation('korean_court_endings.txt')})(?:\s+[가-힣]{{1,8}}지원)?"
_DOCKET = r"\d{2,4}\s*[가-힣]{1,4}\s*\d{1,7}"
_GENRE = r"(?:전원합의체\s*)?(?:판결|결정|명령)(?!문)"
_LABEL = r"(?:\s*(?:판결|결정)문)?"
_NAME = (r"(?:\s*\[(?P<bname>[^\[\]]{1,80})\]|\s*\((?P<pname>[^()]{1,60}(?:\([^()]{1,20}\))?"
         r"[^()]{0,20})\)|\s+(?P<tname>[가-힣][가-힣()·ㆍ\s]{1,40}[가-힣)]))?")
_KOREAN_CASE = rx.compile(
    rf"^(?P<court>{_COURT})\s*,?\s*(?P<date>{_KO_DATE})\s*(?:선고|자)?\s*(?P<number>{_DOCKET})"
    rf"(?:\s*(?P<genre>{_GENRE}))?{_LABEL}{_NAME}(?:\s*\[[^\[\]]*\])*\s*[.,]?$"
)
_SEED_CASE = rx.compile(  # 서울고등법원, "손해배상(기)등" (2014나45296, June 19, 2015)
    rf"^(?P<court>{_COURT})\s*,?\s*[\"“'‘](?P<name>[^\"“”'‘’]{{1,80}})[\"”'’]\s*"
    rf"\((?P<number>{_DOCKET})\s*,\s*(?P<date>{_EN_DATE}|{_KO_DATE})\)\s*[.,]?$"
)
_ROMAN_COURT = (r"(?:Supreme Court|Constitutional Court|(?:[A-Z][a-z]+ ){1,3}"
                r"(?:High|District|Administrative|Family|Patent) Court)")
_ROMAN_DOCKET = r"\d{2,4}\s?[A-Z][a-z]{0,4}(?:-[A-Z][a-z]{0,4})?\s?\d{1,7}"
_ROMAN_CASE = rx.compile(  # Supreme Court, 2018Da284295, 12 November 2020
    rf"^(?P<court>{_ROMAN_COURT})(?: of (?:the Republic of )?Korea)?"
    rf"(?:\s+(?P<genre>Decision|Order|en banc Decision))?\s*,?\s+(?P<number>{_ROMAN_DOCKET})"
    rf"\s*(?:,\s*|\s+\(|\s+)(?:[Dd]ecided\s+)?(?P<date>{_EN_DATE})\)?\s*[.,]?$"
)

_TITLE = r"[가-힣][가-힣A-Za-z0-9·ㆍ ]{0,60}?(?:법률|법|령|규칙|조례|규정|헌법)"
_NUMBER = (r"(?:법률|대통령령|총리령|[가-힣]{1,12}부령|[가-힣]{1,12}규칙|[가-힣]{1,12}조례)"
           r"\s*제\s*\d+\s*호")
_ARTICLE = r"제\s*\d+\s*조(?:의\s*\d+)?(?:\s*제\s*\d+\s*항)?(?:\s*제\s*\d+\s*호)?(?:\s*[가-힣]목)?"
_PINPOINT = rf"(?P<pinpoint>{_ARTICLE}(?:\s*(?:,|및|~|부터)\s*{_ARTICLE}(?:까지)?)*)"
_DETAIL_NUMBER = rx.compile(_NUMBER)
_DETAIL_DATE = rx.compile(rf"{_KO_DATE}|{_EN_DATE}")
_VERSION = rx.compile(r"(?:개정|제정)(?P<before>되기\s*전의|된)\s*것")
_BRACKETED = rx.compile(  # 「난민법」 (법률 제11298호, 2012. 2. 10. 제정) 제2조
    rf"^[「『\"“](?P<title>{_TITLE})[」』\"”]\s*(?:\((?P<detail>[^()]{{1,80}})\))?\s*,?\s*"
    rf"{_PINPOINT}?\s*\.?$"
)
# 개인정보 보호법 [시행 2023. 9. 15.] [법률 제19234호, 2023. 3. 14., 일부개정]
_HEADER = rx.compile(
    rf"^(?P<title>{_TITLE})\s*(?:\[시행\s*[^\[\]]{{1,30}}\]\s*)?"
    rf"\[(?P<detail>{_NUMBER}\s*,[^\[\]]{{1,40}})\]\s*,?\s*{_PINPOINT}?\s*\.?$"
)
# 개인정보 보호법, 법률 제14107호 (2016). / 난민법 제2조 / 난민법(법률 제11298호)
_PLAIN = rx.compile(
    rf"^(?P<title>{_TITLE})\s*,?\s*(?:\((?P<detail>[^()]{{1,80}})\)|(?P<number>{_NUMBER})"
    rf"(?:\s*\((?P<year>\d{{4}})\))?)?\s*,?\s*{_PINPOINT}?\s*\.?$"
)


def korean_case(draft: Draft, text: str, offset: int) -> bool:
    """A decision of a Korean court, in Korean, in the seed form, or romanised."""
    m = _KOREAN_CASE.match(text) or _SEED_CASE.match(text) or _ROMAN_CASE.match(text)
    if not m:
        return False
    groups = m.groupdict()
    draft.claim("authority", offset + m.start("court"), offset + m.end("court"),
                re.sub(r"\s+", " ", m.group("court")))
    draft.claim("issued", offset + m.start("date"), offset + m.end("date"),
                parse_date(m.group("date")))
    number = re.sub(r"\s+", "", m.group("number"))
    draft.claim("number", offset + m.start("number"), offset + m.end("number"), number)
    if groups.get("genre"):
        draft.claim("genre", offset + m.start("genre"), offset + m.end("genre"))
    for key in ("name", "bname", "pname", "tname"):
        if groups.get(key):  # the case's conventional name: [손해배상(기)]
            draft.claim("title", offset + m.start(key), offset + m.end(key), m.group(key).strip())
            break
    draft.flags.add("legal_case")
    return True


def korean_statute(draft: Draft, text: str, offset: int) -> bool:
    """A Korean statute or decree, when its form says so: 「」, a 법률 제N호 number, the
    국가법령정보센터 header or an article pinpoint (``난민법`` alone is not enough)."""
    m = _BRACKETED.match(text) or _HEADER.match(text) or _PLAIN.match(text)
    if not m:
        return False
    groups = m.groupdict()
    evidence = groups.get("pinpoint") or groups.get("number") or text[0] in "「『\"“"
    detail = groups.get("detail") or ""
    number = _DETAIL_NUMBER.search(detail)
    if not evidence and not number:
        return False
    draft.claim("title", offset + m.start("title"), offset + m.end("title"),
                m.group("title").strip())
    if groups.get("number"):
        draft.claim("number", offset + m.start("number"), offset + m.end("number"),
                    _spaced_number(m.group("number")))
    if groups.get("year"):
        draft.claim("issued", offset + m.start("year"), offset + m.end("year"),
                    parse_date(m.group("year")))
    version = _VERSION.search(detail)
    if version:  # (2020. 2. 4. 법률 제16930호로 개정되기 전의 것): which text was in force
        draft.claim("status", offset, offset, detail.strip())
    if not (version and "전" in version.group("before")):  # a version before an amendment is not it
        date = _DETAIL_DATE.search(detail)
        if number:
            draft.claim("number", offset, offset, _spaced_number(number.group(0)))
        if date and not draft.has("issued"):
            draft.claim("issued", offset, offset, parse_date(date.group(0)))
    if groups.get("pinpoint"):  # the provision cited belongs to the citation
        draft.claim("locator", offset + m.start("pinpoint"), offset + m.end("pinpoint"),
                    re.sub(r"\s+", " ", m.group("pinpoint")).strip())
    draft.flags.add("legislation")
    return True


def _spaced_number(number: str) -> str:
    """``법률제19234호`` → ``법률 제19234호``, as the 국가법령정보센터 writes it."""
    return re.sub(r"\s*제\s*", " 제", number).strip()
