"""The user's cache folder, found without importing ``platformdirs`` where that is easy.

``platformdirs`` costs several milliseconds to import; on Linux and the BSDs its rule is
two lines (``$XDG_CACHE_HOME``, else ``~/.cache``), written out here. Elsewhere (macOS,
Windows) it is asked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_folder() -> Path:
    """``platformdirs.user_cache_dir("citekit")``."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        base = os.environ.get("XDG_CACHE_HOME", "")
        return Path(base if base.strip() else os.path.expanduser("~/.cache")) / "citekit"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("citekit"))
