"""Language and script handling: detection, Hanja readings, romanization, presentation."""

from __future__ import annotations

from .detect import detect_language
from .hanja import hangul_reading
from .present import present
from .romanize import romanize

__all__ = ["detect_language", "hangul_reading", "present", "romanize"]
