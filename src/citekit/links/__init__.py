"""The link-rot audit: which cited URLs still show what was cited, and what to cite instead.

audit = audit_links("refs.json", archive=True)
for result in audit.results:
    print(result.verdict, result.url, result.archive_url)
"""

from __future__ import annotations

from .audit import Audit, audit_links
from .cache import Cache, default_path
from .result import LinkResult

__all__ = ["Audit", "Cache", "LinkResult", "audit_links", "default_path"]
