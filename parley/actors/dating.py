"""Estimating an article's date from the dates its text mentions.

When no date comes with an article (metadata, feed, ``--date``), the roles of
its actors still need one. The estimate is the latest full date the text
mentions that is not announced as future ("prévue le 20 janvier 2025",
"scheduled for March 3, 2025") and not after today; when every date is such a
future one, the day before the earliest of them; month-level mentions ("en
mars 2025") are the last resort. Plain regular expressions: fast, and enough
for the forms news text uses.
"""

from __future__ import annotations

import datetime as dt
import re

_FR_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12,
    "déc": 12, "dec": 12,
}
_EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}


def _alt(months: dict[str, int]) -> str:
    return "|".join(sorted(map(re.escape, months), key=len, reverse=True))


_FR_DAY = re.compile(rf"\b(1er|\d{{1,2}})\s+({_alt(_FR_MONTHS)})\.?\s+(\d{{4}})\b", re.I)
_EN_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_alt(_EN_MONTHS)})\.?,?\s+(\d{{4}})\b", re.I)
_EN_MONTH_FIRST = re.compile(rf"\b({_alt(_EN_MONTHS)})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_FR_MONTH_YEAR = re.compile(rf"\b({_alt(_FR_MONTHS)})\s+(\d{{4}})\b", re.I)
_EN_MONTH_YEAR = re.compile(rf"\b({_alt(_EN_MONTHS)})\s+(\d{{4}})\b", re.I)

# Words just before a date that announce it as future (the article predates it).
_FUTURE = re.compile(
    r"\b(prévue?s?|prevue?s?|programmée?s?|attendue?s?|fixée?s?|d'ici|jusqu'au|jusqu'à|avant|à partir du|"
    r"a partir du|dès|aura lieu|prochain|prochaine|scheduled|expected|due|by|until|before|starting|"
    r"set|planned|from)"
    r"(?:\s+(?:le|la|les|l'|du|au|pour|the|on|for))?\s*$",
    re.I,
)


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def mentioned_dates(text: str, lang: str | None = None) -> list[tuple[dt.date, bool, str]]:
    """(date, future-marked, granularity 'day'|'month') for each date the text mentions."""
    found: list[tuple[int, dt.date, str]] = []
    for m in _FR_DAY.finditer(text):
        d = 1 if m.group(1).lower() == "1er" else int(m.group(1))
        day = _day(int(m.group(3)), _FR_MONTHS[m.group(2).lower()], d)
        if day:
            found.append((m.start(), day, "day"))
    for m in _EN_DAY_FIRST.finditer(text):
        day = _day(int(m.group(3)), _EN_MONTHS[m.group(2).lower()], int(m.group(1)))
        if day:
            found.append((m.start(), day, "day"))
    for m in _EN_MONTH_FIRST.finditer(text):
        day = _day(int(m.group(3)), _EN_MONTHS[m.group(1).lower()], int(m.group(2)))
        if day:
            found.append((m.start(), day, "day"))
    for m in _ISO.finditer(text):
        day = _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            found.append((m.start(), day, "day"))
    for m in _NUMERIC.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day = _day(y, a, b) if lang == "en" else _day(y, b, a)
        if day:
            found.append((m.start(), day, "day"))
    day_spans = {pos for pos, _, _ in found}
    for rx, months in ((_FR_MONTH_YEAR, _FR_MONTHS), (_EN_MONTH_YEAR, _EN_MONTHS)):
        for m in rx.finditer(text):
            if any(abs(m.start() - pos) <= 12 for pos in day_spans):
                continue
            day = _day(int(m.group(2)), months[m.group(1).lower()], 1)
            if day:
                found.append((m.start(), day, "month"))
    out = []
    for pos, day, granularity in sorted(found, key=lambda t: t[0]):
        before = text[max(0, pos - 40):pos]
        out.append((day, bool(_FUTURE.search(before)), granularity))
    return out


def estimate(text: str, lang: str | None = None, today: dt.date | None = None) -> dt.date | None:
    """The article's likely date, from the dates it mentions; None when it mentions none."""
    today = today or dt.date.today()
    dates = [(d, fut, g) for d, fut, g in mentioned_dates(text, lang) if dt.date(1900, 1, 1) <= d <= today]
    past = [d for d, fut, g in dates if not fut and g == "day"]
    if past:
        return max(past)
    future = [d for d, fut, g in dates if fut and g == "day"]
    if future:
        return min(future) - dt.timedelta(days=1)
    months = [d for d, fut, g in dates if not fut]
    if months:
        return max(months)
    return None
