"""Language and script handling: detection, Hanja readings, romanization, presentation.

The four functions are imported on first use, so that ``lang.tags`` (which the parser
needs) does not load romanization and presentation tables.
"""

from __future__ import annotations

from .. import _import_on_first_use

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


_import_on_first_use(__name__, _HOMES)
