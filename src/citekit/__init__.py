"""citekit: parse, check and render citations of multilingual sources.

The few functions most people need::

    import citekit
    item = citekit.parse('Hong J, "美, 납북피해 계속 지원" (세계일보, February 7, 2023)')
    loaded = citekit.read("refs.txt")            # items + diagnostics from any input
    print(citekit.format(loaded.items, style="oscola"))

The names below are imported on first use (``import citekit`` itself loads almost
nothing), so a command or a script pays only for what it calls.
"""

from __future__ import annotations

import importlib
import sys
import types

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (it costs ~10 ms)

__version__ = "0.1.0"

_HOMES = {
    "cite": "api",
    "complete": "api",
    "format": "api",
    "parse": "api",
    "read": "api",
    "render": "api",
    "write": "api",
    "check": "check",
    "Diagnostic": "diagnostics",
    "Fix": "diagnostics",
    "Location": "diagnostics",
    "CitekitError": "errors",
    "InputError": "errors",
    "RenderError": "errors",
    "StyleError": "errors",
    "UsageError": "errors",
    "assign_keys": "keys",
    "audit_links": "links",
    "CSLItem": "model",
    "Loaded": "pipeline",
}
"""Each public name and the submodule that defines it."""

__all__ = [
    "CSLItem",
    "CitekitError",
    "Diagnostic",
    "Fix",
    "InputError",
    "Loaded",
    "Location",
    "RenderError",
    "StyleError",
    "UsageError",
    "assign_keys",
    "audit_links",
    "check",
    "cite",
    "complete",
    "format",
    "parse",
    "read",
    "render",
    "write",
]


class _LazyPackage(types.ModuleType):
    """A package whose public names live in submodules, imported when first looked up.

    Some names are also submodules' names (``citekit.parse`` the function and
    ``citekit/parse/`` the parser): the import system sets a submodule as an attribute of
    its package when it is imported, which must not replace the function."""

    _homes: dict[str, str]

    def __getattr__(self, name: str) -> object:
        home = self.__dict__.get("_homes", {}).get(name)
        if home is None:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{home}", self.__name__), name)
        super().__setattr__(name, value)
        return value

    def __setattr__(self, name: str, value: object) -> None:
        if name in self.__dict__.get("_homes", {}) and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)

    def __dir__(self) -> list[str]:
        return sorted(set(self.__dict__) | set(self._homes))


def _import_on_first_use(package: str, homes: dict[str, str]) -> None:
    """Make each name in ``homes`` (name -> submodule) of ``package`` import on first use."""
    module = sys.modules[package]
    module.__class__ = _LazyPackage
    module.__dict__["_homes"] = homes


_import_on_first_use(__name__, _HOMES)


if TYPE_CHECKING:  # for type checkers and editors; never run
    from .api import cite, complete, format, parse, read, render, write
    from .check import check
    from .diagnostics import Diagnostic, Fix, Location
    from .errors import CitekitError, InputError, RenderError, StyleError, UsageError
    from .keys import assign_keys
    from .links import audit_links
    from .model import CSLItem
    from .pipeline import Loaded
