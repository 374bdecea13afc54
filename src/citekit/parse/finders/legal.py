"""Cases, statutes, treaties and UN documents (the encoding: ``docs/legal.md``).

``Donoghue v Stevenson [1932] AC 562 (HL)``, ``R (Miller) v Secretary of State … [2017] UKSC
5, [2018] AC 61``, ``Brown v. Board of Education, 347 U.S. 483 (1954)``, ``Othman (Abu
Qatada) v United Kingdom App no 8139/09 (ECtHR, 17 January 2012)``, ``Human Rights Act 1998,
s 3``, ``Refugee Act 2012 (Republic of Korea), art 2``, ``Directive 2000/43/EC … [2000] OJ
L180/22``, treaties in UNTS and ETS, and (``legal_korean``, ``un_documents``) Korean decisions
and statutes and UN documents. A match settles the whole reference, so every form here is
one that ordinary references do not take.
"""

from __future__ import annotations

import re

from ... import rx
from ..data import alternation, words
from ..draft import Draft
from ..normalise.dates import parse_date
from .legal_korean import korean_case, korean_statute
from .un_documents import SYMBOL, un_document_led_by_symbol, un_resolution, un_symbol_inside

_DATE = r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}"
_CASE = rx.compile(
    r"^(?P<title>[^\[\]]{1,200}? v\.? [^\[\]]{2,200}?)\s*,?\s*"
    r"(?P<cite>(?:\[(?P<y1>\d{4})\]|\((?P<y2>\d{4})\)|\d{1,4}\s+[A-Z])[^\n]*)$"
)
_REPORT = rx.compile(
    r"^(?:\[(?P<year>\d{4})\]|\(\d{4}\))?\s*(?P<volume>\d{1,4})?\s*"
    r"(?P<reporter>[A-Z][A-Za-z.]*(?:\s(?:[A-Z][A-Za-z.]*|\d(?:d|th)\.?))*?)"
    r"\s+(?P<page>[A-Z]?-?\d{1,6})\b"
)
_NEUTRAL = rx.compile(
    rf"^\[\d{{4}}\]\s*(?P<court>{alternation('neutral_citation_courts.txt')})\s+"
    r"(?P<number>\d{1,6}(?:\s*\([A-Za-z ]{2,20}\))?)(?![\w(])"
)
_PARALLEL = rx.compile(r"^\s*[,;]\s*(?P<parallel>(?:\[\d{4}\]|\(\d{4}\))\s*\d{0,4}\s*[A-Z][^,;]*?)"
                       r"\s*(?=[,;(]|$)")
