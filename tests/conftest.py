"""Shared test fixtures: paths to the project's examples and the read-only kits in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The ../shared measurement kits; skips the test where they are absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
