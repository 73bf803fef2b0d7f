"""parley: sourced, structured event data from news about diplomacy and conflict.

>>> import parley
>>> report = parley.read("article.txt", date="2025-01-10")
>>> [e.event for e in report.events]
"""

from __future__ import annotations

from .errors import ParleyError
from .model import Report
from .pipeline import Settings, process
from .sources import RawDocument, load_one, looks_like_text

__version__ = "0.1.0"
__all__ = ["read", "read_document", "Report", "ParleyError", "Settings", "__version__"]


def read(text_or_path: str, *, date: str | None = None, as_of: str | None = None,
         actors_file: str | None = None) -> Report:
    """Read one article (a path, a URL, ``-`` for stdin, or the text itself) into a Report."""
    settings = Settings(date=_check_date(date), as_of=_check_date(as_of), actors_file=actors_file)
    if looks_like_text(text_or_path):
        raw = RawDocument(label="<text>", text=text_or_path)
    else:
        raw = load_one(text_or_path)
    return process(raw, settings)


def read_document(raw: RawDocument, settings: Settings | None = None) -> Report:
    return process(raw, settings)


def _check_date(value: str | None) -> str | None:
    import datetime as dt

    from .errors import error

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise error("E402", value=value) from None
