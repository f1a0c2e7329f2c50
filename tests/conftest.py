"""Shared fixtures: where the real corpora live, and a skip with a reason when they are absent."""
from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TOOLKIT_SHARED", ROOT.parent / "shared")).resolve()
CORPORA = SHARED / "corpora"
SEED = ROOT / "data" / "000_bc21e2d4d2f283e7.txt"

FOMC_1994 = CORPORA / "fomc-statements" / "1994-2016" / "statements"
FOMC_2006 = CORPORA / "fomc-statements" / "2006-2025" / "data" / "statements"
PBOC = CORPORA / "pboc-mpc"
BEIGE = CORPORA / "beige-book"
ECOSENT = SHARED / "eval" / "ecosent" / "gold_en.csv"


def need(path: Path) -> Path:
    """Return ``path``, or skip the test with a reason when ../shared does not have it."""
    if not path.exists():
        pytest.skip(f"needs {path} (the real corpora in ../shared beside the project); not present here")
    return path


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def fomc_1994() -> Path:
    return need(FOMC_1994)


@pytest.fixture
def fomc_2006() -> Path:
    return need(FOMC_2006)


@pytest.fixture
def pboc() -> Path:
    return need(PBOC)


@pytest.fixture
def beige() -> Path:
    return need(BEIGE)


@pytest.fixture
def ecosent() -> Path:
    return need(ECOSENT)
