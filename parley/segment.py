"""Sentence segmentation by rules, with offsets, before parsing.

Rules beat the parser's boundaries on news text: a standfirst, a bullet, a
closing quotation mark or a dateline are not sentences of their own. Each
kept line is split after ., !, ? or … (with an optional closing quote) when
the next word starts a sentence, unless the word before is a known
abbreviation or an initial. Bullet markers and the time stamps that open
live-blog entries ("10h25 — ") are left out of the sentence, so the parse
starts at its first word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .resources import data_path

_BOUNDARY = re.compile(r"([.!?…]+[\s\u00a0\u202f]*[»\"”’)]?)([\s\u00a0\u202f]+)(?=[«\"“(\[A-ZÀ-ÖØ-Þ0-9¿¡—–-])")
_BULLET = re.compile(r"^([•·●▪◦‣*–—-]|\d{1,2}[.)])\s+")
# Live-blog time stamps opening a line: "10h25 — ", "14 h 05 : ", "09:40 - ", "9.15am: ", "18:02 GMT – ".
_TIMESTAMP = re.compile(
    r"(?:\d{1,2}\s?[hH]\s?\d{2}|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)"
    r"(?:\s?(?:GMT|UTC|CET|CEST|BST|EST|EDT|ET|heure de Paris|heure locale))?\s*[—–:|-]\s+"
)
_WORD_BEFORE = re.compile(r"(\S+?)[.!?…]+[\s\u00a0\u202f]*[»\"”’)]?$")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    lines = data_path("abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _is_abbreviation(chunk: str) -> bool:
    match = _WORD_BEFORE.search(chunk)
    if not match:
        return False
    word = match.group(1).lstrip("«\"“(")
    if word in abbreviations():
        return True
    # initials: "J." "J.-C." "U.S."
    return bool(re.fullmatch(r"(?:[A-ZÀ-Þ]\.?-?)+", word)) and len(word.replace(".", "").replace("-", "")) <= 2


def split(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of one line, offsets shifted by ``base``."""
    spans: list[tuple[int, int]] = []
    start = 0
    bullet = _BULLET.match(text)
    if bullet:
        start = bullet.end()
    stamp = _TIMESTAMP.match(text, start)
    if stamp:
        start = stamp.end()
    for match in _BOUNDARY.finditer(text):
        end = match.end(1)
        if end <= start:
            continue
        if _is_abbreviation(text[start:end]):
            continue
        spans.append((start, end))
        start = match.end(2)
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        s += len(chunk) - len(chunk.lstrip())
        e -= len(chunk) - len(chunk.rstrip())
        if e > s and re.search(r"\w", text[s:e]):
            out.append((base + s, base + e))
    return out
