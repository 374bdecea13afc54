"""The SQLite store: keys, tags, filters, provenance, history and schema migrations."""

from __future__ import annotations

import pytest
from library_helpers import article

from citekit.errors import InputError
from citekit.library import Provenance, filters, items, open_library, schema
from citekit.library.sqlite_store import SQLiteStore


@pytest.fixture
def path(tmp_path):
    return tmp_path / "lib.sqlite"


def test_new_library_is_at_the_latest_schema_in_wal_mode(path) -> None:
    with open_library(path) as store:
        assert schema.version(store.conn) == schema.VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.count() == 0


def test_keys_are_made_unique_and_items_round_trip(path) -> None:
    with open_library(path) as store:
        first = store.add(article("kim2023", "First"), Provenance("a.json", "entry kim2023"))
        second = store.add(article("kim2023", "Second"), Provenance("b.json", "entry kim2023"))
        assert (first.key, second.key) == ("kim2023", "kim2023a")
        assert store.find("kim2023a").item["title"] == "Second"
        assert store.get(first.rowid).item == first.item
        assert [(s, loc) for s, loc, _ in store.provenance(second.rowid)] == [
            ("b.json", "entry kim2023")
        ]


def test_filters_by_tag_type_year_and_language(path) -> None:
    with open_library(path) as store:
        store.add(article("a", "납북자 가족", 2021), Provenance("x"), tags=["thesis"])
        store.add(
            article("b", "Abductees", 2023, language="en-GB"),
            Provenance("x"),
            tags=["thesis", "ch2"],
        )
        store.add(
            {"id": "c", "type": "book", "title": "Memory", "issued": {"date-parts": [[2019]]}},
            Provenance("x"),
        )

        def keys(**given) -> list[str]:
            return [s.key for s in store.select(filters(**given))]

        assert keys() == ["a", "b", "c"]
        assert keys(tag="thesis") == ["a", "b"]
        assert keys(tag=["thesis", "ch2"]) == ["b"]
        assert keys(type="book") == ["c"]
        assert keys(year="2021-2023") == ["a", "b"]
        assert keys(year="-2020") == ["c"]
        assert keys(year=2023) == ["b"]
        assert keys(language="ko") == ["a"]
        assert keys(language="en") == ["b"]
    assert [item["id"] for item in items(path, tag="ch2")] == ["b"]


def test_bad_year_filter_is_a_usage_error() -> None:
    from citekit.errors import UsageError

    with pytest.raises(UsageError, match="--year"):
        filters(year="twenty")


def test_tags_add_and_remove(path) -> None:
    with open_library(path) as store:
        stored = store.add(article("a", "Title"), Provenance("x"), tags=["one"])
        store.tag(stored.rowid, add=["two", "one"], remove=["one"])
        assert store.get(stored.rowid).tags == ["two"]


def test_update_keeps_the_old_version_in_history(path) -> None:
    with open_library(path) as store:
        stored = store.add(article("a", "Old title"), Provenance("x"))
        store.update(stored.rowid, article("ignored", "New title"), "edit", {"by": "test"})
        assert store.get(stored.rowid).item["title"] == "New title"
        assert store.get(stored.rowid).key == "a"
        (entry,) = store.history(stored.rowid)
        assert (entry.action, entry.before["title"], entry.after["title"]) == (
            "edit",
            "Old title",
            "New title",
        )
        assert entry.note == {"by": "test"}


def test_a_failed_transaction_leaves_nothing(path) -> None:
    with open_library(path) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add(article("a", "Title"), Provenance("x"))
            raise RuntimeError("disk on fire")
        assert store.count() == 0
        assert store.conn.execute("SELECT COUNT(*) FROM provenance").fetchone()[0] == 0
        assert store.search("title") == []


@pytest.mark.parametrize("stop", range(1, schema.VERSION))
def test_migrations_upgrade_a_first_version_library(path, stop: int) -> None:
    """Data written at version 1, upgraded to ``stop`` by one citekit, then to the latest."""
    old = SQLiteStore(path, migrate_to=1)
    old.conn.execute(
        "INSERT INTO items(citekey, data, type, year, language, title, first_author, added, modified)"
        " VALUES ('a', ?, 'article-journal', 2023, 'ko', '납북피해 계속 지원', 'Kim', 't', 't')",
        (
            '{"id": "a", "type": "article-journal", "title": "납북피해 계속 지원", "DOI": "10.1234/x"}',
        ),
    )
    assert schema.version(old.conn) == 1
    old.close()
    SQLiteStore(path, migrate_to=stop).close()
    with open_library(path) as store:
        assert schema.version(store.conn) == schema.VERSION
        assert [s.key for s in store.search("피해")] == ["a"]
        assert store.same_key("doi", "10.1234/x", limit=5) == [1]


def test_a_library_from_a_newer_citekit_is_refused(path) -> None:
    with open_library(path) as store:
        store.conn.execute("UPDATE meta SET value = '99' WHERE name = 'schema_version'")
    with pytest.raises(InputError, match="newer"):
        SQLiteStore(path)


def test_a_file_that_is_not_a_library_is_named(tmp_path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(InputError) as caught:
        SQLiteStore(bad)
    assert str(bad) in str(caught.value)


def test_a_busy_library_is_a_clear_error(path, monkeypatch) -> None:
    from citekit.library import sqlite_store

    with open_library(path) as holder, holder.transaction():
        monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_S", 0.1)
        waiting = SQLiteStore(path)
        with pytest.raises(InputError, match="busy") as caught:
            waiting.add(article("a", "Title"), Provenance("x"))
        assert caught.value.file == str(path)
        waiting.close()
