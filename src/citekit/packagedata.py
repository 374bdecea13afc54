"""Reading citekit's package data files: raw text, comment-free line lists, JSON."""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import Any

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def package_folder(package: str) -> Path | Traversable:
    """The folder of ``package``: on disk wherever the package is a plain folder, as it is
    when installed, found without ``importlib.resources`` (its readers cost milliseconds to
    import); otherwise (a zip) what ``importlib.resources.files`` gives."""
    spec = importlib.import_module(package).__spec__
    if spec is not None:
        if spec.has_location and spec.origin and os.path.isfile(spec.origin):
            return Path(spec.origin).parent
        locations = list(spec.submodule_search_locations or ())
        if len(locations) == 1 and os.path.isdir(locations[0]):  # a namespace package
            return Path(locations[0])
    from importlib.resources import files

    return files(package)


def data_text(package: str, *path: str) -> str:
    """The UTF-8 text of the data file at ``path`` inside ``package``."""
    return package_folder(package).joinpath(*path).read_text(encoding="utf-8")


def data_lines(package: str, *path: str) -> list[str]:
    """The file's lines, stripped, without blank lines and ``#`` comment lines."""
    lines = (line.strip() for line in data_text(package, *path).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def data_rows(package: str, *path: str) -> list[tuple[str, ...]]:
    """A tab-separated file's rows of stripped cells, without blank lines and ``#`` comments."""
    rows = []
    for line in data_text(package, *path).splitlines():
        stripped = line.strip()
        if stripped and stripped[0] != "#":
            rows.append(tuple(map(str.strip, line.split("\t"))))  # (Hanja's 10,800 rows)
    return rows


def data_json(package: str, *path: str) -> Any:
    """The file parsed as JSON."""
    return json.loads(data_text(package, *path))
