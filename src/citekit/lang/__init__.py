"""Language and script handling: detection, Hanja readings, romanization, presentation.

The four functions are imported on first use, so that ``lang.tags`` (which the parser
needs) does not load romanization and presentation tables.
"""

from __future__ import annotations

import importlib
import sys
import types

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .detect import detect_language
    from .hanja import hangul_reading
    from .present import present
    from .romanize import romanize

_HOMES = {
    "detect_language": "detect",
    "hangul_reading": "hanja",
    "present": "present",
    "romanize": "romanize",
}

__all__ = ["detect_language", "hangul_reading", "present", "romanize"]


def __getattr__(name: str) -> object:
    """Import a function's module when the function is first used (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """``citekit.lang`` itself: importing the submodule ``lang.present`` (or ``romanize``)
    must not replace the function of the same name (the import system sets submodules as
    attributes of their package)."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _HOMES and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
