"""Reading and checking the KB data files (formats in kb.py's docstring).

Every expected problem is a one-line ParleyError E401 naming the file and the
line: a TSV row with the wrong number of columns, an unknown sector, a bad
code, date or Wikidata id, invalid YAML.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from ..errors import ParleyError, error
from .kb import KB, SECTORS, Entity, GroupPhrase, RolePhrase, RoleSpan, Seat

_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
_QID = re.compile(r"^Q\d+$")


def _fail(path: Path, line: int | None, reason: str) -> ParleyError:
    where = f"line {line}: " if line else ""
    return error("E401", path=_show(path), reason=where + reason)


def _show(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _multi(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def parse_day(value: object, *, end: bool = False) -> dt.date | None:
    """A date from YAML: a date, 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; None for empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text) + (1 if end else 0), 1, 1)
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if end:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return dt.date(y, mo, 1)
    return dt.date.fromisoformat(text)


def read_tsv(path: Path, columns: list[str], required: int) -> list[tuple[int, list[str]]]:
    """Rows of a TSV file with a header: (line number, cells padded to ``columns``)."""
    rows: list[tuple[int, list[str]]] = []
    header_seen = False
    with path.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if not header_seen:
                header_seen = True
                if [c.lower() for c in cells[: len(columns)]] != columns[: len(cells)] or len(cells) < required:
                    raise _fail(path, number, f"header should be: {' '.join(columns)}")
                continue
            while len(cells) > len(columns) and cells[-1] == "":
                cells.pop()
            if not (required <= len(cells) <= len(columns)):
                raise _fail(path, number, f"expected {len(columns)} tab-separated columns, found {len(cells)}")
            rows.append((number, cells + [""] * (len(columns) - len(cells))))
    return rows


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A YAML loader that records the line of each mapping under ``__line__``."""


def _mapping_with_line(loader, node, deep=False):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def read_yaml(path: Path) -> object:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise _fail(path, mark.line + 1 if mark else None, f"invalid YAML ({problem})") from None


def _aliases(path: Path, line: int, value: object) -> dict[str, list[str]]:
    if value is None:
        return {}
    if isinstance(value, list):
        value = {"any": value}
    if not isinstance(value, dict):
        raise _fail(path, line, "'aliases' must map a language (en, fr) to a list of names")
    out: dict[str, list[str]] = {}
    for lang, names in value.items():
        if lang == "__line__":
            continue
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or not all(isinstance(n, (str, int)) for n in names):
            raise _fail(path, line, f"aliases.{lang} must be a list of names")
        out[str(lang)] = [str(n).strip() for n in names if str(n).strip()]
    return out


def _code(path: Path, line: int, value: object, what: str, required: bool = False) -> str | None:
    if value in (None, ""):
        if required:
            raise _fail(path, line, f"missing '{what}'")
        return None
    text = str(value).strip().upper()
    if not _CODE.match(text):
        raise _fail(path, line, f"'{what}' must be a code like RUS or NATO, not {value!r}")
    return text


def _sector(path: Path, line: int, value: object) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip().upper()
    if text not in SECTORS:
        raise _fail(path, line, f"unknown sector {value!r} (PLOVER sectors: GOV MIL REB ...)")
    return text


def _qid(path: Path, line: int, value: object) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    if not _QID.match(text):
        raise _fail(path, line, f"wikidata id must look like Q123, not {value!r}")
    return text


# ----------------------------------------------------------------- loaders

def load_countries(kb: KB, path: Path) -> None:
    """countries.tsv: iso3 wikidata en_names fr_names en_demonyms fr_demonyms capitals."""
    cols = ["iso3", "wikidata", "en_names", "fr_names", "en_demonyms", "fr_demonyms", "capitals"]
    for line, (iso3, qid, en, fr, en_dem, fr_dem, capitals) in read_tsv(path, cols, 3):
        code = _code(path, line, iso3, "iso3", required=True)
        if not re.fullmatch(r"[A-Z]{3}", code or ""):
            raise _fail(path, line, f"iso3 must be three capital letters, not {iso3!r}")
        en_names, fr_names = _multi(en), _multi(fr)
        if not en_names:
            raise _fail(path, line, "missing en_names")
        state = Entity(id=f"state:{code}", kind="state", name=en_names[0], wikidata=_qid(path, line, qid),
                       country=code, sector="GOV", aliases={"en": en_names, "fr": fr_names})
        kb.states[code] = state
        kb.entities[state.id] = state
        kb.demonyms[code] = {"en": _multi(en_dem), "fr": _multi(fr_dem)}
        kb.capitals[code] = _multi(capitals)


def add_pycountry_names(kb: KB) -> None:
    """Official names from pycountry (English, and French from its translations)."""
    try:
        import gettext

        import pycountry
    except ImportError:  # pragma: no cover - pinned dependency
        return
    try:
        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:  # pragma: no cover
        fr = None
    for code, state in kb.states.items():
        country = pycountry.countries.get(alpha_3=code)
        if country is None:
            continue
        en_names = [getattr(country, k, None) for k in ("common_name", "name", "official_name")]
        for name in en_names:
            if name and "," not in name and "(" not in name and name not in state.aliases["en"]:
                state.aliases["en"].append(name)
        if fr:
            for name in en_names:
                if not name:
                    continue
                local = fr(name)
                if local != name and "," not in local and "(" not in local and local not in state.aliases["fr"]:
                    state.aliases["fr"].append(local)


def states_from_pycountry(kb: KB) -> None:
    """Without countries.tsv: every pycountry country, English names only."""
    import pycountry

    for country in pycountry.countries:
        code = country.alpha_3
        name = getattr(country, "common_name", None) or country.name
        state = Entity(id=f"state:{code}", kind="state", name=name, country=code, sector="GOV",
                       aliases={"en": [name], "fr": []})
        kb.states[code] = state
        kb.entities[state.id] = state
        kb.demonyms[code] = {"en": [], "fr": []}
        kb.capitals[code] = []
    add_pycountry_names(kb)


def load_seats(kb: KB, path: Path, into: list | None = None) -> None:
    """seats.tsv (and regions.tsv): alias lang country sector note."""
    for line, (alias, lang, country, sector, note) in read_tsv(path, ["alias", "lang", "country", "sector", "note"], 4):
        if not alias:
            raise _fail(path, line, "missing alias")
        if lang not in ("fr", "en", "any"):
            raise _fail(path, line, f"lang must be fr, en or any, not {lang!r}")
        (kb.seats if into is None else into).append(Seat(alias, lang, _code(path, line, country, "country", required=True) or "",
                             _sector(path, line, sector) or "GOV", note))


def load_roles(kb: KB, path: Path, lang: str) -> None:
    """roles_<lang>.tsv: phrase role sector note."""
    for line, (phrase, role, sector, note) in read_tsv(path, ["phrase", "role", "sector", "note"], 2):
        if not phrase or not role:
            raise _fail(path, line, "phrase and role are required")
        if not re.fullmatch(r"[a-z_]+", role):
            raise _fail(path, line, f"role must be a key like foreign_minister, not {role!r}")
        kb.roles.setdefault(lang, []).append(RolePhrase(phrase, role, _sector(path, line, sector), note))


def load_groups(kb: KB, path: Path, lang: str) -> None:
    """groups_<lang>.tsv: phrase sector country note."""
    for line, (phrase, sector, country, note) in read_tsv(path, ["phrase", "sector", "country", "note"], 2):
        if not phrase:
            raise _fail(path, line, "missing phrase")
        sec = _sector(path, line, sector)
        if sec is None:
            raise _fail(path, line, "missing sector")
        kb.groups.setdefault(lang, []).append(GroupPhrase(phrase, sec, _code(path, line, country, "country"), note))


def load_military_rule(kb: KB, path: Path) -> None:
    """military_rule.tsv: country start end note (states ruled by a junta, for "la junte")."""
    for line, (country, start, end, _note) in read_tsv(path, ["country", "start", "end", "note"], 2):
        code = _code(path, line, country, "country")
        if not code:
            raise _fail(path, line, "missing country")
        try:
            span = (dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None)
        except ValueError:
            raise _fail(path, line, f"bad date {start!r} / {end!r}") from None
        kb.military_rule.setdefault(code, []).append(span)


def _entries(path: Path, data: object, key: str) -> list[dict]:
    if data is None:
        return []
    if isinstance(data, dict) and key in data:
        data = data[key]
    if not isinstance(data, list):
        raise _fail(path, None, f"expected a list of {key}")
    for item in data:
        if not isinstance(item, dict):
            raise _fail(path, None, f"every entry must be a mapping, found {str(item)[:40]!r}")
    return data


def organisation_entity(path: Path, item: dict, source: str = "kb") -> Entity:
    line = item.get("__line__", 0)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, line, "organisation without a 'name'")
    code = _code(path, line, item.get("code"), "code", required=True)
    qid = _qid(path, line, item.get("wikidata"))
    sector = _sector(path, line, item.get("sector")) or "IGO"
    country = _code(path, line, item.get("country"), "country") or code
    ident = f"org:{qid}" if qid else f"org:{code}:{name.strip().lower()}"
    return Entity(id=ident, kind="organisation", name=name.strip(), wikidata=qid, country=code if code else country,
                  sector=sector, aliases=_aliases(path, line, item.get("aliases")), source=source)


def person_entity(path: Path, item: dict, source: str = "kb") -> Entity:
    line = item.get("__line__", 0)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, line, "person without a 'name'")
    qid = _qid(path, line, item.get("wikidata"))
    country = _code(path, line, item.get("country"), "country")
    roles = []
    raw_roles = item.get("roles") or []
    if not isinstance(raw_roles, list):
        raise _fail(path, line, "'roles' must be a list")
    for r in raw_roles:
        rline = r.get("__line__", line) if isinstance(r, dict) else line
        if not isinstance(r, dict) or not r.get("role"):
            raise _fail(path, rline, f"{name}: every role needs a 'role' key")
        try:
            start, end = parse_day(r.get("start")), parse_day(r.get("end"), end=True)
        except ValueError:
            raise _fail(path, rline, f"{name}: dates must be YYYY-MM-DD") from None
        role_country = _code(path, rline, r.get("country"), "country") or country
        roles.append(RoleSpan(role=str(r["role"]).strip(), country=role_country,
                              sector=_sector(path, rline, r.get("sector")), start=start, end=end,
                              approx=bool(r.get("approx")), seat=(str(r["seat"]) if r.get("seat") else None),
                              topic=_code(path, rline, r.get("topic"), "topic")))
    ident = qid or f"person:{name.strip().lower()}"
    return Entity(id=ident, kind="person", name=name.strip(), wikidata=qid, country=country,
                  sector=_sector(path, line, item.get("sector")), roles=roles,
                  aliases=_aliases(path, line, item.get("aliases")), source=source)


def _same_as(kb: KB, entity: Entity) -> Entity | None:
    """A KB entity of the same kind that a user entry (without a Wikidata id) names."""
    from .gazetteer import fold

    names = {fold(n) for n in entity.all_aliases() if len(n.split()) >= 2 or entity.kind != "person"}
    for other in kb.entities.values():
        if other.kind == entity.kind and other.source == "kb" and names & {fold(n) for n in other.all_aliases()}:
            return other
    return None


def add_entity(kb: KB, entity: Entity) -> None:
    """Add, or merge into the entity with the same id (or, for a user entry, the
    same name): aliases add up; a user entry's dated roles are used only when the
    KB has none for that entity (KB roles are more precise than CAMEO codes)."""
    old = kb.entities.get(entity.id)
    if old is None and entity.source != "kb" and not entity.wikidata:
        old = _same_as(kb, entity)
    if old is None:
        kb.entities[entity.id] = entity
        return
    for lang, names in entity.aliases.items():
        have = old.aliases.setdefault(lang, [])
        have.extend(n for n in names if n not in have)
    if entity.name not in old.all_aliases():
        old.aliases.setdefault("any", []).append(entity.name)
    if not old.roles or entity.source == "kb":
        old.roles.extend(r for r in entity.roles if r not in old.roles)


def load_entries(kb: KB, path: Path, data: object, source: str = "kb") -> None:
    """Entries of a parley YAML dictionary: people, organisations, or state aliases.

    Accepts a list (each entry is a person unless it has a ``code``; ``kind:
    state`` adds aliases to a state) or a mapping with ``people`` and/or
    ``organisations`` and ``states`` lists (what ``parley actors import`` writes).
    """
    if isinstance(data, dict) and any(k in data for k in ("people", "organisations", "states")):
        items = []
        for key, kind in (("people", "person"), ("organisations", "organisation"), ("states", "state")):
            items += [dict(i, kind=i.get("kind", kind)) for i in _entries(path, data.get(key) or [], key)]
    else:
        items = _entries(path, data, "entries")
    for item in items:
        kind = item.get("kind") or ("organisation" if item.get("code") and not item.get("roles") else "person")
        if kind == "state":
            code = _code(path, item.get("__line__", 0), item.get("code"), "code", required=True)
            state = kb.states.get(code or "")
            if state is None:
                raise _fail(path, item.get("__line__"), f"unknown state code {code}")
            for lang, names in _aliases(path, item.get("__line__", 0), item.get("aliases")).items():
                have = state.aliases.setdefault(lang, [])
                have.extend(n for n in names if n not in have)
        elif kind == "organisation":
            add_entity(kb, organisation_entity(path, item, source))
        else:
            add_entity(kb, person_entity(path, item, source))


