"""Project configuration: ``citekit.toml`` or ``[tool.citekit]`` in ``pyproject.toml``.

Found as ruff finds its own: walking up from the working directory, the closest folder
with a ``citekit.toml`` (or ``.citekit.toml``), or a ``pyproject.toml`` holding a
``[tool.citekit]`` table, wins; nothing above it is read. ``CITEKIT_CONFIG`` names a file
to use instead. Command-line options always win over the file.

    style = "oscola"            # format, check, cite
    locale = "en-GB"
    script = "both"             # original | romanized | both
    romanization = "mr"         # rr | mr | ala-lc
    keys = "bbt"                # citekit | bbt: the pattern of generated keys

    [check]
    select = ["url", "doi"]     # rules or rule prefixes (as --select)
    ignore = ["hygiene-"]
    extend-select = []

    [links]
    exclude = ["^https://example\\.org/"]
    accept = [200, 429]
    timeout = 20
    ...
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from .errors import UsageError
from .records import dataclass, field

ENV_VAR = "CITEKIT_CONFIG"
_TOP = {
    "style": str,
    "locale": str,
    "script": ("original", "romanized", "both"),
    "romanization": ("rr", "mr", "ala-lc"),
    "keys": ("citekit", "bbt"),
}
_TABLES = {
    "check": {"select": list, "ignore": list, "extend-select": list, "fail-on": str},
    "links": {
        "exclude": list,
        "include": list,
        "accept": list,
        "user-agent": str,
        "headers": dict,
        "max-redirects": int,
        "timeout": (int, float),
        "max-concurrency": int,
        "cache-max-age": str,
    },
}


@dataclass
class Config:
    """The settings in force and the file each came from (``None``: no file was found)."""

    values: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def get(self, key: str, default: Any = None) -> Any:
        """A setting (``style``, ``check.select``, ``links.timeout``...) or ``default``."""
        return self.values.get(key, default)


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file for ``start`` (default: the working directory)."""
    named = os.environ.get(ENV_VAR)
    if named:
        path = Path(named)
        if not path.is_file():
            raise UsageError(f"{ENV_VAR} names {named!r}, which is not a file")
        return path
    folder = (start or Path.cwd()).resolve()
    for place in (folder, *folder.parents):
        for name in ("citekit.toml", ".citekit.toml"):
            if (place / name).is_file():
                return place / name
        pyproject = place / "pyproject.toml"
        if pyproject.is_file() and "[tool.citekit" in pyproject.read_text("utf-8", "replace"):
            return pyproject
    return None


def _toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"cannot read the configuration: {exc}", file=str(path)) from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("citekit", {})
    return data


def _checked(value: Any, kind: Any, key: str, path: Path) -> Any:
    if isinstance(kind, tuple) and all(isinstance(k, str) for k in kind):
        if value not in kind:
            raise UsageError(f"{key} = {value!r}: choose one of {', '.join(kind)}", file=str(path))
        return value
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise UsageError(f"{key} = {value!r} has the wrong type", file=str(path))
    return value


def load_config(path: Path | None) -> Config:
    """The settings of one configuration file, checked (unknown keys are errors)."""
    if path is None:
        return Config()
    data = _toml(path)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in _TOP:
            values[key] = _checked(value, _TOP[key], key, path)
        elif key in _TABLES and isinstance(value, dict):
            for sub, entry in value.items():
                if sub not in _TABLES[key]:
                    known = ", ".join(_TABLES[key])
                    raise UsageError(
                        f"unknown setting {key}.{sub} (known: {known})", file=str(path)
                    )
                values[f"{key}.{sub}"] = _checked(entry, _TABLES[key][sub], f"{key}.{sub}", path)
        else:
            known = ", ".join([*_TOP, *_TABLES])
            raise UsageError(f"unknown setting {key!r} (known: {known})", file=str(path))
    return Config(values, path)


def settings() -> Config:
    """The project configuration in force for the working directory."""
    return load_config(find_config())


def known_settings() -> list[str]:
    """Every setting a configuration file can hold."""
    return [*_TOP, *(f"{table}.{key}" for table, keys in _TABLES.items() for key in keys)]
