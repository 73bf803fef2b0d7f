"""Reading CAMEO actor dictionaries (the TABARI / PETRARCH / Phoenix ``.actors.txt`` format).

A record is a primary phrase, optional synonyms (lines starting with ``+``),
and optional code restrictions (lines starting with ``[``, usually indented)::

    DONALD_TRUMP_  [USAELI]        # the default code
    +PRESIDENT_TRUMP_
        [USAGOV 20170120-20210120]  # YYYYMMDD or YYMMDD, limits included
        [USAGOV >20250120]          # from that day on
        [USAELI <20170120]          # until that day

Words are joined by ``_`` or spaces; comments are ``#``, ``;`` or ``<!-- -->``.
A code is a country (or IGO/NGO) followed by a sector: ``USAGOV``, ``RUSMIL``,
``IGOUNO``. Records with dated codes become people with dated roles; a bare
country code (``KABUL_ [AFG]``) adds names to that state; the rest become
organisations, or people when the phrase reads like a personal name.
The result is parley's YAML dictionary format (see kb.load_entries).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ParleyError, error
from .kb import SECTORS

# CAMEO role codes that PLOVER names differently.
_SECTOR_ALIASES = {"HLH": "MED", "NGM": "NGO", "IGO": "IGO", "MNC": "BUS", "UAF": "UAF", "SEP": "REB",
                   "INS": "REB", "CRM": "UNK", "AGR": "SOC", "ENV": "SOC", "HRI": "NGO", "MOD": "GOV",
                   "RAD": "OPP", "PRO": "CVL", "SET": "CVL"}
_ROLE_WORDS = {"GOV": "government", "MIL": "military", "ELI": "elite", "LEG": "legislator", "JUD": "judiciary",
               "OPP": "opposition", "REB": "rebel", "COP": "police", "SPY": "intelligence", "PTY": "party",
               "BUS": "business", "MED": "media", "JRN": "media", "EDU": "education", "CVL": "civilian",
               "LAB": "labour", "REL": "religious", "REF": "refugee", "IGO": "international", "NGO": "ngo"}
_ORG_WORDS = set("""PARTY ARMY FORCE FORCES MINISTRY COUNCIL UNION ORGANIZATION ORGANISATION COMMITTEE FRONT
    MOVEMENT BANK AGENCY COURT GROUP ASSOCIATION LEAGUE NATIONS ALLIANCE BRIGADE BRIGADES CORPS GUARD
    POLICE PARLIAMENT ASSEMBLY CONGRESS SENATE OFFICE COMMISSION FUND PROGRAMME PROGRAM INSTITUTE
    UNIVERSITY COMPANY CORPORATION NETWORK COALITION FEDERATION SERVICE SERVICES DEPARTMENT AUTHORITY
    GOVERNMENT REGIME STATE STATES REPUBLIC KINGDOM""".split())


@dataclass
class Record:
    line: int
    phrase: str
    synonyms: list[str] = field(default_factory=list)
    default: str | None = None
    restrictions: list[tuple[str, dt.date | None, dt.date | None]] = field(default_factory=list)


def _fail(path: Path, line: int, reason: str) -> ParleyError:
    return error("E401", path=str(path), reason=f"line {line}: {reason}")


def _strip_comments(text: str) -> str:
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group().count("\n"), text, flags=re.S)
    return text


def _words(phrase: str) -> str:
    return " ".join(w for w in re.split(r"[_\s]+", phrase.strip()) if w)


_SMALL = {"OF", "THE", "AND", "FOR", "ON", "IN", "AT", "TO", "DE", "DU", "DES", "LA", "LE", "LES", "ET", "AL", "EL"}


def _nice(phrase: str, person: bool) -> str:
    """DONALD_J._TRUMP_ -> Donald J. Trump; in organisation names, short acronyms stay upper case."""
    ws = _words(phrase).split(" ")
    out = []
    for n, w in enumerate(ws):
        letters = re.sub(r"[^A-Za-z]", "", w)
        if w.upper() in _SMALL and not person:
            out.append(w.title() if n == 0 else w.lower())
            continue
        keep = w.isupper() and (len(letters) <= 1 if person else
                                len(letters) <= 3 or (len(ws) == 1 and len(letters) <= 5))
        out.append(w if keep else w.title())
    return " ".join(out)


def _date(path: Path, line: int, text: str) -> dt.date:
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            yy = int(text[:2])
            return dt.date(2000 + yy if yy < 30 else 1900 + yy, int(text[2:4]), int(text[4:]))
    except ValueError:
        pass
    raise _fail(path, line, f"bad date {text!r} (use YYYYMMDD or YYMMDD)")


def _restriction(path: Path, line: int, inside: str) -> tuple[str, dt.date | None, dt.date | None]:
    parts = inside.split()
    if not parts or not re.fullmatch(r"[A-Z0-9]{3,15}", parts[0]):
        raise _fail(path, line, f"bad code restriction [{inside}]")
    code = parts[0]
    if len(parts) == 1:
        return code, None, None
    spec = "".join(parts[1:])
    one_day = dt.timedelta(days=1)
    if spec.startswith(">"):
        return code, _date(path, line, spec[1:]), None
    if spec.startswith("<"):
        return code, None, _date(path, line, spec[1:]) + one_day
    m = re.fullmatch(r"(\d{6}|\d{8})-(\d{6}|\d{8})", spec)
    if m:
        return code, _date(path, line, m.group(1)), _date(path, line, m.group(2)) + one_day
    raise _fail(path, line, f"bad date restriction {spec!r} (use >DATE, <DATE or DATE-DATE)")


def parse_records(path: Path, text: str | None = None) -> list[Record]:
    if text is None:
        text = path.read_text(encoding="utf-8", errors="replace")
    records: list[Record] = []
    for number, raw in enumerate(_strip_comments(text).splitlines(), 1):
        line = re.split(r"[#;]", raw, maxsplit=1)[0].rstrip()
        if not line.strip():
            continue
        body = line.strip()
        if body.startswith("["):
            if not records:
                raise _fail(path, number, "a code restriction before any actor phrase")
            for inside in re.findall(r"\[([^\]]*)\]", body):
                code, start, end = _restriction(path, number, inside.strip())
                if start is None and end is None:
                    records[-1].default = code
                else:
                    records[-1].restrictions.append((code, start, end))
            continue
        if body.startswith("+"):
            if not records:
                raise _fail(path, number, "a synonym ('+') before any actor phrase")
            phrase = re.sub(r"\[[^\]]*\]", "", body[1:]).strip()
            if phrase:
                records[-1].synonyms.append(phrase)
            continue
        phrase = re.sub(r"\[[^\]]*\]", "", body).strip()
        if not phrase or "]" in phrase or "[" in phrase:
            raise _fail(path, number, f"cannot read {body[:60]!r}")
        record = Record(number, phrase)
        for inside in re.findall(r"\[([^\]]*)\]", body):
            code, start, end = _restriction(path, number, inside.strip())
            if start is None and end is None:
                record.default = code
            else:
                record.restrictions.append((code, start, end))
        records.append(record)
    return records


def split_code(code: str) -> tuple[str | None, str | None]:
    """CAMEO code -> (parley country/IGO code, PLOVER sector)."""
    code = code.upper()
    if code.startswith(("IGO", "NGO")):
        sector = code[:3]
        rest = code[3:6]
        return (rest or sector), sector
    country = code[:3] if len(code) >= 3 else None
    part = code[3:6] or None
    sector = _SECTOR_ALIASES.get(part or "", part)
    if sector not in SECTORS:
        sector = None
    return country, sector


def _is_personal_name(phrase: str) -> bool:
    ws = _words(phrase).upper().split(" ")
    return 2 <= len(ws) <= 4 and not any(w.strip(".") in _ORG_WORDS for w in ws)


def to_entries(records: list[Record], states: set[str] | None = None) -> dict[str, list[dict]]:
    """Records -> {"people": [...], "organisations": [...], "states": [...]} (parley YAML)."""
    people: list[dict] = []
    orgs: list[dict] = []
    state_aliases: list[dict] = []
    for rec in records:
        default_country, default_sector = split_code(rec.default) if rec.default else (None, None)
        person = bool(rec.restrictions) or bool(rec.default and _is_personal_name(rec.phrase) and default_sector
                                                 and len(rec.default) > 3)
        name = _nice(rec.phrase, person)
        aliases = [name] + [_nice(s, person) for s in rec.synonyms]
        aliases = list(dict.fromkeys(a for a in aliases if a))
        if person:
            roles = []
            for code, start, end in rec.restrictions:
                country, sector = split_code(code)
                role = {"role": _ROLE_WORDS.get(sector or "", "member"), "country": country, "sector": sector,
                        "start": start.isoformat() if start else None, "end": end.isoformat() if end else None,
                        "cameo": code}
                roles.append({k: v for k, v in role.items() if v is not None})
            first_country = default_country or (split_code(rec.restrictions[0][0])[0] if rec.restrictions else None)
            entry = {"name": name, "wikidata": None, "country": first_country,
                     "sector": default_sector, "aliases": {"en": aliases[1:]} if len(aliases) > 1 else {},
                     "roles": roles}
            if rec.default:
                entry["cameo"] = rec.default
            people.append({k: v for k, v in entry.items() if v not in (None, {}, [])} | {"roles": roles})
        elif rec.default and len(rec.default) == 3 and (states is None or rec.default in states):
            state_aliases.append({"kind": "state", "code": rec.default, "aliases": {"en": aliases}})
        elif rec.default:
            country, sector = split_code(rec.default)
            orgs.append({"code": country, "name": name, "sector": sector or "UNK",
                         "aliases": {"en": aliases[1:]}, "cameo": rec.default})
    out: dict[str, list[dict]] = {"people": people, "organisations": orgs}
    if state_aliases:
        out["states"] = state_aliases
    return out


def parse_actors_file(path: Path) -> dict[str, list[dict]]:
    """A ``.actors.txt`` file -> parley YAML entries (what ``parley actors import`` writes)."""
    from .kb import base_kb

    return to_entries(parse_records(path), set(base_kb().states))


def to_yaml(entries: dict[str, list[dict]], source: str = "") -> str:
    import yaml

    head = f"# parley actor dictionary, imported from CAMEO {source}\n".replace("  ", " ") if source else ""
    return head + yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
