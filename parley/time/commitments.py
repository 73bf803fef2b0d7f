"""Commitments: promises, pledges, deadlines, ultimatums, forecasts and proposals
with a time horizon, each with its due date and its status on the as-of day.

A time horizon (``horizons.find``) is a commitment when its clause looks ahead:
a cue ("promettre", "s'engager", "un délai de", "pledged", "deadline";
``time/data/commitment_cues_<lang>.tsv``) or a verb in the future or the
conditional ("il signerait le décret sous 48 heures"). Past narration with a
date ("ont signé vendredi") is not.

Who commits: the speaker when the horizon is in a direct quote, or in reported
speech whose clause has no actor of its own ("X a estimé qu'un compromis pourrait
prendre six mois" is X's forecast); else the subject of the clause; "les deux
pays s'engagent" gives one commitment per party.

Anchors: a duration tied to a named starting point counts from it:
- a date written with the anchor ("son investiture, fixée au 3 avril
  2025"), or found elsewhere in the article next to the anchor's words ("la
  signature … le 27 juin"), or the last date before for "cette date";
- taking office ("entrée en fonction", "prise de fonctions", "investiture",
  "taking office", "inauguration"): a date in the text, else the start of the
  role the actor is about to hold (or holds) in the actor knowledge base;
- a bare duration given as a target ("un délai de 100 jours", "a 100-day
  deadline") right after a horizon with an anchor (within two sentences) shares
  that anchor: the two are alternatives set against the same start, as when an
  envoy's "100 days" answers a president's "six months after taking office".
  Counting it from the article's date would date a plan for the new
  administration before the administration exists.
An anchor that cannot be dated leaves the commitment out (no due date).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..actors.index import get_index
from ..model import Commitment
from ..speech.common import Speaker, evidence_for, mention_for_token, speaker_of, subject_token, table
from ..speech.cues import finite_en
from ..speech.speakers import Attribution
from . import horizons as H


_IRREGULAR_STEMS = {"être": "ser", "avoir": "aur", "aller": "ir", "faire": "fer", "pouvoir": "pourr",
                    "devoir": "devr", "vouloir": "voudr", "venir": "viendr", "tenir": "tiendr", "savoir": "saur",
                    "voir": "verr", "falloir": "faudr", "envoyer": "enverr", "recevoir": "recevr", "mourir": "mourr",
                    "courir": "courr", "obtenir": "obtiendr", "revenir": "reviendr", "maintenir": "maintiendr",
                    "parvenir": "parviendr", "intervenir": "interviendr", "prévenir": "préviendr",
                    "accueillir": "accueiller", "cueillir": "cueiller", "acquérir": "acquerr"}
_FUTURE_ENDINGS = ("a", "ai", "as", "ons", "ez", "ont", "ait", "ais", "aient", "ions", "iez")


def future_fr(tok) -> bool:
    """A French verb in the future or the conditional, read on its form (the tagger's
    morphology often calls "mettrait" an imperfect): built on the infinitive or an
    irregular stem ("mettr-a", "devr-ait", "ser-ont")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma, form = tok.lemma_.lower(), tok.lower_
    stems = [_IRREGULAR_STEMS[lemma]] if lemma in _IRREGULAR_STEMS else []
    stems.append(lemma if lemma.endswith(("er", "ir")) else lemma[:-1] if lemma.endswith("re") else lemma)
    return any(form.startswith(st) and form[len(st):] in _FUTURE_ENDINGS for st in stems if len(st) > 2)


@dataclass(frozen=True)
class CommitCues:
    verbs: dict[str, str]  # lemma / form -> kind
    nouns: dict[str, str]
    adjs: dict[str, str]


@lru_cache(maxsize=4)
def cues(lang: str) -> CommitCues:
    verbs, nouns, adjs = {}, {}, {}
    for row in table(f"commitment_cues_{lang}.tsv", "time"):
        target = {"verb": verbs, "noun": nouns, "adj": adjs}.get(row["type"])
        if target is None:
            continue
        for form in row["cue"].split("|"):
            target[form.strip().lower()] = row.get("kind") or "promise"
    return CommitCues(verbs, nouns, adjs)


