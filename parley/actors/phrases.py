"""Candidate actor mentions in one sentence.

The gazetteer finds names, states, capitals, seats, organisations and
demonyms (pass A), and title and group head nouns (pass B, which may step
over a demonym: "ministre nigérien des Affaires étrangères"). Titles and
groups then take their modifiers: a demonym ("le président russe", "Russian
forces"), a complement ("du Kremlin", "des États-Unis", "of Ukraine",
"Ukraine's"), a topic ("pour l'Ukraine", "pour le conflit ukrainien"), a
possessive ("son émissaire"), "élu"/"elect", "ancien"/"former". A title
next to a name is the same person ("Le président russe Vladimir Poutine",
"Maria Zakharova, porte-parole de la diplomatie russe"). The French NER adds people the KB
does not know; in English, capitalised spans after a title or before a
speech verb do.
"""

from __future__ import annotations

from .cands import Cand, SentenceCands, word_range
from .gazetteer import Gazetteer, Match, Word, fold, words
from .kb import KB
from .lexicon import (
    IDIOMS,
    DE, DETS, FOR, TOPIC_NOUNS, POSSESSIVES, FORMER, ELECT, SKIP_MODS, DEPUTY, LOCATIVE, WEAK_BEFORE,
    NAME_PART_AFTER, NAME_PART_BEFORE, GEOGRAPHIC, HYPHEN_PLACE, BORDER, COUNTERPART, SAME_ROLE, COMMENTATORS,
    IMPERSONAL, COMBINING,
)
from .people import PeopleFinder

# A state's security forces are the state (with their sector on the mention), as in the gold corpus.
SECURITY = frozenset({"MIL", "COP", "SPY"})
A_KINDS = frozenset({"person", "state", "capital", "seat", "org", "demonym", "region"})
B_KINDS = frozenset({"role", "group"})
_PRIORITY = ("state", "seat", "org", "person", "capital", "demonym", "region")
_KIND_OF = {"state": "country", "capital": "metonym", "seat": "metonym", "org": "org", "person": "name",
            "demonym": "demonym", "region": "metonym"}


def _pick(match: Match) -> tuple[str, list]:
    for kind in _PRIORITY:
        entries = [e for e in match.entries if e.kind == kind]
        if entries:
            return kind, entries
    return "", []


def _title_case(ws: list[Word]) -> bool:
    """A headline in Title Case ("Allies Pledge Air Defences"): capitals tell nothing there."""
    long = [w for w in ws if len(w.text) > 3 and w.text[:1].isalpha()]
    return len(long) >= 3 and sum(w.capital for w in long) >= 0.7 * len(long)


def _overlaps(a: Match, b: Match) -> bool:
    return a.i < b.j and b.i < a.j


