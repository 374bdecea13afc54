"""The CSL type, from which fields the reference has and the words they contain."""

from __future__ import annotations

import re

from ...model import CSLItem
from ..data import words

_INSTITUTION = re.compile(r"연구원|연구소|센터|위원회|부$|청$|처$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[\s'’-]*\d{2,4})?$")
_PRESS = re.compile(r"\b(?:press|verlag|publish\w*|books)\b|출판", re.IGNORECASE)


def _mentions(text: str, listname: str) -> bool:
    known = words(listname)
    folded = text.casefold()
    tokens = re.findall(r"[\w’'-]+", folded)
    return any(t in known for t in tokens) or any(k in folded for k in known if not k.isascii())


def infer_type(item: CSLItem, *, genre: str | None, after_in: bool) -> str:
    """A CSL type for the assembled item."""
    container = item.get("container-title", "")
    journal = any(k in item for k in ("volume", "issue", "page"))
    if genre == "thesis":
        return "thesis"
    if genre in ("report", "manuscript"):
        return genre
    if container:
        if _mentions(container, "conference_words.txt"):
            return "paper-conference"
        if after_in and _ACRONYM.match(container):
            return "paper-conference"  # "In EMNLP": conferences are cited by acronym
        if after_in and "issue" in item and not item.get("editor"):
            return "article-journal"
        if after_in or item.get("editor"):
            return "chapter"
        if not journal and _mentions(container, "news_outlets.txt"):
            return "article-newspaper"
        if not journal and "URL" in item:
            return "webpage"
        if not journal and len(item.get("issued", {}).get("date-parts", [[]])[0]) == 3:
            return "article-newspaper"
        return "article-journal"
    authors = item.get("author") or [{}]
    literal = authors[0].get("literal", "")
    if literal and _mentions(literal, "news_outlets.txt"):
        return "article-newspaper"  # 연합뉴스, "제목", 2024.01.15.
    publisher = item.get("publisher", "")
    if publisher and _INSTITUTION.search(publisher) and not _PRESS.search(publisher):
        return "report"
    if publisher or item.get("publisher-place") or item.get("ISBN") or item.get("edition"):
        return "book"
    if "URL" in item:
        return "webpage"
    if literal:
        return "report"  # an organisation's own publication
    return "document"
