"""Demands and conditions: who wants what from whom.

Cues are in ``speech/data/demand_cues_<lang>.tsv``: verbs ("exiger", "appeler X
à", "urge X to"), nouns ("les conditions de X : …", "X pose trois conditions"),
subordinating phrases ("à condition que X …"), obligation in reported speech
("« Le M23 doit se retirer »", "un règlement devra garantir A, B et C") and
statements that there are no conditions ("sans conditions préalables":
``Demand.none``, kind precondition).

Each demand gets its items, each a span of the text: the bullets after a colon,
or the coordinated complements of the cue ("A, B et C", "à libérer … et à
laisser …"; French from the parse, English by rules). The addressee comes from
the grammar (the object of "appeler", the subject of the que-clause of
"exiger que") or else from the items: the party that has to act in them ("le
retrait des forces ukrainiennes" is addressed to Ukraine), else the other side
named just before. A generic addressee ("aux Occidentaux") stays empty; a call
on several parties at once ("appelle Israël et le Hamas à …") or on nobody
("appelle à la retenue") is not a demand. One record per party and addressee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..actors.index import ResolvedMention
from ..model import Demand, Span
from .common import (
    Speaker, best_mention, evidence_for, mention_for_token, phrase_regex, speaker_of, subject_token, table,
    verb_lemma_fr,
)
from .parties import PartyReader

_FIRST_PERSON = frozenset("nous je on we i".split())
SEVERAL = object()  # an addressee slot that names several parties


# ----------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class Cue:
    cue: str
    type: str
    kind: str
    slots: tuple[str, ...]
    needs: tuple[str, ...]


@dataclass
class Lexicon:
    verbs: dict[str, Cue] = field(default_factory=dict)  # fr: lemma; en: form ("call on" keyed "call on")
    nouns: dict[str, Cue] = field(default_factory=dict)
    phrases: list[tuple[re.Pattern, Cue]] = field(default_factory=list)
    none: re.Pattern | None = None
    modals: frozenset[str] = frozenset()
    deals: frozenset[str] = frozenset()
    meetings: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    lex = Lexicon()
    nones, modals, deals, meetings = [], set(), set(), set()
    for row in table(f"demand_cues_{lang}.tsv", "speech"):
        cue = Cue(row["cue"].lower(), row["type"], row.get("kind") or "demand",
                  tuple(row.get("slot", "").split()), tuple(w for w in row.get("needs", "").split("|") if w))
        forms = [f.strip() for f in cue.cue.split("|")]
        if cue.type == "verb":
            for f in forms:
                lex.verbs[f] = cue
        elif cue.type == "noun":
            lex.nouns[cue.cue] = cue
        elif cue.type == "phrase":
            lex.phrases.append((phrase_regex([cue.cue]), cue))
        elif cue.type == "none":
            nones.append(cue.cue)
        elif cue.type == "modal":
            modals.update(forms)
        elif cue.type == "deal":
            deals.update(forms)
        elif cue.type == "meeting":
            meetings.update(forms)
    lex.none = phrase_regex(nones)
    lex.modals, lex.deals, lex.meetings = frozenset(modals), frozenset(deals), frozenset(meetings)
    return lex


# ----------------------------------------------------------------- candidates

@dataclass
class Cand:
    actor: Speaker
    addressee: Speaker | None
    items: list[tuple[int, int]]
    kind: str
    sent: object
    cue: str
    none: bool = False
    end: int = 0  # last character of the evidence (bullets included)


class DemandFinder(PartyReader):
    def __init__(self, article) -> None:
        super().__init__(article)
        self.lex = lexicon(self.lang)
        self.cands: list[Cand] = []

    def key(self, tok) -> str:
        return tok.lemma_.lower() if self.lang == "fr" else tok.lower_

    def actor_for(self, sent, tok) -> Speaker | None:
        found = self.actors_for(sent, tok)
        return found[0] if found else None

    def actors_for(self, sent, tok) -> list[Speaker]:
        """Who demands: the subject of the cue (each party of a joint subject), or the speaker
        when the cue is in a quote ("« Nous exigeons … »") or the subject is missing. A participle
        belongs to its noun ("la résolution exigeant …": no actor unless the noun is one)."""
        inside = self.inside_quote(sent.base + tok.idx) is not None
        if self.a.has_parser:
            subj = subject_token(tok)
            if subj is not None and subj.lower_ in _FIRST_PERSON:
                sp = self.speaker_of_sentence(sent)
                return [sp] if sp else []
            doc = sent.span.doc
            auxiliary = any(t.pos_ == "AUX" for t in doc[max(0, tok.i - 4): tok.i])
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and not auxiliary:
                m = mention_for_token(self.a, sent, tok.head)
                return [speaker_of(self.a, m)] if m is not None else []
        elif inside:
            sp = self.speaker_of_sentence(sent)
            return [sp] if sp else []
        found = self.left_subjects(sent, tok)
        if not found and self.a.has_parser:
            sp = self.subject_speaker(sent, tok)
            found = [sp] if sp else []
        if not found and inside:
            sp = self.speaker_of_sentence(sent)
            found = [sp] if sp else []
        return found

    # -------------------------------------------------------------- items
    def slot_addressee(self, sent, tok, cue: Cue) -> Speaker | None:
        """The addressee written in the grammar of the cue ("appeler X à", "demander à X de",
        "exiger que X …", "urge X to", "call on X to", "demand that X …")."""
        doc = sent.span.doc
        after = [t for t in doc[tok.i + len(cue.cue.split("|")[0].split()):] if not t.is_space]
        if self.a.has_parser:
            for slot in cue.slots:
                for child in tok.children:
                    if slot == "obj" and child.dep_ in ("obj", "iobj") and child.i > tok.i:
                        phrase = self.text[sent.base + child.left_edge.idx: sent.base + child.idx + len(child)]
                        if re.match(r"(?:les|ces)\s+deux\s+\w+$", phrase.lower()):
                            pair = self.pair_before(sent)  # "appelle les deux camps à …"
                            if len(pair) == 2 and self.code(pair[0]) == self.code(pair[1]):
                                return pair[0]
                            return SEVERAL if pair else None
                        m = mention_for_token(self.a, sent, child)
                        if m is not None:
                            others = [mention_for_token(self.a, sent, c) for c in child.children if c.dep_ == "conj"]
                            after = re.match(r"\s+(?:comme|et|ainsi que|as well as|and)\s+", self.text[m.end:])
                            nxt = next((x for x in self.index.in_sentence(sent.index) if after and
                                        x.start == m.end + after.end()), None)
                            if any(o is not None and o.actor_id != m.actor_id for o in others + [nxt]):
                                return SEVERAL  # "appelle Israël et le Hamas à …", "Pristina comme Belgrade"
                            return speaker_of(self.a, m)
                    if slot in ("a-obj", "de-obj") and child.dep_ in ("obl:arg", "iobj", "obl:mod", "obl") \
                            and any(c.lower_ in (("à", "au", "aux") if slot == "a-obj" else ("de", "d'", "des"))
                                    for c in child.children if c.dep_ == "case"):
                        m = mention_for_token(self.a, sent, child)
                        if m is not None:
                            return speaker_of(self.a, m)
                    if slot in ("que-subj", "subj") and child.dep_ in ("ccomp", "advcl", "xcomp"):
                        subj = subject_token(child)
                        if subj is not None and subj.i > tok.i:
                            m = mention_for_token(self.a, sent, subj)
                            if m is not None:
                                return speaker_of(self.a, m)
        # by rules: the first actor named right after the cue, before "à"/"de"/"to"
        stop = {"à", "de", "d'", "to", "for", "of"}
        window: list = []
        for t in after[:10]:
            if t.lower_ in stop and window or t.text in (",", ".", ";", ":", "«", '"'):
                break
            if t.lower_ in ("que", "qu'", "that") and not window:
                continue
            window.append(t)
        if not window or not any(s in cue.slots for s in ("obj", "a-obj", "que-subj", "that-subj", "de-obj")):
            return None
        ms = [m for m in self.index.in_tokens(sent.index, window[0].i, window[-1].i + 1) if not m.place]
        if not ms:
            return None
        if len({m.actor_id for m in ms if m.kind != "demonym"}) > 1 and any(
                t.lower_ in ("et", "comme", "and") for t in window):
            return SEVERAL  # "appelé Pristina comme Belgrade à …"
        first = min(ms, key=lambda m: m.tok_start)  # the addressee's noun phrase comes first
        same_np = [m for m in ms if m.tok_start - first.tok_end <= 1]
        return speaker_of(self.a, best_mention(same_np, self.index, rightmost=self.lang == "en"))

    def add(self, actor: Speaker | None, addressee: Speaker | None, items, kind: str, sent, cue: str,
            none: bool = False, end: int = 0) -> None:
        actor = self.real(actor)
        if actor is None:
            return
        addressee = self.real(addressee, speaking=False)
        if addressee is not None and self.code(addressee) == self.code(actor) and \
                {self.index.actors[x.actor_id].kind for x in (actor, addressee)} <= {"person", "state"} and \
                (addressee.ref.sector or "") in ((actor.ref.sector or ""), "GOV", ""):
            addressee = None  # "Moscou … Medinski": one side, not a demand on oneself (rebels vs army is kept)
        if not items and not none:
            return
        if addressee is None and not none and len(items) < 2:
            return  # "appelle à la retenue": a call with no one to answer it
        self.cands.append(Cand(actor, addressee, list(items), kind, sent, cue, none, end or sent.end))

    def verb_cues(self, sent) -> None:
        doc = sent.span.doc
        for tok in doc:
            cue, width = self.verb_cue(doc, tok)
            if cue is None:
                continue
            if cue.needs and not self.needs_ok(doc, tok, width, cue.needs):
                continue
            if self.lang == "fr" and tok.pos_ not in ("VERB", "AUX") and not tok.lower_.endswith("ant"):
                continue
            before = " ".join(t.lower_ for t in doc[max(0, tok.i - 3): tok.i])
            if re.search(r"\b(?:sans|without|not|never|ne|n'|jamais)\b", before):
                continue  # "sans poser de conditions", "did not demand": no demand
            actors = self.actors_for(sent, tok)
            for actor in actors:
                self.verb_demand(sent, doc, tok, width, cue, actor, frozenset(a.actor_id for a in actors))

    def needs_ok(self, doc, tok, width: int, needs: tuple[str, ...]) -> bool:
        """The word a cue needs comes within a few words ("appelle X à libérer", "urged X to"):
        "à"/"de"/"to" must open an infinitive ("appeler à la retenue" is no demand on anyone);
        a noun ("conditions") or "que"/"that" may stand anywhere in the clause."""
        window = [t for t in doc[tok.i + width: tok.i + width + 12] if t.text not in ("«", "»", '"', "“", "”")]
        for k, t in enumerate(window):
            word = t.lower_.replace("’", "'")
            if t.text in (".", ";", ":") and word not in needs:
                return False
            if word in needs or (word == "d'" and "de" in needs):
                if word in ("à", "de", "d'", "to", "pour", "for"):
                    nxt = window[k + 1] if k + 1 < len(window) else None
                    if nxt is None:
                        return False
                    if nxt.text == ":":
                        return True  # "a appelé Pristina à :" and a list
                    if self.lang == "fr":
                        k2 = k + 1
                        while k2 < len(window) - 1 and window[k2].lower_ in ("ne", "se", "s'", "s’", "l'", "l’", "y",
                                                                             "le", "la", "les", "en"):
                            k2 += 1  # "de s'abstenir", "à le faire"
                        verb = window[k2]
                        if verb.pos_ in ("VERB", "AUX") and "Inf" in verb.morph.get("VerbForm") or \
                                (k2 > k + 1 or verb.pos_ in ("VERB", "AUX")) and verb.lower_.endswith(("er", "ir", "re")):
                            return True
                        continue
                    return nxt.text[:1].islower() and nxt.lower_ not in ("the", "a", "an")
                return True
        return False

    def verb_demand(self, sent, doc, tok, width: int, cue: Cue, actor: Speaker,
                    together: frozenset[str] = frozenset()) -> None:
        start = sent.base + doc[min(len(doc) - 1, tok.i + width - 1)].idx + len(doc[tok.i + width - 1].text)
        addressee = self.slot_addressee(sent, tok, cue)
        if addressee is SEVERAL:
            return
        generic = addressee is not None and self.real(addressee, speaking=False) is None \
            and not re.match(r"(?:côté|part|tour)\b", addressee.text)
        addressee = self.real(addressee, speaking=False)
        if addressee is not None and re.match(
                r"(?:côté|part|tour)\b", self.text[addressee.mention.start:addressee.mention.end]) and re.search(
                r"(?:de|pour|à)\s+(?:son|sa|leur)\s*$", self.text[max(0, addressee.mention.start - 12):
                                                                  addressee.mention.start]):
            addressee = None  # "exige de son côté", "à son tour", "pour sa part": no party there
        if addressee is not None and addressee.mention.end > start:
            start = self.skip_addressee(sent, addressee.mention.end)
        items, end = self.items_for(sent, start)
        if not items:
            return
        if self.lex.none is not None and any(
                m.group(0).lower().startswith(("sans", "without")) for a, b in items
                for m in self.lex.none.finditer(self.text[a:b])):
            return  # "appelle à signer sans conditions préalables": a statement about preconditions (none)
        if addressee is None and "items" in cue.slots and not generic:  # "aux Occidentaux": addressed, but to no party
            addressee = self.agents(items, actor) or self.context_addressee(sent, actor, before=sent.base + tok.idx,
                                                                           exclude=together)
        kind = self.kind_between(sent, tok, items[0][0], cue.kind)
        self.add(actor, addressee, items, self.kind_in(sent, kind), sent, self.cue_text(sent, tok), end=end)

    def kind_between(self, sent, tok, items_start: int, kind: str) -> str:
        """"exige qu'un accord comporte : …": a condition word between the
        cue and its items says what kind of demand the items are."""
        for t in sent.span.doc[tok.i + 1:]:
            if sent.base + t.idx >= items_start:
                break
            lemma = verb_lemma_fr(t, frozenset(self.lex.verbs)) if self.lang == "fr" else t.lower_
            found = self.lex.verbs.get(lemma or "") or self.lex.nouns.get(t.lemma_.lower() if self.lang == "fr"
                                                                          else t.lower_)
            if found is not None and found.kind != "demand":
                return found.kind
        return kind

    def verb_cue(self, doc, tok) -> tuple[Cue | None, int]:
        if self.lang == "fr":
            if tok.pos_ not in ("VERB", "AUX", "ADJ") and not tok.lower_.endswith("ant"):
                return None, 1
            lemma = verb_lemma_fr(tok, frozenset(self.lex.verbs))
            return (self.lex.verbs.get(lemma) if lemma else None), 1
        two = f"{tok.lower_} {doc[tok.i + 1].lower_}" if tok.i + 1 < len(doc) else ""
        if two in self.lex.verbs:
            return self.lex.verbs[two], 2
        return self.lex.verbs.get(tok.lower_), 1

    def skip_addressee(self, sent, end: int) -> int:
        """After "appeler X" / "urge X": the complement starts after "à"/"de"/"to"."""
        m = re.match(r"\s*(?:à|a|de|d'|d’|to|for)\s+", self.text[end:sent.end])
        return end + (m.end() if m else 0)

    def noun_cues(self, sent) -> None:
        doc = sent.span.doc
        for tok in doc:
            key = tok.lemma_.lower() if self.lang == "fr" else tok.lower_
            two = f"{key} {doc[tok.i + 1].lemma_.lower() if self.lang == 'fr' else doc[tok.i + 1].lower_}" \
                if tok.i + 1 < len(doc) else ""
            cue = self.lex.nouns.get(two) or self.lex.nouns.get(key)
            if cue is None or (self.lang == "fr" and tok.pos_ not in ("NOUN", "PROPN", "ADJ")):
                continue
            rest = self.text[sent.base + tok.idx + len(tok.text): sent.end]
            if ":" not in rest[:120] and not rest.strip().startswith(":"):
                continue  # "les conditions du Kremlin" without their content: not a statement of demands
            actor = self.noun_actor(sent, tok)
            if actor is None:
                continue
            items, end = self.items_for(sent, sent.base + tok.idx + len(tok.text) + rest.find(":"))
            if not items:
                continue
            together = frozenset(m.actor_id for m in self.index.in_sentence(sent.index)
                                 if sent.base + tok.idx <= m.start < sent.base + tok.idx + len(tok.text) + rest.find(":"))
            addressee = self.agents(items, actor) or self.context_addressee(sent, actor, exclude=together)
            self.add(actor, addressee, items, self.kind_in(sent, cue.kind), sent, tok.text, end=end)

    def noun_actor(self, sent, tok) -> Speaker | None:
        """Whose conditions: "les conditions de Moscou", "posées par Paris", the subject of the verb
        governing the noun ("Le PKK pose plusieurs conditions"), else the speaker."""
        window = self.text[sent.base + tok.idx: sent.base + tok.idx + 80]
        m = re.match(r"\w+\s+(?:du|de la|de l'|de l’|des|de|d'|d’|posées par|fixées par|of|set by|laid down by)\s+",
                     window)
        if m:
            found = [x for x in self.index.in_sentence(sent.index)
                     if sent.base + tok.idx + m.end() - 1 <= x.start <= sent.base + tok.idx + m.end() + 4]
            if found:
                return speaker_of(self.a, found[0])
        if self.a.has_parser:
            head = tok.head if tok.dep_ in ("obj", "nsubj", "obl:arg", "obl:mod", "nmod") else tok
            sp = self.actor_for(sent, head) if head is not tok else None
            if sp is not None:
                return sp
        else:
            before = [x for x in self.index.in_sentence(sent.index) if x.end <= sent.base + tok.idx and not x.place]
            if before:
                return speaker_of(self.a, best_mention(before, self.index, rightmost=True))
        return self.speaker_of_sentence(sent)

    def phrase_cues(self, sent) -> None:
        """"à condition que X …", "until X …", "only once X …": a condition on the party named
        as the subject of the clause (it has to be an actor)."""
        text = self.text[sent.start:sent.end]
        for rx, cue in self.lex.phrases:
            if cue.needs and not re.search(r"\b(?:" + "|".join(map(re.escape, cue.needs)) + r")\b", text, re.I):
                continue
            for m in rx.finditer(text):
                if cue.cue.startswith("tant qu") and re.search(r"\ben\s+$", text[:m.start()], re.I):
                    continue  # "en tant que médiateur": "as", not "as long as"
                if cue.needs and not re.search(r"\b(?:" + "|".join(map(re.escape, cue.needs)) + r")\b",
                                               text[:m.start()], re.I):
                    continue  # the needed word belongs to the main clause: "ne rouvrira pas … tant que"
                start = sent.start + m.end()
                if self.inside_quote(start) is not None and self.speaker_of_sentence(sent) is None:
                    continue
                addressee = next((x for x in self.index.in_sentence(sent.index)
                                  if x.start >= start and not x.place and x.kind != "pronoun"
                                  and len(self.text[start:x.start].split()) <= 3), None)
                actor = self.sentence_actor(sent, sent.start + m.start())
                items, end = self.items_for(sent, start)
                party = speaker_of(self.a, addressee) if addressee is not None else \
                    (self.agents(items[:1], actor) if items and actor is not None else None)
                if party is None:
                    continue  # "dès que possible": a condition on no one
                self.add(actor, party, items, self.kind_in(sent, cue.kind), sent, m.group(0), end=end)

    def sentence_actor(self, sent, before: int) -> Speaker | None:
        """The actor of the main clause before ``before``: its subject, or the speaker."""
        doc = sent.span.doc
        if self.a.has_parser:
            roots = [t for t in doc if t.dep_ == "ROOT" and sent.base + t.idx < before]
            for root in roots:
                sp = self.actor_for(sent, root)
                if sp is not None:
                    return sp
        else:
            tok = next((t for t in doc if sent.base + t.idx >= before), None)
            m = self.first_clause_subject(sent, doc, tok.i if tok is not None else len(doc))
            if m is not None:
                return speaker_of(self.a, m)
        return self.speaker_of_sentence(sent)

    def modal_cues(self, sent) -> None:
        """Obligation in reported speech: "« X doit se retirer »" (a demand on X), "un accord
        devra garantir A, B et C" / "any deal must include:" (conditions)."""
        speaker = self.speaker_of_sentence(sent)
        if speaker is None:
            return
        doc = sent.span.doc
        text = self.text[sent.start:sent.end].lower()
        for tok in doc:
            is_modal = tok.lemma_.lower() in self.lex.modals if self.lang == "fr" else \
                tok.lower_ in self.lex.modals or f"{tok.lower_} {doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ''}" \
                in self.lex.modals
            if not is_modal:
                continue
            quoted = self.inside_quote(sent.base + tok.idx) is not None
            if not quoted and not self.in_indirect(sent, tok):
                continue
            subj_mention, deal = self.modal_subject(sent, tok)
            if subj_mention is None and not deal:
                agent = self.nominal_agent(sent, tok, speaker)
                if agent is not None:  # "le retrait des forces rwandaises devra être effectif"
                    start = sent.base + tok.idx
                    self.add(speaker, agent, self.split_items(sent, self.subject_start(sent, tok), sent.end),
                             "condition", sent, tok.text)
                continue
            if not deal and not quoted and self.lang == "fr":
                continue  # « X doit s'entretenir jeudi » reported in French is a plan, not a demand
            nxt = next((t for t in doc[tok.i + 1: tok.i + 4] if t.lower_ not in ("not", "pas", "ne", "to")), None)
            if not deal and nxt is not None and nxt.lemma_.lower() in ("be", "être"):
                continue  # "X should be in no doubt", "doit être respecté": a state, not an act asked of X
            start = sent.base + tok.idx + len(tok.text)
            if self.lang == "en" and text[tok.idx - (sent.start - sent.base) + len(tok.text):].startswith(" to"):
                start += 3
            if deal:
                verb = next((t for t in doc[tok.i + 1: tok.i + 4] if t.pos_ in ("VERB", "AUX") or self.lang == "en"),
                            None)
                if verb is None:
                    continue
                start = sent.base + verb.idx + len(verb.text)
                items, end = self.items_for(sent, start)
                addressee = self.agents(items, speaker)
                if addressee is not None:  # "le cessez-le-feu doit entrer en vigueur": a condition on no one
                    self.add(speaker, addressee, items, "condition", sent, tok.text, end=end)
            else:
                addressee = speaker_of(self.a, subj_mention)
                if self.same_party(addressee, speaker):
                    continue
                items = self.split_items(sent, start, self.clause_end(sent, start))
                self.add(speaker, addressee, items, "demand", sent, tok.text)

    def subject_start(self, sent, tok) -> int:
        subj = subject_token(tok) if self.a.has_parser else None
        return sent.base + subj.left_edge.idx if subj is not None else sent.start

    def nominal_agent(self, sent, tok, speaker: Speaker) -> Speaker | None:
        """The party that acts in a nominal subject of an obligation ("le retrait des forces
        rwandaises", "the withdrawal of Russian troops"): the agent of the noun."""
        if not self.a.has_parser:
            return None
        subj = subject_token(tok)
        if subj is None or subj.pos_ != "NOUN" or self.index.at_token(sent.index, subj.i) is not None:
            return None
        span = (sent.base + subj.left_edge.idx, sent.base + subj.right_edge.idx + len(subj.right_edge))
        return self.agents([span], speaker)

    def in_indirect(self, sent, tok) -> bool:
        off = sent.base + tok.idx
        return any(not q.direct and q.start <= off < q.end for q in self.a.quotes)

    def modal_subject(self, sent, tok) -> tuple[ResolvedMention | None, bool]:
        doc = sent.span.doc
        if self.a.has_parser:
            subj = subject_token(tok)
            if subj is None:
                return None, False
            if subj.lemma_.lower() in self.lex.deals or subj.lower_ in self.lex.deals:
                return None, True
            return mention_for_token(self.a, sent, subj), False
        words = [t for t in doc[max(0, tok.i - 4): tok.i]]
        if any(w.lower_ in self.lex.deals for w in words):
            return None, True
        k = tok.i - 1
        while k >= 0 and doc[k].lower_ in ("also", "still", "now", "not", "only", "therefore"):
            k -= 1
        m = self.index.at_token(sent.index, k) if k >= 0 else None  # "Kiev must", not "it must"
        if m is not None and m.tok_start > 0 and doc[m.tok_start - 1].lower_ in ("of", "from", "in", "the") \
                and m.tok_start > 1 and doc[m.tok_start - 2].lower_ in ("of", "from", "in"):
            return None, False  # "the integrity of the Congo must …": the Congo is not the subject
        if m is not None and m.tok_start > 0 and doc[m.tok_start - 1].lower_ in ("of", "from", "in"):
            return None, False
        return (m if m is not None and not m.place and m.kind != "pronoun" else None), False

    def none_statements(self, sent) -> None:
        """"sans conditions préalables", "without preconditions": a statement that there are none,
        counted when it bears on talks or a meeting."""
        if self.lex.none is None:
            return
        text = self.text[sent.start:sent.end]
        for m in self.lex.none.finditer(text):
            at = sent.start + m.start()
            if self.inside_quote(at) is not None and self.quote_is_short(at):
                pass
            meeting = self.meeting_word(sent)
            if meeting is None:
                continue
            actor = self.speaker_at(at) or self.sentence_actor(sent, at)
            addressee = self.meeting_party(sent, meeting, actor) or (
                self.context_addressee(sent, actor) if actor is not None else None)
            self.add(actor, addressee, [], "precondition", sent, m.group(0), none=True)

    def quote_is_short(self, at: int) -> bool:
        sp = self.inside_quote(at)
        return sp is not None and sp.end - sp.start < 40

    def meeting_word(self, sent):
        for t in sent.span.doc:
            if (t.lemma_.lower() if self.lang == "fr" else t.lower_) in self.lex.meetings:
                return t
        return None

    def meeting_party(self, sent, meeting, actor: Speaker | None) -> Speaker | None:
        """The other side of the talks: named after the meeting word, else elsewhere in the
        sentence, else in the sentences before within the same quote or paragraph."""
        order = sorted(self.index.in_sentence(sent.index), key=lambda m: (m.tok_start < meeting.i, m.tok_start))
        for k in [sent.index] + [sent.index - 1, sent.index - 2]:
            if k < 0 or (k != sent.index and self.a.sents[k].paragraph != sent.paragraph):
                continue
            ms = order if k == sent.index else self.index.in_sentence(k)
            for m in ms:
                sp = speaker_of(self.a, m)
                if m.kind != "pronoun" and not self.same_party(sp, actor) and self.real(sp) is not None:
                    return sp
        return None

    def kind_in(self, sent, kind: str) -> str:
        text = self.text[sent.start:sent.end].lower()
        if kind != "red line" and re.search(r"préalabl|avant toute|precondition|before any|au préalable|first", text):
            return "precondition"
        if "ligne rouge" in text or "red line" in text:
            return "red line"
        return kind

    # -------------------------------------------------------------- run
    def run(self) -> list[Demand]:
        for sent in self.a.sents:
            if sent.heading or any(c.sent.end <= sent.start < c.end for c in self.cands):
                continue  # a heading, or an item of a list already read
            self.none_statements(sent)
            self.verb_cues(sent)
            self.noun_cues(sent)
            self.phrase_cues(sent)
            self.modal_cues(sent)
        return [self.to_model(c) for c in self.merge(self.cands)]

    def merge(self, cands: list[Cand]) -> list[Cand]:
        """One record per party and addressee: candidates with the same codes are one demand
        (their items joined)."""
        out: list[Cand] = []
        for c in cands:
            twin = next((o for o in out if o.none == c.none and self.code(o.actor) == self.code(c.actor)
                         and ((o.addressee and c.addressee and self.code(o.addressee) == self.code(c.addressee))
                              or (o.addressee is None and c.addressee is None))), None)
            if twin is None:
                out.append(c)
                continue
            if twin.addressee is None and c.addressee is not None:
                twin.addressee = c.addressee
            for it in c.items:
                if not any(a < it[1] and it[0] < b for a, b in twin.items):
                    twin.items.append(it)
            if twin.kind == "demand" and c.kind != "demand" or len(c.items) > len(twin.items) and c.kind != "demand":
                twin.kind = c.kind  # "exige qu'un accord comporte :": conditions
            twin.end = max(twin.end, c.end)
        return out

    def to_model(self, c: Cand) -> Demand:
        items = [Span(text=self.text[a:b], start=a, end=b) for a, b in sorted(c.items)]
        return Demand(actor=self.party(c.actor), addressee=self.party(c.addressee) if c.addressee else None,
                      items=items,
                      kind=c.kind, none=c.none, cue=c.cue, evidence=evidence_for(self.a, c.sent, end=c.end))


def stage(article) -> None:
    """Fill ``article.demands``."""
    if not article.sents or article.language not in ("fr", "en"):
        return
    article.demands = DemandFinder(article).run()
