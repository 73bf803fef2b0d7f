"""Fast phrase matching of the KB over a sentence.

A sentence is cut into words (``\\w+`` runs and single punctuation marks), each
folded (lower case, no accents). Every KB phrase is cut the same way, so
"Maison-Blanche", "l'OTAN" and "Mar-a-Lago" match whatever the spaCy tokenizer
did with them. The table maps a tuple of folded words to entries; the scan
looks up the first word and tries the lengths known for it, longest first: a
dictionary lookup per word, never a loop over the KB.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .kb import KB

_WORD = re.compile(r"\w+|[^\w\s]")
_EXTRA = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'", "‘": "'", "ʼ": "'",
                        "‐": "-", "‑": "-", "–": "-"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: the key words are compared on."""
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA).lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Word:
    start: int  # character offsets in the sentence text
    end: int
    text: str
    key: str  # folded

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group(), fold(m.group())) for m in _WORD.finditer(text)]


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(fold(m.group()) for m in _WORD.finditer(phrase.replace("’", "'")))


@dataclass(frozen=True)
class Entry:
    """What a phrase can be.

    kind: person | state | capital | seat | region | org | demonym | role | group
    target: entity id (person, state, capital, seat, org, demonym) or role key (role)
    """

    kind: str
    target: str
    sector: str | None = None
    country: str | None = None
    phrase: str = ""
    case: str = "any"  # any | initial (first letter upper) | exact (as written)


@dataclass(frozen=True)
class Match:
    i: int  # word range [i, j)
    j: int
    entries: tuple[Entry, ...]

    def first(self, *kinds: str) -> Entry | None:
        for e in self.entries:
            if e.kind in kinds:
                return e
        return None

    def has(self, *kinds: str) -> bool:
        return any(e.kind in kinds for e in self.entries)


def _acronym(phrase: str) -> bool:
    """An acronym ("CPC", "U.N.", "EI-K", "OPEP+"): every letter a capital, no word of two lower-case letters."""
    letters = [c for c in phrase if c.isalpha()]
    return 2 <= len(letters) <= 8 and all(c.isupper() for c in letters) and " " not in phrase.strip()


def _case_for(phrase: str) -> str:
    letters = [c for c in phrase if c.isalpha()]
    if not letters:
        return "any"
    if len(letters) <= 4 and all(c.isupper() for c in letters):
        return "exact"  # acronyms: "AU", "US", "UE" must not match "au", "us"
    return "initial" if phrase[:1].isupper() else "any"


