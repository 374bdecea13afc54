"""citekit.rx: patterns built from the cache of compiled programs are re.compile's patterns."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys

import pytest

import citekit
from citekit import rx
from citekit.userdirs import cache_folder

GENERATED = [
    (r"[\uac00-\ud7a3\u4e00-\u9fff]+(?P<law>법|令)", 0),
    (r"(?P<year>\d{4})(?:-(?P<month>\d\d))?", 0),
    (r"\bthe\b|\bder\b|\bla\b", re.IGNORECASE),
    (r"""
        (?P<vol>\d+)      # volume
        \s*\((?P<no>\d+)\)  # number
     """, re.VERBOSE),
    (r"^\s*(?:pp?\.)\s*(\d+)(?:[-–](\d+))?$", re.MULTILINE | re.IGNORECASE),
    (r"(?<![A-Za-z])v\.?(?=\s+[A-Z])", 0),
    (r"(?i:ltd|plc)\b", 0),
    (r"(a)(b)?\2", 0),
    (br"[\x00-\x1f]+", 0),
    (r"[^\W\d_]+", re.ASCII),
    (r"(?s)(?P<x>.).*?(?P=x)", 0),
]
SAMPLES = ["가나다법", "國際令", "2023-02 and 1999", "The Law", "DER Staat", "12 (3)",
           " pp. 10–20", "Donoghue v Stevenson", "Acme Ltd", "abb ab aba", "naïve 12 x",
           "xyzx", "abcab"]


def _same(one: re.Pattern, other: re.Pattern) -> None:
    """Equal programs (Pattern equality compares pattern, flags and code) and results."""
    assert one == other
    assert one.groupindex == other.groupindex and one.groups == other.groups
    for sample in SAMPLES:
        text = sample.encode("utf-8") if isinstance(one.pattern, bytes) else sample
        assert [m.span() for m in one.finditer(text)] == [m.span() for m in other.finditer(text)]
        assert [m.groups() for m in one.finditer(text)] == [m.groups() for m in other.finditer(text)]


def _round_trip(path, patterns):  # type: ignore[no-untyped-def]
    """Compile ``patterns`` through a fresh cache at ``path``, save it, read it back."""
    first = rx.PatternCache(path)
    for pattern, flags in patterns:
        first.compile(pattern, flags)
    first.save()
    assert path.is_file()
    return rx.PatternCache(path)


@pytest.mark.parametrize(("pattern", "flags"), GENERATED)
def test_cached_patterns_equal_re_compile(tmp_path, pattern, flags):
    cache = _round_trip(tmp_path / "regex.bin", [(pattern, flags)])
    assert (pattern, flags) in cache._load()  # read from the file, not compiled again
    _same(cache.compile(pattern, flags), re.compile(pattern, flags))


def _citekit_patterns() -> set[tuple[str | bytes, int]]:
    """Every pattern citekit's modules compile through rx when imported."""
    for module in pkgutil.walk_packages(citekit.__path__, "citekit."):
        if module.name.startswith("citekit.serve") or module.name.endswith("__main__"):
            continue  # the web app's optional dependencies; the command itself
        try:
            importlib.import_module(module.name)
        except ImportError:
            continue
    return set(rx._CACHE._built)


def test_every_citekit_pattern_survives_the_cache(tmp_path):
    patterns = _citekit_patterns()
    assert len(patterns) > 300
    cache = _round_trip(tmp_path / "regex.bin", patterns)
    assert set(cache._load()) == patterns
    for pattern, flags in patterns:
        built, compiled = cache.compile(pattern, flags), re.compile(pattern, flags)
        assert built == compiled, pattern  # same pattern, flags and program
        assert (built.groups, built.groupindex) == (compiled.groups, compiled.groupindex), pattern


def test_flags_are_part_of_the_key(tmp_path):
    cache = _round_trip(tmp_path / "regex.bin", [("abc", 0)])
    folded = cache.compile("abc", re.IGNORECASE)
    assert folded.match("ABC") and not cache.compile("abc").match("ABC")
    assert cache.compile("abc", re.I) is folded  # built once per process


def test_a_broken_or_unwritable_cache_compiles_as_usual(tmp_path):
    broken = tmp_path / "regex.bin"
    broken.write_bytes(b"\x00not marshal")
    assert rx.PatternCache(broken).compile(r"\d+").findall("a1b22") == ["1", "22"]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = rx.PatternCache(blocker / "sub" / "regex.bin")  # parent is a file
    assert cache.compile(r"(x)").match("x").group(1) == "x"
    cache.save()  # no exception
    assert not (blocker / "sub").exists()


def test_a_program_that_differs_turns_the_cache_off(tmp_path, monkeypatch):
    wrong = rx.program("b", 0)
    monkeypatch.setattr(rx, "program", lambda pattern, flags: wrong)
    cache = rx.PatternCache(tmp_path / "regex.bin")
    compiled = cache.compile("a")
    assert compiled.match("a") and not compiled.match("b")
    cache.save()
    assert not (tmp_path / "regex.bin").exists()
    assert cache.compile("c").match("c")


def test_the_cache_is_written_on_exit_and_read_by_the_next_process(tmp_path):
    script = (
        "import sys; from pathlib import Path; from citekit import rx\n"
        "cache = rx.PatternCache(Path(sys.argv[1])); rx._CACHE = cache\n"
        "print(bool(cache._load()), rx.compile(r'(?P<n>[가-힣]+)').match('한국').group('n'))\n"
    )
    path = tmp_path / "regex.bin"
    runs = [
        subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                       text=True, check=True).stdout.split()
        for _ in range(2)
    ]
    assert runs == [["False", "한국"], ["True", "한국"]]


@pytest.mark.parametrize("xdg", [None, "", "/tmp/somewhere-else"])
def test_the_cache_folder_is_platformdirs_one(monkeypatch, xdg):
    platformdirs = pytest.importorskip("platformdirs")
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert str(cache_folder()) == platformdirs.user_cache_dir("citekit")
