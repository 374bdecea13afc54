"""``citekit serve``: a local web page over citekit's public API.

The page pastes or drops a reference list, shows the parsed fields (doubtful ones marked
and editable), renders it live in any style, shows check findings with their safe fixes,
audits the links with live progress, exports every format and reaches the local library.
Everything the page does goes through ``citekit.read``, ``render``, ``check``,
``audit_links``, ``write`` and ``citekit.library``, so the page and the CLI agree.

::

    from citekit.serve import ServeOptions, create_app
    app = create_app(ServeOptions(port=8765))   # app.state.token is the access token
"""

from __future__ import annotations

from .app import create_app
from .options import ServeOptions

__all__ = ["ServeOptions", "create_app"]
