"""A fetched page's metadata as CSL fields: JSON-LD, Open Graph, ``citation_*``, Dublin Core.

Sources on one page disagree; each field is taken from the most careful one first:
JSON-LD and ``citation_*`` (written for machines), then Dublin Core, then Open Graph (often
the headline with the site name glued on, or cut short), then the ``<h1>`` and ``<title>``.
An update time is never read as the publication date, and a portal's site name is never
the outlet.
"""

from __future__ import annotations

import datetime
import re
import urllib.parse
from functools import cache
from typing import Any

from .. import rx
from ..links.observation import Observation
from ..model import Name
from ..packagedata import data_lines, data_rows
from .names import byline_names, inverted_name
from .normal import text_key
from .record import SourceRecord

ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "blogposting", "report",
    "techarticle", "socialmediaposting", "creativework", "webpage", "book", "chapter", "thesis",
}  # fmt: skip
_DATE = rx.compile(r"^\s*([0-9]{4})(?:[-/.]([0-9]{1,2})(?:[-/.]([0-9]{1,2}))?)?")
_STAMP = rx.compile(
    r"^\s*([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})"
    r"(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(Z|[+-][0-9]{2}:?[0-9]{2})$"
)
_KANA = rx.compile(r"[\u3040-\u30ff]")
_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_HAN = rx.compile(r"[\u4e00-\u9fff]")
ZONE_HOURS = {"ko": 9, "ja": 9, "zh": 8}  # where a UTC time stamp is read as the local day
TLD_HOURS = {"kr": 9, "jp": 9, "cn": 8, "tw": 8}
_TITLE_SEPARATORS = rx.compile(r"\s+(?:[-|:–—<>»·]|::)\s+|\s*(?:::|｜|︱)\s*")
_TRUNCATED = ("…", "...", "‥")


@cache
def portal_names() -> frozenset[str]:
    """Keys of portal site names and hosts (``verify/data/portals.txt``)."""
    return frozenset(text_key(line) for line in data_lines("citekit.verify", "data", "portals.txt"))


def is_portal(site_name: str | None, url: str | None) -> bool:
    """True when the page is a portal's copy, by its site name or its host."""
    if site_name and text_key(site_name) in portal_names():
        return True
    host = (urllib.parse.urlsplit(url or "").hostname or "").lower()
    parts = host.split(".")
    return any(text_key(".".join(parts[i:])) in portal_names() for i in range(len(parts) - 1))


def page_record(obs: Observation) -> SourceRecord:
    """The CSL fields a fetched page states about itself."""
    url = obs.final_url or obs.url
    meta = obs.meta
    articles = [o for o in obs.ld_json if _type_of(o) & ARTICLE_TYPES]
    article = articles[0] if articles else {}
    site = _first(meta, "og:site_name") or _name(article.get("publisher"))
    record = SourceRecord(f"url:{url}", portal=is_portal(site, url))
    _title(record, obs, article, site)
    _dates(record, meta, article, local_hours(record, meta, article, site, url))
    _authors(record, meta, article, site)
    _container(record, meta, article, site)
    for key, name in (("citation_volume", "volume"), ("citation_issue", "issue"),
                      ("citation_doi", "DOI"), ("citation_isbn", "ISBN"),
                      ("citation_issn", "ISSN")):  # fmt: skip
        record.put(name, _first(meta, key), "citation")
    first, last = _first(meta, "citation_firstpage"), _first(meta, "citation_lastpage")
    if first:
        record.put("page", f"{first}-{last}" if last and last != first else first, "citation")
    record.put("publisher", _first(meta, "citation_publisher", "dc.publisher"), "citation")
    return record


