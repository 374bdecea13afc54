"""A fake web on 127.0.0.1 for verification: news and journal pages, DOI and ISBN services.

The pages are modelled on the markup real sites serve: JSON-LD ``NewsArticle`` (Korean,
English and Japanese outlets), Open Graph only with the site name glued to the headline,
``citation_*`` tags of journal sites, Dublin Core of repositories, EUC-KR pages, pages
whose ``<title>`` is only the site name, truncated ``og:title``, an update time beside the
publication time, outlet links that redirect to a portal's copy, soft-404s and gone pages.
The facts (headlines, names, outlets, dates) are made up here from small vocabularies.
"""

from __future__ import annotations

import copy
import datetime
import html
import json
import random
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

KO_FAMILY = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"]
KO_GIVEN = ["민지", "서준", "지우", "하은", "도윤", "수빈", "예준", "지민", "현우", "서연", "태현"]
EN_NAMES = [("Smith", "Jane"), ("Brown", "Oliver"), ("Taylor", "Amelia"), ("Wilson", "Jack"),
            ("Davies", "Grace"), ("Evans", "Noah"), ("Clarke", "Isla"), ("Hughes", "Leo")]
JA_NAMES = [("山田", "太郎"), ("佐藤", "花子"), ("鈴木", "健一"), ("高橋", "美咲"), ("田中", "誠")]
KO_OUTLETS = ["연합뉴스", "한겨레", "조선일보", "중앙일보", "동아일보", "경향신문", "한국일보",
              "세계일보", "서울신문", "국민일보", "매일경제", "서울경제", "뉴시스", "뉴스1"]
EN_OUTLETS = ["The Guardian", "The Korea Herald", "The Korea Times", "BBC News", "Reuters"]
JA_OUTLETS = ["朝日新聞", "読売新聞", "毎日新聞", "日本経済新聞"]
KO_SUBJECTS = ["북한 인권", "이산가족 상봉", "탈북민 지원", "납북자 문제", "유엔 인권이사회",
               "강제실종", "정치범수용소", "인권 보고서", "난민 심사", "국군포로"]
KO_PREDICATES = ["정부, 대책 발표", "국회서 논의 본격화", "국제사회 우려 확산", "“끝까지 해결할 것”",
                 "새 지침 마련", "관련 단체 반발", "실태 조사 착수", "법 개정 추진"]
EN_SUBJECTS = ["Seoul", "UN rapporteur", "Abductee families", "Defectors", "Human rights groups"]
EN_PREDICATES = ["call for inquiry into detention camps", "urge action on separated families",
                 "publish new testimony", "press Pyongyang on missing detainees"]
JA_TITLES = ["拉致問題の解決へ新たな協議", "人権外交の行方を問う", "国連で北朝鮮人権決議を採択",
             "脱北者支援の現場から"]
JOURNALS = [("통일정책연구", "ko"), ("북한연구학회보", "ko"), ("인권과 정의", "ko"),
            ("Korean Journal of International Law", "en"), ("Asian Human Rights Review", "en")]
KINDS = ["jsonld", "og", "euckr", "sitename", "portal", "truncated", "updated", "dc"]
NEWS_KINDS_PER_LANGUAGE = {"ko": KINDS, "en": ["jsonld", "og", "truncated", "updated", "dc"],
                           "ja": ["jsonld", "og", "updated"]}
INSTITUTES = {"ko": "통일연구원", "en": "Asia Rights Institute", "ja": "人権研究所"}
STATED = {  # the fields each kind of page states in its metadata
    "portal": ("title", "issued", "container-title"),
    "truncated": ("issued", "author", "container-title"),  # the headline only cut short
    "dc": ("title", "issued", "author", "publisher"),
}
DEFAULT_STATED = ("title", "issued", "author", "container-title")


