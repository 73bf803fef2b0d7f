"""Corpora: JSONL (one article a line) and WARC (HTML response records)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

from ..errors import ParleyError, error
from .dates import iso_date
from .document import RawDocument


def iter_jsonl(data: bytes, label: str) -> Iterator[RawDocument | ParleyError]:
    """Lines with ``text`` or ``html`` and optional url, date/published, source, title, id."""
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{label}:{number}"
        try:
            row = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield error("E008", label, line=number, reason=f"invalid JSON ({exc.__class__.__name__})")
            continue
        if not isinstance(row, dict):
            yield error("E008", label, line=number, reason="not a JSON object")
            continue
        text, html = row.get("text"), row.get("html")
        if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
            yield error("E008", label, line=number, reason="no 'text' or 'html' field")
            continue
        date_value = row.get("date") or row.get("published")
        yield RawDocument(
            label=where,
            text=text if isinstance(text, str) and text.strip() else None,
            html=None if isinstance(text, str) and text.strip() else html,
            url=row.get("url"),
            title=row.get("title"),
            date=iso_date(date_value),
            date_source="jsonl" if iso_date(date_value) else None,
            source=row.get("source"),
            extra={"id": row["id"]} if "id" in row else {},
        )


def iter_warc(data: bytes, label: str) -> Iterator[RawDocument | ParleyError]:
    """HTML ``response`` records of a WARC file (gzipped or not)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            charset = "utf-8"
            if "charset=" in ctype.lower():
                charset = ctype.lower().split("charset=")[1].split(";")[0].strip() or "utf-8"
            try:
                html = body.decode(charset, errors="replace")
            except LookupError:
                html = body.decode("utf-8", errors="replace")
            count += 1
            date = iso_date(record.rec_headers.get_header("WARC-Date"))
            yield RawDocument(label=f"{label}#{url or count}", html=html, url=url,
                              extra={"warc_date": date})
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        yield error("E009", label, reason=str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__)
