"""The actor knowledge base: states, seats of power, organisations, people and
the role and group phrases of each language, read from ``parley/actors/data``.

Files (formats in the docstrings of the loaders below):

- ``countries.tsv``   one row per state: names, demonyms, capitals (French and English)
- ``seats.tsv``       seats of power used as metonyms ("Kremlin", "Maison-Blanche")
- ``organisations.yaml``  IGOs, NGOs, national bodies and armed groups
- ``people.yaml`` (+ ``extra_people.yaml``)  people with dated roles
- ``roles_fr.tsv`` / ``roles_en.tsv``  title phrases -> role keys
- ``groups_fr.tsv`` / ``groups_en.tsv``  group head nouns -> sector (and fixed country)

pycountry supplies the official English and French names of every state listed
in ``countries.tsv``. A user dictionary (``--actors FILE``: parley YAML or a
CAMEO ``.actors.txt``) is merged on top. The KB is loaded once per process
(per user dictionary). A malformed row is a one-line ParleyError E401 naming
the file and the line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import ParleyError, error
from ..resources import data_path

SECTORS = frozenset(
    "GOV MIL REB PTY LEG JUD COP SPY PRM UAF UNK CVL OPP ELI JRN BUS LAB EDU MED REF REL SOC PRE IGO NGO".split()
)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})

# A title names a role; these role keys also answer for it (a "head of state"
# is a president, king or emir; the US "foreign minister" is its secretary of state).
ROLE_FAMILIES: dict[str, frozenset[str]] = {
    "head_of_state": frozenset({"head_of_state", "president", "king", "emir", "supreme_leader", "junta_leader"}),
    "head_of_government": frozenset({"head_of_government", "prime_minister", "chancellor"}),
    "prime_minister": frozenset({"prime_minister", "chancellor", "head_of_government"}),
    "president": frozenset({"president", "head_of_state"}),
    "foreign_minister": frozenset({"foreign_minister", "secretary_of_state"}),
    "secretary_of_state": frozenset({"secretary_of_state", "foreign_minister"}),
    "defence_minister": frozenset({"defence_minister"}),
    "envoy": frozenset({"envoy", "negotiator"}),
}

_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
_QID = re.compile(r"^Q\d+$")


def role_family(role: str) -> frozenset[str]:
    return ROLE_FAMILIES.get(role, frozenset({role}))


# ----------------------------------------------------------------- records

@dataclass(frozen=True)
class RoleSpan:
    role: str
    country: str | None = None
    sector: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None  # exclusive: the successor's first day
    approx: bool = False
    seat: str | None = None
    topic: str | None = None

    def valid_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class Entity:
    id: str
    kind: str  # person | state | organisation
    name: str
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    roles: list[RoleSpan] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # lang (fr|en|any) -> names
    source: str = "kb"

    def role_at(self, day: dt.date) -> RoleSpan | None:
        """The role held on ``day`` (the most recently started one when several)."""
        valid = [r for r in self.roles if r.valid_on(day)]
        if not valid:
            return None
        return max(valid, key=lambda r: r.start or dt.date.min)

    def past_roles(self, day: dt.date) -> list[RoleSpan]:
        return [r for r in self.roles if r.end is not None and r.end <= day]

    def all_aliases(self) -> list[str]:
        seen: dict[str, None] = {self.name: None}
        for names in self.aliases.values():
            for n in names:
                seen.setdefault(n, None)
        return list(seen)


@dataclass(frozen=True)
class Seat:
    alias: str
    lang: str
    country: str
    sector: str
    note: str = ""


@dataclass(frozen=True)
class RolePhrase:
    phrase: str
    role: str
    sector: str | None
    note: str = ""


@dataclass(frozen=True)
class GroupPhrase:
    phrase: str
    sector: str
    country: str | None
    note: str = ""


@dataclass
class KB:
    entities: dict[str, Entity] = field(default_factory=dict)
    states: dict[str, Entity] = field(default_factory=dict)  # iso3 -> state entity
    demonyms: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # iso3 -> lang -> forms
    capitals: dict[str, list[str]] = field(default_factory=dict)  # iso3 -> names
    seats: list[Seat] = field(default_factory=list)
    roles: dict[str, list[RolePhrase]] = field(default_factory=dict)  # lang -> phrases
    groups: dict[str, list[GroupPhrase]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    gazetteers: dict = field(default_factory=dict, repr=False)  # lang -> Gazetteer, built on demand

    # -------------------------------------------------------------- lookups
    def people(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "person"]

    def state(self, code: str | None) -> Entity | None:
        return self.states.get(code) if code else None

    def holders(self, roles: frozenset[str], country: str | None, day: dt.date, *,
                seat: str | None = None, topic: str | None = None) -> list[tuple[Entity, RoleSpan]]:
        """People holding one of ``roles`` for ``country`` on ``day``; the ones whose
        seat and topic agree come first."""
        found: list[tuple[int, Entity, RoleSpan]] = []
        for person in self.people():
            for r in person.roles:
                if r.role not in roles or not r.valid_on(day):
                    continue
                if country and (r.country or person.country) != country:
                    continue
                score = 0
                if seat:
                    if r.seat and self.same_seat(r.seat, seat):
                        score += 2
                    elif r.seat:
                        continue
                if topic:
                    if r.topic == topic:
                        score += 2
                    elif r.topic:
                        continue
                found.append((score, person, r))
        found.sort(key=lambda t: -t[0])
        return [(p, r) for _, p, r in found]

    def same_seat(self, a: str, b: str) -> bool:
        from .gazetteer import fold

        fa, fb = fold(a), fold(b)
        if fa == fb:
            return True
        groups = {}
        for s in self.seats:
            groups.setdefault(fold(s.alias), (s.country, s.sector, s.note))
        return fa in groups and groups.get(fa) == groups.get(fb)

    def seat_key(self, alias: str) -> tuple[str, str, str] | None:
        from .gazetteer import fold

        for s in self.seats:
            if fold(s.alias) == fold(alias):
                return (s.country, s.sector, s.note)
        return None


# ----------------------------------------------------------------- helpers

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


def load_seats(kb: KB, path: Path) -> None:
    """seats.tsv: alias lang country sector note."""
    for line, (alias, lang, country, sector, note) in read_tsv(path, ["alias", "lang", "country", "sector", "note"], 4):
        if not alias:
            raise _fail(path, line, "missing alias")
        if lang not in ("fr", "en", "any"):
            raise _fail(path, line, f"lang must be fr, en or any, not {lang!r}")
        kb.seats.append(Seat(alias, lang, _code(path, line, country, "country", required=True) or "",
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
        roles.append(RoleSpan(role=str(r["role"]).strip(), country=_code(path, rline, r.get("country"), "country") or country,
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


# ----------------------------------------------------------------- the KB

DATA_FILES = ("countries.tsv", "seats.tsv", "organisations.yaml", "people.yaml", "extra_people.yaml",
              "roles_fr.tsv", "roles_en.tsv", "groups_fr.tsv", "groups_en.tsv")


def build_kb(data_dir: Path | None = None) -> KB:
    base = data_dir or data_path("", "actors")
    kb = KB()
    countries = base / "countries.tsv"
    if countries.exists():
        load_countries(kb, countries)
        add_pycountry_names(kb)
        kb.files.append(str(countries))
    else:
        states_from_pycountry(kb)
    for name in DATA_FILES[1:]:
        path = base / name
        if not path.exists():
            continue
        kb.files.append(str(path))
        if name == "seats.tsv":
            load_seats(kb, path)
        elif name.startswith("roles_"):
            load_roles(kb, path, name[6:8])
        elif name.startswith("groups_"):
            load_groups(kb, path, name[7:9])
        elif name == "organisations.yaml":
            for item in _entries(path, read_yaml(path), "organisations"):
                add_entity(kb, organisation_entity(path, item))
        else:
            for item in _entries(path, read_yaml(path), "people"):
                add_entity(kb, person_entity(path, item))
    return kb


@lru_cache(maxsize=1)
def base_kb() -> KB:
    return build_kb()


def user_entries(path: Path) -> tuple[Path, object]:
    """The entries of a user dictionary: parley YAML, or CAMEO ``.actors.txt`` converted."""
    if not path.exists():
        raise error("E001", str(path))
    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        return path, read_yaml(path)
    from .cameo import parse_actors_file

    return path, parse_actors_file(path)


@lru_cache(maxsize=8)
def _kb_with(path_text: str, mtime: float) -> KB:
    import copy

    base = base_kb()
    saved, base.gazetteers = base.gazetteers, {}
    try:
        kb = copy.deepcopy(base)
    finally:
        base.gazetteers = saved
    path, data = user_entries(Path(path_text))
    load_entries(kb, path, data, source="user")
    kb.files.append(path_text)
    return kb


def load_kb(actors_file: str | None = None) -> KB:
    """The KB, with a user dictionary merged when one is given (cached per file version)."""
    if not actors_file:
        return base_kb()
    path = Path(actors_file)
    if not path.exists():
        raise error("E001", actors_file)
    return _kb_with(str(path), path.stat().st_mtime)


def search(kb: KB, query: str, limit: int = 5, cutoff: float = 60.0) -> list[tuple[Entity, float, str]]:
    """Entities whose name or an alias is close to ``query`` (rapidfuzz): (entity, score, matched alias)."""
    from rapidfuzz import fuzz, process

    from .gazetteer import fold

    choices: list[str] = []
    owners: list[tuple[Entity, str]] = []
    for entity in kb.entities.values():
        for alias in entity.all_aliases():
            choices.append(fold(alias))
            owners.append((entity, alias))
    best: dict[str, tuple[Entity, float, str]] = {}
    for _, score, pos in process.extract(fold(query), choices, scorer=fuzz.WRatio, limit=limit * 20,
                                         score_cutoff=cutoff):
        entity, alias = owners[pos]
        exact = fold(alias) == fold(query)
        if not exact and len(fold(alias)) <= 3:  # "UK" inside "Lukashenko" is no match
            continue
        score = 100.0 if exact else score
        if entity.id not in best or score > best[entity.id][1]:
            best[entity.id] = (entity, score, alias)
    ranked = sorted(best.values(), key=lambda t: (-t[1], t[0].kind != "person", t[0].name))
    if ranked:
        top = ranked[0][1]
        ranked = [r for r in ranked if r[1] >= top - 12]
    return ranked[:limit]