def _type_of(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _first(meta: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in meta.get(key, []):
            if value.strip():
                return value.strip()
    return None


def _name(node: Any) -> str | None:
    if isinstance(node, list):
        node = node[0] if node else None
    if isinstance(node, dict):
        node = node.get("name")
    return node.strip() if isinstance(node, str) and node.strip() else None


def _title(
    record: SourceRecord, obs: Observation, article: dict[str, Any], site: str | None
) -> None:
    sites = {text_key(s) for s in (site, _name(article.get("publisher"))) if s} | portal_names()
    candidates = [
        (_name(article.get("headline")) or _name(article.get("name")), "json-ld"),
        (_first(obs.meta, "citation_title"), "citation"),
        (_first(obs.meta, "dc.title", "dcterms.title"), "dc"),
        (_first(obs.meta, "og:title", "twitter:title"), "og"),
        (obs.headings[0] if obs.headings else None, "h1"),
        (obs.page_title, "title"),
    ]
    cut: tuple[str, str] | None = None
    for value, via in candidates:
        if not value:
            continue
        value = strip_site_name(value, sites) if via in ("og", "title", "h1") else value
        if not value or text_key(value) in sites:
            continue  # a <title> that is only the site's name
        if value.endswith(_TRUNCATED):
            cut = cut or (value, via)
            continue
        record.put("title", value, via)
        return
    if cut:
        record.put("title", cut[0].rstrip("…. ‥"), cut[1])
        record.truncated.add("title")


def strip_site_name(title: str, sites: set[str]) -> str:
    """``제목 - 한겨레``, ``[연합뉴스] 제목``, ``제목 :: 세계일보 ::`` → ``제목``."""
    title = re.sub(r"^\s*\[([^\]]+)\]\s*", lambda m: "" if text_key(m[1]) in sites else m[0], title)
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p and p.strip()]
    if len(parts) < 2:
        return title.strip()
    kept = [p for p in parts if text_key(p) not in sites]
    if len(kept) == len(parts):
        return title.strip()
    # keep the original text between the first and last kept parts
    start, end = title.find(kept[0]), title.rfind(kept[-1]) + len(kept[-1]) if kept else 0
    return title[start:end].strip() if kept else ""


def parse_date(value: str | None, local_hours: int | None = None) -> list[int] | None:
    """Date parts of an ISO-like date, on the day of its own time zone.

    A UTC time stamp (``Z``, ``+00:00``) of a page in an East Asian language is read on
    that country's day (``local_hours`` east of UTC): ``2023-02-07T22:00:00Z`` from a Seoul
    outlet was published on 8 February.
    """
    stamp = _STAMP.match(value or "")
    if stamp and local_hours is not None and stamp.group(6) in ("Z", "+00:00", "+0000"):
        moment = datetime.datetime(*(int(g) for g in stamp.groups()[:5]))
        local = moment + datetime.timedelta(hours=local_hours)
        return [local.year, local.month, local.day]
    match = _DATE.match(value or "")
    if not match:
        return None
    parts = [int(p) for p in match.groups() if p]
    if len(parts) > 1 and not 1 <= parts[1] <= 12 or len(parts) > 2 and not 1 <= parts[2] <= 31:
        return None
    return parts


def page_language(meta: dict[str, list[str]], article: dict[str, Any], title: str) -> str | None:
    """The page's language as declared (``og:locale``, ``inLanguage``), else by its script."""
    declared = _first(meta, "og:locale", "citation_language", "dc.language") or article.get(
        "inLanguage"
    )
    if isinstance(declared, str) and declared[:2].lower() in ZONE_HOURS:
        return declared[:2].lower()
    if _HANGUL.search(title):
        return "ko"
    if _KANA.search(title):
        return "ja"
    return "zh" if _HAN.search(title) else None


@cache
def _outlet_hours() -> dict[str, int]:
    rows = data_rows("citekit.verify", "data", "outlet_zones.tsv")
    return {text_key(name): int(hours) for name, hours in rows}


def local_hours(record: SourceRecord, meta: dict[str, list[str]], article: dict[str, Any],
                site: str | None, url: str) -> int | None:  # fmt: skip
    """Hours east of UTC of the day the page dates its article by, where that is known."""
    for name in (site, _name(article.get("publisher"))):
        if name and text_key(name) in _outlet_hours():
            return _outlet_hours()[text_key(name)]
    top = (urllib.parse.urlsplit(url).hostname or "").rsplit(".", 1)[-1].lower()
    if top in TLD_HOURS:
        return TLD_HOURS[top]
    return ZONE_HOURS.get(page_language(meta, article, str(record.fields.get("title", ""))) or "")


def _dates(record: SourceRecord, meta: dict[str, list[str]], article: dict[str, Any],
           hours: int | None) -> None:  # fmt: skip
    for value, via in (
        (article.get("datePublished") or article.get("dateCreated"), "json-ld"),
        (_first(meta, "citation_publication_date", "citation_date"), "citation"),
        (_first(meta, "article:published_time", "og:article:published_time"), "og"),
        (_first(meta, "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date"), "dc"),
        (_first(meta, "pubdate", "date"), "meta"),
    ):
        parts = parse_date(value if isinstance(value, str) else None, hours)
        if parts:
            record.put("issued", {"date-parts": [parts]}, via)
            return


def _authors(
    record: SourceRecord, meta: dict[str, list[str]], article: dict[str, Any], site: str | None
) -> None:
    people: list[Name] = []
    for node in _as_list(article.get("author")) or _as_list(article.get("creator")):
        if isinstance(node, dict) and "organization" in _type_of(node):
            continue  # the outlet itself
        if isinstance(node, dict) and node.get("familyName"):
            people.append(
                {"family": str(node["familyName"]), "given": str(node.get("givenName", ""))}
            )
        elif _name(node):
            people += byline_names(_name(node) or "")
    if people:
        record.put("author", people, "json-ld")
        return
    for key, via in (("citation_author", "citation"), ("dc.creator", "dc")):
        if meta.get(key):
            record.put("author", [inverted_name(v) for v in meta[key]], via)
            return
    byline = _first(meta, "author", "byline", "article:author", "og:article:author")
    if byline and not record.portal and (not site or text_key(byline) != text_key(site)):
        record.put("author", byline_names(byline), "meta")


def _container(
    record: SourceRecord, meta: dict[str, list[str]], article: dict[str, Any], site: str | None
) -> None:
    record.put("container-title", _first(meta, "citation_journal_title"), "citation")
    record.put("container-title", _name(article.get("isPartOf")), "json-ld")
    if record.portal:
        # Portals name the outlet in og:article:author ("연합뉴스 | 네이버") or JSON-LD
        outlet = _first(meta, "og:article:author", "article:media_name")
        outlet = outlet.split("|")[0].strip() if outlet else _name(article.get("publisher"))
        if outlet and text_key(outlet) not in portal_names():
            record.put("container-title", outlet, "og")
        return
    record.put("container-title", _name(article.get("publisher")), "json-ld")
    record.put("container-title", site, "og")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
