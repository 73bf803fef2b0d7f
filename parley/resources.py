"""Where parley's data files live."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_path(name: str, area: str = "") -> Path:
    """A data file shipped in the package: ``parley/<area>/data/<name>``."""
    base = PACKAGE_DIR / area / "data" if area else PACKAGE_DIR / "data"
    return base / name
