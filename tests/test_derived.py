"""``citekit.derived``: a value is built once per machine and again when its sources change."""

from __future__ import annotations

import datetime
import os

import pytest

from citekit import derived


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.setattr("sys.platform", "linux")
    return folder / "citekit"


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_value_is_built_once_then_read(cache, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("a\nb\n", encoding="utf-8")
    value = {("a", "b"): frozenset({"x"}), ("c",): frozenset()}
    build, calls = _counting(value)
    assert derived.cached("words", [source], build) == value
    assert derived.cached("words", [source], build) == value
    assert len(calls) == 1
    assert len(list(cache.glob("derived-words-*.bin"))) == 1


def test_a_changed_source_builds_again_and_drops_the_old_file(cache, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("a\n", encoding="utf-8")
    build, calls = _counting(["first"])
    derived.cached("words", [source], build)
    source.write_text("a\nb\n", encoding="utf-8")  # another size
    stamp = os.stat(source).st_mtime_ns
    os.utime(source, ns=(stamp + 10**9, stamp + 10**9))
    rebuilt, again = _counting(["second"])
    assert derived.cached("words", [source], rebuilt) == ["second"]
    assert again == [1] and len(list(cache.glob("derived-words-*.bin"))) == 1


def test_what_cannot_be_kept_is_still_returned(cache, tmp_path):
    source = tmp_path / "policy.toml"
    source.write_text("x = 1\n", encoding="utf-8")
    odd = {"when": datetime.date(2023, 2, 7)}  # marshal cannot write a date
    build, calls = _counting(odd)
    assert derived.cached("policy", [source], build) == odd
    assert derived.cached("policy", [source], build) == odd and len(calls) == 2
    missing, calls = _counting("built")
    assert derived.cached("gone", [tmp_path / "no-such-file"], missing) == "built"


def test_an_unwritable_cache_folder_builds_as_usual(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file, not a folder
    monkeypatch.setattr("sys.platform", "linux")
    source = tmp_path / "words.txt"
    source.write_text("a\n", encoding="utf-8")
    build, calls = _counting(("v",))
    assert derived.cached("words", [source], build) == ("v",)
    assert derived.cached("words", [source], build) == ("v",) and len(calls) == 2


def test_a_damaged_file_is_built_again(cache, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("a\n", encoding="utf-8")
    build, calls = _counting({"k": "v"})
    derived.cached("words", [source], build)
    (kept,) = cache.glob("derived-words-*.bin")
    kept.write_bytes(b"\x00garbage")
    assert derived.cached("words", [source], build) == {"k": "v"} and len(calls) == 2


def test_the_parsers_tables_read_from_the_cache_equal_a_fresh_build(cache):
    from citekit.lang import names
    from citekit.lang.policy import _read_toml, load_policy
    from citekit.parse.features import lexicon

    lexicon._phrases.cache_clear()
    first = lexicon._phrases()
    lexicon._phrases.cache_clear()
    assert lexicon._phrases() == first == lexicon._build_phrases()
    names.romanized_surnames.cache_clear()
    assert names.romanized_surnames() == names._spellings()
    names.romanized_surnames.cache_clear()
    assert names.romanized_surnames() == names._spellings()
    assert "Kim" in names._spellings()
    load_policy.cache_clear()
    assert load_policy("apa").name == "apa"
    assert list(cache.glob("derived-policy-apa-*.bin"))
    assert _read_toml("apa.toml").get("script", "original") == load_policy("apa").script


def test_a_styles_facts_and_marked_copy_follow_its_file(cache, tmp_path):
    import importlib

    styles = importlib.import_module("citekit.render.styles")
    pandoc = importlib.import_module("citekit.render.pandoc")
    shipped = styles.resolve_style("oscola").path
    copy = tmp_path / "mine.csl"
    copy.write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
    assert styles.resolve_style(str(copy)).note
    first = styles.facts(copy)
    assert first == styles._read_facts(copy) and first["bibliography"] is not None
    assert styles.resolve_style(str(copy)).note  # read back from the cache
    edited = copy.read_text(encoding="utf-8").replace('class="note"', 'class="in-text"', 1)
    copy.write_text(edited, encoding="utf-8")
    stamp = os.stat(copy).st_mtime_ns + 10**9
    os.utime(copy, ns=(stamp, stamp))
    assert not styles.resolve_style(str(copy)).note  # the edit is seen
    style = styles.resolve_style(str(copy))
    marked = pandoc.marked_style(style, tmp_path)
    assert marked is not None and marked.path.read_bytes() == pandoc._marked_text(style)
    assert pandoc.ENTRY_MARK in marked.path.read_text(encoding="utf-8")


def test_copies_of_a_file_in_new_folders_share_one_entry(cache, tmp_path):
    text = "<style>same</style>"
    build, calls = _counting("built")
    for name in ("run-1", "run-2", "run-3"):  # a temporary folder per render
        copy = tmp_path / name / "ranked-oscola.csl"
        copy.parent.mkdir()
        copy.write_text(text, encoding="utf-8")
        assert derived.from_file("marked", copy, __file__, build) == "built"
    assert calls == [1]
    assert len(list(cache.glob("derived-marked-*.bin"))) == 1


def test_a_changed_copy_replaces_its_entry_and_other_names_keep_theirs(cache, tmp_path):
    first = tmp_path / "a" / "ranked-oscola.csl"
    other = tmp_path / "a" / "ranked-apa.csl"
    first.parent.mkdir()
    first.write_text("<style>one</style>", encoding="utf-8")
    other.write_text("<style>one</style>", encoding="utf-8")
    assert derived.from_file("marked", first, __file__, lambda: "one") == "one"
    assert derived.from_file("marked", other, __file__, lambda: "apa") == "apa"
    first.write_text("<style>two</style>", encoding="utf-8")
    assert derived.from_file("marked", first, __file__, lambda: "two") == "two"
    assert len(list(cache.glob("derived-marked-*.bin"))) == 2
    missing = tmp_path / "gone.csl"
    assert derived.from_file("marked", missing, __file__, lambda: "built") == "built"


def test_a_value_built_by_two_modules_follows_both(cache, tmp_path):
    style = tmp_path / "oscola.csl"
    style.write_text("<style/>", encoding="utf-8")
    first, second = tmp_path / "order.py", tmp_path / "empty_keys.py"
    first.write_text("# one", encoding="utf-8")
    second.write_text("# one", encoding="utf-8")
    code = (str(first), str(second))
    assert derived.from_file("quiet-keys", style, code, lambda: "one") == "one"
    assert derived.from_file("quiet-keys", style, code, lambda: "unused") == "one"
    second.write_text("# two, longer", encoding="utf-8")
    assert derived.from_file("quiet-keys", style, code, lambda: "two") == "two"


def test_key_styles_come_from_the_cache_as_built(cache):
    from citekit.render import order, styles

    for name in ("oscola", "apa"):
        style = styles.resolve_style(name)
        for quiet in (False, True):
            built = order._key_text(style, quiet=quiet)
            assert order.key_text(style, quiet=quiet) == built  # stored
            assert order.key_text(style, quiet=quiet) == built  # read back
    assert len(list(cache.glob("derived-keys-*.bin"))) == 2
    assert len(list(cache.glob("derived-quiet-keys-*.bin"))) == 2


def test_two_installations_keep_their_own_files(cache, tmp_path, monkeypatch):
    source = tmp_path / "words.txt"
    source.write_text("a\n", encoding="utf-8")
    assert derived.cached("words", [source], lambda: "here") == "here"
    monkeypatch.setattr(derived, "_INSTALL", "another0")  # a second checkout or venv
    other = tmp_path / "other" / "words.txt"
    other.parent.mkdir()
    other.write_text("b\n", encoding="utf-8")
    assert derived.cached("words", [other], lambda: "there") == "there"
    assert len(list(cache.glob("derived-words-*.bin"))) == 2  # neither removed the other's