@dataclass
class Fact:
    """One source as it really is, and how its page is marked up."""

    id: str
    kind: str
    language: str
    type: str
    title: str
    authors: list[dict[str, str]]
    outlet: str
    date: tuple[int, int, int]
    extra: dict[str, str] = field(default_factory=dict)  # volume, issue, page, DOI
    variant: int = 0  # picks among the ways real sites write the same markup

    @property
    def stated(self) -> tuple[str, ...]:
        """The fields the page's metadata states."""
        extra = tuple(k for k in ("volume", "issue", "page", "DOI") if k in self.extra)
        return STATED.get(self.kind, DEFAULT_STATED) + extra

    @property
    def path(self) -> str:
        return f"/{'portal-link' if self.kind == 'portal' else 'article'}/{self.id}"

    def item(self, base: str) -> dict[str, Any]:
        """The correct CSL-JSON item for this source."""
        item: dict[str, Any] = {
            "id": self.id, "type": self.type, "title": self.title,
            "author": [dict(a) for a in self.authors],
            "publisher" if self.type == "report" else "container-title": self.outlet,
            "issued": {"date-parts": [list(self.date)]}, "URL": base + self.path,
        }
        item.update(self.extra)
        return item


@dataclass
class Book:
    isbn: str
    title: str
    authors: list[str]
    publisher: str
    year: int


def _korean_name(rng: random.Random) -> dict[str, str]:
    return {"family": rng.choice(KO_FAMILY), "given": rng.choice(KO_GIVEN)}


def make_facts(seed: int = 1, news: int = 56, journals: int = 10) -> list[Fact]:
    """News and journal facts across every markup kind (deterministic for a seed)."""
    rng = random.Random(seed)
    facts: list[Fact] = []
    titles: set[str] = set()
    languages = ["ko"] * 5 + ["en"] * 2 + ["ja"]
    for number in range(news):
        language = languages[number % len(languages)]
        kinds = NEWS_KINDS_PER_LANGUAGE[language]
        kind = kinds[(number // len(languages)) % len(kinds)]
        while True:
            if language == "ko":
                title = f"{rng.choice(KO_SUBJECTS)}… {rng.choice(KO_PREDICATES)}"
                authors, outlet = [_korean_name(rng)], rng.choice(KO_OUTLETS)
            elif language == "en":
                title = f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_PREDICATES)}"
                family, given = rng.choice(EN_NAMES)
                authors, outlet = [{"family": family, "given": given}], rng.choice(EN_OUTLETS)
            else:
                family, given = rng.choice(JA_NAMES)
                title = f"{rng.choice(JA_TITLES)}　{rng.randint(2, 9)}年ぶり"
                authors, outlet = [{"family": family, "given": given}], rng.choice(JA_OUTLETS)
            if title not in titles:
                break
        titles.add(title)
        date = (rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 27))
        kind_of = "article-newspaper"
        if kind == "dc":  # repositories, not news sites, write Dublin Core
            kind_of, outlet = "report", INSTITUTES[language]
        facts.append(Fact(f"n{number:02d}", kind, language, kind_of, title, authors,
                          outlet, date, variant=rng.randrange(1000)))
    for number in range(journals):
        journal, language = JOURNALS[number % len(JOURNALS)]
        if language == "ko":
            title = f"{rng.choice(KO_SUBJECTS)}에 관한 연구: {rng.choice(KO_SUBJECTS)}을 중심으로"
            authors = [_korean_name(rng), _korean_name(rng)]
        else:
            title = f"{rng.choice(EN_SUBJECTS)} and the Law of {rng.choice(['Detention', 'Asylum', 'Return'])}"
            authors = [{"family": f, "given": g} for f, g in rng.sample(EN_NAMES, 2)]
        first = rng.randint(1, 200)
        extra = {"volume": str(rng.randint(10, 40)), "issue": str(rng.randint(1, 4)),
                 "page": f"{first}-{first + rng.randint(10, 30)}",
                 "DOI": f"10.5555/j.{number:03d}.{rng.randint(1000, 9999)}"}
        kind = "citation" if number % 2 == 0 else "jsonld-scholarly"
        date = (rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 27))
        facts.append(Fact(f"j{number:02d}", kind, language, "article-journal", title, authors,
                          journal, date, extra, rng.randrange(1000)))
    return facts


