"""Verification end to end against a fake web on 127.0.0.1: completion, findings, politeness."""

import json

import pytest
from verify_fakeweb import FIELDS, OTHER_OUTLET, FakeWeb, alterations, altered, make_facts

import citekit
from citekit.check import rules
from citekit.verify import Endpoints, Verifier, complete
from citekit.verify.doi import resolve_doi
from citekit.verify.http import Unreachable
from citekit.verify.isbn import resolve_isbn
from citekit.verify.run import Looked


@pytest.fixture(scope="module")
def web():
    with FakeWeb(make_facts(seed=1)) as running:
        yield running


def verifier(web, **settings) -> Verifier:
    settings.setdefault("cache", False)
    return Verifier(endpoints=Endpoints(**web.endpoints()), allow_private=True, timeout=5,
                    **settings)


def truths(web):
    return [(fact, fact.item(web.base)) for fact in web.facts.values()]


def test_complete_restores_at_least_95_percent_of_dropped_fields_exactly(web):
    pairs = truths(web)
    dropped = [{k: v for k, v in item.items() if k not in FIELDS} for _, item in pairs]
    done = complete(dropped, verifier=verifier(web))
    restored = total = 0
    for (fact, truth), item in zip(pairs, done.items, strict=False):
        for name in fact.stated:
            if name in FIELDS:
                total += 1
                restored += item.get(name) == truth[name]
    assert total >= 250 and len(pairs) >= 60
    assert restored / total >= 0.95, (restored, total)
    assert dropped[0].get("title") is None  # the items passed in are not changed


def test_filled_values_record_their_source_and_time(web):
    fact, truth = next((f, t) for f, t in truths(web) if f.kind == "og")
    item = {k: v for k, v in truth.items() if k != "title"}
    done = complete([item], verifier=verifier(web))
    verified = done.items[0]["custom"]["verified"]
    assert set(verified) == {"title"} and done.filled == [["title"]]
    assert verified["title"]["source"] == f"url:{truth['URL']}"
    assert verified["title"]["via"] == "og"
    assert verified["title"]["at"].endswith("+00:00")


def test_check_online_reports_alterations_and_nothing_on_unaltered_references(web):
    changed, expected = alterations(truths(web))
    unaltered = [truth for _, truth in truths(web)]
    found = citekit.check(changed + unaltered, online=True, verifier=verifier(web))
    rules_by_item: dict[str, set[str]] = {}
    for finding in found:
        if rules()[finding.rule].family == "online":
            rules_by_item.setdefault(finding.location.item_id, set()).add(finding.rule)
    hits = sum(rule in rules_by_item.get(item["id"], set()) for item, rule in zip(changed, expected, strict=True))
    assert len(changed) >= 200
    assert hits / len(changed) >= 0.95, (hits, len(changed))
    assert all(item["id"] not in rules_by_item for item in unaltered), rules_by_item


def test_a_portal_copy_reached_by_redirect_names_the_outlet(web):
    fact, truth = next((f, t) for f, t in truths(web) if f.kind == "portal")
    item = {k: v for k, v in truth.items() if k != "container-title"}
    done = complete([item], verifier=verifier(web))
    assert done.items[0]["container-title"] == fact.outlet  # not 네이버 뉴스
    assert done.items[0]["custom"]["verified"]["container-title"]["via"] == "og"


def test_a_truncated_og_title_never_fills_or_overwrites(web):
    fact, truth = next((f, t) for f, t in truths(web) if f.kind == "truncated")
    assert fact.title not in web.answer("GET", truth["URL"].split(str(web.port))[1], "")[2].decode()
    done = complete([{k: v for k, v in truth.items() if k != "title"}], verifier=verifier(web))
    assert "title" not in done.items[0]
    kept = complete([truth], fix=True, verifier=verifier(web))
    assert kept.items[0]["title"] == fact.title and kept.diagnostics == []


def test_an_update_time_never_replaces_the_publication_date(web):
    fact, truth = next((f, t) for f, t in truths(web) if f.kind == "updated")
    done = complete([{k: v for k, v in truth.items() if k != "issued"}], verifier=verifier(web))
    assert done.items[0]["issued"] == {"date-parts": [list(fact.date)]}


