"""Language and script handling: detection, Hanja readings, romanization, presentation."""

from __future__ import annotations

from .detect import detect_language
from .present import present

__all__ = ["detect_language", "present"]