def make_books() -> list[Book]:
    return [
        Book("9788936472983", "북한 인권의 이해", ["김민지"], "창비", 2019),
        Book("9780393327021", "Korea's Place in the Sun: A Modern History", ["Bruce Cumings"],
             "W. W. Norton", 2005),
        Book("9784004316015", "日本の人権外交", ["山田太郎"], "岩波書店", 2016),
    ]


ZONES = ["+09:00", "+0900", "", "Z"]
SEPARATORS = [" - ", " | ", " : ", " :: ", " – "]
BYLINES = {"ko": ["{} 기자", "{}", "{} 기자 reporter@example.kr", "(서울=뉴스) {} 기자"],
           "en": ["{}", "By {}"], "ja": ["{}記者", "{}"]}


UTC_DATED = {"BBC News", "Reuters", "The Guardian"}  # outlets that date by UTC (as London)


def _iso(date: tuple[int, int, int], hour: int = 10, variant: int = 0, outlet: str = "") -> str:
    zone = ZONES[variant % len(ZONES)]
    if zone == "Z":  # UTC: an early morning in Seoul is the day before in UTC
        offset = 0 if outlet in UTC_DATED else 9
        local = datetime.datetime(*date, 7 if variant % 8 == 3 else hour, 41,
                                  tzinfo=datetime.timezone(datetime.timedelta(hours=offset)))
        return local.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}T{hour:02d}:41:00{zone}"


def _display(name: dict[str, str], language: str) -> str:
    if language in ("ko", "ja"):
        return name["family"] + name["given"]
    return f"{name['given']} {name['family']}"


def _meta(key: str, value: str, attr: str = "property") -> str:
    return f'<meta {attr}="{key}" content="{html.escape(value)}">'


def _page(head: list[str], body: str, charset: str = "utf-8") -> str:
    return (f'<!doctype html><html><head><meta charset="{charset}">' + "".join(head)
            + f"</head><body>{body}</body></html>")


