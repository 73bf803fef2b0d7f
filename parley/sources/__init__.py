"""Inputs: every kind of source becomes RawDocuments.

``iter_documents(source)`` understands a path to a text, HTML, feed, JSONL or
WARC file, a directory (read recursively), an http(s) URL, and ``-`` for
standard input. Bad items are yielded as ParleyError values so that a batch
can report them and go on; ``load_one`` raises instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import ParleyError, error
from .document import RawDocument
from .files import MAX_BYTES, read_bytes, sniff_kind, document_from_bytes
from .corpus import iter_jsonl, iter_warc
from .feeds import iter_feed
from .web import fetch_url

__all__ = ["RawDocument", "iter_documents", "load_one", "MAX_BYTES"]

Item = RawDocument | ParleyError


def _iter_file(path: Path, label: str) -> Iterator[Item]:
    try:
        data = read_bytes(path, label)
    except ParleyError as exc:
        yield exc
        return
    kind = sniff_kind(path.name, data)
    if kind == "jsonl":
        yield from iter_jsonl(data, label)
    elif kind == "warc":
        yield from iter_warc(data, label)
    elif kind == "feed":
        yield from iter_feed(data, label)
    else:
        try:
            yield document_from_bytes(data, label, kind=kind, path=str(path))
        except ParleyError as exc:
            yield exc


def iter_documents(source: str, *, recursive: bool = True) -> Iterator[Item]:
    """Yield the documents (or errors) found at ``source``."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            yield error("E005", "<stdin>", limit=MAX_BYTES // 1_000_000)
            return
        kind = sniff_kind("", data)
        if kind == "jsonl":
            yield from iter_jsonl(data, "<stdin>")
        elif kind == "feed":
            yield from iter_feed(data, "<stdin>")
        else:
            try:
                yield document_from_bytes(data, "<stdin>", kind=kind)
            except ParleyError as exc:
                yield exc
        return
    if "://" in source:
        try:
            yield from fetch_url(source)
        except ParleyError as exc:
            yield exc
        return
    path = Path(source)
    if not path.exists():
        yield error("E001", source)
        return
    if path.is_dir():
        walker = sorted(path.rglob("*")) if recursive else sorted(path.iterdir())
        for child in walker:
            if child.is_file() and not child.name.startswith("."):
                yield from _iter_file(child, str(child))
        return
    yield from _iter_file(path, source)


def load_one(source: str) -> RawDocument:
    """The first document at ``source``; raises ParleyError when there is none."""
    first_error: ParleyError | None = None
    for item in iter_documents(source):
        if isinstance(item, RawDocument):
            return item
        first_error = first_error or item
    raise first_error or error("E101", source)


def looks_like_text(value: str) -> bool:
    """True when a string passed where a source is expected is article text, not a path."""
    if "://" in value.split()[0] if value.split() else False:
        return False
    return ("\n" in value or len(value.split()) >= 8) and not os.path.exists(value)
