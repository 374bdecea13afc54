"""ISBN to CSL-JSON through Open Library's books API."""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

from .endpoints import Endpoints
from .http import Unreachable, get_json
from .names import byline_names
from .pagemeta import parse_date
from .record import SourceRecord

_NOT_ISBN = re.compile(r"[^0-9Xx]")


def normal_isbn(isbn: str) -> str:
    """The ISBN's digits (and a final X), without hyphens or spaces."""
    return _NOT_ISBN.sub("", isbn).upper()


def resolve_isbn(isbn: str, endpoints: Endpoints, **http: Any) -> SourceRecord | None:
    """The book's record, or None when the catalogue does not know the ISBN."""
    key = f"ISBN:{normal_isbn(isbn)}"
    query = urllib.parse.urlencode({"bibkeys": key, "format": "json", "jscmd": "data"})
    answer = get_json(http.pop("session"), f"{endpoints.openlibrary}/api/books?{query}", **http)
    if answer.status == 404:
        return None
    if answer.status != 200 or not isinstance(answer.data, dict):
        raise Unreachable(f"Open Library answered {answer.status}")
    book = answer.data.get(key)
    if not isinstance(book, dict):
        return None
    record = SourceRecord(f"isbn:{normal_isbn(isbn)}")
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
    record.put("ISBN", normal_isbn(isbn), "openlibrary")
    return record


def _first_name(values: Any) -> str | None:
    if isinstance(values, list) and values and isinstance(values[0], dict):
        return str(values[0].get("name") or "").strip() or None
    return None


def _year(value: Any) -> str | None:
    match = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", str(value or ""))
    return match.group(1) if match else None