class Gazetteer:
    """A table of phrases -> entries, for one language."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], list[Entry]] = {}
        self.lengths: dict[str, list[int]] = {}
        self.title_words: set[str] = set()  # last words of title phrases ("minister", "spokesman")

    def add(self, phrase: str, entry: Entry) -> None:
        key = phrase_key(phrase)
        if not key:
            return
        entries = self.table.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)
        lengths = self.lengths.setdefault(key[0], [])
        if len(key) not in lengths:
            lengths.append(len(key))
            lengths.sort(reverse=True)

    def lookup(self, phrase: str) -> list[Entry]:
        return self.table.get(phrase_key(phrase), [])

    def scan(self, ws: list[Word], kinds: frozenset[str] | None = None,
             skip: frozenset[int] = frozenset()) -> list[Match]:
        """Longest matches, left to right, without overlaps. ``skip``: word indices
        to step over inside a phrase (a demonym inside "ministre russe des Affaires
        étrangères"); ``kinds``: only entries of these kinds."""
        out: list[Match] = []
        positions = [k for k in range(len(ws)) if k not in skip]
        n = len(positions)
        p = 0
        while p < n:
            i = positions[p]
            lengths = self.lengths.get(ws[i].key)
            found = None
            if lengths:
                for length in lengths:
                    if p + length > n:
                        continue
                    idx = positions[p:p + length]
                    entries = self.table.get(tuple(ws[k].key for k in idx))
                    if not entries:
                        continue
                    ok = tuple(e for e in entries if (kinds is None or e.kind in kinds) and _case_ok(e, ws, idx))
                    if ok:
                        found = Match(i, idx[-1] + 1, ok)
                        p += length
                        break
            if found:
                out.append(found)
            else:
                p += 1
        return out


def _case_ok(entry: Entry, ws: list[Word], idx: list[int]) -> bool:
    if entry.case == "any":
        return True
    if entry.case == "initial":
        return ws[idx[0]].capital
    return [ws[k].text for k in idx] == [m.group() for m in _WORD.finditer(entry.phrase)]


# Surnames taken from a full name are used only after the full name appears
# (coref.py); the table holds what the KB lists.

def build(kb: KB, lang: str) -> Gazetteer:
    g = Gazetteer()
    for code, state in kb.states.items():
        for name in state.aliases.get(lang, []) + state.aliases.get("any", []):
            g.add(name, Entry("state", state.id, "GOV", code, name, _case_for(name)))
        for name in kb.capitals.get(code, []):
            g.add(name, Entry("capital", state.id, "GOV", code, name, "initial"))
        for form in kb.demonyms.get(code, {}).get(lang, []):
            g.add(form, Entry("demonym", state.id, None, code, form, _case_for(form)))
    for seat in kb.seats:
        if seat.lang in (lang, "any") and seat.country in kb.states:
            g.add(seat.alias, Entry("seat", f"state:{seat.country}", seat.sector, seat.country, seat.alias,
                                    _case_for(seat.alias)))
    for region in kb.regions:
        if region.lang in (lang, "any") and region.country in kb.states:
            g.add(region.alias, Entry("region", f"state:{region.country}", region.sector, region.country,
                                      region.alias, "initial"))
    for entity in kb.entities.values():
        if entity.kind == "state":
            continue
        kind = "person" if entity.kind == "person" else "org"
        # names travel across languages, acronyms do not: French text says PCC, OTAN, CPI, and an
        # English-only acronym met in French (CPC, ICC) is most often another body's
        # (an entity with no names in this language, as from a CAMEO dictionary, keeps them all)
        mine = entity.aliases.get(lang, [])
        own = {phrase_key(n) for n in mine + entity.aliases.get("any", [])}
        names = [entity.name] + [n for ns in entity.aliases.values() for n in ns
                                 if not mine or not _acronym(n) or phrase_key(n) in own]
        for name in names:
            case = _case_for(name)
            g.add(name, Entry(kind, entity.id, entity.sector, entity.country, name, case))
    for rp in kb.roles.get(lang, []):
        g.add(rp.phrase, Entry("role", rp.role, rp.sector, None, rp.phrase, "any"))
        key = phrase_key(rp.phrase)
        if key and key[-1].isalpha() and len(key[-1]) > 2:
            g.title_words.add(key[-1])
    for gp in kb.groups.get(lang, []):
        g.add(gp.phrase, Entry("group", gp.phrase, gp.sector, gp.country, gp.phrase, "any"))
    listed = {fold(gp.phrase) for gp in kb.groups.get(lang, [])}
    for code, forms in kb.demonyms.items():  # "Algerians", "les Maliens": the people of a state
        if code not in kb.states:
            continue
        for form in forms.get(lang, []):
            noun = people_noun(form, lang)
            if noun and fold(noun) not in listed:
                g.add(noun, Entry("group", noun, "CVL", code, noun, "exact"))
    return g


def people_noun(demonym: str, lang: str) -> str | None:
    """The capitalised plural noun for a state's people: "Algerian" -> "Algerians",
    None when there is no distinct form ("Chinese", and French, whose demonyms cover it)."""
    if lang == "en":
        if demonym[:1].isupper() and demonym.endswith(("an", "i")) and " " not in demonym:
            return demonym + "s"
        return None
    return None  # French: "les Maliens" is read as the demonym already


def for_kb(kb: KB, lang: str) -> Gazetteer:
    """The gazetteer of a KB for a language, built once and kept on the KB."""
    g = kb.gazetteers.get(lang)
    if g is None:
        g = kb.gazetteers[lang] = build(kb, lang)
    return g
