"""Reading bytes from files: size limits, binary detection, decoding, format sniffing."""

from __future__ import annotations

from pathlib import Path

from ..errors import error
from .document import RawDocument

MAX_BYTES = 50_000_000  # a whole-file limit: corpora (JSONL, WARC, feeds) may be large
MAX_ARTICLE_CHARS = 2_000_000  # one article's text


def read_bytes(path: Path, label: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise error("E005", label, limit=MAX_BYTES // 1_000_000)
        return path.read_bytes()
    except OSError as exc:
        raise error("E006", label, reason=exc.strerror or str(exc)) from None


def is_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05


def decode(data: bytes, label: str) -> str:
    """UTF-8 (with or without BOM), else cp1252, else latin-1 when it reads as text."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        bad = sum(1 for ch in text if "\x80" <= ch <= "\x9f" or (ch < " " and ch not in "\t\n\r\f"))
        if bad <= max(2, len(text) // 500):
            return text
    raise error("E004", label)


def sniff_kind(name: str, data: bytes) -> str:
    """text | html | feed | jsonl | warc, from the name and the first bytes."""
    lower = name.lower()
    head = data[:2048].lstrip()
    if lower.endswith((".warc", ".warc.gz")) or head.startswith(b"WARC/"):
        return "warc"
    if lower.endswith(".gz") and data[:2] == b"\x1f\x8b":
        return "warc"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    lowhead = head[:1024].lower()
    if lower.endswith((".rss", ".atom")) or (
        lower.endswith(".xml") or lowhead.startswith(b"<?xml")
    ) and (b"<rss" in lowhead or b"<feed" in lowhead or b"<rdf" in lowhead or lower.endswith(".xml")):
        if b"<html" not in lowhead:
            return "feed"
    if lower.endswith((".html", ".htm", ".xhtml")) or lowhead.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"{") and lower.endswith(".json") is False and b'"' in head[:20]:
        return "jsonl"
    return "text"


def document_from_bytes(data: bytes, label: str, *, kind: str = "text", path: str | None = None,
                        url: str | None = None) -> RawDocument:
    if not data.strip():
        raise error("E003", label)
    if data[:2] == b"\x1f\x8b" or is_binary(data):
        raise error("E002", label)
    text = decode(data, label)
    if not text.strip():
        raise error("E003", label)
    if len(text) > MAX_ARTICLE_CHARS:
        raise error("E005", label, limit=MAX_ARTICLE_CHARS // 1_000_000)
    if kind == "html":
        return RawDocument(label=label, html=text, path=path, url=url)
    return RawDocument(label=label, text=text, path=path, url=url)
