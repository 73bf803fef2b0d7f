"""Shared fixtures. Tests that read ../shared skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
GOLD = ROOT / "tests" / "gold"
HOLDOUT = ROOT / "tests" / "holdout"
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "kremlin-trump-fr.txt"
PLOVER_GSR = SHARED / "reference" / "plover_gsr_dev.jsonl"


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", default=False, help="run slow tests")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def sample_path() -> Path:
    if not SAMPLE.exists():
        pytest.skip("../shared/samples/kremlin-trump-fr.txt is absent (clone outside the parley workplace)")
    return SAMPLE


@pytest.fixture(scope="session")
def sample_report(sample_path):
    import parley

    return parley.read(str(sample_path), date="2025-01-10", as_of="2026-11-26")


@pytest.fixture(scope="session")
def sample_report_march(sample_path):
    import parley

    return parley.read(str(sample_path), date="2025-03-01", as_of="2026-11-26")


@pytest.fixture()
def db_path(tmp_path) -> Path:
    return tmp_path / "store.duckdb"
