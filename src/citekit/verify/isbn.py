"""ISBN to CSL-JSON: Open Library's books API, and the National Library of Korea's when enabled.

The National Library of Korea's ISBN service (국립중앙도서관 서지정보 유통지원시스템) needs a
key: with ``CITEKIT_NLK_KEY`` set it is asked first for Korean ISBNs (978-89, 979-11), which
Open Library often lacks.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

from .. import rx
from .endpoints import Endpoints
from .http import Unreachable, get_json
from .names import byline_names
from .pagemeta import parse_date
from .record import SourceRecord

_NOT_ISBN = rx.compile(r"[^0-9Xx]")


def normal_isbn(isbn: str) -> str:
    """The ISBN's digits (and a final X), without hyphens or spaces."""
    return _NOT_ISBN.sub("", isbn).upper()


KOREAN_PREFIXES = ("97889", "97911", "89")


def resolve_isbn(isbn: str, endpoints: Endpoints, **http: Any) -> SourceRecord | None:
    """The book's record, or None when no enabled catalogue knows the ISBN."""
    digits = normal_isbn(isbn)
    if endpoints.nlk_key and digits.startswith(KOREAN_PREFIXES):
        found = _national_library(digits, endpoints, **dict(http))
        if found is not None:
            return found
    return _open_library(digits, endpoints, **http)


def _national_library(isbn: str, endpoints: Endpoints, **http: Any) -> SourceRecord | None:
    query = urllib.parse.urlencode({"cert_key": endpoints.nlk_key, "result_style": "json",
                                    "page_no": 1, "page_size": 1, "isbn": isbn})  # fmt: skip
    answer = get_json(http.pop("session"), f"{endpoints.nlk}?{query}", **http)
    docs = answer.data.get("docs") if isinstance(answer.data, dict) else None
    if answer.status != 200 or not isinstance(docs, list):
        raise Unreachable(f"the National Library of Korea answered {answer.status}")
    if not docs or not isinstance(docs[0], dict):
        return None
    book = docs[0]
    record = SourceRecord(f"isbn:{isbn}")
    title = str(book.get("TITLE") or "").strip()
    if book.get("VOL"):
        title = f"{title} {str(book['VOL']).strip()}"
    record.put("title", title, "nlk")
    record.put("author", byline_names(_roles_dropped(str(book.get("AUTHOR") or ""))), "nlk")
    record.put("publisher", str(book.get("PUBLISHER") or "").strip() or None, "nlk")
    parts = parse_date(_year(book.get("PUBLISH_PREDATE") or book.get("REAL_PUBLISH_DATE")))
    record.put("issued", {"date-parts": [parts]} if parts else None, "nlk")
    record.put("ISBN", isbn, "nlk")
    return record


def _roles_dropped(author: str) -> str:
    """``김민지 지음 ; 박서준 옮김`` → the authors only (translators and editors are not)."""
    kept = [p for p in re.split(r"\s*;\s*", author) if not re.search(r"옮김|역|번역|엮음|편", p)]
    return re.sub(r"\s*(?:지음|저|글|著)\b", "", ", ".join(kept)).strip(" ,")


def _open_library(isbn: str, endpoints: Endpoints, **http: Any) -> SourceRecord | None:
    key = f"ISBN:{isbn}"
    query = urllib.parse.urlencode({"bibkeys": key, "format": "json", "jscmd": "data"})
    answer = get_json(http.pop("session"), f"{endpoints.openlibrary}/api/books?{query}", **http)
    if answer.status == 404:
        return None
    if answer.status != 200 or not isinstance(answer.data, dict):
        raise Unreachable(f"Open Library answered {answer.status}")
    book = answer.data.get(key)
    if not isinstance(book, dict):
        return None
    record = SourceRecord(f"isbn:{isbn}")
    title = str(book.get("title") or "").strip()
    if book.get("subtitle"):
        title = f"{title}: {str(book['subtitle']).strip()}"
    record.put("title", title, "openlibrary")
    people = [n for a in book.get("authors") or [] for n in byline_names(str(a.get("name", "")))]
    record.put("author", people, "openlibrary")
    record.put("publisher", _first_name(book.get("publishers")), "openlibrary")
    record.put("publisher-place", _first_name(book.get("publish_places")), "openlibrary")
    parts = parse_date(_year(book.get("publish_date")))
    record.put("issued", {"date-parts": [parts]} if parts else None, "openlibrary")
    if book.get("number_of_pages"):
        record.put("number-of-pages", str(book["number_of_pages"]), "openlibrary")
    record.put("ISBN", isbn, "openlibrary")
    return record


def _first_name(values: Any) -> str | None:
    if isinstance(values, list) and values and isinstance(values[0], dict):
        return str(values[0].get("name") or "").strip() or None
    return None


def _year(value: Any) -> str | None:
    match = re.search(r"(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})", str(value or ""))
    return match.group(1) if match else None
