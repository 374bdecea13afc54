"""What one ``citekit serve`` process is allowed to do, decided when it starts."""

from __future__ import annotations

import secrets
from pathlib import Path

from ..links.archive import WAYBACK_API
from ..records import dataclass, field

MEGABYTE = 1024 * 1024


@dataclass
class ServeOptions:
    """Server-side settings; the page can change none of them.

    ``allow_private_links`` lets the link audit fetch loopback and private addresses. The
    command line never sets it: it exists for tests whose fake web server is on 127.0.0.1.
    """

    host: str = "127.0.0.1"
    port: int = 8765
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    library: Path | None = None
    """The library file (None: ``$CITEKIT_LIBRARY`` or the user data directory)."""
    link_cache: bool | Path = True
    """The link audit's cache: True for the user cache, False for none, or a file."""
    archive_api: str = WAYBACK_API
    allow_private_links: bool = False
    max_body: int = 8 * MEGABYTE
    """Largest request body accepted (an upload, a pasted list with its edits)."""
    max_paste: int = 2 * MEGABYTE
    """Largest pasted or uploaded text, in characters."""
    max_references: int = 5000
    max_style: int = MEGABYTE
    """Largest uploaded .csl file, in bytes."""

    @property
    def origins(self) -> frozenset[str]:
        """The origins the page is served from (anything else is another site)."""
        return frozenset(f"http://{host}" for host in self.hosts)

    @property
    def hosts(self) -> frozenset[str]:
        """``Host`` headers accepted: this address and port under its loopback names.

        A page on another site that re-points its own name at 127.0.0.1 (DNS rebinding)
        sends its own name as ``Host`` and is refused.
        """
        names = {self.host, "127.0.0.1", "localhost", "[::1]"}
        if ":" in self.host and not self.host.startswith("["):
            names.add(f"[{self.host}]")
        return frozenset(f"{name}:{self.port}" for name in names)