_COURT_AFTER = rx.compile(r"\s*\((?P<court>[A-Z][A-Za-z .]{0,19}?)(?:\s+(?P<year>\d{4}))?\)\s*\.?$")
_YEAR_AFTER = rx.compile(r"\((?:(?P<court>[A-Z][A-Za-z. ]{0,20}?)\s+)?(?P<year>\d{4})\)\s*\.?$")
_ECTHR = rx.compile(
    r"^(?P<title>[^\[\]]{1,200}? v\.? [^\[\],]{2,120}?)\s*,?\s*"
    r"(?:App(?:lication)?\.?\s*(?:nos?|Nos?)\.?|nos?\.)\s*(?P<number>\d{1,6}/\d{2}(?:\s*(?:and|,)"
    r"\s*\d{1,6}/\d{2})*)\s*,?\s*(?:\((?:(?P<court>ECtHR|ECHR|ECommHR)(?:\s*\[GC\])?,?\s*)?"
    rf"(?P<date>{_DATE})\)|(?P<echr>ECHR\s+\d{{4}}(?:-[IVX]+)?))?(?:\s*\(extracts\))?\s*\.?$"
)
_HUDOC = rx.compile(  # CASE OF OTHMAN (ABU QATADA) v. THE UNITED KINGDOM (Application no. 8139/09)
    r"^CASE OF (?P<title>[^\[\]]{2,200}? v\. [^\[\]]{2,200}?)\s*\(Applications? nos?\.\s*"
    r"(?P<number>\d{1,6}/\d{2}(?:\s*(?:and|,)\s*\d{1,6}/\d{2})*)\)\s*\.?$"
)
_VIEWS = rx.compile(  # Toonen v Australia (1994) Communication No 488/1992, UN Doc CCPR/…
    r"^(?:(?P<body>(?:UN )?(?:Human Rights Committee|Committee [a-z]+ [A-Za-z ,]{5,80}?)),\s*)?"
    r"(?P<title>[^\[\]()]{1,120}? v\.? [^\[\]()]{2,80}?)\s*,?\s*(?:\((?P<year>\d{4})\)\s*)?,?\s*"
    r"(?P<number>Comm(?:unication)?\.?\s+No\.?\s*\d{1,5}/\d{4})"
    rf"(?:\s*,?\s*(?:U\.?N\.?\s*Doc\.?)\s*(?P<symbol>{SYMBOL}))?"
    rf"(?:\s*\((?P<date>{_DATE})\))?\s*\.?$"
)
_NOT_A_CASE = rx.compile(r"[“”\"「『]|(?<!\w)['‘]|['’](?!\w)|\(\d{4}\)|(?<! v)\.\s+[A-Z]")
_STATUTE = rx.compile(
    r"^(?P<title>[A-Z][\w'’-]*\s+(?:(?:\(?[A-Z][\w'’-]*\)?|of|and|the|for|on|to|in|No|\d+)\s+)"
    r"{0,12}?(?:Act|Regulations|Order|Rules|Code|Measure|Ordinance|Constitution))\s+"
    r"(?P<year>1[2-9]\d\d|20\d\d)(?:\s*\((?P<jurisdiction>[A-Z][A-Za-z .]{1,40}?)\))?"
    r"(?:\s*,\s*(?P<number>(?:SI|SSI|SR|WSI)\s*\d{4}/\d{1,5}))?"
    r"(?:\s*,?\s*(?P<pinpoint>(?:ss?|arts?|sch|para|pt|regs?|r|rr)\.?\s*\d[\w().–-]*.*))?\.?$"
)
_EU_LEGISLATION = rx.compile(
    r"^(?P<title>(?:(?:Council|Commission|European Parliament and Council)\s+)?(?:Directive|"
    r"Regulation|Decision)\s+(?:\((?:EU|EC|EEC|Euratom)\)\s+)?(?:No\s+)?\d{2,4}/\d{1,4}"
    r"(?:/(?:EU|EC|EEC|Euratom))?[^\[\]]{0,400}?)\s*,?\s*\[(?P<year>\d{4})\]\s*"
    r"(?P<oj>OJ\s*[LC]\s*\d{1,4}(?:\s*/\s*\d{1,5})?)(?:\s*,?\s*(?P<pinpoint>arts?\.?\s*\d.*))?\.?$"
)
_TREATY = rx.compile(
    r"^(?P<title>[A-Z][^()\[\]]{4,300}?(?:\([^()]{2,80}\)[^()\[\]]{0,80}?)?)\s*"
    r"\((?P<phrase>(?:adopted|opened for signature|signed|concluded|done)\s+(?P<date>"
    + _DATE + r")(?:,?\s*(?:entered into force|in force|not yet in force)[^()]{0,40})?)\)"
    r"\s*,?\s*(?:(?P<volume>\d{1,5})\s+(?P<series>UNTS|LNTS|UKTS|ILM)\s+(?P<page>[\dIVXLC]+)"
    r"|(?P<eseries>C?ETS)\s+(?:No\.?\s*)?(?P<number>\d{1,4}))"
    r"(?:\s*\((?P<short>[A-Z][A-Za-z ]{1,30})\))?(?:\s*,?\s*(?P<pinpoint>arts?\.?\s*\d.*))?\s*\.?$"
)
_TAIL = rx.compile(r"\s*(?:<[^<>]*>|\bhttps?://\S+|\b(?:accessed|retrieved|last visited)\b"
                   r"|(?:검색일|접속일|열람일|방문일)).*$", re.IGNORECASE | re.DOTALL)


