"""Shared fixtures: the spaCy pipeline loads once per test session; gold data is read from ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from faultlines.nlp import load

    return load()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared gold data; tests that need it skip with a clear message in a user's clone."""
    if not (SHARED / "eval").is_dir():
        pytest.skip(f"../shared is not beside the project ({SHARED}): gold-data tests skipped")
    return SHARED
