"""Shared fixtures. Third-party text (the seed, benchmark data) is read from ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_e4bb2a768bc5b848.txt"
PAGES = Path(__file__).resolve().parent / "pages"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.fail(f"the seed page is missing: {SEED} (CI has ../shared beside the checkout)")
    return SEED


@pytest.fixture(scope="session")
def seed_bytes(seed_path: Path) -> bytes:
    return seed_path.read_bytes()


@pytest.fixture(scope="session")
def pages_dir() -> Path:
    return PAGES


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once per test session."""
    from onrecord.analyse.nlp import nlp as load

    return load()