def find_legal(draft: Draft) -> None:
    """Claim a whole reference that is a case, a statute, a treaty or a UN document in one
    of the forms in docs/legal.md; otherwise claim a UN document symbol inside it."""
    body = _TAIL.sub("", draft.masked).strip().lstrip("☞•·▶►-– ").strip()
    offset = draft.masked.index(body) if body else 0
    for finder in (korean_case, korean_statute, un_resolution, un_document_led_by_symbol,
                   _treaty, _eu_legislation, _views, _ecthr, _case, _statute):
        if finder(draft, body, offset):
            draft.flags.add("legal")
            return
    un_symbol_inside(draft)


def _case(draft: Draft, text: str, offset: int) -> bool:
    m = _CASE.match(text)
    if not m or len(m.group("title").split()) > 20 or _NOT_A_CASE.search(m.group("title")):
        return False
    cite = m.group("cite")
    year = m.group("y1") or m.group("y2") or _last_year(cite)
    draft.claim("title", offset + m.start("title"), offset + m.end("title"), m.group("title"))
    neutral = _NEUTRAL.match(cite)
    report = None if neutral else _REPORT.match(cite)
    if not neutral and not report:
        return False
    rest = cite[(neutral or report).end():]
    if neutral:
        draft.claim("authority", offset, offset, neutral.group("court"))
        draft.claim("number", offset, offset, re.sub(r"\s+", " ", neutral.group("number")))
    else:
        reporter = report.group("reporter").strip()
        if report.group("volume"):
            draft.claim("volume", offset, offset, report.group("volume"))
        draft.claim("container-title", offset, offset, reporter)
        draft.claim("page", offset, offset, report.group("page"))
        after = _YEAR_AFTER.search(rest) if _us_reporter(reporter) else None
        court = after if after and after.group("court") else _COURT_AFTER.search(rest)
        if court and court.group("court") and not _PARALLEL.match(rest[: court.start()] or ","):
            draft.claim("authority", offset, offset, court.group("court").strip())
        if after:
            year = after.group("year")
    parallel = _PARALLEL.match(rest)
    if parallel:  # [2017] UKSC 5, [2018] AC 61: the other report is a parallel citation
        draft.claim("references", offset, offset, parallel.group("parallel").strip())
    draft.claim("legal-citation", offset + m.start("cite"), offset + m.end("cite"), cite.strip())
    if year:
        draft.claim("issued", offset, offset, parse_date(year))
    draft.flags.add("legal_case")
    return True


def _us_reporter(reporter: str) -> bool:
    known = words("us_case_reporters.txt")
    return reporter.casefold() in known or reporter.replace(".", "").casefold() in known


def _ecthr(draft: Draft, text: str, offset: int) -> bool:
    """OSCOLA's ``X v UK App no 8139/09 (ECtHR, 17 January 2012)``, HUDOC's ``X v. the United
    Kingdom, no. 8139/09, ECHR 2012`` and its ``CASE OF X v. Y (Application no. …)``."""
    m = _ECTHR.match(text) or _HUDOC.match(text)
    if not m:
        return False
    groups = m.groupdict()
    title = m.group("title")
    if text.startswith("CASE OF "):
        title = title.title().replace(" V. ", " v ").replace(" The ", " the ")
    draft.claim("title", offset + m.start("title"), offset + m.end("title"), title)
    draft.claim("number", offset + m.start("number"), offset + m.end("number"),
                re.sub(r"\s+", " ", m.group("number")))
    draft.claim("authority", offset, offset,
                "ECommHR" if groups.get("court") == "ECommHR" else "ECtHR")
    if groups.get("date"):
        draft.claim("issued", offset + m.start("date"), offset + m.end("date"),
                    parse_date(m.group("date")))
    elif groups.get("echr"):
        draft.claim("issued", offset, offset, parse_date(_last_year(m.group("echr")) or ""))
    draft.flags.add("legal_case")
    return True


def _views(draft: Draft, text: str, offset: int) -> bool:
    """Views of a treaty body on an individual communication: a decision (``legal_case``)
    with the committee as ``authority`` and the communication number as ``number``."""
    m = _VIEWS.match(text)
    if not m:
        return False
    draft.claim("title", offset + m.start("title"), offset + m.end("title"), m.group("title"))
    draft.claim("number", offset + m.start("number"), offset + m.end("number"),
                re.sub(r"\s+", " ", m.group("number")))
    body = m.group("body")
    draft.claim("authority", offset, offset, body.strip() if body else "Human Rights Committee")
    if m.group("symbol"):
        draft.claim("references", offset + m.start("symbol"), offset + m.end("symbol"),
                    "UN Doc " + m.group("symbol"))
    date = m.group("date") or m.group("year")
    if date:
        draft.claim("issued", offset, offset, parse_date(date))
    draft.flags.add("legal_case")
    return True


