"""Per-style multilingual policies: the TOML files in top-level ``styles/`` (``citekit.styles``)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import PurePath

from ..packagedata import data_text, package_folder
from ..records import dataclass

SCRIPTS = ("original", "romanized", "both")


@dataclass(frozen=True)
class Policy:
    """How a style wants non-Latin titles, names and outlets presented."""

    name: str
    script: str = "original"
    romanization: str = "rr"
    translation: bool = True
    romanize_names: bool = True
    romanize_fields: tuple[str, ...] = ()
    """Text fields besides title and container-title romanized with --script romanized/both."""


def _policy_files() -> dict[str, str]:
    folder = package_folder("citekit.styles")
    return {
        entry.name[:-5]: entry.name for entry in folder.iterdir() if entry.name.endswith(".toml")
    }


def policy_name(style: str) -> str:
    """The policy file for a style id or ``.csl`` path: exact id, else id prefix, else default."""
    stem = PurePath(style).name.lower()
    stem = stem[:-4] if stem.endswith(".csl") else stem
    names = _policy_files()
    if stem in names:
        return stem
    for name in sorted(names, key=len, reverse=True):
        if name != "default" and stem.startswith(name + "-"):
            return name
    return "default"


@cache
def load_policy(style: str) -> Policy:
    """The policy for ``style`` (unknown styles get ``default``)."""
    from .. import derived

    name = policy_name(style)
    file = _policy_files()[name]
    sources = [package_folder("citekit.styles") / file, __file__]
    values = derived.cached(f"policy-{name}", sources, lambda: _read_toml(file))
    values["romanize_fields"] = tuple(values.get("romanize_fields", ()))
    return Policy(name=name, **values)


def _read_toml(file: str) -> dict:
    """A policy file's values (kept per machine: ``tomllib`` alone costs 5 ms to import)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    return tomllib.loads(data_text("citekit.styles", file))
