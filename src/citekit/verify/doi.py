"""DOI to CSL-JSON: content negotiation at the resolver, then Crossref's and DataCite's APIs.

Registration agencies answer content negotiation with CSL-JSON directly; when the resolver
fails (not when it says the DOI does not exist), Crossref's and DataCite's REST APIs are
asked in turn and their records mapped to CSL.
"""

from __future__ import annotations

import urllib.parse
from typing import Any

from ..digits import is_digits
from .endpoints import Endpoints
from .http import Unreachable, get_json
from .record import SourceRecord

CSL_JSON = "application/vnd.citationstyles.csl+json"
KEPT = (
    "type", "title", "author", "editor", "container-title", "issued", "volume", "issue",
    "page", "publisher", "publisher-place", "ISSN", "ISBN", "language", "URL",
)  # fmt: skip
CROSSREF_TYPES = {
    "journal-article": "article-journal", "book-chapter": "chapter", "proceedings-article":
    "paper-conference", "posted-content": "article", "dissertation": "thesis",
    "monograph": "book", "edited-book": "book", "reference-entry": "entry",
}  # fmt: skip


def resolve_doi(doi: str, endpoints: Endpoints, **http: Any) -> SourceRecord | None:
    """The DOI's record, or None when every agency says it does not exist.

    Raises ``Unreachable`` when no service could be asked.
    """
    quoted = urllib.parse.quote(doi.strip(), safe="/:;()")
    failures: list[str] = []
    for ask in (_negotiate, _crossref, _datacite):
        try:
            found = ask(quoted, endpoints, **http)
        except Unreachable as exc:
            failures.append(str(exc))
            continue
        if found is not None:
            found.fields.setdefault("DOI", doi.strip())
            return found
        if ask is _negotiate:
            return None  # the resolver itself says the DOI is not registered
    raise Unreachable("; ".join(failures))


def _negotiate(doi: str, endpoints: Endpoints, **http: Any) -> SourceRecord | None:
    answer = get_json(http.pop("session"), f"{endpoints.doi}/{doi}", accept=CSL_JSON, **http)
    if answer.status == 404:
        return None
    if answer.status != 200 or not isinstance(answer.data, dict):
        raise Unreachable(f"the DOI resolver answered {answer.status} without CSL-JSON")
    return _record(f"doi:{urllib.parse.unquote(doi)}", answer.data, "csl")


def _crossref(doi: str, endpoints: Endpoints, **http: Any) -> SourceRecord | None:
    url = f"{endpoints.crossref}/works/{doi}"
    if http.get("mailto"):
        url += "?" + urllib.parse.urlencode({"mailto": http["mailto"]})
    answer = get_json(http.pop("session"), url, **http)
    if answer.status == 404:
        return None
    message = answer.data.get("message") if isinstance(answer.data, dict) else None
    if answer.status != 200 or not isinstance(message, dict):
        raise Unreachable(f"Crossref answered {answer.status}")
    data = dict(message)
    for key in ("title", "container-title", "ISSN", "ISBN"):
        if isinstance(data.get(key), list):
            data[key] = data[key][0] if data[key] else None
    data["type"] = CROSSREF_TYPES.get(str(data.get("type")), data.get("type"))
    data.setdefault("issued", data.get("published-print") or data.get("published-online"))
    return _record(f"doi:{urllib.parse.unquote(doi)}", data, "crossref")


def _datacite(doi: str, endpoints: Endpoints, **http: Any) -> SourceRecord | None:
    answer = get_json(http.pop("session"), f"{endpoints.datacite}/dois/{doi}", **http)
    if answer.status == 404:
        return None
    node = answer.data.get("data") if isinstance(answer.data, dict) else None
    attributes = node.get("attributes") if isinstance(node, dict) else None
    if answer.status != 200 or not isinstance(attributes, dict):
        raise Unreachable(f"DataCite answered {answer.status}")
    titles = attributes.get("titles") or [{}]
    data: dict[str, Any] = {
        "title": titles[0].get("title"),
        "publisher": _publisher(attributes.get("publisher")),
        "author": [_creator(c) for c in attributes.get("creators") or []],
        "type": (attributes.get("types") or {}).get("citeproc"),
    }
    if is_digits(str(attributes.get("publicationYear", ""))):
        data["issued"] = {"date-parts": [[int(attributes["publicationYear"])]]}
    return _record(f"doi:{urllib.parse.unquote(doi)}", data, "datacite")


def _publisher(value: Any) -> Any:
    return value.get("name") if isinstance(value, dict) else value


def _creator(creator: dict[str, Any]) -> dict[str, str]:
    if creator.get("familyName"):
        return {"family": creator["familyName"], "given": creator.get("givenName", "")}
    return {"literal": str(creator.get("name", ""))}


def _record(source: str, data: dict[str, Any], via: str) -> SourceRecord:
    record = SourceRecord(source)
    for key in KEPT:
        value = data.get(key)
        if key in ("author", "editor") and isinstance(value, list):
            value = [_name(n) for n in value if isinstance(n, dict)]
        if key == "issued" and not _valid_date(value):
            continue
        if isinstance(value, (str, int)) and key not in ("author", "editor", "issued"):
            value = str(value).strip()
        record.put(key, value, via)
    return record


def _name(name: dict[str, Any]) -> dict[str, str]:
    kept = {k: str(name[k]) for k in ("family", "given", "literal") if name.get(k)}
    return kept or {"literal": str(name.get("name", ""))}


def _valid_date(value: Any) -> bool:
    parts = value.get("date-parts") if isinstance(value, dict) else None
    return bool(
        parts
        and isinstance(parts[0], list)
        and parts[0]
        and all(isinstance(p, int) for p in parts[0])
    )
