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


def __getattr__(name: str) -> object:
    """Import a public name's module when the name is first used (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'citekit' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))


_SHADOWED = frozenset({"check", "parse", "render"})
"""Public functions named like a subpackage (``citekit.parse`` the function, ``citekit/parse/``
the parser)."""


class _Package(types.ModuleType):
    """``citekit`` itself: importing ``citekit.parse`` (the parser) must not replace the
    function ``citekit.parse`` (the import system sets the subpackage as an attribute)."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


if TYPE_CHECKING:  # for type checkers and editors; never run
    from .api import cite, complete, format, parse, read, render, write
    from .check import check
    from .diagnostics import Diagnostic, Fix, Location
    from .errors import CitekitError, InputError, RenderError, StyleError, UsageError
    from .keys import assign_keys
    from .links import audit_links
    from .model import CSLItem
    from .pipeline import Loaded