def _statute(draft: Draft, text: str, offset: int) -> bool:
    m = _STATUTE.match(text)
    if not m:
        return False
    draft.claim("title", offset + m.start("title"), offset + m.end("title"), m.group("title"))
    draft.claim("issued", offset + m.start("year"), offset + m.end("year"),
                parse_date(m.group("year")))
    if m.group("jurisdiction"):  # Refugee Act 2012 (Republic of Korea)
        draft.claim("container-title", offset + m.start("jurisdiction"),
                    offset + m.end("jurisdiction"), m.group("jurisdiction").strip())
    if m.group("number"):
        draft.claim("number", offset + m.start("number"), offset + m.end("number"),
                    re.sub(r"\s+", " ", m.group("number")))
    _claim_pinpoint(draft, m, offset)
    draft.flags.add("legislation")
    return True


def _eu_legislation(draft: Draft, text: str, offset: int) -> bool:
    """``Council Directive 2000/43/EC of 29 June 2000 … [2000] OJ L180/22``: the Official
    Journal reference is the container, as citeproc-js prints it."""
    m = _EU_LEGISLATION.match(text)
    if not m:
        return False
    draft.claim("title", offset + m.start("title"), offset + m.end("title"),
                m.group("title").strip(" ,"))
    draft.claim("container-title", offset + m.start("oj"), offset + m.end("oj"),
                re.sub(r"\s+", "", m.group("oj")).replace("OJ", "OJ "))
    draft.claim("issued", offset + m.start("year"), offset + m.end("year"),
                parse_date(m.group("year")))
    draft.claim("jurisdiction", offset, offset, "eu")
    _claim_pinpoint(draft, m, offset)
    draft.flags.add("legislation")
    return True


def _treaty(draft: Draft, text: str, offset: int) -> bool:
    """``Convention … (adopted 10 December 1984, entered into force 26 June 1987) 1465 UNTS 85
    (CAT)``, ``… (adopted 4 November 1950, entered into force 3 September 1953) ETS 5``."""
    m = _TREATY.match(text)
    if not m:
        return False
    draft.claim("title", offset + m.start("title"), offset + m.end("title"),
                m.group("title").strip(" ,"))
    draft.claim("issued", offset + m.start("date"), offset + m.end("date"),
                parse_date(m.group("date")))
    # the dates as OSCOLA gives them, in genre (as ../shared/render encodes treaties)
    draft.claim("genre", offset + m.start("phrase"), offset + m.end("phrase"))
    if m.group("series"):
        draft.claim("volume", offset + m.start("volume"), offset + m.end("volume"),
                    m.group("volume"))
        draft.claim("container-title", offset + m.start("series"), offset + m.end("series"),
                    m.group("series"))
        draft.claim("page", offset + m.start("page"), offset + m.end("page"), m.group("page"))
    else:
        draft.claim("container-title", offset + m.start("eseries"), offset + m.end("eseries"),
                    m.group("eseries"))
        draft.claim("number", offset + m.start("number"), offset + m.end("number"),
                    m.group("number"))
    if m.group("short"):
        draft.claim("title-short", offset + m.start("short"), offset + m.end("short"),
                    m.group("short"))
    _claim_pinpoint(draft, m, offset)
    draft.flags.add("type:treaty")
    return True


def _claim_pinpoint(draft: Draft, m: re.Match[str], offset: int) -> None:
    """``s 3``, ``art 8``: the provision cited is a locator of the citation, not of the work."""
    if m.group("pinpoint"):
        draft.claim("locator", offset + m.start("pinpoint"), offset + m.end("pinpoint"),
                    m.group("pinpoint").strip(" .,;"))


def _last_year(text: str) -> str | None:
    years = re.findall(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)", text)
    return years[-1] if years else None


# the Korean finders share the dispatcher's signature
__all__ = ["find_legal", "korean_case", "korean_statute"]
