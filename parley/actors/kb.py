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
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import error
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
        # an office before a candidacy or an elite status; then the most recent; the precise title
        return max(valid, key=lambda r: (r.role != "candidate", r.sector != "ELI" or r.role == "president_elect",
                                         r.start or dt.date.min, r.role != "head_of_state"))

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
    regions: list[Seat] = field(default_factory=list)  # regions.tsv: territories of a state ("Gaza", "Darfour")
    roles: dict[str, list[RolePhrase]] = field(default_factory=dict)  # lang -> phrases
    groups: dict[str, list[GroupPhrase]] = field(default_factory=dict)
    military_rule: dict[str, list[tuple[dt.date, dt.date | None]]] = field(default_factory=dict)  # iso3 -> spans
    files: list[str] = field(default_factory=list)
    gazetteers: dict = field(default_factory=dict, repr=False)  # lang -> Gazetteer, built on demand

    # -------------------------------------------------------------- lookups
    def people(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "person"]

    def state(self, code: str | None) -> Entity | None:
        return self.states.get(code) if code else None

    def under_military_rule(self, code: str, day: dt.date) -> bool:
        """Is this state ruled by a junta on that day (military_rule.tsv)?"""
        return any(start <= day and (end is None or day <= end) for start, end in self.military_rule.get(code, []))

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


# ----------------------------------------------------------------- the KB

DATA_FILES = ("countries.tsv", "seats.tsv", "organisations.yaml", "people.yaml", "extra_people.yaml",
              "roles_fr.tsv", "roles_en.tsv", "groups_fr.tsv", "groups_en.tsv", "military_rule.tsv", "regions.tsv")


def build_kb(data_dir: Path | None = None) -> KB:
    from .kbload import (
        _entries, add_entity, add_pycountry_names, load_countries, load_groups, load_military_rule, load_roles,
        load_seats, organisation_entity, person_entity, read_yaml, states_from_pycountry,
    )

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
        elif name == "regions.tsv":
            load_seats(kb, path, kb.regions)
        elif name.startswith("roles_"):
            load_roles(kb, path, name[6:8])
        elif name.startswith("groups_"):
            load_groups(kb, path, name[7:9])
        elif name == "military_rule.tsv":
            load_military_rule(kb, path)
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
        from .kbload import read_yaml

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
    from .kbload import load_entries

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
