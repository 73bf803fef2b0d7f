"""Event dates: a time expression of the sentence resolved against the article date.

``find(text, lang)`` lists the time expressions of a sentence with their
character offsets; ``resolve(expr, ref, direction)`` turns one into
(ISO date, granularity), granularity one of day / week / month / year. A
weekday ("jeudi", "on Thursday") is the closest such day before the article
date for a past event, after it for a future one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

FR_MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
             "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12}
EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
EN_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
EN_MONTHS["sept"] = 9
FR_DAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
EN_DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_FR_MONTH_RE = "|".join(sorted(FR_MONTHS, key=len, reverse=True))
_EN_MONTH_RE = "|".join(sorted((m for m in EN_MONTHS), key=len, reverse=True))
_FR_DAY_RE = "|".join(FR_DAYS)
_EN_DAY_RE = "|".join(EN_DAYS)

_PATTERNS: dict[str, list[tuple[str, re.Pattern]]] = {
    "fr": [
        ("dmy", re.compile(rf"\b(?:le\s+|du\s+|au\s+)?(1er|\d{{1,2}})\s+({_FR_MONTH_RE})(?:\s+(\d{{4}}))?\b", re.I)),
        ("my", re.compile(rf"\b(?:en|d'|de|au mois de|début|fin|mi-)\s*({_FR_MONTH_RE})(?:\s+(\d{{4}}))?\b", re.I)),
        ("weekday", re.compile(rf"\b({_FR_DAY_RE})(?:\s+(?:dernier|prochain|soir|matin|après-midi))?\b", re.I)),
        ("rel", re.compile(r"\b(avant-hier|hier|aujourd'hui|aujourd’hui|demain|après-demain|ce matin|ce soir|"
                           r"cette semaine|la semaine (?:dernière|passée|prochaine)|le mois (?:dernier|prochain)|"
                           r"ce mois-ci|l'an (?:dernier|prochain)|l’an (?:dernier|prochain)|"
                           r"l'année (?:dernière|prochaine)|l’année (?:dernière|prochaine)|cette année)\b", re.I)),
        ("year", re.compile(r"\b(?:en|depuis|dès)\s+((?:19|20)\d{2})\b", re.I)),
    ],
    "en": [
        ("mdy", re.compile(rf"\b({_EN_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)),
        ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_EN_MONTH_RE})\.?(?:\s+(\d{{4}}))?\b", re.I)),
        ("my", re.compile(rf"\b(?:in|since|early|late|mid-?)\s+({_EN_MONTH_RE})(?:\s+(\d{{4}}))?\b", re.I)),
        ("weekday", re.compile(rf"\b(?:(last|next|this)\s+)?({_EN_DAY_RE})\b", re.I)),
        ("rel", re.compile(r"\b(yesterday|today|tomorrow|tonight|this week|last week|next week|last month|"
                           r"next month|this month|last year|next year|this year)\b", re.I)),
        ("year", re.compile(r"\b(?:in|since)\s+((?:19|20)\d{2})\b", re.I)),
    ],
}


@dataclass(frozen=True)
class TimeExpr:
    kind: str
    start: int  # offsets in the searched text
    end: int
    groups: tuple
    text: str


def find(text: str, lang: str) -> list[TimeExpr]:
    """Time expressions of a text, longest first where two overlap, in text order."""
    found: list[TimeExpr] = []
    for kind, rx in _PATTERNS.get(lang, []):
        for m in rx.finditer(text):
            if any(not (m.end() <= f.start or m.start() >= f.end) for f in found):
                continue
            if kind == "my" and lang == "en" and m.group(1).lower() in ("may", "march") and not m.group(2):
                continue  # "in May" is fine, but bare modal "may" never reaches here (needs a preposition)
            found.append(TimeExpr(kind, m.start(), m.end(), m.groups(), m.group(0)))
    return sorted(found, key=lambda f: f.start)


def _month(name: str, lang: str) -> int:
    key = name.lower().rstrip(".")
    return (FR_MONTHS if lang == "fr" else EN_MONTHS)[key]


def _weekday(ref: dt.date, target: int, direction: int) -> dt.date:
    if direction >= 0:
        delta = (target - ref.weekday()) % 7
        return ref + dt.timedelta(days=delta or 7) if direction > 0 else ref + dt.timedelta(days=delta)
    delta = (ref.weekday() - target) % 7
    return ref - dt.timedelta(days=delta)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _year_for(month: int, day: int, ref: dt.date, direction: int) -> int:
    """The year of a day-month without a year: the closest in the event's direction."""
    year = ref.year
    try:
        cand = dt.date(year, month, day)
    except ValueError:
        return year
    if direction < 0 and cand > ref + dt.timedelta(days=7):
        return year - 1
    if direction > 0 and cand < ref - dt.timedelta(days=7):
        return year + 1
    return year


def resolve(expr: TimeExpr, ref: dt.date, lang: str, direction: int = -1) -> tuple[str, str] | None:
    """(ISO date, granularity) of a time expression; direction -1 past, +1 future, 0 either."""
    g = expr.groups
    try:
        if expr.kind in ("dmy", "mdy"):
            if expr.kind == "mdy":
                month, day, year = _month(g[0], lang), int(g[1]), g[2]
            else:
                day = 1 if g[0].lower() == "1er" else int(g[0])
                month, year = _month(g[1], lang), g[2]
            y = int(year) if year else _year_for(month, day, ref, direction)
            return dt.date(y, month, day).isoformat(), "day"
        if expr.kind == "my":
            month, year = _month(g[0], lang), g[1]
            y = int(year) if year else _year_for(month, 1, ref.replace(day=1), direction)
            return dt.date(y, month, 1).isoformat(), "month"
        if expr.kind == "year":
            return dt.date(int(g[0]), 1, 1).isoformat(), "year"
        if expr.kind == "weekday":
            if lang == "fr":
                name = g[0].lower()
                target = FR_DAYS[name]
                low = expr.text.lower()
                if "prochain" in low:
                    direction = 1
                elif "dernier" in low:
                    direction = -1
            else:
                which, name = (g[0] or "").lower(), g[1].lower()
                target = EN_DAYS[name]
                if which == "next":
                    direction = 1
                elif which == "last":
                    direction = -1
            return _weekday(ref, target, direction if direction else -1).isoformat(), "day"
        if expr.kind == "rel":
            w = expr.text.lower().replace("’", "'")
            table_day = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "ce matin": 0, "ce soir": 0, "demain": 1,
                         "après-demain": 2, "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
            if w in table_day:
                return (ref + dt.timedelta(days=table_day[w])).isoformat(), "day"
            if "semaine" in w or "week" in w:
                shift = -7 if any(x in w for x in ("dernière", "passée", "last")) else (
                    7 if any(x in w for x in ("prochaine", "next")) else 0)
                return _monday(ref + dt.timedelta(days=shift)).isoformat(), "week"
            if "mois" in w or "month" in w:
                m, y = ref.month, ref.year
                if any(x in w for x in ("dernier", "last")):
                    m, y = (12, y - 1) if m == 1 else (m - 1, y)
                elif any(x in w for x in ("prochain", "next")):
                    m, y = (1, y + 1) if m == 12 else (m + 1, y)
                return dt.date(y, m, 1).isoformat(), "month"
            if any(x in w for x in ("an ", "année", "year")):
                y = ref.year + (-1 if any(x in w for x in ("dernier", "dernière", "last")) else
                                (1 if any(x in w for x in ("prochain", "prochaine", "next")) else 0))
                return dt.date(y, 1, 1).isoformat(), "year"
    except (ValueError, KeyError):
        return None
    return None
