"""Reading citekit's package data files: raw text, comment-free line lists, JSON."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any


def data_text(package: str, *path: str) -> str:
    """The UTF-8 text of the data file at ``path`` inside ``package``."""
    return files(package).joinpath(*path).read_text(encoding="utf-8")


def data_lines(package: str, *path: str) -> list[str]:
    """The file's lines, stripped, without blank lines and ``#`` comment lines."""
    lines = (line.strip() for line in data_text(package, *path).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def data_rows(package: str, *path: str) -> list[tuple[str, ...]]:
    """A tab-separated file's rows of stripped cells, without blank lines and ``#`` comments."""
    return [
        tuple(cell.strip() for cell in line.split("\t"))
        for line in data_text(package, *path).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def data_json(package: str, *path: str) -> Any:
    """The file parsed as JSON."""
    return json.loads(data_text(package, *path))
