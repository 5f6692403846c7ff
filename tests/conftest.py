"""Shared fixtures. Tests that read the shared gold sets or corpus skip cleanly when absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


def _shared_dir() -> Path | None:
    env = os.environ.get("TREATYLENS_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(REPO.parent / "shared")
    for c in candidates:
        if (c / "CODEBOOK.md").exists():
            return c
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    found = _shared_dir()
    if found is None:
        pytest.skip("the shared gold sets and corpus (../shared) are not present")
    return found


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
