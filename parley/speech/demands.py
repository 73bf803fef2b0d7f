"""(being written)"""

from __future__ import annotations


def stage(article) -> None:
    return None
