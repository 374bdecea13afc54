"""The code base stays ruff clean (the linter configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT


def test_ruff_reports_nothing() -> None:
    pytest.importorskip("ruff")
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "src", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
