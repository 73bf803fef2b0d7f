"""Speech cues and the small pieces of English and French grammar the speech
stages share: which token is a speech verb (``cues_<lang>.tsv``), time stamps and
datelines of wire and live-blog text, finite verbs of English read without a parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .common import form_index, table


TIMESTAMP = re.compile(r"\d{1,2}\s?[h:.]\s?\d{2}\s*[—–-]\s*")
DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,}(?:\s*\([^)]{1,30}\))?(?:,[^—–()\n]{1,40})?(?:\s*\([^)]{1,30}\))?"
                      r"\s*[—–-]\s+")
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
EN_ADVERBIAL = re.compile(
    r"\s*(?:(?:late |early |earlier |later )?on " + WEEKDAYS + r"(?: (?:night|evening|morning|afternoon))?"
    r"|(?:in|during) (?:a|an|his|her|their|its) (?:[\w-]+ ){0,3}(?:statement|speech|address|interview|post|briefing|"
    r"conference|message|letter|call)(?: [\w-]+){0,3}?"
    r"|on (?:X|Telegram|Twitter|Facebook|state television|television)|earlier|later|also|again|repeatedly|"
    r"publicly|separately|yesterday|today|last (?:week|month|night)|this week|afterwards)"
    r"(?:,? (?:on " + WEEKDAYS + r"|earlier|later))?,?\s+")
EN_PREPOSITIONS = frozenset("by with for about of over against under into from at on in to after before during "
                             "without between among through across toward towards upon amid via as".split())
EN_FINITE = re.compile(r"is|was|were|are|am|had|has|have|would|will|could|can|can't|cannot|must|should|did|does|"
                        r"do|might|may|won't|wouldn't|isn't|wasn't|hasn't|hadn't|didn't|doesn't|shall|\w+ed")
DETERMINERS_EN = frozenset("a an the his her its their this these those our my your".split())
NOT_VERBS_ED = frozenset("need speed seed hundred red bed shed feed breed creed greed deed united indeed "
                          "embed naked sacred wicked kindred ".split())


def finite_en(tok) -> bool:
    """A finite verb form in English without a tagger: auxiliaries, modals, lower-case -ed forms."""
    low = tok.lower_
    if low in NOT_VERBS_ED or not tok.text[:1].islower():
        return False
    if low.endswith("ed") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in DETERMINERS_EN:
        return False  # "in a televised speech", "the disputed region": an adjective
    return bool(EN_FINITE.fullmatch(low))


INDEFINITE = {"fr": frozenset("un une des plusieurs certains certaines quelques deux trois autres".split()),
              "en": frozenset("a an some several two three other".split())}
WORD = re.compile(r"\w+(?:['’-]\w+)*")


# ----------------------------------------------------------------- cue lexicon

@dataclass(frozen=True)
class Cues:
    lang: str
    verbs: frozenset[str]  # fr: lemmas; en: inflected forms
    weak: frozenset[str]
    multi: tuple[tuple[str, ...], ...]  # multi-word cues as lemma / form sequences
    according: tuple[tuple[str, ...], ...]  # "selon", "d'après", "according to"
    initial: tuple[tuple[str, ...], ...]  # "Pour X, …" only at the start of a sentence
    object_verbs: frozenset[str]  # en: verbs followed by the hearer ("told reporters")
    infinitive: frozenset[str]  # fr: cues that take an infinitive content ("affirme avoir")
    participles: frozenset[str] = frozenset()  # fr: "en affirmant que"
    hearers: frozenset[str] = frozenset()  # en: "told reporters Hungary would …"
    deny: frozenset[str] = frozenset()  # kind "deny": "démentir", "nier" (a negated denial still reports speech)


_INFINITIVE_FR = frozenset("affirmer assurer dire déclarer indiquer estimer reconnaître nier démentir "
                           "revendiquer confirmer admettre prétendre".split())


@lru_cache(maxsize=4)
def cues(lang: str) -> Cues:
    rows = table(f"cues_{lang}.tsv", "speech")
    verbs: set[str] = set()
    weak: set[str] = set()
    multi: list[tuple[str, ...]] = []
    according: list[tuple[str, ...]] = []
    initial: list[tuple[str, ...]] = []
    objects: set[str] = set()
    participles_extra: set[str] = set()
    hearers: set[str] = set()
    for row in rows:
        cue = row["cue"].lower()
        if row.get("kind") == "hearer":
            hearers.add(cue)
            continue
        if lang == "en":
            forms = [f.strip().lower() for f in row.get("forms", "").split(",") if f.strip()]
            if not forms:
                forms = [cue, cue + "s", cue + ("d" if cue.endswith("e") else "ed")]
        else:
            forms = [cue]
        for form in forms:
            if row.get("kind") == "according":
                according.append(tuple(form.split()))
            elif row.get("kind") == "according-initial":
                initial.append(tuple(form.split()))
            elif " " in form:
                multi.append(tuple(form.split()))
            else:
                verbs.add(form)
                if row.get("strength") == "weak":
                    weak.add(form)
                if row.get("takes_object") == "yes":
                    objects.add(form)
    return Cues(lang, frozenset(verbs), frozenset(weak), tuple(multi), tuple(according), tuple(initial),
                frozenset(objects), _INFINITIVE_FR if lang == "fr" else frozenset(),
                _participles(verbs) | participles_extra if lang == "fr" else frozenset(), frozenset(hearers),
                frozenset(r["cue"].lower() for r in rows if r.get("kind") == "deny"))


def _key(tok, lang: str) -> str:
    return tok.lemma_.lower() if lang == "fr" else tok.lower_


def is_cue(tok, c: Cues) -> int:
    """0 when ``tok`` is no speech cue, else the number of tokens of the cue from ``tok``
    ("faire savoir" counts 2; a reflexive "se dire" counts 1: the pronoun comes before)."""
    if c.lang != "fr":
        if tok.lower_ in c.verbs:
            return 1
        doc = tok.doc  # "made clear that …": a fixed phrase, as written
        for seq in c.multi:
            if tok.lower_ == seq[0] and tok.i + len(seq) <= len(doc) and \
                    all(doc[tok.i + k].lower_ == seq[k] for k in range(1, len(seq))):
                return len(seq)
        return 0
    doc = tok.doc
    # "tout en avertissant que …": the present participle, often tagged as a noun
    if tok.lower_.endswith("ant") and tok.i > 0 and doc[tok.i - 1].lower_ == "en" and tok.lower_ in c.participles:
        return 1
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "ADJ" and tok.tag_ == "VERB"):
        return 1 if _verb_slot(tok, c) else 0
    lemma = tok.lemma_.lower()
    for seq in c.multi:
        if seq[0] in ("se", "s'") and len(seq) == 2:
            if lemma == seq[1] and any(doc[k].lower_ in ("se", "s'", "s’", "me", "m'", "nous", "vous")
                                       for k in range(max(0, tok.i - 2), tok.i)):
                return 1
        elif lemma == seq[0] and tok.i + len(seq) <= len(doc):
            if all(doc[tok.i + k].lemma_.lower() == seq[k] for k in range(1, len(seq))):
                return len(seq)
    if lemma in c.verbs or form_index(c.verbs).get(tok.lower_):
        return 1
    return 0


SUBJECT_CLITICS_FR = frozenset("il elle ils elles on".split())


def _verb_slot(tok, c: Cues) -> bool:
    """A French cue form the tagger read as a noun ("Il dément que …", "« … », tranche le
    ministre"): after a subject pronoun, or right after a closing quote and its comma with a
    determiner or a clitic next, only a verb can stand."""
    if not tok.text.islower() or not form_index(c.verbs).get(tok.lower_):
        return False
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is None:
        return False
    if prev.lower_ in SUBJECT_CLITICS_FR:
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return prev.text == "," and tok.i > 1 and doc[tok.i - 2].text in ("»", '"', "”") and nxt is not None \
        and (nxt.pos_ == "DET" or nxt.text.startswith("-"))


def _participles(lemmas: set[str]) -> frozenset[str]:
    """Present participles of French verbs by rule: affirmer → affirmant, avertir → avertissant,
    annoncer → annonçant, juger → jugeant (the few irregular ones are listed in the cue file)."""
    out = set()
    for lemma in lemmas:
        if lemma.endswith("cer"):
            out.add(lemma[:-3] + "çant")
        elif lemma.endswith("ger"):
            out.add(lemma[:-2] + "eant")
        elif lemma.endswith("er"):
            out.add(lemma[:-2] + "ant")
        elif lemma.endswith("ir"):
            out.update({lemma[:-2] + "issant", lemma[:-2] + "ant"})
    return frozenset(out)


