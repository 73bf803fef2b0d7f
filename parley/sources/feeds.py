"""RSS and Atom feeds (feedparser): each entry becomes an article."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import ParleyError, error
from .dates import iso_date
from .document import RawDocument


def iter_feed(data: bytes, label: str) -> Iterator[RawDocument | ParleyError]:
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        reason = str(getattr(parsed, "bozo_exception", "malformed")).splitlines()[0][:120]
        yield error("E007", label, reason=reason)
        return
    if not parsed.entries:
        yield error("E007", label, reason="no entries")
        return
    site = (parsed.feed.get("title") if parsed.feed else None) or None
    for number, entry in enumerate(parsed.entries, start=1):
        html = None
        if entry.get("content"):
            html = entry["content"][0].get("value")
        html = html or entry.get("summary") or entry.get("description")
        if not html or not html.strip():
            yield error("E007", f"{label}#{number}", reason="entry has no content")
            continue
        date = None
        for key in ("published_parsed", "updated_parsed", "created_parsed"):
            if entry.get(key):
                date = iso_date(entry[key])
                break
        yield RawDocument(
            label=f"{label}#{number}",
            html=html if "<" in html else None,
            text=None if "<" in html else html,
            url=entry.get("link"),
            title=entry.get("title"),
            date=date,
            date_source="feed" if date else None,
            source=site,
        )
