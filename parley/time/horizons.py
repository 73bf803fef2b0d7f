"""Time horizons: "dans six mois", "sous 48 heures après son investiture",
"d'ici la fin de l'année", "avant le 2 mai", "within 100 days", "by March 1",
"next week", "jeudi".

``find(text, lang)`` reads every horizon of a text (a sentence) with its offsets;
``resolve(h, reference, anchor_date)`` turns one into a date. The words (numbers
written out, units, leads, periods, months, weekdays, anchors) are in
``time/data/horizons_<lang>.tsv``.

Reading rules:

- a duration counts from the reference day (the article's date), or from its
  anchor when one is named ("trois mois après son investiture"); hours
  become whole days rounded up (24 heures = 1 day, 48 hours = 2 days), weeks 7
  days, months and years are calendar months and years (the day kept, or the
  month's last day when it has no such day);
- "d'ici la fin du mois" is the month's last day, "de l'année" 31 December,
  "de la semaine" the coming Sunday; "la semaine prochaine" is +7 days;
- a date without a year is the next such date on or after the reference day
  (less a week of grace: "avant le 2 mai" written on 5 May is last week's);
- a weekday is its next occurrence from the reference day on (that day itself when it
  is the same weekday: "jeudi soir" written on a Thursday);
- vague horizons ("dans les prochaines semaines", "soon") are found but not dated.

dateparser is not used: it reads "100 jours" as a date in the past and misses
"six mois".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..speech.common import phrase_regex, table

UNITS = ("hour", "day", "week", "month", "year")


@dataclass
class Horizon:
    text: str
    start: int  # offsets in the text given to find()
    end: int
    kind: str  # duration | date | period | relative | weekday | vague
    lead: str | None = None  # within | for | upto | by | on
    amount: int | None = None
    unit: str | None = None  # hour | day | week | month | year
    day: int | None = None  # date: day, month, year (year may be None)
    month: int | None = None
    year: int | None = None
    period: str | None = None  # month_end | year_end | week_end
    relative: str | None = None  # +7d, +1m …
    weekday: int | None = None
    anchor: str | None = None  # the anchor phrase ("son entrée en fonction")
    anchor_kind: str | None = None  # office | event
    anchor_words: tuple[str, ...] = ()  # words that date an event anchor elsewhere in the text
    anchor_start: int | None = None
    anchor_end: int | None = None
    anchor_date: dt.date | None = None  # a date written in or right after the anchor phrase
    anchor_day: tuple[int, int] | None = None  # the same without its year: (day, month)
    noun_lead: bool = False  # "un délai de 100 jours", "a 100-day deadline": no deictic lead

    @property
    def dated(self) -> bool:
        return self.kind != "vague"


@dataclass(frozen=True)
class Words:
    numbers: dict[str, int]
    units: dict[str, tuple[int, str]]
    leads: dict[str, str]
    afters: tuple[str, ...]
    periods: dict[str, str]
    relatives: dict[str, str]
    vagues: tuple[str, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    anchors: dict[str, str]


@lru_cache(maxsize=4)
def words(lang: str) -> Words:
    numbers, units, leads, periods, relatives, months, weekdays, anchors = {}, {}, {}, {}, {}, {}, {}, {}
    afters, vagues = [], []
    for row in table(f"horizons_{lang}.tsv", "time"):
        phrase, kind, value = row["phrase"].lower(), row["type"], row.get("value", "")
        if kind == "number":
            numbers[phrase] = int(value)
        elif kind == "unit":
            parts = value.split()
            units[phrase] = (int(parts[0]), parts[1]) if len(parts) == 2 else (1, parts[0])
        elif kind == "lead":
            leads[phrase] = value
        elif kind == "after":
            afters.append(phrase)
        elif kind == "period":
            periods[phrase] = value
        elif kind == "relative":
            relatives[phrase] = value
        elif kind == "vague":
            vagues.append(phrase)
        elif kind == "month":
            months[phrase] = int(value)
        elif kind == "weekday":
            weekdays[phrase] = int(value)
        elif kind == "anchor":
            anchors[phrase] = value
    return Words(numbers, units, leads, tuple(afters), periods, relatives, tuple(vagues), months, weekdays, anchors)


def _alt(items) -> str:
    return "|".join(re.escape(i).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for i in sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class Patterns:
    duration: re.Pattern
    date: re.Pattern
    month_end: re.Pattern
    year_end: re.Pattern
    fixed: re.Pattern | None
    weekday: re.Pattern
    after: re.Pattern
    anchor: re.Pattern


@lru_cache(maxsize=4)
def patterns(lang: str) -> Patterns:
    w = words(lang)
    num = r"(?P<num>\d{1,3}(?:[ \u202f.,]?\d{3})*|" + _alt(w.numbers) + r")"
    unit = r"(?P<unit>" + _alt(w.units) + r")"
    leads = [k for k, v in w.leads.items() if v in ("within", "for", "upto")]
    lead = r"(?:(?P<lead>" + _alt(leads) + r")\s+)?"
    nxt = r"(?:(?:les|the|ces|these)\s+)?(?:(?:prochain(?:e|s|es)?|next|premiers?|premières?|first)\s+)?"
    if lang == "fr":
        duration = lead + nxt + num + r"(?:\s+|-)" + nxt + unit + r"(?:\s+(?:prochain(?:e|s|es)?|à venir))?"
    else:
        duration = lead + nxt + num + r"(?:\s+|-)" + unit + r"(?:\s+(?:long|deadline|window|period))?"
    month = r"(?P<month>" + _alt(w.months) + r")"
    day = r"(?P<day>1er|\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d{2})"
    weekday = r"(?:(?:" + _alt(w.weekdays) + r")\s+)?"
    by_leads = r"(?:(?P<dlead>" + _alt([k for k, v in w.leads.items() if v in ("by", "on", "upto")]) + r")\s+)?"
    if lang == "fr":
        date = by_leads + weekday + day + r"\s+" + month + r"(?:\s+" + year + r")?"
        m_end = r"(?:d['’]ici|avant|jusqu['’]à|d['’]ici\s+à)\s+la\s+fin\s+(?:du\s+mois\s+)?(?:de\s+|d['’])" + month \
            + r"(?:\s+" + year + r")?"
        y_end = r"(?:d['’]ici|avant|jusqu['’]à|d['’]ici\s+à)\s+la\s+fin\s+(?:de\s+l['’]année\s+|de\s+)?" + year
    else:
        date = by_leads + weekday + r"(?:the\s+)?(?:" + month + r"\s+" + day + r"|" \
            + day.replace("?P<day>", "?P<day2>") + r"\s+(?:of\s+)?" \
            + month.replace("?P<month>", "?P<month2>") + r")(?:,?\s+" + year + r")?"
        m_end = r"(?:by|before|until)\s+the\s+end\s+of\s+" + month + r"(?:\s+" + year + r")?"
        y_end = r"(?:by|before|until)\s+the\s+end\s+of\s+" + year
    fixed = list(w.periods) + list(w.relatives) + list(w.vagues)
    wd = r"(?P<wlead>(?:dès|d['’]ici|from|by|on|ce|cette|peut-être|next)\s+)?(?P<wd>" + _alt(w.weekdays) + r")\b"
    after = r"\s*,?\s*(?P<after>" + _alt(w.afters) + r")\s+"
    anchor = r"(?P<anchor>" + _alt(w.anchors) + r")"
    flags = re.IGNORECASE
    wb = r"(?<![\w-])"
    return Patterns(
        duration=re.compile(wb + duration + r"(?![\w])", flags),
        date=re.compile(wb + date + r"(?![\w])", flags),
        month_end=re.compile(wb + m_end + r"(?![\w])", flags),
        year_end=re.compile(wb + y_end + r"(?![\w])", flags),
        fixed=phrase_regex(fixed),
        weekday=re.compile(wb + wd, flags if lang == "fr" else 0),
        after=re.compile(after, flags),
        anchor=re.compile(anchor, flags),
    )


def _number(text: str, w: Words) -> int | None:
    t = re.sub(r"[ \u202f.,]", "", text.lower())
    if t.isdigit():
        return int(t)
    return w.numbers.get(" ".join(text.lower().split()))


def _month(w: Words, name: str) -> int | None:
    key = name.lower()
    return w.months.get(key) or w.months.get(key.rstrip(".")) or w.months.get(key.rstrip(".") + ".")


def find(text: str, lang: str) -> list[Horizon]:
    """Every time horizon of ``text`` (offsets relative to ``text``), longest first, no overlaps."""
    if lang not in ("fr", "en"):
        return []
    w, p = words(lang), patterns(lang)
    found: list[Horizon] = []
    for m in p.month_end.finditer(text):
        found.append(Horizon(m.group(0), m.start(), m.end(), "period", "by", period="month_end",
                             month=_month(w, m.group("month")),
                             year=int(m.group("year")) if m.group("year") else None))
    for m in p.year_end.finditer(text):
        found.append(Horizon(m.group(0), m.start(), m.end(), "period", "by", period="year_end",
                             year=int(m.group("year"))))
    if p.fixed is not None:
        for m in p.fixed.finditer(text):
            key = " ".join(m.group(0).lower().replace("’", "'").split())
            if key in w.periods:
                found.append(Horizon(m.group(0), m.start(), m.end(), "period", "by", period=w.periods[key]))
            elif key in w.relatives:
                found.append(Horizon(m.group(0), m.start(), m.end(), "relative", relative=w.relatives[key]))
            else:
                found.append(Horizon(m.group(0), m.start(), m.end(), "vague"))
    for h in list(found):  # "dans l'année qui suivra les élections": a year from the anchor
        if h.period == "year_end" and not h.year and p.after.match(text, h.end):
            span = Horizon(h.text, h.start, h.end, "duration", "within", 1, "year")
            _attach_anchor(span, text, lang)
            if span.anchor:
                found[found.index(h)] = span
    for m in p.date.finditer(text):
        mon = m.group("month") or (m.groupdict().get("month2"))
        day = (m.group("day") or m.groupdict().get("day2")).lower().replace("er", "")
        found.append(Horizon(m.group(0), m.start(), m.end(), "date", (m.group("dlead") or "").lower() or None,
                             day=int(day), month=_month(w, mon),
                             year=int(m.group("year")) if m.group("year") else None))
    for m in p.duration.finditer(text):
        n = _number(m.group("num"), w)
        mult, unit = w.units[" ".join(m.group("unit").lower().split())]
        if n is None or n == 0:
            continue
        before = text[max(0, m.start() - 20):m.start()].lower()
        after = text[m.end():m.end() + 12].lower()
        if not m.group("lead") and (
                re.search(r"(?:il y a|depuis|voilà|cela fait|à|vers|at|around|past|last|moins de|plus de|près de|"
                          r"environ|âgés? de|over|under|about|nearly|almost|more than|less than|aged)\s+$", before)
                or re.match(r"\s*(?:ago|plus tôt|auparavant|earlier|de |d'|d’|of |old)", after)):
            continue  # "il y a six mois", "à 18 heures", "moins de 25 ans", "trois jours de négociations"
        lead = w.leads.get(" ".join((m.group("lead") or "").lower().replace("’", "'").split()))
        h = Horizon(m.group(0), m.start(), m.end(), "duration", lead, n * mult, unit)
        before = text[max(0, m.start() - 25):m.start()].lower()
        h.noun_lead = bool(re.search(r"(?:délai|objectif|calendrier|deadline|timeline|target|plan)\s+(?:de\s+|of\s+)?$",
                                     before + (m.group("lead") or "").lower() + " ")) or \
            (m.group("lead") or "").lower().replace("’", "'") in ("un délai de", "délai de", "a deadline of") or \
            bool(re.search(r"-(?:day|hour|week|month)", m.group(0)))
        _attach_anchor(h, text, lang)
        found.append(h)
    for m in p.weekday.finditer(text):
        wd = m.group("wd")
        if lang == "en" and not wd[:1].isupper():
            continue
        found.append(Horizon(m.group(0), m.start(), m.end(), "weekday", weekday=w.weekdays[wd.lower()]))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    anchors = [(h.anchor_start, h.anchor_end) for h in found if h.anchor_start is not None]
    out: list[Horizon] = []
    for h in found:
        if any(o.start <= h.start < o.end or h.start <= o.start < h.end for o in out):
            continue
        if any(a <= h.start < b for a, b in anchors):
            continue  # the date of an anchor ("son investiture, fixée au 3 avril 2026")
        out.append(h)
    return out


def _attach_anchor(h: Horizon, text: str, lang: str) -> None:
    """"… après son investiture, fixée au 3 avril 2026", "… of the signing",
    "six mois à compter du 29 janvier": the anchor and any date written with it."""
    p, w = patterns(lang), words(lang)
    rest = text[h.end:]
    quote = re.match(r"\s*[»\"”]", rest)  # « en 24 heures » après …
    offset = quote.end() if quote else 0
    m = p.after.match(rest, offset)
    if not m:
        return
    tail_start = h.end + m.end()
    tail = text[tail_start: tail_start + 90]
    stop = re.search(r"[.;:!?)]|\s(?:et|mais|and|but|while|alors)\s", tail)
    phrase = tail[:stop.start()] if stop else tail
    a = p.anchor.search(phrase)
    d = p.date.search(text, tail_start, tail_start + len(phrase) + 40)
    if d is None and a is None:
        return
    if a is not None:
        h.anchor_kind, _, extra = w.anchors[a.group("anchor").lower().replace("’", "'")
                                            if a.group("anchor").lower() in w.anchors else
                                            " ".join(a.group("anchor").lower().split())].partition(":")
        h.anchor_words = tuple(x for x in extra.split("|") if x)
    else:
        h.anchor_kind = "event"
    end = a.end() if a is not None else (d.end() - tail_start)
    h.anchor = phrase[: max(end, 0)].strip(" ,") or (d.group(0) if d else None)
    h.anchor_start, h.anchor_end = tail_start, tail_start + max(end, 0)
    if d is not None:
        month = _month(w, d.group("month") or d.groupdict().get("month2"))
        day = int((d.group("day") or d.groupdict().get("day2")).lower().replace("er", ""))
        year = int(d.group("year")) if d.group("year") else None
        if year:
            h.anchor_date = dt.date(year, month, day)
        else:
            h.anchor_day = (day, month)
        h.anchor_end = max(h.anchor_end or 0, d.end())


# ----------------------------------------------------------------- arithmetic

def add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add(base: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "hour":
        return base + dt.timedelta(days=-(-amount // 24))
    if unit == "day":
        return base + dt.timedelta(days=amount)
    if unit == "week":
        return base + dt.timedelta(days=7 * amount)
    if unit == "month":
        return add_months(base, amount)
    return add_months(base, 12 * amount)


def next_date(day: int, month: int, reference: dt.date, grace_days: int = 7) -> dt.date | None:
    """The date day/month on or after the reference (less a grace period), in its year or the next."""
    for year in (reference.year, reference.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if d >= reference - dt.timedelta(days=grace_days):
            return d
    return None


def nearest_date(day: int, month: int, reference: dt.date) -> dt.date | None:
    """The date day/month closest to the reference (an anchor may be past or coming)."""
    cands = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            cands.append(dt.date(year, month, day))
        except ValueError:
            pass
    return min(cands, key=lambda d: abs((d - reference).days)) if cands else None


def resolve(h: Horizon, reference: dt.date | None, anchor_date: dt.date | None = None) -> dt.date | None:
    """The due date of a horizon: from its anchor's date when it has one, else from ``reference``."""
    if h.kind == "vague":
        return None
    if h.kind == "date":
        if h.year:
            try:
                return dt.date(h.year, h.month, h.day)
            except (TypeError, ValueError):
                return None
        return next_date(h.day, h.month, reference) if reference and h.month else None
    if h.kind == "duration":
        if anchor_date is None and h.anchor_day and reference:
            anchor_date = nearest_date(*h.anchor_day, reference)
        base = anchor_date or h.anchor_date or (None if h.anchor else reference)
        return add(base, h.amount, h.unit) if base and h.amount else None
    if reference is None and not (h.kind == "period" and h.year):
        return None
    if h.kind == "period":
        if h.period == "month_end":
            if h.month:
                year = h.year or (reference.year if h.month >= reference.month else reference.year + 1)
                return dt.date(year, h.month, calendar.monthrange(year, h.month)[1])
            return dt.date(reference.year, reference.month, calendar.monthrange(reference.year, reference.month)[1])
        if h.period == "year_end":
            return dt.date(h.year or reference.year, 12, 31)
        if h.period == "week_end":
            return reference + dt.timedelta(days=6 - reference.weekday())
    if h.kind == "relative":
        m = re.fullmatch(r"\+(\d+)([dm])", h.relative or "")
        if not m:
            return None
        n = int(m.group(1))
        return reference + dt.timedelta(days=n) if m.group(2) == "d" else add_months(reference, n)
    if h.kind == "weekday":
        ahead = (h.weekday - reference.weekday()) % 7  # "jeudi" written on a Thursday is that day
        return reference + dt.timedelta(days=ahead)
    return None


def status(due: dt.date | None, as_of: dt.date) -> str:
    """open (due later), due (due on the as-of day), expired (past), unknown (no date)."""
    if due is None:
        return "unknown"
    if due > as_of:
        return "open"
    if due == as_of:
        return "due"
    return "expired"
