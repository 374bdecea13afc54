"""Writing check findings: ``text`` for people, ``json`` for programs, ``sarif`` for CI."""

from __future__ import annotations

from collections.abc import Callable

from .json_report import json_report
from .sarif import sarif_report
from .text import counts, text_report

Writer = Callable[..., str]
__all__ = ["WRITERS", "counts"]

WRITERS: dict[str, Writer] = {"text": text_report, "json": json_report, "sarif": sarif_report}
