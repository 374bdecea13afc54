"""Where the library lives: ``--library PATH``, else ``$CITEKIT_LIBRARY``, else the user's
data directory."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "CITEKIT_LIBRARY"


def default_path() -> Path:
    """The library file used when no path is given."""
    configured = os.environ.get(ENV_VAR)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("citekit")) / "library.sqlite"