def test_fix_corrects_slips_but_only_reports_other_differences(web):
    fact, truth = next((f, t) for f, t in truths(web) if f.kind == "jsonld" and f.language == "ko")
    slips = altered(fact, altered(fact, truth, "title-differs"), "date-differs")
    other = altered(fact, truth, "outlet-differs")
    done = complete([slips, other], fix=True, verifier=verifier(web))
    assert done.items[0]["title"] == fact.title
    assert done.items[0]["issued"] == truth["issued"]
    assert done.corrected[0] == ["title", "issued"]
    assert done.items[0]["custom"]["verified"]["title"]["was"] == slips["title"]
    assert done.items[1]["container-title"] == OTHER_OUTLET[fact.language]  # reported only
    assert [d.rule for d in done.diagnostics] == ["outlet-differs"]


def test_gone_and_soft_404_pages_are_reported(web):
    items = [{"id": "gone", "type": "webpage", "title": "t", "URL": f"{web.base}/article/none"},
             {"id": "soft", "type": "webpage", "title": "t", "URL": f"{web.base}/soft404/x"}]
    found = citekit.check(items, online=True, verifier=verifier(web))
    assert {(d.location.item_id, d.rule) for d in found} >= {("gone", "page-gone"),
                                                             ("soft", "page-gone")}
    assert all(d.severity == "error" for d in found if d.rule == "page-gone")


def journal(web):
    return next(f for f in web.facts.values() if "DOI" in f.extra)


def test_a_doi_resolves_by_content_negotiation(web):
    fact = journal(web)
    import requests

    record = resolve_doi(fact.extra["DOI"], Endpoints(**web.endpoints()),
                         session=requests.Session(), allow_private=True)
    assert record.fields["title"] == fact.title and record.via["title"] == "csl"
    assert record.fields["author"] == fact.authors


def test_a_failing_resolver_falls_back_to_crossref(web):
    import requests

    fact = journal(web)
    web.flaky_resolver.add(fact.extra["DOI"].lower())
    try:
        record = resolve_doi(fact.extra["DOI"], Endpoints(**web.endpoints()),
                             session=requests.Session(), allow_private=True)
    finally:
        web.flaky_resolver.clear()
    assert record.via["title"] == "crossref"
    assert record.fields["title"] == fact.title
    assert record.fields["container-title"] == fact.outlet
    assert record.fields["type"] == "article-journal"


def test_unknown_doi_and_isbn_are_findings_and_known_isbn_completes(web):
    items = [{"id": "d", "type": "article-journal", "title": "x", "DOI": "10.5555/none"},
             {"id": "i", "type": "book", "title": "x", "ISBN": "978-0-00-000000-2"},
             {"id": "b", "type": "book", "ISBN": "978-89-364-7298-3"}]
    done = complete(items, verifier=verifier(web))
    assert [(d.location.item_id, d.rule) for d in done.diagnostics] == [
        ("d", "doi-unknown"), ("i", "isbn-unknown")]
    book = done.items[2]
    assert (book["title"], book["publisher"], book["issued"]) == (
        "북한 인권의 이해", "창비", {"date-parts": [[2019]]})
    assert book["author"] == [{"family": "김", "given": "민지"}]


def test_a_429_is_waited_for_politely_and_then_answered(web):
    fact = journal(web)
    path = f"/doi/{fact.extra['DOI']}"
    web.rate_limited[path] = 1
    done = complete([{"id": "x", "type": "article-journal", "DOI": fact.extra["DOI"]}],
                    verifier=verifier(web))
    assert web.rate_limited[path] == 0
    assert done.items[0]["title"] == fact.title and done.diagnostics == []


def test_a_service_that_keeps_refusing_is_reported_never_fatal(web):
    fact = journal(web)
    path = f"/doi/{fact.extra['DOI']}"
    web.rate_limited[path] = 10
    web.rate_limited[f"/crossref/works/{fact.extra['DOI']}"] = 10
    web.retry_after = "0"
    try:
        done = complete([{"id": "x", "type": "article-journal", "DOI": fact.extra["DOI"]},
                         {"id": "y", "type": "book", "ISBN": "9788936472983"}],
                        verifier=verifier(web))
    finally:
        web.rate_limited.clear()
        web.retry_after = "1"
    assert [d.rule for d in done.diagnostics] == ["verify-unreachable"]
    assert done.diagnostics[0].severity == "warning"
    assert done.items[1]["title"] == "북한 인권의 이해"  # the others are still looked up


def test_private_addresses_are_refused_unless_allowed(web):
    import requests

    with pytest.raises(Unreachable, match="private|loopback|refused"):
        resolve_isbn("9788936472983", Endpoints(**web.endpoints()), session=requests.Session())