@dataclass
class Found:
    actor: Speaker
    horizon: H.Horizon
    kind: str
    sent: object
    start: int  # the horizon in the original text
    end: int
    due: dt.date | None = None
    anchor: str | None = None
    anchor_date: dt.date | None = None


class CommitmentFinder(Attribution):
    def __init__(self, article) -> None:
        super().__init__(article, article.ext.get("quote_spans") or [])
        self.cc = cues(self.lang)
        self.reference = article.date()
        self.as_of = article.settings.reference_date()
        self.found: list[Found] = []
        self.anchored = False  # the horizon being judged has a named anchor
        for q in article.quotes:  # speakers known so far, for pronouns the actors stage left
            m = self.mention_of(q.speaker.id, q.speaker_text) if q.speaker else None
            if m is not None:
                self.last_speaker.setdefault(q.sentence, speaker_of(article, m))

    def mention_of(self, actor_id: str, text: str | None):
        ms = [m for m in self.index.mentions if m.actor_id == actor_id]
        return next((m for m in ms if self.text[m.start:m.end] == text), ms[0] if ms else None)

    # -------------------------------------------------------------- context
    def quote_at(self, offset: int):
        inside = [q for q in self.a.quotes if q.start <= offset < q.end and q.speaker is not None]
        return min(inside, key=lambda q: (not q.direct, q.end - q.start)) if inside else None

    _PROMISE_VERBS = frozenset("promettre s'engager jurer garantir promise pledge vow".split())

    def looks_ahead(self, sent, h: H.Horizon, start: int) -> str | None:
        """The kind of commitment when the horizon's clause looks ahead, else None. A bare day or
        date ("jeudi", "le 29 décembre") needs a verb in the future or the conditional, or a promise."""
        day_like = h.kind == "weekday" or (h.kind == "date" and h.lead not in ("d'ici le", "avant le", "jusqu'au",
                                                                                "au plus tard le", "by", "before",
                                                                                "no later than", "d'ici au"))
        self.anchored = bool(h.anchor)
        if self.a.has_parser:
            return self.looks_ahead_parsed(sent, start, day_like)
        clause = self.text[max(sent.start, start - 200):start]
        clause = re.split(r"[.;:]\s|,\s(?:while|but|as)\s", clause)[-1].lower()
        words = clause.split()[-30:]
        near = " " + " ".join(words) + " "
        after = self.text[start + len(h.text): start + len(h.text) + 6].lower()
        if re.search(r"\b(?:has|have|had|gave|give|given)\s+(?:\w+\s+)?$", clause) and after.startswith((" to", " for")):
            return "deadline"  # "Israel has 60 days to withdraw", "gave X 48 hours to"
        for form, kind in sorted(self.cc.verbs.items(), key=lambda kv: -len(kv[0])):
            if re.search(r"(?<![\w'])" + re.escape(form) + r"(?![\w])", near):
                if day_like and form not in ("will", "would", "'ll", "shall", "due", "is to", "are to"):
                    continue  # "talks opened on Wednesday": a day needs a future
                return kind
        if day_like:
            return None
        for table_ in (self.cc.nouns, self.cc.adjs):
            for form, kind in table_.items():
                if re.search(r"\b" + re.escape(form) + r"\b", near):
                    return kind
        return None

    def looks_ahead_parsed(self, sent, start: int, day_like: bool) -> str | None:
        doc = sent.span.doc
        tok = next((t for t in doc if sent.base + t.idx >= start), None)
        saw_verb = False
        for _ in range(10):
            if tok is None:
                break
            verdict = self.judge(tok, day_like)
            if verdict is not None:
                return verdict or None
            saw_verb = saw_verb or tok.pos_ in ("VERB", "AUX")
            if tok.head is tok:
                break
            tok = tok.head
        if not saw_verb:  # a broken parse: the nearest verb before the horizon
            verbs = [t for t in doc if t.pos_ in ("VERB", "AUX") and sent.base + t.idx < start]
            if verbs:
                verdict = self.judge(verbs[-1], day_like)
                if verdict:
                    return verdict
        if day_like:
            return None
        window = self.text[max(sent.start, start - 60):start].lower()
        for noun, kind in self.cc.nouns.items():
            if re.search(r"\b" + re.escape(noun) + r"s?\b", window):
                return kind
        return None

    def judge(self, tok, day_like: bool) -> str | None:
        """One step of the climb from the horizon: a kind (commitment), "" (stop: past or
        present narration), None (go on to the head)."""
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and day_like and tok.dep_ == "acl:relcl":
            return ""  # "X, qui représentera son pays … samedi,": a plan told in passing, not a commitment
        if tok.pos_ in ("VERB", "AUX"):
            if not self.anchored and any(c.dep_.startswith("aux") and c.lower_ in (
                    "avait", "avaient", "était", "étaient", "eut", "eurent") for c in tok.children):
                return ""  # "elle avait donné 48 heures": a past deadline, not counted from the article's date
            reflexive = any(c.lower_ in ("se", "s'", "s’") for c in tok.children)
            key = ("s'" + lemma) if reflexive and ("s'" + lemma) in self.cc.verbs else lemma
            if future_fr(tok) or any(c.dep_.startswith("aux") and future_fr(c) for c in tok.children):
                return self.cc.verbs.get(key, "promise")
            if key in self.cc.verbs and (not day_like or key in self._PROMISE_VERBS):
                return self.cc.verbs[key]
            if "Inf" in tok.morph.get("VerbForm") or tok.dep_ in ("xcomp", "acl") and \
                    "Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children):
                return None  # an infinitive: its governor decides ("promet de signer …")
            return ""
        if tok.pos_ in ("ADJ", "NOUN", "PROPN") and any(c.dep_ == "cop" and future_fr(c) for c in tok.children):
            # a predicate with "être" in the future or the conditional: "serait opérationnel d'ici la fin
            # de l'année", "sera ouvert lundi" (the tagger reads the passive participle as an adjective)
            return self.cc.adjs.get(lemma) or self.cc.nouns.get(lemma) or "promise"
        if lemma in self.cc.nouns and not day_like:
            return self.cc.nouns[lemma]
        if lemma in self.cc.adjs:
            return self.cc.adjs[lemma]
        return None

    def actors_for(self, sent, start: int) -> list[Speaker]:
        """Who commits to the horizon at ``start`` (several for a joint subject)."""
        q = self.quote_at(start)
        speaker = None
        if q is not None:
            m = self.mention_of(q.speaker.id, q.speaker_text)
            speaker = speaker_of(self.a, m) if m is not None else None
            if q.direct and speaker is not None:
                return [speaker]
        subjects = self.clause_subjects(sent, start)
        if q is not None and speaker is not None:
            # reported speech: a promise of another party is that party's ("X said the United States had
            # promised …"); the speaker's own side ("Mirzoyan said Yerevan would …") is the speaker's
            # (a subject may stand for parties named earlier: "selon le texte, les deux pays s'engagent")
            own = [s for s in subjects if s.mention.kind != "pronoun"
                   and (s.mention.start >= q.start or s.mention.sent < sent.index)
                   and s.ref.code != speaker.ref.code]
            return own or [speaker]
        return subjects

    def clause_subjects(self, sent, start: int) -> list[Speaker]:
        """The subject(s) of the clause that holds the horizon: the finite verb it depends on
        (parse), or the nearest verb cue before it (English)."""
        doc = sent.span.doc
        tok = next((t for t in doc if sent.base + t.idx >= start), None)
        if tok is None:
            return []
        verb = None
        if self.a.has_parser:
            cur = tok
            for _ in range(7):
                if cur.pos_ in ("VERB", "AUX") and "Inf" not in cur.morph.get("VerbForm") \
                        and cur.dep_ not in ("xcomp",):
                    verb = cur
                    break
                if cur.head is cur:
                    break
                cur = cur.head
            if verb is None:
                verbs = [t for t in doc if t.pos_ in ("VERB", "AUX") and sent.base + t.idx < start]
                verb = verbs[-1] if verbs else None
            if verb is not None:
                subj = subject_token(verb)
                if subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("il", "elle", "ils", "elles") \
                        and self.index.at_token(sent.index, subj.i) is None:
                    fb = self.pronoun_fallback(sent)
                    return [fb] if fb else []
                if subj is not None and mention_for_token(self.a, sent, subj) is None \
                        and not re.match(r"(?:les|ces)\s+deux", self.text[sent.base + subj.left_edge.idx:
                                                                          sent.base + subj.idx + len(subj)].lower()):
                    return []  # a subject that is no actor ("la commission", "un accord")
                return self.left_subjects(sent, verb) if subj is None or subj.i < verb.i else \
                    [speaker_of(self.a, mention_for_token(self.a, sent, subj))]
            return []
        fallback = None
        for t in doc:
            if sent.base + t.idx >= start:
                break
            if t.lower_ in self.cc.verbs or t.lower_ in ("said", "says", "told", "agreed", "signed", "agree"):
                verb = t
            elif finite_en(t):
                fallback = t
        verb = verb or fallback
        return self.left_subjects(sent, verb) if verb is not None else []

    # -------------------------------------------------------------- anchors
    def anchor_date(self, h: H.Horizon, actor: Speaker, sent) -> dt.date | None:
        if h.anchor_date is not None:
            return h.anchor_date
        if h.anchor_day is not None:
            return H.nearest_date(*h.anchor_day, self.reference) if self.reference else None
        if h.anchor_kind == "office":
            return self.date_in_text(H.words(self.lang).anchors, "office", sent) or self.office_start(actor)
        if h.anchor_kind == "event":
            if h.anchor_words:
                found = self.date_near_words(h.anchor_words, sent)
                if found:
                    return found
                if self.reported_as_done(h.anchor_words, sent):
                    return self.reference  # "C'est signé." in a report of the day: the signing is today
            return self.last_date_before(sent, h) if re.match(r"(?:ce|cette|cet|that|this)\b", h.anchor or "",
                                                                re.I) else None
        return None

    def dates_in(self, k: int) -> list[tuple[int, dt.date]]:
        s = self.a.sents[k]
        out = []
        for h in H.find(self.text[s.start:s.end], self.lang):
            if h.kind in ("date", "weekday"):
                d = H.resolve(h, self.reference) if h.kind == "weekday" or not h.year else H.resolve(h, None)
                if h.kind == "date" and not h.year and self.reference:
                    d = H.nearest_date(h.day, h.month, self.reference)
                if d is not None:
                    out.append((s.start + h.start, d))
        return out

    def date_in_text(self, anchors: dict[str, str], kind: str, sent) -> dt.date | None:
        words = [w for w, v in anchors.items() if v == kind]
        return self.date_near_words(tuple(words), sent)

    def date_near_words(self, words: tuple[str, ...], sent) -> dt.date | None:
        """A date written in a sentence that also holds one of ``words`` (the nearest such sentence)."""
        rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)
        order = sorted(range(len(self.a.sents)), key=lambda k: (abs(k - sent.index), k > sent.index))
        for k in order:
            s = self.a.sents[k]
            if s.heading:
                continue
            hit = rx.search(self.text[s.start:s.end])
            if not hit:
                continue
            dates = self.dates_in(k)
            if dates:
                at = s.start + hit.start()
                return min(dates, key=lambda od: abs(od[0] - at))[1]
        return None

    def reported_as_done(self, words: tuple[str, ...], sent) -> bool:
        """The anchor event is told as done in another sentence ("ont signé", "C'est signé")."""
        rx = re.compile(r"(?<!\w)(?:a|ont|est|sont|was|were|has|have|been)\s+(?:\w+\s+)?(?:" +
                        "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)
        return any(rx.search(self.text[s.start:s.end]) for s in self.a.sents if s.index != sent.index)

    def last_date_before(self, sent, h: H.Horizon) -> dt.date | None:
        for k in range(sent.index, max(-1, sent.index - 4), -1):
            dates = [d for off, d in self.dates_in(k) if k < sent.index or off < sent.start + h.start]
            if dates:
                return dates[-1]
        return None

    def office_start(self, actor: Speaker) -> dt.date | None:
        """The start of the office the actor is about to take (or holds) on the article's date,
        from the actor knowledge base."""
        try:
            from ..actors.kb import load_kb
        except ImportError:  # the knowledge base is optional
            return None
        a = self.index.actors.get(actor.actor_id)
        if a is None or self.reference is None:
            return None
        kb = load_kb(self.a.settings.actors_file)
        entity = next((e for e in kb.entities.values() if (a.wikidata and e.wikidata == a.wikidata)
                       or (e.kind == "person" and e.name == a.name)), None)
        if entity is None:
            return None
        upcoming = sorted(r.start for r in entity.roles if r.start and r.start > self.reference and r.sector != "ELI")
        if upcoming:
            return upcoming[0]
        current = entity.role_at(self.reference)
        return current.start if current is not None else None

    # -------------------------------------------------------------- run
    def run(self) -> list[Commitment]:
        if self.lang not in ("fr", "en"):
            return []
        previous: list[Found] = []
        for sent in self.a.sents:
            if sent.heading:
                continue
            text = self.text[sent.start:sent.end]
            for h in H.find(text, self.lang):
                if not h.dated or (h.kind == "date" and h.lead is None and not self.a.has_parser and
                                   self.lang == "fr"):
                    continue
                start = sent.start + h.start
                if h.kind == "duration" and not h.lead and not h.anchor and not h.noun_lead and \
                        re.search(r"\w+\s+(?:de|d'|d’|of)\s*$", text[:h.start]):
                    continue  # "un cessez-le-feu de trois mois": how long something lasts, not a deadline
                kind = self.looks_ahead(sent, h, start)
                if kind is None:
                    continue
                for actor in self.actors_for(sent, start):
                    if actor is None or self.anonymous(actor):
                        continue
                    f = Found(actor, h, kind, sent, start, sent.start + h.end)
                    self.date(f, previous)
                    if f.due is None or (self.reference and f.due < self.reference - dt.timedelta(days=1)
                                         and not h.anchor):
                        continue
                    self.found.append(f)
                    previous.append(f)
        return self.to_models()

    def date(self, f: Found, previous: list[Found]) -> None:
        h = f.horizon
        if h.kind == "duration" and not h.anchor and h.noun_lead:
            recent = [p for p in previous[-3:] if p.anchor and f.sent.index - p.sent.index <= 2]
            if recent:  # "un délai de 60 jours" answering "quatre mois après son investiture"
                f.anchor, f.anchor_date = recent[-1].anchor, recent[-1].anchor_date
                f.due = H.resolve(h, self.reference, f.anchor_date) if f.anchor_date else None
                return
        if h.anchor:
            f.anchor = h.anchor
            f.anchor_date = self.anchor_date(h, f.actor, f.sent)
            f.due = H.resolve(h, self.reference, f.anchor_date) if f.anchor_date else None
            return
        f.due = H.resolve(h, self.reference)

    def what(self, f: Found) -> str:
        """What is promised: from the verb the horizon depends on to the end of its clause."""
        sent, doc = f.sent, f.sent.span.doc
        begin = sent.start
        if self.a.has_parser:
            tok = next((t for t in doc if sent.base + t.idx >= f.start), None)
            for _ in range(7):
                if tok is None or tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in tok.children):
                    break
                tok = None if tok.head is tok else tok.head
            if tok is not None and (tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in tok.children)):
                begin = sent.base + min([tok.idx] + [c.idx for c in tok.children if c.dep_.startswith("aux")
                                                     or c.dep_ == "cop"])
        else:
            cues = [t for t in doc if sent.base + t.idx < f.start and t.lower_ in self.cc.verbs]
            if cues:
                begin = sent.base + cues[-1].idx
        if begin > f.start:
            begin = sent.start
        tail = re.search(r"[;.]|,\s", self.text[f.end:sent.end])
        end = f.end + tail.start() if tail else sent.end
        return self.text[begin:end].strip(" ,«»\"“”")

    def to_models(self) -> list[Commitment]:
        out: list[Commitment] = []
        seen: set[tuple] = set()
        for f in self.found:
            key = (f.actor.actor_id, f.due)
            if key in seen:
                continue
            seen.add(key)
            clause = self.what(f)
            out.append(Commitment(
                actor=f.actor.ref, kind=f.kind, what=clause,
                stated_horizon=self.text[f.start:f.end].strip(" «»\"“”"),
                anchor=f.anchor, anchor_date=f.anchor_date.isoformat() if f.anchor_date else None,
                due=f.due.isoformat() if f.due else None, status=H.status(f.due, self.as_of),
                evidence=evidence_for(self.a, f.sent)))
        return out


def stage(article) -> None:
    """Fill ``article.commitments``."""
    if not article.sents or article.language not in ("fr", "en"):
        return
    get_index(article)
    article.commitments = CommitmentFinder(article).run()
