"""citekit: parse, check and render citations of multilingual sources.

The few functions most people need::

    import citekit
    item = citekit.parse('Hong J, "美, 납북피해 계속 지원" (세계일보, February 7, 2023)')
    loaded = citekit.read("refs.txt")            # items + diagnostics from any input
    print(citekit.format(loaded.items, style="oscola"))
"""

from __future__ import annotations

from .api import cite, complete, format, parse, read, render, write
from .check import check
from .diagnostics import Diagnostic, Fix, Location
from .errors import CitekitError, InputError, RenderError, StyleError, UsageError
from .keys import assign_keys
from .links import audit_links
from .model import CSLItem
from .pipeline import Loaded

__version__ = "0.1.0"

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