def test_offline_runs_use_only_the_cache_and_a_rerun_resumes(web, tmp_path):
    cache = tmp_path / "cache.sqlite3"
    pairs = truths(web)[:12]
    items = [{k: v for k, v in t.items() if k != "title"} for _, t in pairs]
    items.append({"id": "b", "type": "book", "ISBN": "9788936472983"})
    none = complete(items, verifier=verifier(web, cache=cache, offline=True))
    assert {d.rule for d in none.diagnostics} == {"verify-unreachable"}
    assert not any("title" in item for item in none.items)
    before = sum(web.requests.values())
    online = complete(items, verifier=verifier(web, cache=cache))
    asked = sum(web.requests.values()) - before
    assert asked >= len(items) and online.diagnostics == []
    again = sum(web.requests.values())
    offline = complete(items, verifier=verifier(web, cache=cache, offline=True))
    assert sum(web.requests.values()) == again  # nothing asked
    assert [i.get("title") for i in offline.items] == [i.get("title") for i in online.items]
    assert offline.diagnostics == []


def test_check_online_fix_rewrites_the_reference_text(web, tmp_path, monkeypatch):
    fact = next(f for f in web.facts.values() if f.kind == "jsonld" and f.language == "ko")
    year, month, day = fact.date
    typo = fact.title[:2] + "X" + fact.title[3:]
    line = (f'{fact.authors[0]["family"]}{fact.authors[0]["given"]}, "{typo}" ({fact.outlet}, '
            f"{day + 1} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} {year}) "
            f"<{web.base}{fact.path}> accessed 1 March 2024")
    refs = tmp_path / "refs.txt"
    refs.write_text(line + "\n", encoding="utf-8")
    for name, url in web.endpoints().items():
        monkeypatch.setenv({"doi": "CITEKIT_DOI_RESOLVER", "crossref": "CITEKIT_CROSSREF_API",
                            "datacite": "CITEKIT_DATACITE_API", "nlk": "CITEKIT_NLK_API",
                            "openlibrary": "CITEKIT_OPENLIBRARY_API"}[name], url)
    from citekit.cli import main

    out = tmp_path / "fixed.txt"
    code = main(["check", str(refs), "--online", "--allow-private", "--no-cache", "--fix",
                 "-o", str(out), "--to", "json"])
    fixed = out.read_text(encoding="utf-8")
    assert fact.title in fixed and f"{day} " in fixed and typo not in fixed
    assert code == 0
    report = main(["check", str(out), "--online", "--allow-private", "--no-cache"])
    assert report == 0


def test_complete_command_writes_filled_csl_json(web, tmp_path, capsys):
    pairs = truths(web)[:5]
    items = [{k: v for k, v in t.items() if k not in ("title", "author")} for _, t in pairs]
    source = tmp_path / "refs.json"
    source.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "done.json"
    from citekit.cli import main

    code = main(["complete", str(source), "--allow-private", "--no-cache", "-o", str(out)])
    written = json.loads(out.read_text(encoding="utf-8"))
    assert code == 0
    assert [w["title"] for w in written] == [t["title"] for _, t in pairs]
    assert "10 field(s) filled" in capsys.readouterr().err
    assert json.loads(source.read_text(encoding="utf-8")) == items  # input untouched


def test_looked_up_nothing_for_items_without_sources(web):
    looked = verifier(web).look_up([{"id": "a", "type": "book", "title": "No identifiers"}])
    assert looked == [Looked()]


def test_the_national_library_of_korea_is_asked_for_korean_isbns_only_with_a_key(web):
    korean = {"id": "k", "type": "book", "ISBN": "979-11-90000-00-5"}
    without = complete([korean], verifier=verifier(web))
    assert [d.rule for d in without.diagnostics] == ["isbn-unknown"]  # Open Library lacks it
    keyed = Verifier(endpoints=Endpoints(**web.endpoints(), nlk_key="test-key"),
                     allow_private=True, cache=False, timeout=5)
    book = complete([korean], verifier=keyed).items[0]
    assert (book["title"], book["publisher"], book["issued"]) == (
        "탈북민의 삶과 인권", "한울", {"date-parts": [[2021]]})
    assert book["author"] == [{"family": "이", "given": "하은"}]  # the translator is not an author
    assert book["custom"]["verified"]["title"]["via"] == "nlk"
    other = complete([{"id": "o", "type": "book", "ISBN": "9780393327021"}], verifier=keyed)
    assert other.items[0]["custom"]["verified"]["title"]["via"] == "openlibrary"
