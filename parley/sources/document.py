from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawDocument:
    """One article as it came in, before cleaning."""

    label: str  # what names it in messages: a path, URL, "feed.xml#3", "corpus.jsonl:12"
    text: str | None = None  # plain text (already decoded)
    html: str | None = None  # or HTML to extract the main text from
    url: str | None = None
    path: str | None = None
    title: str | None = None
    date: str | None = None  # ISO date when the source gives one
    date_source: str | None = None
    source: str | None = None  # outlet / site name
    extra: dict = field(default_factory=dict)
