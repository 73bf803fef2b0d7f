"""Cleaning: main text, boilerplate removal, normalisation, title.

The original text is never changed: cleaning decides which lines are kept
(``Article.lines``) and builds ``Article.norm``, a copy of the original of the
same length in which typographic apostrophes, quotes and spaces are replaced
one character for one character. So an offset in ``norm`` is the same offset
in the original, and every piece of evidence slices the original exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import yaml

from .errors import error
from .resources import data_path

# One-for-one replacements: offsets stay valid.
_NORMALISE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u200b": " ", "\ufeff": " ", "\t": " ",
})


def normalise(text: str) -> str:
    """Same-length normalisation for NLP (apostrophes, quotes, spaces)."""
    out = text.translate(_NORMALISE)
    assert len(out) == len(text)
    return out


def comparable(line: str) -> str:
    """A key to compare lines: lower case, no accents, quotes or punctuation."""
    text = unicodedata.normalize("NFKD", normalise(line).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", text).strip()


@dataclass
class Line:
    start: int
    end: int
    text: str
    paragraph: int
    kept: bool = True
    reason: str = ""
    heading: bool = False


@dataclass(frozen=True)
class BoilerplateRules:
    max_words: int
    teaser_max_words: int
    interface: re.Pattern[str]
    teaser: re.Pattern[str]
    referral: re.Pattern[str]


@lru_cache(maxsize=1)
def rules() -> BoilerplateRules:
    path = data_path("boilerplate.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return BoilerplateRules(
            max_words=int(data["max_words"]),
            teaser_max_words=int(data["teaser_max_words"]),
            interface=re.compile("|".join(f"(?:{p})" for p in data["interface"]), re.I),
            teaser=re.compile("^(?:" + "|".join(f"(?:{p})" for p in data["teaser_start"]) + ")", re.I),
            referral=re.compile("|".join(f"(?:{p})" for p in data["trailing_referral"]), re.I),
        )
    except (OSError, KeyError, TypeError, yaml.YAMLError, re.error) as exc:
        raise error("E401", path=str(path), reason=str(exc).splitlines()[0]) from None


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with offsets; a blank line starts a new paragraph."""
    lines: list[Line] = []
    paragraph, pos, blank = 0, 0, False
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            if blank and lines:
                paragraph += 1
            lead = len(body) - len(body.lstrip())
            lines.append(Line(pos + lead, pos + lead + len(stripped), stripped, paragraph))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return lines


_SENTENCE_END = re.compile(r"[.!?…:;»\"”)]\s*$")
_BULLET = re.compile(r"^\s*([•·●▪◦‣*–—-]|\d{1,2}[.)])\s+")


def _words(text: str) -> int:
    return len(text.split())


def is_heading(line: str) -> bool:
    return _words(line) <= 16 and not _SENTENCE_END.search(line) and not _BULLET.match(line)


def remove_boilerplate(lines: list[Line], title: str | None) -> None:
    """Mark interface lines, duplicated titles and trailing prompts as not kept."""
    r = rules()
    title_key = comparable(title) if title else None
    seen: set[str] = set()
    title_seen = False
    for line in lines:
        key = comparable(line.text)
        words = _words(line.text)
        if not key:
            line.kept, line.reason = False, "no words"
        elif title_key and key == title_key:
            if title_seen:
                line.kept, line.reason = False, "duplicated title"
            title_seen = line.heading = True
        elif _BREADCRUMB.search(line.text) and words <= r.max_words and not _SENTENCE_END.search(line.text):
            line.kept, line.reason = False, "breadcrumb"
        elif key in seen and words <= r.teaser_max_words:
            line.kept, line.reason = False, "repeated line"
        elif r.teaser.search(line.text) and words <= r.teaser_max_words:
            line.kept, line.reason = False, "link teaser"
        elif words <= r.max_words and r.interface.search(line.text) and not _SENTENCE_END.search(line.text.rstrip(".")):
            line.kept, line.reason = False, "interface text"
        elif words <= r.max_words and r.interface.search(line.text) and words <= 6:
            line.kept, line.reason = False, "interface text"
        seen.add(key)
    # The tail: after the last real paragraph, short lines and referrals are page furniture.
    # The first kept line is never removed here: a one-paragraph text is all article.
    kept = [line for line in lines if line.kept]
    listed: list[Line] = []  # a trailing numbered list under a short heading ("Les plus lus", "Most read")
    for line in reversed(kept[1:]):
        if _BULLET.match(line.text) and _words(line.text) <= r.max_words:
            listed.append(line)
            continue
        if is_heading(line.text) and _words(line.text) <= 8 \
                or r.interface.search(line.text) and _words(line.text) <= 2 * r.max_words and not listed:
            for item in listed:
                item.kept, item.reason = False, "trailing link list"
            listed = []
            line.kept, line.reason = False, "trailing interface text"
            continue
        if r.referral.search(line.text) and _words(line.text) <= r.teaser_max_words:
            line.kept, line.reason = False, "trailing referral"
            continue
        break
    for line in lines:
        if line.kept and is_heading(line.text):
            line.heading = True


_BREADCRUMB = re.compile(r"(\s[›»>|/]\s.*){1,}")


def guess_title(lines: list[Line]) -> str | None:
    """The first line near the top that reads as a headline: 3 to 30 words, not a
    sentence ending with a period, not a menu or breadcrumb, not interface text."""
    r = rules()
    for line in lines[:6]:
        text = line.text
        words = _words(text)
        if _BREADCRUMB.search(text) or words < 3:
            continue
        if words <= r.max_words and (r.interface.search(text) or r.teaser.search(text)):
            continue
        if words <= 30 and not text.rstrip().endswith((".", ":", ";", ",")):
            return text
        return None
    return None


def extract_html(html: str, label: str) -> tuple[str, dict]:
    """Main text and metadata of an HTML page (trafilatura, comments excluded)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False) or ""
    if not text.strip():
        text = trafilatura.extract(html, include_comments=False, favor_recall=True) or ""
    meta: dict = {}
    try:
        md = trafilatura.extract_metadata(html)
        if md is not None:
            meta = {"title": md.title, "date": md.date, "source": md.sitename or md.hostname,
                    "url": md.url}
    except Exception:  # metadata is a bonus; a page without it is still read
        meta = {}
    if not text.strip():
        raise error("E101", label)
    return text, meta


_PUBLISHED = re.compile(
    r"^(?:publi[ée]e?|mis en ligne|mis à jour|mise à jour|published|posted|updated|first published)"
    r"\s*(?:le|on|:)?\s*:?\s*(?P<date>.{6,40}?)(?:\s*(?:à|a|at)\s*\d{1,2}\s*[h:]\s*\d{0,2}.*)?$",
    re.I,
)


def published_line_date(lines: list[Line]) -> str | None:
    """The date of a "Publié le 12 juin 2025" / "Published March 3, 2025" line near the top."""
    import datetime as dt

    for line in lines[:25]:
        match = _PUBLISHED.match(normalise(line.text).strip())
        if not match:
            continue
        raw = re.sub(r"\s*[-–|,]\s*\d{1,2}[:h]\d{2}.*$", "", match.group("date")).strip(" ,.-")
        if not re.search(r"\d{4}", raw):  # "3 hours ago", "hier": no publication date from relative text
            continue
        for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"):
            try:
                return dt.datetime.strptime(raw[:10], fmt).date().isoformat()
            except ValueError:
                pass
        import dateparser

        parsed = dateparser.parse(raw, languages=["fr", "en"],
                                  settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]})
        if parsed:
            return parsed.date().isoformat()
    return None
