"""Resolution of the candidates of a whole article, in reading order.

- Names: an ambiguous surname goes to the person the article names in full,
  else to the one in office on the article's date. After a full name, the
  surname alone, "M. Peskov" or "Mr Rutte" is the same person, known to the KB
  or not. A lone capitalised word the NER calls a person but that nobody in the
  article bears as a surname is dropped (too often a misread).
- Titles: beside a name, the name's person. Otherwise the KB holder of the role
  for the title's country (demonym, complement, seat, possessive owner) on the
  article's date ("le porte-parole du Kremlin"); else a person of the article
  who holds or was given that title ("le président élu"); else, when the
  country is known, an unknown official ("le ministre nigérien des Affaires
  étrangères"); else nothing. A bare "ministre"/"minister" or "général"/"General"
  with no name beside it is the state itself, weak, with the title's sector
  ("un général soudanais": Sudan, MIL), not a listed unknown person.
- Groups: a state organ with a country ("les forces ukrainiennes",
  "l'administration Biden") is a mention of the state, with its
  own sector; other groups ("des manifestants", "les alliés européens") are
  group actors, one per sector and country.
- Implicit country: a bare state agent ("la junte", "les autorités", "the army",
  "officials", "un ministre") or party ("les rebelles", "the opposition"), and
  a title beside an unknown person ("President X"), take the state of their
  context (_implicit_country): a state in a complement just after ("les
  autorités de fait du Niger"); else the one state named before it in the
  sentence (none when several are, or when that state is the subject and the
  group is not: the group is then its counterpart); else the state named
  before it in the paragraph (the leading state when several are); else the
  state the article names most, when one clearly leads (headline mentions
  count double, a "Niger :" rubric four times). Armed non-state groups
  ("les gangs", "les groupes armés", "the insurgents") with no state in their
  sentence skip the paragraph step: the state of a territory named in their
  sentence ("près de Tombouctou"), else the article's state (the conflict's
  state, not a foreign party named before); when the state named in their
  sentence is the subject acting on them, the same places, else the article's
  state when it is another one. An owner the KB does not
  know ("the Bush administration", "X's emir") blocks it. These mentions are
  weak: the state is not listed in the Report for them alone. Civilians and
  refugees do not take it (they are most often another state's victims).
  Before that: a definite bare group repeats an earlier group of the same head
  with a named owner ("the Sudanese army ... the army"); a possessive one ("its
  forces", "ses soldats") belongs to the subject state named before it in the
  sentence; a junta ("la junte", "the military rulers") goes to a state of the
  article under military rule on the date (military_rule.tsv); a cardinal plural
  ("les trois juntes", "the two sides") gets no single state.
- Pronouns: a subject pronoun (il/elle/ils/elles, he/she/they) goes to the
  latest compatible actor of the same or the previous sentence, subjects first;
  the subject of a speech verb ("Elle a averti que ...") goes to the speaker of
  the previous sentence, not to the subject of the clause it reported;
  a pronoun outside a quotation skips the actors named inside one ("X a été
  catégorique : « La partie adverse doit ... » Elle a averti ...": X).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .gazetteer import fold, words as split_words
from .kb import KB, STATE_SECTORS, role_family
from .lexicon import ACRONYM_SKIP, DE, DETS, HONORIFICS, LOCATIVE, PARTICLES, SAME_ROLE, SEVERAL, SKIP_MODS

DE_OF = frozenset(DE) | {"of"}

DEFINITE = frozenset({"le", "la", "les", "l", "the"})
ANAPHORA_WINDOW = 6  # sentences a definite group ("the army") looks back for its antecedent

GENERIC_ROLES = frozenset({"minister", "general"})  # a minister without a portfolio, a general (roles_*.tsv)

# Non-state groups that take the state of their context when nothing qualifies them.
# Not civilians and refugees: they are most often the victims of another state ("strikes killed 40 people").
# Armed non-state groups: they belong to the state whose territory they fight in (docs/annotation.md 3.2).
ARMED_GROUPS = frozenset({"REB", "PRM", "UAF"})
IMPLICIT_GROUPS = frozenset({"REB", "OPP", "PTY", "LAB", "PRM", "UAF", "ELI", "REL", "BUS", "MED", "EDU", "SOC"})
from .cands import Cand, SentenceCands

@dataclass
class Spec:
    """An actor of the article that is not a KB entity (unknown person, organisation or group)."""

    id: str
    kind: str  # person | organisation | group
    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    role_country: str | None = None


@dataclass
class TextRole:
    role: str
    country: str | None
    sector: str | None
    seat: str | None = None


@dataclass
class Resolution:
    cands: list[Cand]  # resolved, in reading order (pronouns included)
    specs: dict[str, Spec] = field(default_factory=dict)
    text_roles: dict[str, list[TextRole]] = field(default_factory=dict)  # entity id -> titles the text gives
    theatre: dict[str, str] = field(default_factory=dict)  # transnational armed group (IMG) -> state it fights in


class Resolver:
    def __init__(self, kb: KB, day: dt.date, lang: str, sentences: list[SentenceCands],
                 paragraphs: dict[int, int] | None = None, headings: set[int] | None = None) -> None:
        self.kb, self.day, self.lang, self.sentences = kb, day, lang, sentences
        self.paragraphs = paragraphs or {}  # sentence index -> paragraph number
        self.headings = headings or set()  # sentence indices of the title and headings
        self.specs: dict[str, Spec] = {}
        self.text_roles: dict[str, list[TextRole]] = {}
        self.marks: list[tuple[int, int, str]] = []  # (sentence, word, state code): where states are named
        self.dominant: str | None = None
        self.places: list[tuple[int, int, str]] = []  # (sentence, word, state code): territories of a state named
        self.subject_marks: set[tuple[int, int]] = set()
        self.junta_heads = frozenset(fold(gp.phrase) for gp in kb.groups.get(lang, [])
                                     if gp.note.lower().startswith("junta"))  # groups_*.tsv notes
        self.in_context = frozenset(fold(gp.phrase) for gp in kb.groups.get(lang, [])
                                    if gp.note.lower().startswith("context:"))
        # groups of several states with none named ("les Européens", "Western governments"): no code
        self.uncoded = frozenset(fold(gp.phrase) for gp in kb.groups.get(lang, [])
                                 if gp.note.lower().startswith("uncoded:"))
        self.several_juntas = frozenset(fold(gp.phrase) for gp in kb.groups.get(lang, [])
                                        if gp.note.lower().startswith("juntas:"))
        self.group_hist: list[tuple[int, str, str | None, str]] = []  # (sentence, head, sector, entity) of groups with a named owner

    # ------------------------------------------------------------ helpers
    def _all(self) -> list[Cand]:
        out = [c for sc in self.sentences for c in sc.cands if not c.dropped]
        out.sort(key=lambda c: (c.sent, c.i, -c.j))
        return out

    def _text(self, c: Cand, strip_det: bool = True) -> str:
        sc = self.sentences_by_index[c.sent]
        i = c.i
        while strip_det and i < c.j - 1 and (sc.ws[i].key in DETS or sc.ws[i].text == "'"):
            i += 1
        return sc.text[sc.ws[i].start:sc.ws[c.j - 1].end]

    def country_of(self, ident: str | None) -> str | None:
        if not ident:
            return None
        entity = self.kb.entities.get(ident)
        if entity is not None:
            if entity.kind == "person":
                role = entity.role_at(self.day)
                return (role.country if role else None) or entity.country or self._text_country(ident)
            return entity.country
        spec = self.specs.get(ident)
        return (spec.country or spec.role_country) if spec else None

    def _text_country(self, ident: str) -> str | None:
        for tr in self.text_roles.get(ident, []):
            if tr.country:
                return tr.country
        return None

    def _roles_of(self, ident: str) -> set[str]:
        roles = {tr.role for tr in self.text_roles.get(ident, [])}
        entity = self.kb.entities.get(ident)
        if entity is not None and entity.kind == "person":
            role = entity.role_at(self.day)
            if role:
                roles.add(role.role)
        return roles

    # ------------------------------------------------------------ steps
    def run(self) -> Resolution:
        self.sentences_by_index = {sc.index: sc for sc in self.sentences}
        self._acronyms()
        self._ambiguous_names()
        self._homonym_places()
        self._surnames()
        cands = self._all()
        self._state_marks(cands)
        for ident, code in self.acronym_orgs.items():  # "l'UPC": a body of the state it is named for, else
            self.specs[ident].country = code or self.dominant  # of the state the article is about
        for c in cands:  # "police arrested Tundu Lissu": an unknown person of the state in context
            spec = self.specs.get(c.entity or "") if c.context_country else None
            if spec is not None and spec.country is None:
                spec.country = self._implicit_country(c)
        for c in cands:  # titles beside a name first: they tell who holds what
            if c.kind == "title" and c.link is not None:
                self._title(c, cands)
        for c in cands:
            if c.kind == "title" and c.link is None:
                self._title(c, cands)
            elif c.kind == "group":
                self._group(c)
            elif c.kind == "org" and (c.entity or "").startswith("state:"):
                self._remember_organ(c)  # "the Sudanese army" (an organisation of the KB) ... "the army"
            elif c.kind == "org" and c.entity is None and c.name:
                ident = "unk:org:" + fold(c.name)
                self.specs.setdefault(ident, Spec(ident, "organisation", c.name))
                c.entity = ident
        self._drop_commentators()
        cands = [c for c in self._all() if c.entity or c.kind == "pronoun"]
        self._pronouns(cands)
        return Resolution([c for c in cands if c.entity], self.specs, self.text_roles, self._theatres(cands))

    def _at_place(self, x: Cand) -> bool:
        """A territory ("le Cabo Delgado") or a state or city named as a place ("en Syrie", "in Iraq")."""
        if x.region or x.place:
            return True
        if x.kind not in ("country", "metonym"):
            return False
        ws = self.sentences_by_index[x.sent].ws
        k = x.i - 1
        while k >= 0 and (ws[k].key in ("le", "la", "les", "l", "the") or ws[k].text in ("'", "’")):
            k -= 1
        return k >= 0 and ws[k].key in LOCATIVE  # not "à Paris", "to Washington": often a recipient

    def _theatres(self, cands: list[Cand]) -> dict[str, str]:
        """A transnational armed group (the KB codes it IMG: the Islamic State, al-Qaeda) takes the
        code of the one state it fights in in this article (docs/annotation.md: armed groups take
        the code of the country where they operate): at each mention, the one state whose territory
        or place its sentence names ("dans le Cabo Delgado", "en Syrie"), else the state the article
        is about when the article names a place of it, unless that state is a subject of the
        sentence (it acts on the group).
        It keeps IMG when its mentions point to different states, or none does."""
        found: dict[str, set[str | None]] = {}
        # the article's state is a theatre only where the article names a place of it ("à Pemba",
        # "dans le Cabo Delgado"), not a state that only strikes the group from afar
        territories = {x.country for sc in self.sentences for x in sc.cands
                       if not x.dropped and self._at_place(x) and x.country in self.kb.states}
        for c in cands:
            entity = self.kb.entities.get(c.entity or "")
            if entity is None or entity.kind != "organisation" or entity.country != "IMG" \
                    or entity.sector not in ARMED_GROUPS:
                continue
            here = {x.country for x in self.sentences_by_index[c.sent].cands if not x.dropped
                    and self._at_place(x) and x.country in self.kb.states}  # "près de Palma", "en Syrie"
            subjects = {code for sent, i, code in self.marks if sent == c.sent and (sent, i) in self.subject_marks}
            if len(here) == 1:
                code: str | None = next(iter(here))
            elif not here and self.dominant in territories and self.dominant not in subjects:
                code = self.dominant
            else:
                code = None
            found.setdefault(c.entity or "", set()).add(code)
        out = {}
        for ident, codes in found.items():
            named = codes - {None}
            if len(named) == 1:
                out[ident] = next(iter(named))
        return out

    def _acronyms(self) -> None:
        """An acronym the article defines beside a long name whose initials it spells ("la Coalition
        des patriotes pour le changement, la CPC, ...", "... (CPC)", "l'UPC (Union pour la paix ...)")
        names that body all through the article, whether the KB knows it or not, and whatever other
        body the KB calls by those letters (the Chinese Communist Party, "CPC" in English)."""
        self.acronym_orgs: dict[str, str | None] = {}
        defs: dict[str, tuple[SentenceCands, int, int, int]] = {}  # acronym -> (sentence, its word, long name)
        for sc in self.sentences:
            ws, n = sc.ws, len(sc.ws)
            for k, w in enumerate(ws):
                if not _acronym_word(w.text) or w.text in defs:
                    continue
                span = None
                if k >= 2 and ws[k - 1].text == "(" and k + 1 < n and ws[k + 1].text == ")":
                    span = _spelled(ws, k - 1, w.text)  # "Long Name (ACR)"
                p = k - 1 if k >= 1 and ws[k - 1].text in ("'", "’") else k
                if span is None and p >= 2 and ws[p - 1].key in DEFINITE and ws[p - 2].text == ",":
                    span = _spelled(ws, p - 2, w.text)  # "Long Name, la ACR, ..."
                if span is None and k + 2 < n and ws[k + 1].text == "(":  # "l'ACR (Long Name)"
                    close = next((q for q in range(k + 2, min(n, k + 16)) if ws[q].text == ")"), None)
                    if close is not None and ws[k + 2].capital and _initials(ws[k + 2:close]) == _letters(w.text):
                        span = (k + 2, close)
                if span is not None:
                    defs[w.text] = (sc, k, *span)
        for acr, (dsc, at, s, e) in defs.items():
            inside = [c for c in dsc.cands if not c.dropped and s <= c.i and c.j <= e]
            # the KB body the long name is, even when a title or group took it in ("porte-parole de l'X")
            known = next((c for c in dsc.cands + [c.org for c in dsc.cands if isinstance(c.org, Cand)]
                          if c.kind in ("org", "name") and (c.entity or c.options)
                          and s <= c.i and c.j <= e and 2 * (c.j - c.i) >= e - s), None)
            group = next((c for c in inside if c.kind == "group" and c.i == s), None)
            long_name = dsc.text[dsc.ws[s].start:dsc.ws[e - 1].end]
            words = set(_content(dsc.ws[s:e]))
            if known is None and group is None:  # the KB's body of that acronym, when its names share a word
                known = next((c for c in dsc.cands if not c.dropped and (c.i, c.j) == (at, at + 1)
                              and c.kind in ("org", "name") and words & set(_content_names(self.kb, c))), None)
                if known is not None:
                    for c in inside:
                        c.dropped = True
                    dsc.cands.append(Cand(dsc.index, s, e, known.kind, entity=known.entity, options=known.options,
                                          sector=known.sector, country=known.country))
            ident = None
            if known is None and group is None:
                ident = "unk:org:" + fold(long_name)
                self.specs.setdefault(ident, Spec(ident, "organisation", long_name))
                states = [c.country for c in inside if c.kind in ("country", "demonym", "metonym") and c.country]
                self.acronym_orgs[ident] = states[0] if states else None
                for c in inside:
                    c.dropped = True  # "en Centrafrique" inside the name is no mention of the state
                dsc.cands.append(Cand(dsc.index, s, e, "org", entity=ident, name=long_name))
            for sc in self.sentences:
                for k, w in enumerate(sc.ws):
                    if w.text != acr:
                        continue
                    here = [c for c in sc.cands if not c.dropped and c.i <= k < c.j]
                    if any(c.kind not in ("org", "name") or (c.i, c.j) != (k, k + 1) for c in here):
                        continue  # inside a longer phrase
                    if known is not None:
                        for c in here:
                            c.dropped = True
                        sc.cands.append(Cand(sc.index, k, k + 1, known.kind, entity=known.entity,
                                             options=known.options, sector=known.sector, country=known.country))
                    elif group is not None:
                        for c in here:
                            c.dropped = True
                        sc.cands.append(Cand(sc.index, k, k + 1, "group", sector=group.sector,
                                             country=group.country, head=group.head))
                    elif not any(words & set(_content_names(self.kb, c)) for c in here):
                        for c in here:
                            c.dropped = True
                        sc.cands.append(Cand(sc.index, k, k + 1, "org", entity=ident, name=long_name))
                sc.cands.sort(key=lambda c: (c.i, -c.j))

    def _ambiguous_names(self) -> None:
        """A name several entities bear: the one the article names unambiguously, else
        (people) the one in office on the date, else (organisations) the one of a country
        the article mentions ("RSF" in an article about Sudan)."""
        all_cands = [c for sc in self.sentences for c in sc.cands if not c.dropped]
        all_cands += [c.org for c in all_cands if c.kind == "group" and c.org is not None]
        named = {c.entity for c in all_cands if c.kind in ("name", "org") and len(c.options) <= 1 and c.entity}
        countries = {c.country for c in all_cands if c.kind in ("country", "metonym", "demonym")}
        for c in all_cands:
            if c.kind not in ("name", "org") or len(c.options) < 2:
                continue
            inside = [o for o in c.options if o in named]
            if c.kind == "name":
                active = [o for o in c.options if (e := self.kb.entities.get(o)) and e.role_at(self.day)]
            else:
                active = [o for o in c.options if (e := self.kb.entities.get(o)) and e.country in countries]
            c.entity = (inside or active or list(c.options))[0]

    def _homonym_places(self) -> None:
        """A place name several states have ("Tripoli": the Libyan capital and a Lebanese port) is the
        place of the one state the article names otherwise, when it does not name the first reading's."""
        all_cands = [c for sc in self.sentences for c in sc.cands if not c.dropped]
        named = {c.country for c in all_cands
                 if c.kind in ("country", "metonym", "demonym") and c.country and not c.homonyms and not c.needs}
        for c in all_cands:
            if c.needs and not named & set(c.needs):
                c.dropped = True  # "the North" in an article that names neither Korea
                continue
            if not c.homonyms or c.country in named:
                continue
            others = [code for code in c.homonyms if code in named]
            if len(others) == 1:
                c.country, c.entity, c.region, c.sector = others[0], f"state:{others[0]}", True, "CVL"

    def _surnames(self) -> None:
        """Surnames (and "M. X") of the people the article names in full."""
        table: dict[tuple[str, ...], str] = {}
        for sc in self.sentences:
            for c in sc.cands:
                if c.kind != "name" or c.dropped:
                    continue
                if c.entity is None and c.name and len(c.name.split()) >= 2 and sc.ws[c.i].key not in HONORIFICS:
                    ident = "unk:person:" + fold(c.name)
                    self.specs.setdefault(ident, Spec(ident, "person", c.name))
                    c.entity = ident
                if c.entity is None:
                    continue
                names = [c.name] if c.name else []
                entity = self.kb.entities.get(c.entity)
                if entity is not None:
                    names = [entity.name] + entity.all_aliases()
                for name in names:
                    for key in _surname_keys(name):
                        table.setdefault(key, c.entity)
        if not table:
            self._drop_lone_unknowns()
            return
        lengths = sorted({len(k) for k in table}, reverse=True)
        for sc in self.sentences:
            ws = sc.ws
            covered = {k for c in sc.cands if not c.dropped for k in range(c.i, c.j)}
            for c in sc.cands:  # unknown lone names and "M. X" that a full name explains
                if c.kind == "name" and c.entity is None and c.name:
                    key = tuple(fold(w) for w in c.name.replace("-", " - ").split())
                    if key in table:
                        c.entity = table[key]
            k = 0
            while k < len(ws):
                if k in covered or not ws[k].capital:
                    k += 1
                    continue
                hit = None
                for n in lengths:
                    key = tuple(w.key for w in ws[k:k + n])
                    if len(key) == n and key in table and not any(x in covered for x in range(k, k + n)):
                        hit = (n, table[key])
                        break
                if hit:
                    start = k
                    if k >= 2 and ws[k - 1].text == "." and ws[k - 2].key in HONORIFICS and ws[k - 2].capital:
                        start = k - 2
                    elif k >= 1 and ws[k - 1].key in HONORIFICS and ws[k - 1].capital:
                        start = k - 1
                    sc.cands.append(Cand(sc.index, start, k + hit[0], "name", entity=hit[1]))
                    k += hit[0]
                else:
                    k += 1
            sc.cands.sort(key=lambda c: (c.i, -c.j))
        self._drop_lone_unknowns()

    def _drop_lone_unknowns(self) -> None:
        linked = {id(c.link) for sc in self.sentences for c in sc.cands if c.kind == "title" and c.link}
        for sc in self.sentences:
            for c in sc.cands:
                if c.kind != "name" or c.entity is not None or c.dropped:
                    continue
                honorific = sc.ws[c.i].key in HONORIFICS
                if honorific or id(c) in linked:
                    name = c.name or self._text(c)
                    ident = "unk:person:" + fold(name)
                    self.specs.setdefault(ident, Spec(ident, "person", name))
                    c.entity = ident
                else:
                    c.dropped = True

    def _title(self, t: Cand, cands: list[Cand]) -> None:
        country = t.country
        if country is None and t.owner is not None:
            owner = t.owner if isinstance(t.owner, Cand) else self._previous(t, cands, ("name", "country", "metonym"))
            if owner is not None and owner.entity:
                country = self.country_of(owner.entity)
        if country is None and t.owner is None and t.link is None and t.role and not t.former and not t.deputy \
                and t.role not in GENERIC_ROLES and not t.role.startswith("deputy"):
            only = self._only_state(t.role)  # "the unification minister": an office only one state has
            if only and any(code == only for _, _, code in self.marks):
                country = only
        linked_unknown = t.link is not None and t.link.entity in self.specs and not t.link.dropped
        if country is None and linked_unknown and t.role != SAME_ROLE and not t.former:
            country = self._implicit_country(t)  # "President X said ..." in an article about X's country
        if country and t.role_sector == "GOV" and country not in self.kb.states and country != "WST":
            t.role_sector = "IGO"  # "the U.N. mediator", "le secrétaire général de l'OTAN"
        role = t.role or ""
        if role == SAME_ROLE:
            role, t.role_sector = self._counterpart_role(t, cands)
            if not role:
                t.dropped = True
                return
            t.role = role
        record = TextRole(role, country, t.role_sector, t.seat)
        if t.link is not None and t.link.entity and not t.link.dropped:
            t.entity = t.link.entity
            self.text_roles.setdefault(t.entity, []).append(record)
            spec = self.specs.get(t.entity)
            if spec is not None and spec.role is None:
                spec.role, spec.role_country, spec.sector = role, country, t.role_sector
            return
        family = role_family(role)
        if t.former:
            for c in reversed([c for c in cands if c.entity and c.kind == "name"]):
                entity = self.kb.entities.get(c.entity)
                if entity and any(r.role in family and (not country or r.country == country)
                                  for r in entity.past_roles(self.day)):
                    t.entity = c.entity
                    return
            t.dropped = True
            return
        if not t.deputy:
            picked = self._from_article(t, cands, family, country)
            if picked is None and country:
                picked = self._from_kb(t, cands, family, country)
            if picked is not None:
                t.entity = picked
                self.text_roles.setdefault(picked, []).append(record)
                return
        if role in GENERIC_ROLES:  # "un ministre ukrainien", "a Sudanese general": the state, not a listed person
            if country in self.kb.states:
                t.entity, t.weak = f"state:{country}", True
            else:
                t.dropped = True
            return
        if country:
            ident = f"unk:title:{role}{'-deputy' if t.deputy else ''}:{country}"
            name = self._text(t)
            self.specs.setdefault(ident, Spec(ident, "person", name, None, t.role_sector, role, country))
            t.entity = ident
            return
        t.dropped = True

    def _only_state(self, role: str) -> str | None:
        """The one state whose office this is, when the KB lists holders of that office for one state only."""
        family = role_family(role)
        codes = {r.country or p.country for p in self.kb.people() for r in p.roles if r.role in family}
        return next(iter(codes)) if len(codes) == 1 and None not in codes else None

    def _counterpart_role(self, t: Cand, cands: list[Cand]) -> tuple[str, str | None]:
        """"X a rencontré son homologue malien": the counterpart holds X's office."""
        before = [c for c in cands if c.sent in (t.sent, t.sent - 1) and (c.sent, c.i) < (t.sent, t.i)]
        for c in reversed(before):
            if c.kind == "title" and c.role and c.role != SAME_ROLE:
                return c.role, c.role_sector
            if c.kind == "name" and c.entity:
                roles = self.text_roles.get(c.entity)
                if roles:
                    return roles[-1].role, roles[-1].sector
                entity = self.kb.entities.get(c.entity)
                held = entity.role_at(self.day) if entity is not None and entity.kind == "person" else None
                if held:
                    return held.role, held.sector
        return "", None

    # ------------------------------------------------------------ implicit country
    def _state_marks(self, cands: list[Cand]) -> None:
        """Every place the article names a state (a name, capital, seat, demonym, a titled
        person or a state's organisation), and the state it names most (ties: the first)."""
        counts: dict[str, float] = {}
        for c in cands:
            code = None
            if c.kind in ("country", "metonym", "demonym", "title") or c.kind == "org" and (c.entity or "").startswith("state:"):
                code = c.country  # an organisation counts only as a state organ ("the Pentagon"), not "the Taliban"
            elif c.kind == "name" and c.entity and c.entity in self.kb.entities:
                code = self.country_of(c.entity)
            if c.region:
                if c.country in self.kb.states:
                    self.places.append((c.sent, c.i, c.country))
                code = None  # "Gaza", "le Darfour": a place, not the state speaking
            if code and code in self.kb.states:
                self.marks.append((c.sent, c.i, code))
                if c.subject:
                    self.subject_marks.add((c.sent, c.i))
                weight = 0.5 if c.weak or c.kind in ("demonym", "org", "name") else 1.0
                if c.sent in self.headings:  # the headline names what the article is about
                    ws = self.sentences_by_index[c.sent].ws
                    rubric = c.j < len(ws) and ws[c.j].text == ":" and c.i == 0  # "Niger : ..."
                    weight *= 4.0 if rubric else 2.0
                counts[code] = counts.get(code, 0.0) + weight
        if counts:  # the state the article is about, when one clearly leads
            ranked = sorted(counts.values(), reverse=True)
            if len(ranked) == 1 or ranked[0] >= 1.5 * ranked[1]:
                self.dominant = next(code for _, _, code in self.marks if counts[code] == ranked[0])

    def _implicit_country(self, c: Cand) -> str | None:
        """The state a bare agent ("le gouvernement", "the army", "President X") belongs to: the
        nearest state named before it in its paragraph, else the state the article names most.
        None when an owner the KB does not know qualifies it ("the Bush administration",
        "Qatar's emir" misspelt, "le gouvernement de Xanadu")."""
        ws = self.sentences_by_index[c.sent].ws
        k = c.i
        while k >= 1 and (ws[k - 1].key in DETS or ws[k - 1].key in SKIP_MODS):
            k -= 1
        if k >= 1 and (ws[k - 1].key == "s" and k >= 2 and ws[k - 2].text in ("'", "’")
                       or c.kind == "group" and ws[k - 1].capital and k - 1 > 0 and ws[k - 1].key not in HONORIFICS
                       and ws[k - 1].key not in DE):  # "(AFP) - Des insurgés": an article, no owner
            return None
        if c.j + 1 < len(ws) and ws[c.j].key in DE_OF and ws[c.j + 1].capital:
            return None
        for k in range(c.j, min(c.j + 4, len(ws) - 1)):  # "les autorités de fait du Niger"
            if ws[k].key in DE_OF:
                after = [code for sent, i, code in self.marks if sent == c.sent and i == k + 1]
                if after:
                    return after[0]
            if ws[k].text in (",", ";", ":", "«", "»", "(") or ws[k].capital:
                break
        para = self.paragraphs.get(c.sent, c.sent)
        same = [(i, code) for sent, i, code in self.marks if sent == c.sent and i < c.i]
        if same:  # one state named before it in the sentence; several: too ambiguous
            if len({code for _, code in same}) > 1:
                # unless the group is the subject of a clause of what the sentence's subject state
                # says: "le ministre malien a assuré que ... la Russie ... et que les autorités ..."
                subjects = [code for i, code in same if (c.sent, i) in self.subject_marks]
                if c.kind == "group" and c.subject and subjects and self.lang == "fr":
                    return subjects[0]
                return None
            if c.kind == "group" and not c.subject and all((c.sent, i) in self.subject_marks for i, _ in same):
                if c.sector in ARMED_GROUPS:  # armed groups: the state of the territory they hold
                    here = {code for sent, _, code in self.places if sent == c.sent}
                    if len(here) == 1:
                        return next(iter(here))  # "l'armée malienne a frappé les jihadistes près de Kidal"
                    if self.dominant is not None and self.dominant not in {code for _, code in same}:
                        return self.dominant  # "Israel struck the rebels" in an article about Yemen
                return None  # "Israel struck the rebels": the state acts, the group is its counterpart
            return same[0][1]
        if c.kind == "group" and c.sector in ARMED_GROUPS:
            # "les gangs", "les groupes armés", "the insurgents" with no state in their sentence: the
            # state whose territory the sentence names ("près de Tombouctou"), else the state the
            # article is about (the conflict's state), not a foreign state named in passing before
            here = {code for sent, _, code in self.places if sent == c.sent}
            if len(here) == 1:
                return next(iter(here))
            if self.dominant is not None:
                return self.dominant
        before = [code for sent, i, code in self.marks
                  if sent < c.sent and self.paragraphs.get(sent, sent) == para]
        if before:
            if len(set(before)) == 1 or self.dominant in before:
                return before[-1] if len(set(before)) == 1 else self.dominant
            return None
        return self.dominant

    def _junta_country(self, c: Cand) -> str | None:
        """"La junte", "the military rulers", "les putschistes": a state of the article that a
        junta rules on the article's date (military_rule.tsv): the one named in the sentence
        (before it first), else the nearest before it, else the first after it. None when the
        article names no such state (the usual rule then applies)."""
        ruled = [(sent, i, code) for sent, i, code in self.marks if self.kb.under_military_rule(code, self.day)]
        if not ruled:
            return None
        here = [m for m in ruled if m[0] == c.sent]
        if here:
            before = [m for m in here if m[1] < c.i]
            return (before[-1] if before else here[0])[2]
        before = [m for m in ruled if m[0] < c.sent]
        return (before[-1] if before else ruled[0])[2]

    def _from_article(self, t: Cand, cands: list[Cand], family: frozenset[str], country: str | None) -> str | None:
        """A person of the article (before the title, else after it) who holds the role on
        the date or was given that title: "le président élu", "the U.S. envoy"."""
        earlier = [c for c in cands if c.entity and c.kind in ("name", "title") and (c.sent, c.i) < (t.sent, t.i)]
        later = [c for c in cands if c.entity and c.kind == "name" and (c.sent, c.i) > (t.sent, t.i)]
        for c in list(reversed(earlier)) + later:
            found = self.kb.entities.get(c.entity) or self.specs.get(c.entity)
            if found is None or found.kind != "person":
                continue
            if self._roles_of(c.entity) & family and (not country or self.country_of(c.entity) == country) \
                    and (not t.seat or self._has_seat(c.entity, t.seat)):
                return c.entity
        return None

    def _has_seat(self, ident: str, seat: str) -> bool:
        """Does this person speak for that seat ("porte-parole du Kremlin", not of the ministry)?"""
        if any(tr.seat and self.kb.same_seat(tr.seat, seat) for tr in self.text_roles.get(ident, [])):
            return True
        entity = self.kb.entities.get(ident)
        role = entity.role_at(self.day) if entity is not None and entity.kind == "person" else None
        return bool(role and role.seat and self.kb.same_seat(role.seat, seat))

    def _from_kb(self, t: Cand, cands: list[Cand], family: frozenset[str], country: str) -> str | None:
        """The KB holder of the role for the country on the date ("le porte-parole du Kremlin");
        a country's "leader" is its head of government when the KB has no head of state."""
        holders = self.kb.holders(family, country, self.day, seat=t.seat, topic=t.topic)
        if not holders and t.role == "head_of_state":  # "le dirigeant japonais"
            holders = self.kb.holders(role_family("head_of_government"), country, self.day)
        if not holders:
            return None
        in_article = {c.entity for c in cands if c.entity}
        return next((p.id for p, _ in holders if p.id in in_article), holders[0][0].id)

    def _group(self, g: Cand) -> None:
        if g.org is not None and g.org.entity:  # "Hamas negotiators", "les forces de l'OTAN"
            g.entity = g.org.entity
            return
        country = g.country
        if country is None and isinstance(g.owner, Cand) and g.owner.entity:
            country = self.country_of(g.owner.entity)
        sector = g.sector or "UNK"
        if country is not None and g.head:
            ident = f"state:{country}" if country in self.kb.states and sector in STATE_SECTORS \
                else f"group:{sector}:{country}"
            self.group_hist.append((g.sent, g.head, g.sector, ident))
        if country is None and g.owner is None and (sector in STATE_SECTORS or sector in IMPLICIT_GROUPS):
            ante = self._antecedent(g)
            if ante is not None:  # "the Sudanese army ... the army": the same one
                g.entity = ante
                if ante.startswith("group:"):
                    spec = self.specs.get(ante)
                    if spec is None:
                        _, sec, code = ante.split(":", 2)
                        self.specs[ante] = Spec(ante, "group", self._text(g), code or None, sec)
                return
        if country in self.kb.states and sector in STATE_SECTORS:
            g.entity = f"state:{country}"
            return
        if country is None and (sector in STATE_SECTORS or sector in IMPLICIT_GROUPS) and self._several(g) \
                or country is None and g.head in self.several_juntas and g.owner is None:
            g.dropped = True  # "les trois régimes militaires", "the two governments": not one state
            return
        if country is None and g.owner == "poss" and (sector in STATE_SECTORS or sector in IMPLICIT_GROUPS):
            owner, of_subject = self._possessor(g)  # "Kyiv says its army ...", "Kigali ... ses soldats"
            if owner is not None and of_subject and not g.subject:
                g.dropped = True  # "Paris retire ses soldats": the subject's own organ, no second party
                return
            if owner is not None:
                if sector in STATE_SECTORS:
                    g.entity, g.weak = f"state:{owner}", True
                    return
                country = owner
        if country is None and sector in STATE_SECTORS:
            country = self._junta_country(g) if g.head in self.junta_heads and g.owner is None else None
            country = country or self._implicit_country(g)  # "la junte", "the government": the article's state
            if country is None:
                g.dropped = True
                return
            g.entity, g.weak = f"state:{country}", True
            return
        if country is None and sector in IMPLICIT_GROUPS:
            country = self._implicit_country(g)  # "les rebelles", "the protesters": of the article's state
        if country and g.head in self.in_context and not self._named(country, g) \
                or g.head in self.uncoded and g.country == country:
            # "les alliés" in an article that never names NATO, "les Occidentaux", "les Européens":
            # several states, none named: governments with no code (an IGO sector would read as a code)
            country, sector = None, "GOV" if sector == "IGO" else sector
            g.sector = sector
            ident = f"group:{sector}:-{g.head}"  # its own actor, named by its own words
        else:
            ident = f"group:{sector}:{country or ''}"
        self.specs.setdefault(ident, Spec(ident, "group", self._text(g), country, sector))
        g.entity = ident

    def _remember_organ(self, c: Cand) -> None:
        keys = [w.key for w in self.sentences_by_index[c.sent].ws[c.i:c.j]]
        for n in (1, 2, 3):
            for k in range(len(keys) - n + 1):
                self.group_hist.append((c.sent, " ".join(keys[k:k + n]), c.sector, c.entity or ""))

    def _named(self, code: str, g: Cand) -> bool:
        """Does the article name this organisation or state other than through group ``g``?"""
        return any(c is not g and c.head not in self.in_context and c.kind != "pronoun"
                   and (c.country == code or self.country_of(c.entity) == code)
                   for sc in self.sentences for c in sc.cands)

    def _possessor(self, g: Cand) -> tuple[str | None, bool]:
        """The state a possessive ("its", "their", "ses", "leurs") refers to: the subject state
        named before it in the sentence, else the nearest state named before it there; and
        whether that state is the subject."""
        before = [(i, code) for sent, i, code in self.marks if sent == g.sent and i < g.i]
        if not before:
            return None, False
        subjects = [(i, code) for i, code in before if (g.sent, i) in self.subject_marks]
        return (subjects or before)[-1][1], bool(subjects)

    def _several(self, g: Cand) -> bool:
        ws = self.sentences_by_index[g.sent].ws
        k = g.i
        while k >= 1 and ws[k - 1].key in SKIP_MODS:
            k -= 1
        return k >= 1 and ws[k - 1].key in SEVERAL

    def _antecedent(self, g: Cand) -> str | None:
        """A definite bare group ("the army", "la junte", "les rebelles") that an earlier
        group of the same head with a named owner introduced ("the Sudanese army", "la junte
        nigérienne") in this or the last few sentences: that group's actor."""
        ws = self.sentences_by_index[g.sent].ws
        k = g.i
        while k >= 1 and ws[k - 1].key in SKIP_MODS:
            k -= 1
        if k >= 1 and ws[k - 1].text in ("'", "’"):
            k -= 1
        if k < 1 or ws[k - 1].key not in DEFINITE:
            return None
        for sent, head, _, ident in reversed(self.group_hist):
            if sent < g.sent - ANAPHORA_WINDOW:
                break
            if head == g.head and sent <= g.sent:
                return ident
        return None

    def _previous(self, t: Cand, cands: list[Cand], kinds: tuple[str, ...]) -> Cand | None:
        prior = [c for c in cands if c.entity and c.kind in kinds and (c.sent, c.j) <= (t.sent, t.i)]
        return prior[-1] if prior else None

    def _drop_commentators(self) -> None:
        flagged = {c.entity for sc in self.sentences for c in sc.cands
                   if c.commentator and c.entity and c.entity.startswith("unk:person:")}
        for sc in self.sentences:
            for c in sc.cands:
                if c.entity in flagged:
                    c.dropped = True
                    c.entity = None

    def _pronouns(self, cands: list[Cand]) -> None:
        for p in [c for c in cands if c.kind == "pronoun"]:
            window = [c for c in cands if c.entity and c.kind != "demonym" and not c.nested and p.sent - 1 <= c.sent
                      and (c.sent, c.j) <= (p.sent, p.i) and self._compatible(p, c)]
            if not self._quoted(p):  # "X a été catégorique : « La partie japonaise doit ... » Elle a averti":
                window = [c for c in window if not self._quoted(c)]  # the speaker, not a party inside her quote
            if not window:
                continue
            previous = [c for c in window if c.sent < p.sent]
            same = [c for c in window if c.sent == p.sent]
            starts_clause = p.i == 0 or self.sentences_by_index[p.sent].ws[p.i - 1].text in (",", ";", ":")
            if same and not (starts_clause and p.i == 0):
                pick = ([c for c in same if c.subject] or same)[-1]
            else:
                pool = previous or same
                speakers = [c for c in pool if c.speaker] if p.speaker else []
                # "La ministre a déclaré que la Russie devait ... Elle a averti que ...": the speaker
                pick = (speakers or [c for c in pool if c.subject] or pool)[-1]
            p.entity = pick.entity

    def _quoted(self, c: Cand) -> bool:
        """Is the mention inside a quotation of its sentence (« ... », “ ... ”)?"""
        depth = 0
        for w in self.sentences_by_index[c.sent].ws[:c.i]:
            if w.text in ("«", "“"):
                depth += 1
            elif w.text in ("»", "”"):
                depth = max(0, depth - 1)
        return depth > 0

    def _compatible(self, p: Cand, c: Cand) -> bool:
        entity = self.kb.entities.get(c.entity or "")
        spec = self.specs.get(c.entity or "")
        kind = entity.kind if entity else (spec.kind if spec else "")
        if p.pronoun in ("il", "elle"):
            if kind == "person":
                return True
            if kind in ("state", "organisation") and c.kind != "pronoun":
                return c.fem is not None and c.fem == (p.pronoun == "elle") and self.lang == "fr"
            return False
        if kind == "group":
            return True
        return c.kind == "pronoun" and c.pronoun == p.pronoun


def _acronym_word(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def _letters(acronym: str) -> str:
    return fold("".join(ch for ch in acronym if ch.isalpha()))


def _content(ws) -> list[str]:
    """The words of a name an acronym takes its letters from ("Coalition", "patriotes", "changement")."""
    return [w.key for w in ws if w.text[:1].isalpha() and w.key not in ACRONYM_SKIP]


def _initials(ws) -> str:
    if any(not w.text[:1].isalnum() and w.text not in ("'", "’", "-") for w in ws):
        return ""  # a comma, a bracket: not one name
    return "".join(key[0] for key in _content(ws))


def _spelled(ws, end: int, acronym: str) -> tuple[int, int] | None:
    """The words just before ``end`` whose initials spell the acronym, the first one capitalised."""
    want = _letters(acronym)
    for start in range(end - 1, max(-1, end - 14), -1):
        got = _initials(ws[start:end])
        if not want.endswith(got) or not got and start < end - 3:
            return None  # read right to left, the initials grow at the front
        if got == want and ws[start].capital and ws[start].key not in ACRONYM_SKIP:
            return start, end
    return None


def _content_names(kb: KB, c: Cand) -> list[str]:
    """The content words of every name of the KB bodies a candidate may be."""
    out: list[str] = []
    for ident in c.options or ((c.entity,) if c.entity else ()):
        entity = kb.entities.get(ident)
        if entity is not None:
            for name in [entity.name] + entity.all_aliases():
                out += [k for k in _content(split_words(name)) if len(k) >= 4]
    return out


def _surname_keys(name: str) -> list[tuple[str, ...]]:
    parts = name.replace("-", " - ").split()
    if len(parts) < 2:
        return []
    keys = []
    tail = parts[1:]
    if len(tail) >= 1:
        keys.append(tuple(fold(w) for w in tail))
    last = parts[-1]
    if len(last) >= 3 and fold(last) not in PARTICLES:
        keys.append((fold(last),))
    k = len(parts) - 2
    while k >= 1 and fold(parts[k]) in PARTICLES:  # "Le Pen", "von der Leyen"
        keys.append(tuple(fold(w) for w in parts[k:]))
        k -= 1
    return list(dict.fromkeys(keys))
