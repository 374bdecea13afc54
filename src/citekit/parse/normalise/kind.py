"""The CSL type, from which fields the reference has and the words they contain."""

from __future__ import annotations

import re

from ... import rx
from ...model import CSLItem
from ..data import words

_INSTITUTION = rx.compile(r"연구원|연구소|센터|위원회|부$|청$|처$")
_ACRONYM = rx.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[\s'’-]*\d{2,4})?$")
_JOURNAL_NAME = rx.compile(r"\b(?:journal|zeitschrift|revue|rivista)\b|논문지|학회지|학보",
                           re.IGNORECASE)
_PROCEEDINGS = rx.compile(r"\b(?:proceedings|proc)\b", re.IGNORECASE)
# a news site's article address: a news host or path, or an article-id query
_NEWS_URL = rx.compile(r"^https?://(?:[\w-]+\.)*[\w-]*news[\w-]*\.|/news[/.]|/arti(?:cle)?/"
                       r"|article_?view|news_?view|[?&](?:idxno|news_?id|article_?id|aid)=",
                       re.IGNORECASE)
# a university (or its graduate school) named alone: the publisher of a thesis
_UNIVERSITY = rx.compile(r"(?:대학교|대학원|大学|大學|大学院"
                         r"|\bUniversit(?:y|ät|é|à)(?: of(?: [A-Z][\w-]+){1,3})?)$")
# bodies whose documents are reports wherever they are read: UN committees, councils, rapporteurs
_TREATY_BODY = rx.compile(r"^(?:UN |United Nations )?(?:Committee|Council|Commission|Working Group|"
                          r"Special Rapporteur|General Assembly|Human Rights)\b|위원회$")
_PRESS = rx.compile(r"\b(?:press|verlag|publish\w*|books)\b|출판", re.IGNORECASE)


def _mentions(text: str, listname: str) -> bool:
    known = words(listname)
    folded = text.casefold()
    tokens = re.findall(r"[\w’'-]+", folded)
    return any(t in known for t in tokens) or any(k in folded for k in known if not k.isascii())


def is_university(name: str) -> bool:
    """``서울대학교 대학원``, ``東京大学``, ``University of Leeds``, not a university press."""
    return bool(name) and bool(_UNIVERSITY.search(name)) and not _PRESS.search(name)


def is_news_url(url: str) -> bool:
    """An article address on a news site (``/news/``, ``articleView``, ``?idxno=``)."""
    return bool(_NEWS_URL.search(url))


def is_news_outlet(name: str) -> bool:
    """A newspaper, broadcaster or news agency (``news_outlets.txt`` names and endings)."""
    return _mentions(name, "news_outlets.txt")


def is_conference(container: str) -> bool:
    """Conference words make proceedings, unless they are part of a journal's name ("History
    Workshop Journal")."""
    if not _mentions(container, "conference_words.txt"):
        return False
    return bool(_PROCEEDINGS.search(container)) or not _JOURNAL_NAME.search(container)


def infer_type(item: CSLItem, *, genre: str | None, after_in: bool) -> str:
    """A CSL type for the assembled item."""
    container = item.get("container-title", "")
    journal = any(k in item for k in ("volume", "issue", "page"))
    if genre == "thesis":
        return "thesis"
    if genre in ("report", "manuscript"):
        return genre
    if container:
        if is_conference(container):
            return "paper-conference"
        if after_in and _ACRONYM.match(container):
            return "paper-conference"  # "In EMNLP": conferences are cited by acronym
        if after_in and not item.get("editor") and ("issue" in item or (
                "volume" in item and "publisher" not in item
                and _mentions(container, "journal_words.txt"))):
            return "article-journal"  # In: Zeitschrift für X 38 (2011), S. 1-9
        if after_in or item.get("editor") or (
                "publisher" in item and "volume" not in item and "issue" not in item):
            return "chapter"  # a container with a publisher is a book: 《책》, 출판사, pp. 1-9
        if not journal and _mentions(container, "news_outlets.txt"):
            return "article-newspaper"
        if not journal and "URL" in item:
            news = _NEWS_URL.search(item["URL"]) and "DOI" not in item
            return "article-newspaper" if news else "webpage"
        if not journal and len(item.get("issued", {}).get("date-parts", [[]])[0]) == 3:
            return "article-newspaper"
        return "article-journal"
    authors = item.get("author") or [{}]
    literal = authors[0].get("literal", "")
    single = authors[0].get("family", "") if "given" not in authors[0] else ""
    if (literal or single) and is_news_outlet(literal or single):
        return "article-newspaper"  # 연합뉴스, "제목", 2024.01.15.
    publisher = item.get("publisher", "")
    if is_university(publisher) and "publisher-place" not in item:
        return "thesis"
    if publisher and _INSTITUTION.search(publisher) and not _PRESS.search(publisher):
        return "report"
    if publisher or item.get("publisher-place") or item.get("ISBN") or item.get("edition") \
            or item.get("collection-title"):
        return "book"
    if "URL" in item and not _TREATY_BODY.search(literal):
        return "webpage"
    if literal:
        return "report"  # an organisation's own publication
    if "volume" in item and "issue" in item or "DOI" in item:
        return "article-journal"  # 제목 / 저자 / 2018. 02. / Vol.52 No.1; most DOIs are articles
    return "document"
