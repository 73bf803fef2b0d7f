"""Modality, negation and reported speech for the French coder (a mixin of FrenchCoder).

``modality`` reads the frames above a predicate (reporting verbs, intentions,
modals, irrealis verbs), its tense (future, conditional: the conditional of a
past report is a future in the past, "a dit qu'elle signerait"), its
adverbs and a "si" clause, and sets the candidate's Modality, negation and
reporting speaker.
"""

from __future__ import annotations

from .candidate import Cand
from .fr_args import fold
from .fr_words import ASPECTUAL, LIGHT
from .lexicon import word_class
from .modality import FR_NEG_CANCEL, FR_NEG_DET, FR_NEG_WORDS, fr_tense

# Verbs whose negation denies the event noun they take ("n'a pas participé aux pourparlers"), besides
# the light verbs ("n'a pas tenu de réunion"); "n'a pas commenté la rencontre" denies nothing of it.
REALIZING = word_class("fr", "realizing_verb")


class FrenchModality:
    """Needs ``self.frames``, ``self.events``, ``self.words``, ``actors_of`` and ``refs`` (FrenchCoder)."""

    def modality(self, c: Cand, t, chain: list[int]) -> None:
        doc = t.doc
        m = c.mod
        m.negated = self.negated(t) if c.kind != "noun" else self.noun_negated(t)
        if "not hesitate" in c.notes or "unanswered" in c.notes:
            m.negated = False  # "n'hésitera pas à", "ne restera pas impuni": the negation is the warning itself
        host = t
        if c.kind == "noun":  # a noun's tense is its clause verb's
            h = t
            for _ in range(4):
                if h.head.i == h.i:
                    break
                h = h.head
                if h.pos_ in ("VERB", "AUX", "ADJ"):
                    break
            host = h
            for x in t.children:
                kind = self.words.get(x.lemma_.lower())
                if x.dep_ == "amod" and kind in ("hypothetical", "future", "historical"):
                    m.add(kind, x.text)
        if c.kind == "noun" and c.event in ("RETREAT", "CONCEDE") and host is not t and \
                host.lemma_.lower() == "devoir" and t.head.i == host.i and t.dep_ in ("nsubj", "nsubj:pass"):
            c.notes.append("obligation")  # "(X rappelle que) le retrait des forces Y devra être effectif": a demand
            # (only withdrawals and concessions: "la rencontre devait avoir lieu mardi" is a schedule)
        tense = self.tense(host)
        asp = host
        while tense is None and asp.dep_ == "xcomp" and asp.head.lemma_.lower() in ASPECTUAL:
            asp = asp.head  # "continueraient de viser": the aspectual verb carries the tense
            tense = self.tense(asp)
        reporter = None
        report_tense = None
        for h in chain:
            if h in self.events:
                break
            ht = doc[h]
            kind = self.frames.get(h)
            if kind is None:
                continue
            c.words.append(h)
            if kind == "self":
                # "se disent prêtes à organiser des échanges": the parser may hang the infinitive on the
                # frame verb, beside the adjective that carries the intention ("prêt", "disposé")
                adj = [x for x in ht.children if x.dep_ == "xcomp" and x.pos_ == "ADJ" and x.i < t.i
                       and x.i not in chain and self.frames.get(x.i) == "intent"]
                if adj:
                    m.add("intention", adj[0].text)
                    c.words.append(adj[0].i)
                if self.negated(ht) and ht.lemma_.lower() not in FR_NEG_CANCEL:
                    m.add("negation", "ne…pas " + ht.text)  # "ne se disent pas prêts à négocier"
                continue
            if kind == "report":
                reporter = ht
                report_tense = self.tense(ht)
            elif kind == "intent":
                m.add("intention", ht.text)
            elif kind == "future":
                m.add("future", ht.text)
                if ht.lemma_.lower() == "devoir" and reporter is None:
                    c.notes.append("obligation")
            elif kind == "hyp":
                m.add("hypothetical", ht.text)
            elif kind == "irrealis":
                m.add("hypothetical", ht.text)
                c.governed = True  # feared, hoped, avoided: not an event
            elif kind == "negation":
                m.add("negation", ht.text)
            if kind != "negation" and self.negated(ht) and ht.lemma_.lower() not in FR_NEG_CANCEL:
                m.add("negation", "ne…pas " + ht.text)
            if self.tense(ht) == "cnd" and kind != "report":
                m.add("hypothetical" if kind in ("hyp", "irrealis") else "future", ht.text)
        if reporter is None and c.kind == "noun" and host is not t and t.head.i == host.i and \
                t.dep_ in ("nsubj", "nsubj:pass") and host.dep_ in ("ccomp", "parataxis") and \
                self.frames.get(host.head.i) == "report":
            reporter = host.head  # "X a rappelé que le retrait de Y devra...": X tells the clause of the noun
            report_tense = self.tense(host.head)
        if reporter is None and "obligation" in c.notes and c.kind == "noun" and host.lemma_.lower() == "devoir":
            reporter = next((x for x in host.children if x.dep_ in ("parataxis", "ccomp") and x.i > t.i and
                             self.frames.get(x.i) == "report"), None)  # "le retrait de Y devra ..., a déclaré X"
        if host is not t and host.i in self.frames and host.i not in chain:
            kind = self.frames[host.i]
            if kind == "hyp":
                m.add("hypothetical", host.text)
        if tense is None and c.kind == "verb" and t.dep_ == "xcomp" and "VerbForm=Inf" in str(t.morph):
            g = t.head  # "seraient chargés de garantir": the infinitive is as unreal as the verb it completes
            if g.pos_ in ("VERB", "AUX", "ADJ") and g.i not in self.frames and g.i not in self.events and \
                    g.lemma_.lower() not in ASPECTUAL and self.tense(g) == "cnd":
                m.add("future" if reporter is not None and report_tense != "cnd" else "hypothetical", g.text)
        if tense == "fut" and host.lemma_.lower() == "falloir" and any(
                x.dep_ == "aux:tense" for x in host.children):
            tense = None  # "il aura fallu trois mois de médiation pour que...": a retrospective, not a future
        if tense == "fut":
            m.add("future", doc[host.i].text)
        elif tense == "cnd":
            if reporter is not None and report_tense != "cnd":
                m.add("future", doc[host.i].text)  # future in the past: "a dit qu'elle signerait"
            else:
                m.add("hypothetical", doc[host.i].text)
        for x in t.children:
            kind = self.words.get(x.lemma_.lower())
            if x.dep_ == "advmod" and kind in ("hypothetical", "future", "historical"):
                m.add(kind, x.text)
        if self.conditional(t, chain):
            m.add("conditional", "si")
        if reporter is not None:
            who, _ = self.actors_of(reporter)
            refs = self.refs(who)
            if refs:
                c.reported_by = refs[0]
        if "ending the conflict" in c.notes and m.forward:
            c.event, c.mode, c.cameo = "AGREE", "", "037"

    def tense(self, t) -> str | None:
        for x in [t] + [c for c in t.children if c.dep_ in ("aux:tense", "aux:pass", "cop", "aux")]:
            if x.pos_ in ("VERB", "AUX"):
                got = fr_tense(x.text, x.lemma_, str(x.morph))
                if got:
                    return got
        return None

    def negated(self, t) -> bool:
        toks = [t] + [c for c in t.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
        has_ne = any(fold(c.text) in ("ne", "n'") for x in toks for c in x.children) or any(
            fold(c.text) in ("ne", "n'") for c in t.children)
        for c in t.children:
            low = c.lemma_.lower()
            if c.dep_ == "advmod" and (low in FR_NEG_WORDS or (low == "plus" and has_ne)):
                return True
            if has_ne and c.dep_ in ("nsubj", "obj") and any(fold(d.text) == "ni" for d in c.subtree):
                return True  # "ni l'armée ni les FSR ne se disent prêtes"
            if c.dep_ in ("mark", "case") and low == "sans":
                return True
            if c.dep_ in ("obj", "obl:mod", "obl:arg") and has_ne and any(
                    d.lemma_.lower() in FR_NEG_DET for d in c.children):  # "ne signera aucun accord"
                return True
        return False

    def noun_negated(self, t) -> bool:
        if any(d.dep_ == "det" and d.lemma_.lower() in FR_NEG_DET for d in t.children):
            return True
        if any(d.dep_ == "case" and d.lemma_.lower() == "sans" for d in t.children):
            return True
        h = t.head
        if t.dep_ in ("obj", "obl:arg") and h.pos_ in ("VERB", "AUX") and h.i not in self.events:
            if h.lemma_.lower() not in LIGHT and h.lemma_.lower() not in REALIZING:
                return False
            return self.negated(h) and h.lemma_.lower() not in FR_NEG_CANCEL
        return False

    def conditional(self, t, chain: list[int]) -> bool:
        cur = t
        cues = [k.split() for k, v in self.lex.modality.get("clause", {}).items() if v == "conditional" and
                k.split()[-1] in ("que", "qu'")]  # "tant que", "à moins que": the word before "que" tells
        for _ in range(6):
            if any(c.dep_ == "mark" and fold(c.text) in ("si", "s'") and c.i < cur.i for c in cur.children):
                return True
            if any(c.dep_ == "mark" and fold(c.text) in ("que", "qu'") and c.i < cur.i and any(
                    [fold(x.text) for x in t.doc[max(0, c.i - len(k) + 1):c.i]] == k[:-1] for k in cues)
                   for c in cur.children):
                return True  # "tant que Minsk n'aura pas libéré nos camions": a condition, not an act told
            if cur.head.i == cur.i or cur.dep_ not in ("advcl", "conj", "xcomp", "obj", "obl:arg", "acl", "nmod"):
                break
            cur = cur.head
        return False
