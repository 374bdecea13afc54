"""Zotero libraries: the zotero.sqlite database, Better BibTeX JSON and Zotero RDF exports."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
import zotero_fixture as zf

from citekit.cli import main
from citekit.errors import InputError
from citekit.formats import detect_format, read_library
from citekit.formats.zotero_sqlite import find_zotero_database, read_zotero_sqlite
from citekit.pipeline import load


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("zotero")
    items = zf.items()
    database = folder / "zotero.sqlite"
    zf.write_sqlite(database, items)
    bbt = folder / "export.json"
    bbt.write_text(zf.write_bbt_json(items), "utf-8")
    rdf = folder / "export.rdf"
    rdf.write_text(zf.write_rdf(items), "utf-8")
    return {"items": items, "sqlite": database, "bbt": bbt, "rdf": rdf, "folder": folder}


def _by_title(items: list[dict]) -> dict[str, dict]:
    return {str(item["title"]).split(":")[0]: item for item in items}


def test_every_common_type_and_field_is_mapped_as_zotero_exports_it(library: dict) -> None:
    items = read_zotero_sqlite(str(library["sqlite"])).items
    assert len(items) == len(library["items"]) == 48  # not the trashed item, not the note
    assert "In the trash" not in {item.get("title") for item in items}
    types = {item["type"] for item in items}
    assert {"article-journal", "book", "chapter", "article-newspaper", "webpage", "report",
            "thesis", "paper-conference", "legal_case", "legislation", "post-weblog",
            "motion_picture", "entry-encyclopedia", "speech", "article-magazine",
            "document"} == types
    found = _by_title(items)
    article = found["journalArticle 제목 1"]
    assert article["container-title"] == "Journal of Korean Law"
    assert article["container-title-short"] == "J Korean L"
    assert (article["volume"], article["issue"], article["page"]) == ("12", "2", "101-130")
    assert article["DOI"] == "10.1000/jkl.1" and article["ISSN"] == "1598-1681"
    assert article["language"] == "ko" and article["title-short"] == "Item 1"
    assert article["accessed"] == {"date-parts": [[2023, 2, 8]]}
    assert article["issued"] == {"date-parts": [[2021, 2, 7]]}  # "February 7, 2021"
    case = found["case 제목 28"]
    assert case["type"] == "legal_case" and case["authority"] == "대법원"  # court → authority
    assert (case["number"], case["container-title"], case["volume"], case["page"]) == (
        "2018다28", "KLR", "28", "77")
    assert case["issued"] == {"date-parts": [[2018, 3, 7]]}  # dateDecided → issued
    chapter = found["bookSection 제목 7"]
    assert chapter["container-title"] == "Transitional Justice in East Asia"
    assert chapter["editor"] and chapter["publisher-place"] == "London"
    report = found["report 제목 19"]
    assert (report["publisher"], report["number"], report["genre"]) == (
        "Korea Institute for National Unification", "KINU-19", "Policy report")
    film = found["film 제목 41"]
    assert film["author"][0] == {"family": "Kim", "given": "Minsu"}  # the director, primary
    assert film["dimensions"] == "98 min" and film["publisher"] == "CJ Entertainment"
    book = found["book 제목 4"]
    assert book["collection-title"] == "Studies in Human Rights" and book["number-of-pages"] == "412"
    assert book["issued"] == {"date-parts": [[2020, 5]]}  # "2020-05"


def test_korean_and_organisation_creators(library: dict) -> None:
    found = _by_title(read_zotero_sqlite(str(library["sqlite"])).items)
    assert found["journalArticle 제목 3"]["author"][0] == {"literal": "국가인권위원회"}
    assert found["journalArticle 제목 2"]["author"][0] == {"family": "남궁", "given": "민"}
    assert found["book 제목 5"]["author"][0] == {"family": "홍", "given": "길동"}


def test_extra_lines_set_csl_variables_and_the_rest_stays_a_note(library: dict) -> None:
    found = _by_title(read_zotero_sqlite(str(library["sqlite"])).items)
    item = found["journalArticle 제목 2"]
    assert item["original-title"] == "Original title 2"
    assert item["language"] == "en"  # Extra fills a language the item does not have
    assert item["citation-key"] == "key2" and item["id"] == "key2"
    assert item["original-author"] == [{"family": "Park", "given": "Ji-hoon"}]
    assert item["original-date"] == {"date-parts": [[1990, 4]]}
    assert item["note"] == "A free note line 2"
    assert found["journalArticle 제목 1"]["language"] == "ko"  # the field wins over nothing


def test_collections_tags_and_attachment_urls(library: dict) -> None:
    found = _by_title(read_zotero_sqlite(str(library["sqlite"])).items)
    assert found["journalArticle 제목 1"]["custom"]["zotero-collections"] == [
        "Human rights/Korea"]
    assert found["journalArticle 제목 2"]["custom"]["zotero-collections"] == ["Human rights"]
    assert found["book 제목 4"]["custom"]["zotero-tags"] == ["북한"]
    attachments = found["book 제목 5"]["custom"]["attachments"]
    assert attachments == [{"url": "https://archive.example.org/5", "title": "Snapshot",
                            "content-type": "text/html"}]  # the stored PDF has no URL


def test_bbt_json_and_rdf_exports_give_the_same_items(library: dict) -> None:
    from_sqlite = read_zotero_sqlite(str(library["sqlite"])).items
    bbt = read_library(library["bbt"].read_text("utf-8"), "export.json")
    rdf = read_library(library["rdf"].read_text("utf-8"), "export.rdf")
    assert (bbt.format, rdf.format) == ("bbt-json", "zotero-rdf")
    assert bbt.items == from_sqlite
    assert rdf.items == from_sqlite


def test_bbt_json_is_no_longer_read_as_csl_json(library: dict) -> None:
    text = library["bbt"].read_text("utf-8")
    assert detect_format(text) == "bbt-json"
    items = load(str(library["bbt"])).items
    assert all(item.get("issued") for item in items)  # CSL-JSON reading gave n.d. items
    assert items[0]["container-title"] == "Journal of Korean Law"


def test_read_while_zotero_holds_an_exclusive_lock_and_never_written(library: dict) -> None:
    database = library["sqlite"]
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    zotero = sqlite3.connect(database)
    zotero.execute("PRAGMA locking_mode=EXCLUSIVE")
    zotero.execute("BEGIN EXCLUSIVE")
    try:
        assert len(read_zotero_sqlite(str(database)).items) == 48
    finally:
        zotero.rollback()
        zotero.close()
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_library_import_turns_collections_into_tags(library: dict, capsys) -> None:
    store = library["folder"] / "lib.sqlite"
    assert main(["library", "import", str(library["sqlite"]), "--library", str(store)]) == 0
    capsys.readouterr()
    assert main(["library", "list", "--library", str(store), "--tag", "Human rights/Korea",
                 "--to", "jsonl"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(listed) == 16 and all("zotero-collections" not in item.get("custom", {})
                                     for item in listed)


def test_zotero_flag_finds_the_profile_database(tmp_path: Path, library: dict,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "elsewhere"
    data.mkdir()
    (data / "zotero.sqlite").write_bytes(library["sqlite"].read_bytes())
    profile = tmp_path / ".zotero" / "zotero" / "abcd.default"
    profile.mkdir(parents=True)
    (profile / "prefs.js").write_text(
        f'user_pref("extensions.zotero.dataDir", "{data}");\n', "utf-8")
    assert find_zotero_database(str(tmp_path)) == data / "zotero.sqlite"
    (tmp_path / "Zotero").mkdir()
    (tmp_path / "Zotero" / "zotero.sqlite").write_bytes(b"")
    (profile / "prefs.js").write_text("", "utf-8")
    assert find_zotero_database(str(tmp_path)) == tmp_path / "Zotero" / "zotero.sqlite"
    with pytest.raises(InputError, match="no Zotero database found"):
        find_zotero_database(str(tmp_path / "nobody"))
    monkeypatch.setenv("HOME", str(tmp_path))
    store = tmp_path / "lib.sqlite"
    (tmp_path / "Zotero" / "zotero.sqlite").write_bytes(library["sqlite"].read_bytes())
    assert main(["library", "import", "--zotero", "--library", str(store)]) == 0


def test_a_file_that_is_not_a_zotero_database(tmp_path: Path, capsys) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    assert main(["convert", str(other), "--to", "csl-json"]) == 2
    assert "not a Zotero database" in capsys.readouterr().err


def test_a_pipe_is_not_consumed_by_the_database_sniffing(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "refs.fifo"
    os.mkfifo(fifo)
    text = '[{"id": "a", "type": "book", "title": "Through a pipe"}]'
    writer = threading.Thread(target=lambda: fifo.write_text(text, "utf-8"))
    writer.start()
    items = load(str(fifo)).items
    writer.join(timeout=10)
    assert [item["title"] for item in items] == ["Through a pipe"]