def render_page(fact: Fact) -> tuple[bytes, str]:
    """The HTML of a fact's page and its Content-Type."""
    names = [_display(a, fact.language) for a in fact.authors]
    e = html.escape
    v = fact.variant
    forms = BYLINES[fact.language]
    signed = [forms[(v + i) % len(forms)].format(n) for i, n in enumerate(names)]
    byline = signed[0]
    h1 = f"<h1>{e(fact.title)}</h1><p class=byline>{e(byline)}</p><p>본문…</p>"
    people: Any = [{"@type": "Person", "name": n} for n in signed]
    if v % 3 == 1:
        people = people[0]  # one object, not a list
    elif v % 3 == 2:
        people = signed[0]  # a bare string
    ld = {"@context": "https://schema.org", "@type": ["NewsArticle", "Article"][v % 2],
          "headline": fact.title, "datePublished": _iso(fact.date, 10, v, fact.outlet),
          "dateModified": _iso(fact.date, 18, v, fact.outlet), "author": people,
          "publisher": {"@type": "Organization", "name": fact.outlet}}
    data: Any = ld if v % 4 else {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": fact.outlet}, ld]}
    script = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    sep = SEPARATORS[v % len(SEPARATORS)] if fact.language != "ja" else "｜"
    kind = fact.kind
    if kind == "jsonld":
        head = [f"<title>{e(fact.title)} | {e(fact.outlet)}</title>", script]
    elif kind == "og":
        head = [f"<title>{e(fact.title)}{sep}{e(fact.outlet)}</title>",
                _meta("og:title", f"{fact.title}{sep}{fact.outlet}"),
                _meta("og:site_name", fact.outlet),
                _meta("article:published_time", _iso(fact.date, 10, v, fact.outlet)),
                _meta("author", byline, "name")]
    elif kind == "euckr":
        head = [f"<title>{e(fact.title)} :: {e(fact.outlet)} ::</title>",
                _meta("og:title", fact.title), _meta("og:site_name", fact.outlet),
                _meta("article:published_time", _iso(fact.date)),
                _meta("author", byline, "name")]
        text = _page(head, h1, "euc-kr").replace('<meta charset="euc-kr">',
            '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">')
        return text.encode("cp949"), "text/html"
    elif kind == "sitename":
        head = [f"<title>{e(fact.outlet)}</title>",
                _meta("article:published_time", _iso(fact.date)),
                _meta("og:site_name", fact.outlet), _meta("author", byline, "name")]
    elif kind == "portal":
        head = [f"<title>{e(fact.title)} : 네이버 뉴스</title>",
                _meta("og:title", fact.title), _meta("og:site_name", "네이버 뉴스"),
                _meta("og:article:author", f"{fact.outlet} | 네이버"),
                _meta("article:published_time", _iso(fact.date))]
        h1 = f"<h1>{e(fact.title)}</h1><p>{e(names[0])} 기자</p>"
    elif kind == "truncated":
        cut = fact.title[: max(6, len(fact.title) // 2)] + "…"
        head = [f"<title>{e(cut)}</title>", _meta("og:title", cut),
                _meta("og:site_name", fact.outlet),
                _meta("article:published_time", _iso(fact.date)),
                _meta("article:modified_time", _iso((fact.date[0], fact.date[1], 28))),
                _meta("author", byline, "name")]
        h1 = "<p>본문…</p>"
    elif kind == "updated":
        later = dict(ld, datePublished=_iso(fact.date), dateModified=_iso(
            (fact.date[0] + 1, fact.date[1], fact.date[2])))
        head = [f"<title>{e(fact.title)}</title>",
                f'<script type="application/ld+json">{json.dumps([later], ensure_ascii=False)}</script>',
                _meta("article:modified_time", _iso((fact.date[0] + 1, 1, 1)))]
    elif kind == "dc":
        creators = [f"{a['family']}, {a['given']}" if fact.language == "en" else
                    a["family"] + a["given"] for a in fact.authors]
        head = [f"<title>{e(fact.title)}</title>", _meta("DC.title", fact.title, "name"),
                *[_meta("DC.creator", c, "name") for c in creators],
                _meta("DC.date", "-".join(f"{p:02d}" for p in fact.date), "name"),
                _meta("DC.publisher", fact.outlet, "name")]
    elif kind == "citation":
        head = [f"<title>{e(fact.title)} | {e(fact.outlet)}</title>",
                _meta("og:site_name", "KCI 한국학술지인용색인"),
                _meta("citation_title", fact.title, "name"),
                *[_meta("citation_author", f"{a['family']}, {a['given']}", "name")
                  for a in fact.authors],
                _meta("citation_journal_title", fact.outlet, "name"),
                _meta("citation_publication_date", "/".join(f"{p:02d}" for p in fact.date), "name"),
                _meta("citation_volume", fact.extra["volume"], "name"),
                _meta("citation_issue", fact.extra["issue"], "name"),
                _meta("citation_firstpage", fact.extra["page"].split("-")[0], "name"),
                _meta("citation_lastpage", fact.extra["page"].split("-")[1], "name"),
                _meta("citation_doi", fact.extra["DOI"], "name")]
    else:  # jsonld-scholarly
        scholarly = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Journal Platform"},
            {"@type": "ScholarlyArticle", "headline": fact.title,
             "datePublished": "-".join(f"{p:02d}" for p in fact.date),
             "author": [{"@type": "Person", "givenName": a["given"], "familyName": a["family"]}
                        for a in fact.authors],
             "isPartOf": {"@type": "Periodical", "name": fact.outlet}}]}
        head = [f"<title>{e(fact.title)}</title>",
                f'<script type="application/ld+json">{json.dumps(scholarly, ensure_ascii=False)}</script>']
    return _page(head, h1).encode("utf-8"), "text/html; charset=utf-8"


def csl_of(fact: Fact) -> dict[str, Any]:
    """The CSL-JSON a DOI resolver gives for a journal fact."""
    return {"type": "article-journal", "title": fact.title, "author": fact.authors,
            "container-title": fact.outlet, "issued": {"date-parts": [list(fact.date)]},
            "DOI": fact.extra["DOI"], "volume": fact.extra["volume"],
            "issue": fact.extra["issue"], "page": fact.extra["page"]}


class FakeWeb:
    """Serves the facts, a DOI resolver, Crossref-, DataCite- and Open Library-like APIs.

    ``delay`` adds latency to every request; ``hosts`` binds 127.0.0.1 .. 127.0.0.N on one
    port (for the speed benchmark). ``requests`` counts requests by path prefix.
    """

    def __init__(self, facts: list[Fact] | None = None, *, delay: float = 0.0, hosts: int = 1):
        self.facts = {f.id: f for f in (facts if facts is not None else make_facts())}
        self.books = {b.isbn: b for b in make_books()}
        self.nlk_books = {"9791190000005": Book("9791190000005", "탈북민의 삶과 인권",
                                                 ["이하은 지음", "박도윤 옮김"], "한울", 2021)}
        self.delay = delay
        self.hosts = hosts
        self.requests: dict[str, int] = {}
        self.flaky_resolver: set[str] = set()  # DOIs whose resolver answers 503 (fallback)
        self.rate_limited: dict[str, int] = {}  # path -> 429s still to send
        self.retry_after = "1"  # the Retry-After those 429s carry
        self._lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def host_base(self, n: int) -> str:
        return f"http://127.0.0.{n + 1}:{self.port}"

    def start(self) -> FakeWeb:
        handler = self._handler()
        first = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        first.daemon_threads = True
        self.port = first.server_address[1]
        self._servers = [first]
        for n in range(2, self.hosts + 1):
            server = ThreadingHTTPServer((f"127.0.0.{n}", self.port), handler)
            server.daemon_threads = True
            self._servers.append(server)
        for server in self._servers:
            threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> FakeWeb:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def endpoints(self) -> dict[str, str]:
        return {"doi": f"{self.base}/doi", "crossref": f"{self.base}/crossref",
                "datacite": f"{self.base}/datacite", "openlibrary": f"{self.base}/openlibrary",
                "nlk": f"{self.base}/nlk"}

    def _count(self, path: str) -> None:
        prefix = "/" + path.strip("/").split("/")[0]
        with self._lock:
            self.requests[prefix] = self.requests.get(prefix, 0) + 1

    def answer(self, method: str, path: str, accept: str) -> tuple[int, dict[str, str], bytes]:
        self._count(path)
        url = urllib.parse.urlsplit(path)
        parts = [urllib.parse.unquote(p) for p in url.path.strip("/").split("/")]
        with self._lock:
            if self.rate_limited.get(url.path, 0) > 0:
                self.rate_limited[url.path] -= 1
                return 429, {"Retry-After": self.retry_after}, b"slow down"
        head, rest = parts[0], "/".join(parts[1:])
        if head in ("article", "portal") and parts[1] in self.facts:
            body, kind = render_page(self.facts[parts[1]])
            return 200, {"Content-Type": kind}, body
        if head == "portal-link" and parts[1] in self.facts:
            return 302, {"Location": f"/portal/{parts[1]}"}, b""
        if head == "soft404":
            page = _page(["<title>페이지를 찾을 수 없습니다</title>"],
                         "<h1>요청하신 페이지를 찾을 수 없습니다</h1>")
            return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()
        if head == "doi":
            return self._doi(rest, accept)
        if head == "crossref" and parts[1] == "works":
            fact = self._journal("/".join(parts[2:]))
            if fact is None:
                return 404, {}, b"Resource not found."
            message = dict(csl_of(fact), type="journal-article", title=[fact.title],
                           **{"container-title": [fact.outlet]})
            return 200, {"Content-Type": "application/json"}, json.dumps(
                {"status": "ok", "message": message}, ensure_ascii=False).encode()
        if head == "datacite":
            return 404, {"Content-Type": "application/json"}, b'{"errors": []}'
        if head == "nlk":
            query = urllib.parse.parse_qs(url.query)
            if query.get("cert_key") != ["test-key"]:
                return 200, {"Content-Type": "application/json"}, b'{"RESULT": "ERROR"}'
            book = self.nlk_books.get((query.get("isbn") or [""])[0])
            docs = [] if book is None else [{
                "TITLE": book.title, "AUTHOR": " ; ".join(book.authors),
                "PUBLISHER": book.publisher, "PUBLISH_PREDATE": f"{book.year}0315",
                "EA_ISBN": book.isbn}]
            return 200, {"Content-Type": "application/json"}, json.dumps(
                {"TOTAL_COUNT": str(len(docs)), "docs": docs}, ensure_ascii=False).encode()
        if head == "openlibrary":
            query = urllib.parse.parse_qs(url.query)
            key = (query.get("bibkeys") or [""])[0]
            book = self.books.get(key.removeprefix("ISBN:"))
            data = {} if book is None else {key: {
                "title": book.title, "authors": [{"name": a} for a in book.authors],
                "publishers": [{"name": book.publisher}], "publish_date": str(book.year)}}
            return 200, {"Content-Type": "application/json"}, json.dumps(
                data, ensure_ascii=False).encode()
        return 404, {"Content-Type": "text/html"}, b"<title>404 Not Found</title>"

    def _journal(self, doi: str) -> Fact | None:
        return next((f for f in self.facts.values() if f.extra.get("DOI", "").lower()
                     == doi.lower()), None)

    def _doi(self, doi: str, accept: str) -> tuple[int, dict[str, str], bytes]:
        if doi.lower() in self.flaky_resolver:
            return 503, {}, b"resolver down"
        fact = self._journal(doi)
        if fact is None:
            return 404, {}, b"DOI Not Found"
        if "application/vnd.citationstyles.csl+json" in accept:
            return 200, {"Content-Type": "application/vnd.citationstyles.csl+json"}, json.dumps(
                csl_of(fact), ensure_ascii=False).encode()
        return 302, {"Location": f"/article/{fact.id}"}, b""

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                if web.delay:
                    time.sleep(web.delay)
                status, headers, body = web.answer("GET", self.path, self.headers.get("Accept", ""))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_: object) -> None:
                pass

        return Handler


