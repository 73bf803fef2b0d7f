"""URLs, fetched with httpx under time, redirect and size limits."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

from ..errors import ParleyError, error
from .document import RawDocument
from .files import MAX_BYTES, document_from_bytes, sniff_kind

TIMEOUT_S = 15.0
MAX_REDIRECTS = 5


def fetch_url(url: str) -> Iterator[RawDocument | ParleyError]:
    import httpx

    if urlparse(url).scheme not in ("http", "https"):
        raise error("E010", url)
    headers = {"User-Agent": "parley/0.1 (+news event coder)"}
    try:
        with httpx.Client(timeout=TIMEOUT_S, follow_redirects=True, max_redirects=MAX_REDIRECTS,
                          headers=headers) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise error("E006", url, reason=f"HTTP {response.status_code}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > MAX_BYTES:
                    raise error("E005", url, limit=MAX_BYTES // 1_000_000)
                chunks, total = [], 0
                for chunk in response.iter_bytes():
                    total += len(chunk)
                    if total > MAX_BYTES:
                        raise error("E005", url, limit=MAX_BYTES // 1_000_000)
                    chunks.append(chunk)
                data = b"".join(chunks)
                ctype = response.headers.get("content-type", "").lower()
                final = str(response.url)
    except httpx.TooManyRedirects:
        raise error("E006", url, reason=f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise error("E006", url, reason=f"timed out after {TIMEOUT_S:.0f} s") from None
    except httpx.HTTPError as exc:
        raise error("E006", url, reason=str(exc) or type(exc).__name__) from None
    if "xml" in ctype and ("rss" in ctype or "atom" in ctype) or sniff_kind(final, data) == "feed":
        from .feeds import iter_feed

        yield from iter_feed(data, url)
        return
    kind = "html" if "html" in ctype else sniff_kind(final, data)
    yield document_from_bytes(data, url, kind=kind, url=final)
