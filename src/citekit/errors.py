"""citekit's exceptions: each carries the file, line and reason a person needs."""

from __future__ import annotations


class CitekitError(Exception):
    """Base class: an error a user can act on, never a bare traceback."""

    def __init__(self, reason: str, *, file: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.reason}" if where else self.reason


class InputError(CitekitError):
    """An input file is missing, unreadable, undecodable or malformed."""


class StyleError(CitekitError):
    """A citation style cannot be found or loaded."""


class RenderError(CitekitError):
    """The rendering engine failed."""


class UsageError(CitekitError):
    """Arguments that do not fit together."""
