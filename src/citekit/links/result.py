"""One verdict about one cited URL, and its form as a citekit diagnostic."""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostic, Fix, Location
from ..records import dataclass, field
from . import verdicts


@dataclass
class LinkResult:
    """The audit's answer for one cited URL."""

    url: str
    verdict: str
    reason: str
    status: int | None = None
    final_url: str | None = None
    redirects: list[str] = field(default_factory=list)
    archive_url: str | None = None
    item_id: str | None = None
    file: str | None = None
    line: int | None = None
    cited_title: str | None = None
    page_title: str | None = None
    cached: bool = False

    @property
    def coarse(self) -> str:
        """``alive``, ``dead``, ``transient`` or ``skipped``."""
        return verdicts.coarse(self.verdict)

    @property
    def replacement(self) -> str | None:
        """What to cite instead: the final URL if moved, an archived copy if not alive."""
        if self.verdict == "redirect-ok":
            return self.final_url
        if self.coarse in ("dead", "transient"):
            return self.archive_url
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the JSON-lines report)."""
        return {
            "url": self.url,
            "verdict": self.verdict,
            "coarse": self.coarse,
            "status": self.status,
            "final_url": self.final_url,
            "redirects": self.redirects,
            "archive_url": self.archive_url,
            "reason": self.reason,
            "item_id": self.item_id,
            "file": self.file,
            "line": self.line,
            "cited_title": self.cited_title,
            "page_title": self.page_title,
            "cached": self.cached,
        }

    def to_diagnostic(self) -> Diagnostic:
        """The verdict as a diagnostic ``link-<verdict>``, with a fix when there is a better URL."""
        fix = None
        if self.replacement:
            what = (
                "use the final URL" if self.verdict == "redirect-ok" else "cite the archived copy"
            )
            fix = Fix(what, self.url, self.replacement)
        message = f"{self.verdict}: {self.url} ({self.reason})"
        where = Location(self.file, self.line, None, self.item_id)
        return Diagnostic(
            f"link-{self.verdict}", verdicts.severity(self.verdict), message, where, fix
        )