FIELDS = ("title", "issued", "author", "container-title", "publisher", "volume", "issue", "page")
RULE_FIELDS = {"title-differs": "title", "date-differs": "issued", "author-differs": "author",
               "outlet-differs": "container-title"}
OTHER_OUTLET = {"ko": "한국일보", "en": "Reuters", "ja": "毎日新聞"}


def altered(fact: Fact, item: dict[str, Any], rule: str) -> dict[str, Any]:
    """A copy of ``item`` with the field of ``rule`` made wrong the way researchers slip."""
    item = copy.deepcopy(item)
    if rule == "title-differs":
        middle = len(item["title"]) // 2
        item["title"] = item["title"][:middle] + "가" + item["title"][middle + 1:]
    elif rule == "date-differs":
        year, month, day = item["issued"]["date-parts"][0]
        item["issued"] = {"date-parts": [[year, month, day + 1]]}
    elif rule == "author-differs":
        item["author"] = [{"family": "Zimmermann", "given": "Q"}]
    else:
        item["container-title"] = OTHER_OUTLET[fact.language]
    return item


def alterations(pairs: list[tuple[Fact, dict[str, Any]]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Every reference altered once per field its page states, and the rule each should raise."""
    changed, expected = [], []
    for fact, truth in pairs:
        for rule, name in RULE_FIELDS.items():
            if name in fact.stated and name in truth and truth[name] != OTHER_OUTLET[fact.language]:
                item = altered(fact, truth, rule)
                item["id"] = f"{fact.id}-{rule}"
                changed.append(item)
                expected.append(rule)
    return changed, expected