class SentenceReader(PeopleFinder):
    """Builds the candidates of one sentence."""

    def __init__(self, kb: KB, gaz: Gazetteer, lang: str) -> None:
        self.kb, self.gaz, self.lang = kb, gaz, lang

    def _region_needs(self, entry) -> tuple[str, ...]:
        """regions.tsv notes "context: KOR|PRK": the region is meant only where the article names one of these."""
        table = getattr(self, "_needs_table", None)
        if table is None:
            table = self._needs_table = {}
            for r in self.kb.regions:
                if r.note.startswith("context:"):
                    codes = tuple(x.strip() for x in r.note[len("context:"):].split(";")[0].split("|") if x.strip())
                    table[(fold(r.alias), r.country)] = codes
        return table.get((fold(entry.phrase), entry.country), ())

    def read(self, index: int, doc) -> SentenceCands:
        sc = SentenceCands(index, doc.text, words(doc.text), doc)
        ws = sc.ws
        a_matches = self._a_matches = self.gaz.scan(ws, A_KINDS)
        demonyms = frozenset(m.i for m in a_matches if m.j == m.i + 1 and all(e.kind == "demonym" for e in m.entries))
        # a title or group phrase gives way to a name that covers or crosses it ("Kremlin" is a
        # seat before a group, "Forces de soutien rapide" an organisation), and takes in what
        # lies strictly inside it ("porte-parole du Kremlin" if listed whole)
        b_matches = [b for b in self.gaz.scan(ws, B_KINDS, demonyms)
                     if not any(_overlaps(a, b) and not a.has("demonym")
                                and not (b.i <= a.i and a.j <= b.j and (a.i, a.j) != (b.i, b.j))
                                for a in a_matches)]
        for a in a_matches:
            kind, entries = _pick(a)
            cand = Cand(index, a.i, a.j, _KIND_OF[kind], country=entries[0].country)
            if kind == "person":
                cand.options = tuple(dict.fromkeys(e.target for e in entries))
                cand.entity = cand.options[0] if len(cand.options) == 1 else None
            else:
                cand.entity = entries[0].target
                cand.sector = entries[0].sector if kind in ("seat", "org", "state", "capital", "region") else None
                cand.region = kind == "region"
                if kind == "seat":
                    cand.seat = entries[0].phrase
                if kind == "org":
                    cand.options = tuple(dict.fromkeys(e.target for e in entries))
                if kind == "org" and cand.sector in SECURITY and cand.country in self.kb.states:
                    cand.entity = f"state:{cand.country}"  # "l'armée israélienne", "the CIA": the state
                    cand.options = ()
            if kind == "region":
                cand.needs = self._region_needs(entries[0])
                if cand.needs and (a.i == 0 or ws[a.i - 1].key not in DETS
                                   or a.j < len(ws) and ws[a.j].capital):
                    continue  # "the North" (Korea) alone, not "North Africa" nor a bare "North"
            if kind in ("capital", "region"):  # "Tripoli" (Libya's capital, a city of Lebanon): context decides
                cand.homonyms = tuple(sorted({e.country for e in a.entries if e.kind in ("capital", "region")
                                              and e.country and e.country != cand.country}))
            if kind in ("state", "capital", "seat", "region") and a.i > 0 and ws[a.i - 1].key in LOCATIVE:
                cand.place = True
            if kind == "region" and a.j < len(ws) and ws[a.j].text == ":":
                continue  # "Gaza : ...": a rubric names the place the article is about, not an actor
            if kind == "region" and (a.i == 0 or a.i > 0 and ws[a.i - 1].key in DE):
                cand.place = True  # "le statut du Haut-Karabakh", "the future of Gaza": a place
            cand.weak = self._weak(sc, a, kind)
            sc.cands.append(cand)
        self._compounds(sc)
        self._name_parts(sc)
        for b in b_matches:
            entry = b.first("role") or b.first("group")
            assert entry is not None
            if entry.kind == "group" and ws[b.j - 1].capital and b.j < len(ws) \
                    and ws[b.j].capital and ws[b.j].text[:1].isalpha() and ws[b.j].start == ws[b.j - 1].end + 1 \
                    and not _title_case(ws):
                continue  # "West African", "West Bank": a capitalised group word inside a longer proper name
            if entry.kind == "group" and b.i > 0 and (ws[b.i - 1].key, ws[b.i].key) in IDIOMS:
                continue  # "au pouvoir", "in power": not the government
            c = Cand(index, b.i, b.j, "title" if entry.kind == "role" else "group", sector=entry.sector)
            if entry.kind == "role":
                c.role, c.role_sector = entry.target, entry.sector
            else:
                c.country = entry.country
                c.head = fold(entry.phrase)
            for a in [x for x in sc.cands if b.i <= x.i and x.j <= b.j and x.kind not in ("title", "group")]:
                self._take(c, a)
            sc.cands.append(c)
        for k, w in enumerate(ws):  # "son homologue malien": the same office, another country
            if w.key in COUNTERPART and not any(c.i <= k < c.j for c in sc.cands):
                sc.cands.append(Cand(index, k, k + 1, "title", role=SAME_ROLE))
        sc.cands.sort(key=lambda c: (c.i, -c.j))
        self._people_from_ner(sc, doc)
        for extra in (False, True):  # extend, find titled names, extend again to see them
            sc.cands = [c for c in sc.cands if not c.dropped]
            sc.cands.sort(key=lambda c: (c.i, -c.j))
            for c in sc.cands:
                if c.kind in ("title", "group") and not c.dropped and not c.nested:
                    self._extend(sc, c)
            sc.cands.extend(sc.extra)
            for c in sc.extra:
                c.nested = False
            sc.extra.clear()
            if not extra:
                self._people_from_capitals(sc, fallback=self.lang != "en" and doc.has_annotation("ENT_IOB"))
                self._honorifics(sc)
        sc.cands = [c for c in sc.cands if not c.dropped]
        self._ethnic(sc)
        self._missions(sc)
        sc.cands = [c for c in sc.cands if not c.dropped]
        for c in sc.cands:
            if c.kind == "title":
                self._appose(sc, c)
            elif c.kind == "group" and self._locative(sc.ws, c.i):
                c.weak = True  # "at a summit in the Nigerian capital"
        self._pronouns(sc, doc)
        self._syntax(sc, doc)
        sc.cands.sort(key=lambda c: (c.i, -c.j))
        return sc

    # ------------------------------------------------------------ modifiers
    def _weak(self, sc: SentenceCands, a: Match, kind: str) -> bool:
        """A passing mention, which alone does not make a state an actor of the article:
        an adjective ("les frappes russes", "Greek ship"), a place ("à Mascate", "in
        Vienna"), a dateline ("ABUJA, Dec 16")."""
        ws = sc.ws
        if kind == "region":
            return True  # a territory ("Gaza", "le Darfour") names its state only in passing
        if kind == "demonym":
            if self.lang == "fr":
                return not ws[a.i].capital
            return not ws[a.j - 1].key.endswith("s")
        if kind in ("state", "capital"):
            if self._locative(ws, a.i):
                return True
            n = len(ws)
            after = ws[a.j].text if a.j < n else ""
            if after == "-" and a.j + 1 < n and ws[a.j + 1].key in HYPHEN_PLACE:
                return True  # "Marshall Islands-flagged", "Dubai-based"
            if a.i >= 2 and ws[a.i - 1].key in ("with", "avec", "de", "d", "of") and ws[a.i - 2].key in BORDER:
                return True  # "the border with Belarus", "la frontière de l'Ukraine"
            if after == "'" and a.j + 1 < n and ws[a.j + 1].key == "s" and any(
                    m.i == a.j + 2 and m.has("org", "person") for m in self._a_matches):
                return True  # "Yemen's Houthi movement": the country qualifies an organisation
            starts_line = a.i == 0 or "\n" in sc.text[ws[a.i - 1].end:ws[a.i].start]
            return starts_line and after in (",", "(", "-", "—") and ws[a.i].text.isupper()
        return False

    def _missions(self, sc: SentenceCands) -> None:
        """"la Minusca, la mission des Nations unies", "la mission de l'ONU (MINUSS)": beside a body of
        the organisation, "mission de l'ONU" describes that body, not the organisation itself."""
        ws = sc.ws
        for c in sc.cands:
            if c.kind != "org" or c.dropped or c.sector != "IGO" or not c.entity:
                continue
            k = c.i - 1
            if k >= 1 and ws[k].text in ("'", "’"):
                k -= 1
            if k >= 1 and ws[k].key in ("la", "le", "les", "l"):
                k -= 1
            if not (k >= 1 and ws[k].key in DE and ws[k - 1].key in ("mission", "missions")):
                continue
            body = [o for o in sc.cands if o is not c and o.kind == "org" and not o.dropped and o.entity
                    and o.entity != c.entity and o.country == c.country]
            if len(body) == 1:
                c.entity, c.options, c.sector = body[0].entity, (), body[0].sector

    def _ethnic(self, sc: SentenceCands) -> None:
        """"les membres bosniaque et croate de la présidence", "la minorité serbe du Kosovo": a bare
        nationality adjective followed by an institution ("de la présidence", "du Parlement") or by
        another state is the community of its members, not a mention of the state it names."""
        ws = sc.ws
        for c in sc.cands:
            if c.kind != "demonym" or c.dropped or c.nested or self.lang != "fr" or ws[c.i].capital:
                continue
            run, k = [c], c.j
            while k + 1 < len(ws) and (ws[k].text == "," or ws[k].key in ("et", "ou")):
                nxt = self._at(sc, k + 1, "demonym")
                if nxt is None:
                    break
                run.append(nxt)
                k = nxt.j
            p = self._after(ws, k, DE)
            if p is None:
                continue
            body = self._at(sc, p, "group")
            place = self._at(sc, p, "country", "metonym")
            if body is not None and body.sector in ("GOV", "LEG", "JUD") and body.country in (None, c.country) \
                    and body.j - body.i == 1 or place is not None and all(d.country != place.country for d in run):
                for d in run:
                    d.dropped = True

    def _locative(self, ws: list[Word], i: int) -> bool:
        """Is the phrase at word i a place: "à Mascate", "en Ukraine", "in the Nigerian capital"?"""
        k = i - 1
        if k >= 0 and ws[k].key in ("the", "la", "le", "les", "l", "'"):
            k -= 1
            if k >= 0 and ws[k].key == "l":
                k -= 1
        before = ws[k].key if k >= 0 else ""
        return before in LOCATIVE or before in WEAK_BEFORE.get(self.lang, ())

    def _take(self, head: Cand, mod: Cand) -> None:
        """A state, seat, organisation or demonym inside or beside a title/group phrase."""
        if mod.kind in ("country", "metonym", "demonym", "org") and head.country is None:
            head.country = mod.country
            if mod.kind == "org" and head.kind == "group":
                head.org = mod
            if mod.kind == "metonym" and mod.seat:
                head.seat = mod.seat
                if head.kind == "group" and head.sector is None:
                    head.sector = mod.sector
        elif not (mod.kind in ("country", "metonym", "demonym") and mod.country == head.country):
            return
        if head.kind == "group" and mod.kind == "demonym":
            mod.nested = mod.weak = mod.hidden = True  # "les frappes russes": "russes" stays a demonym mention
        elif head.kind == "title" and not mod.weak and (mod.kind in ("country", "metonym")
                                                         or mod.kind == "org" and mod.sector == "IGO" and mod.i <= head.i):
            mod.nested = True  # "Senegal's president", "porte-parole du Kremlin", "IAEA chief": named too
        else:
            mod.dropped = True

    def _at(self, sc: SentenceCands, k: int, *kinds: str) -> Cand | None:
        for c in sc.cands:
            if c.i == k and not c.dropped and not c.nested and c.kind in kinds:
                return c
        return None

    def _ending(self, sc: SentenceCands, k: int, *kinds: str) -> Cand | None:
        for c in sc.cands:
            if c.j == k and not c.dropped and not c.nested and c.kind in kinds:
                return c
        return None

    def _after(self, ws: list[Word], k: int, heads: set[str]) -> int | None:
        """Index after "de/du/des/d'/of [le/la/les/l'/the]" (or another head set) at k."""
        n = len(ws)
        if k >= n or ws[k].key not in heads:
            return None
        k += 1
        if k < n and ws[k].text == "'":
            k += 1
        if k < n and ws[k].key in ("la", "le", "les", "l", "the") and ws[k].key != "l":
            k += 1
        elif k + 1 < n and ws[k].key == "l" and ws[k + 1].text == "'":
            k += 2
        return k

    def _extend(self, sc: SentenceCands, c: Cand) -> None:
        ws, n, lang = sc.ws, len(sc.ws), self.lang
        state_kinds = ("country", "metonym", "demonym", "org")
        k = c.j
        nationality = None
        while k < n:
            w = ws[k].key
            mod = self._at(sc, k, "demonym")
            if mod and lang == "fr":
                self._take(c, mod)
                nationality = mod if c.country == mod.country else None
                k = mod.j
                if c.kind == "group":
                    self._coordinated(sc, c, k, +1)
                continue
            if w in ELECT or (w == "-" and k + 1 < n and ws[k + 1].key == "elect"):
                if c.role == "president":
                    c.role = "president_elect"
                k += 2 if w == "-" else 1
                continue
            if w in SKIP_MODS:
                k += 1
                continue
            if w in DEPUTY:
                c.deputy = True
                k += 1
                continue
            p = self._after(ws, k, DE)
            if p is not None:
                mod = self._at(sc, p, *state_kinds)
                if mod and mod.kind == "country" and c.kind in ("group", "title") and nationality is not None \
                        and mod.country != c.country and (c.sector or c.role_sector) not in SECURITY:
                    # "les dirigeants serbes de Bosnie", "le dirigeant serbe de Bosnie": a community of that
                    # state, not the state of the adjective
                    c.country, nationality.dropped, nationality = mod.country, True, None
                    k = mod.j
                    continue
                if mod and mod.kind != "demonym" and (c.country is None or mod.country == c.country):
                    self._take(c, mod)
                    k = mod.j
                    continue
                person = self._at(sc, p, "name")
                if person and c.owner is None:
                    c.owner = person
                break
            p = self._after(ws, k, FOR)
            if p is not None and c.kind == "title":
                mod = self._at(sc, p, "country", "metonym")
                if mod:
                    c.topic = mod.country
                    mod.dropped = True
                    k = mod.j
                    continue
                if p < n and ws[p].key in TOPIC_NOUNS:
                    adj = self._at(sc, p + 1, "demonym")
                    q = p + 2 if p + 2 < n and ws[p + 1].key in ("en", "in", "au", "d") else None
                    loc = self._at(sc, q + (1 if q and ws[q].text == "'" else 0), "country") if q else None
                    mod = adj or loc
                    if mod:
                        c.topic = mod.country
                        mod.dropped = True
                        k = mod.j
                        continue
                break
            if c.kind == "group" and lang == "fr" and c.owner is None:
                person = self._at(sc, k, "name")  # "l'administration Trump"
                if person:
                    c.owner = person
            break
        c.j = k
        # to the left: "Russian forces", "Kremlin spokesman", "Ukraine's foreign minister", "the Biden administration"
        k = c.i
        mod = self._ending(sc, k, *state_kinds)
        if mod is None and k >= 2 and ws[k - 1].key == "s" and ws[k - 2].text == "'":
            mod = self._ending(sc, k - 2, *state_kinds)
        if mod is None and lang == "en":  # "Romania's new government", "Israel's top negotiator"
            k2 = k
            while k2 >= 1 and ws[k2 - 1].key in SKIP_MODS:
                k2 -= 1
            if k2 < k and k2 >= 2 and ws[k2 - 1].key == "s" and ws[k2 - 2].text == "'":
                mod = self._ending(sc, k2 - 2, *state_kinds)
        if mod and (lang == "en" or mod.kind == "metonym" and c.kind == "title") and (
                c.country is None or c.country == mod.country):
            self._take(c, mod)
            c.i = mod.i
            if c.kind == "group" and mod.kind == "demonym":
                self._coordinated(sc, c, mod.i, -1)
        elif lang == "en" and c.kind == "group" and c.owner is None:
            person = self._ending(sc, k, "name")
            if person:
                c.owner = person
        k = c.i
        if k >= 1 and ws[k - 1].key in DEPUTY:
            c.deputy = True
        if k >= 1 and (ws[k - 1].key in FORMER or ws[k - 1].text == "-" and k >= 2 and ws[k - 2].key in FORMER):
            c.former = True
            c.i = k - 1 if ws[k - 1].key in FORMER else k - 2
        k = c.i
        if k >= 1 and ws[k - 1].key in POSSESSIVES and c.owner is None:
            c.owner = "poss"

    def _coordinated(self, sc: SentenceCands, g: Cand, k: int, step: int) -> int:
        """More demonyms on the same group: "les médiateurs qatari, égyptien et turc",
        "Qatari, Egyptian and Turkish mediators": one group mention per state."""
        ws, n = sc.ws, len(sc.ws)
        while True:
            sep = k if step > 0 else k - 1
            if not (0 <= sep < n and (ws[sep].text == "," or ws[sep].key in ("et", "ou", "and", "or"))):
                return k
            if step > 0:
                mod = self._at(sc, sep + 1, "demonym")
            else:
                mod = self._ending(sc, sep, "demonym")
            if mod is None:
                return k
            mod.nested = mod.weak = mod.hidden = True
            sc.extra.append(Cand(sc.index, mod.i, mod.j, "group", sector=g.sector, country=mod.country))
            k = mod.j if step > 0 else mod.i

    def _appose(self, sc: SentenceCands, t: Cand) -> None:
        """A title beside a name: "le président russe Vladimir Poutine", "X, porte-parole du Kremlin"."""
        ws, n = sc.ws, len(sc.ws)
        person = self._at(sc, t.j, "name")
        comma = t.j
        while comma < min(n, t.j + 2) and ws[comma].text.isalpha() and not ws[comma].capital:
            comma += 1  # "porte-parole militaire, Yahya Saree"
        if comma > t.j and not (comma < n and ws[comma].text == "," and self._plain_words(sc, t.j, comma)):
            comma = t.j
        if person is None and comma < n and ws[comma].text == ",":
            for k in range(comma + 1, min(n, comma + 9)):
                if ws[k].text in (",", ";", ":", ".", "(", ")", "«", "»", '"'):
                    break
                person = self._at(sc, k, "name")
                if person:
                    if not self._plain_words(sc, comma + 1, k):
                        person = None
                    break
        if person is None:
            before = self._ending(sc, t.i - 1, "name") if t.i >= 1 and ws[t.i - 1].text == "," else None
            if before is None and t.i >= 2 and ws[t.i - 1].key in DETS and ws[t.i - 2].text == ",":
                before = self._ending(sc, t.i - 2, "name")
            person = before
        if person is not None and t.owner is not person:
            t.link = person

    def _plain_words(self, sc: SentenceCands, i: int, j: int) -> bool:
        """Words i..j can sit between a title and its name (no verb, no other name)."""
        ws = sc.ws[i:j]
        if self.lang == "en":
            return not any(w.capital and w.key not in DETS for w in ws[1:])
        doc = sc.doc
        if doc is None or not len(ws):
            return True
        span = doc.char_span(ws[0].start, ws[-1].end, alignment_mode="expand")
        return span is None or not any(t.pos_ in ("VERB", "AUX", "PROPN") for t in span)

    def _name_parts(self, sc: SentenceCands) -> None:
        """A capital inside the name of something else is no mention of its state: "the Minsk
        Group", "the Washington Post", "les accords de Minsk", "la convention de Genève"."""
        ws, n = sc.ws, len(sc.ws)
        for c in sc.cands:
            if c.kind in ("country", "metonym") and not c.seat and self._geographic(ws, c.i):
                c.dropped = True  # "le golfe de Finlande", "the Sea of Japan"
                continue
            if c.kind != "metonym" or c.seat:
                continue
            if self.lang == "en" and c.j < n and ws[c.j].capital and ws[c.j].key in NAME_PART_AFTER:
                c.dropped = True
            elif c.i >= 2 and ws[c.i - 1].key in ("de", "d") and ws[c.i - 2].key in NAME_PART_BEFORE:
                c.dropped = True
            elif (c.i >= 3 and ws[c.i - 1].text == "'" and ws[c.i - 2].key == "d"
                  and ws[c.i - 3].key in NAME_PART_BEFORE):
                c.dropped = True

    def _geographic(self, ws: list[Word], i: int) -> bool:
        k = i - 1
        if k >= 1 and ws[k].text == "'" and ws[k - 1].key == "d":
            k -= 2
        elif k >= 0 and ws[k].key in ("de", "du", "of"):
            k -= 1
        else:
            return False
        if k >= 0 and ws[k].key == "the":
            k -= 1
        return k >= 0 and ws[k].key in GEOGRAPHIC

    def _compounds(self, sc: SentenceCands) -> None:
        """"russo-américaines", "Sino-American": a combining form before a hyphenated demonym."""
        ws = sc.ws
        for c in list(sc.cands):
            if c.kind != "demonym" or c.i < 2 or ws[c.i - 1].text != "-":
                continue
            k = c.i - 2
            if any(x.i <= k < x.j for x in sc.cands):
                continue
            code = COMBINING.get(self.lang, {}).get(ws[k].key) or self._combining(ws[k].key)
            if code and code in self.kb.states:
                sc.cands.append(Cand(sc.index, k, k + 1, "demonym", entity=f"state:{code}", country=code, weak=True))

    def _combining(self, key: str) -> str | None:
        """French combining forms from demonyms: russe -> russo, ukrainien -> ukraino, américain -> américano."""
        if self.lang != "fr" or not key.endswith("o"):
            return None
        stem = key[:-1]
        for tail in ("e", "ien", "ain", "ais", "ois", "an", "in", ""):
            for e in self.gaz.table.get((stem + tail,), []):
                if e.kind == "demonym":
                    return e.country
        return None

    # ------------------------------------------------------------ pronouns and syntax
    def _pronouns(self, sc: SentenceCands, doc) -> None:
        ws = sc.ws
        if self.lang == "fr":
            for tok in doc:
                low = tok.lower_
                if low not in ("il", "elle", "ils", "elles"):
                    continue
                if doc.has_annotation("DEP") and not tok.dep_.startswith("nsubj"):
                    continue
                nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
                if low == "il" and nxt in IMPERSONAL:
                    continue
                i, j = word_range(ws, tok.idx, tok.idx + len(tok.text))
                if i is not None:
                    sc.cands.append(Cand(sc.index, i, j, "pronoun", pronoun=low, subject=True,
                                         speaker=self._speaks(tok)))
        else:
            mapping = {"he": "il", "she": "elle", "they": "ils"}
            for k, w in enumerate(ws):
                if w.key in mapping:
                    sc.cands.append(Cand(sc.index, k, k + 1, "pronoun", pronoun=mapping[w.key], subject=True))

    def _speaks(self, tok) -> bool:
        """Is this token the subject of a speech verb (speech/data/cues_<lang>.tsv) heading the
        sentence ("La ministre a déclaré que ...", "Elle a averti que ..."), not of a reported clause?"""
        from ..speech.cues import cues  # lazy: the speech stages import the actor index
        head = tok.head
        return tok.dep_.startswith("nsubj") and head.dep_ == "ROOT" and head.lemma_.lower() in cues(self.lang).verbs

    def _syntax(self, sc: SentenceCands, doc) -> None:
        """Subject position and grammatical gender of each candidate (French parse)."""
        if not doc.has_annotation("DEP"):
            for c in sc.cands:
                if c.kind != "pronoun":
                    c.subject = c.i == 0 or sc.ws[c.i - 1].key in DETS and c.i <= 2
            return
        for c in sc.cands:
            if c.kind == "pronoun":
                continue
            span = doc.char_span(sc.ws[c.i].start, sc.ws[c.j - 1].end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            c.subject = root.dep_.startswith("nsubj")
            c.speaker = c.subject and self._speaks(root)
            gender = root.morph.get("Gender")
            det = doc[span.start - 1] if span.start > 0 else None
            if det is not None and det.pos_ == "DET" and det.morph.get("Gender"):
                gender = det.morph.get("Gender")
            c.fem = (gender[0] == "Fem") if gender else None
            if c.kind == "name" and c.name:
                nearby = " ".join(t.lower_ for t in doc[max(0, span.start - 4):min(len(doc), span.end + 6)])
                c.commentator = any(w in COMMENTATORS for w in fold(nearby).split())
