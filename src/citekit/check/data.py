"""Reading the rule family's data tables (package data under ``check/data``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def _text(name: str) -> str:
    return resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")


@cache
def json_table(name: str) -> Any:
    """A JSON data file, parsed once."""
    return json.loads(_text(name))


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A one-entry-per-line data file, without blank lines and ``#`` comments."""
    lines = (line.strip() for line in _text(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))
