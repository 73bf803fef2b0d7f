"""The French event coder, on the dependency parse of fr_core_news_md.

For each sentence with an actor mention and an event cue:

1. predicates: verbs of the lexicon (with their support-verb readings,
   "imposer des sanctions"), event nouns ("les frappes russes"), a few event
   adjectives ("critique envers"), and the *frames* that govern them:
   reporting verbs ("a déclaré que"), intentions ("prêt à", "promet de",
   "sa disponibilité à"), modals ("pourrait", "va", "doit"), irrealis verbs
   ("craindre");
2. the chain of governors of each predicate: an event under another event
   is its content ("menace de frapper X": THREATEN, recipient X; "exige le
   retrait des forces ukrainiennes": REQUEST, recipient UKR); frames give
   modality, negation, the reporting speaker, and the actor of a controlled
   infinitive or of an actor-less noun;
3. actors and recipients from the grammar (fr_args), with linear fallbacks.
"""

from __future__ import annotations

from dataclasses import replace

from ..codes import is_igo
from ..model import ActorRef
from .candidate import Cand, combine
from .coder import HOSTED, without_topic_label
from .plover import CONTENT_MODE, THREAT_MODE
from .candidate import REFUSABLE
from .fr_modality import FrenchModality
from .fr_args import (CONTRACT, QUANTITY, TIME_WORDS, Args, finite, fold, gerund, is_passive, is_pronominal,
                      marker_of, unnamed_group, CLAUSE_BREAK)
from .lexicon import Entry, Lexicon, recipient_markers, word_class
from .modality import fr_tense, FR_FUTURE, FR_HYPOTHETICAL, FR_INTENT, FR_INTENT_ADJ, FR_INTENT_NOUN, FR_IRREALIS, FR_REPORT

from .fr_words import (ADJ_EVENTS, AGENT_DE, CONFLICT_NOUNS, CONTENT_DEPS, COOP_NOUNS, HOST_VERBS, LIGHT,
                       MATERIAL_ADJ, MOVE_IN, MOVE_OUT, NEGATIVE_ADV, OBJECT_CONTROL, POSITIVE_ADV, RESPONSE_VERBS,
                       SUPPORT_NOUNS, TIME_HEADS, TIME_MARKERS, COMMAND_VERBS, JOINT_ADJ, THREAT_LINKS, FIRM_ADV, FIRM_NOUNS,
                       PARTY_NOUNS, PARTY_NOUNS_ALL, PLACE_NAMED, OFFENCE_NOUNS, EVALUATIVE, WARN_VERBS, WARNING_THREAT_CUES, REQUESTER_NOUNS, RETALIATION_VERBS, ANNOUNCING_VERBS, AGENT_ACL, GENERAL_PUBLIC, NOT_RECIPROCAL, CHAIR_VERBS, NEGATIVE_EVAL, DOCUMENT_NOUNS, STATE_VERBS, ACCUSATION_FRAMES, PATH_NOUNS, MARK_VERBS, TRIAL_NOUNS, EXCHANGE_NOUNS, CAPTIVES, PROGRESS_NOUNS, MEDIATION_NOUNS,
                       PARTNER_NOUNS, SELF_FRAMES, REFUSAL_VERBS, SPEECH_ACT_VERBS, guess_infinitives)
from .fr_words import COURSE_VERBS, FACE_VERBS, RECEIVED_THINGS, STOP_NOUNS, TEST_PLACES, TEST_WEAPONS
from .fr_words import ATTENDANCE_NOUNS, BODY_NOUNS, CIRCUMSTANCE_NOUNS, COPULA_VERBS, FIGURATIVE_MODIFIERS, IDIOM_OBJECTS, GROUP_NUMBERS, INSTRUMENT_NOUNS, MISTAGGED_VERBS, UNANSWERED, WITNESS_VERBS

# Words that make a conjunction with "que" ("alors que", "pour que"): the clause is adverbial.
QUE_LINKS = word_class("fr", "que_link")
# Conjunctions whose clause states no event: purpose, anteriority, condition, a past state.
NO_EVENT_QUE = word_class("fr", "no_event_que")
PRONOMINAL_SENSE = word_class("fr", "pronominal_sense")
NO_EVENT_CONJ = tuple(" ".join(p) if isinstance(p, tuple) else p for p in word_class("fr", "no_event_conj"))
INDEFINITE = word_class("fr", "indefinite_det")
# Cooperation a side says it may undertake: a plan of its own, which PLOVER codes as AGREE.
OWN_PLAN = frozenset("AGREE CONSULT COOPERATE SUPPORT AID".split())
PLAN_FRAMES = word_class("fr", "plan_frame")
CLASH_VERBS = word_class("fr", "clash_verb")
YEAR_UNITS = word_class("fr", "year_unit")
CONDITION_VERBS = word_class("fr", "condition_verb")
MEETING_NOUNS = word_class("fr", "meeting_noun")
WILLING = word_class("fr", "willing_adjective") | word_class("fr", "willing_participle")


class FrenchCoder(FrenchModality):
    def __init__(self, article, lex: Lexicon, index, speakers: dict[int, ActorRef] | None = None):
        self.article = article
        self.lex = lex
        self.index = index
        self.speakers = speakers or {}
        self.report = FR_REPORT | {c for c, k in lex.modality.get("verb", {}).items() if k == "report"}
        verb_mod = lex.modality.get("verb", {})
        self.intent = FR_INTENT | {c.replace(" ", "_") for c, k in verb_mod.items() if k in ("intention",)}
        self.future = FR_FUTURE | {c.replace(" ", "_") for c, k in verb_mod.items() if k == "future"}
        self.hyp = FR_HYPOTHETICAL | {c.replace(" ", "_") for c, k in verb_mod.items() if k == "hypothetical"}
        self.neg_verbs = {c.replace(" ", "_") for c, k in verb_mod.items() if k == "negation"}
        self.words = lex.modality.get("word", {})

    # ---------------------------------------------------------------- readings

    def verb_key(self, t) -> list[str]:
        lemmas = [t.lemma_.lower()]
        if (t.pos_ in ("VERB", "AUX") or self.mistagged_participle(t)) and not self.lex.verb(lemmas[0]) and \
                not self.lex.verb("se " + lemmas[0]):
            lemmas += guess_infinitives(t.text)
        if is_pronominal(t):
            if lemmas[0] in PRONOMINAL_SENSE:
                return []  # "se réclamer de": claims an allegiance
            return [x for lemma in lemmas for x in ("se " + lemma, lemma)]
        return lemmas

    @staticmethod
    def mistagged_participle(t) -> bool:
        """"La Russie a violé notre espace": a past participle after its auxiliary that the tagger took
        for a noun (no determiner, an auxiliary "a"/"ont"/"est" governed by it or just before it)."""
        if t.pos_ != "NOUN" or not fold(t.text).endswith(("é", "ée", "és", "ées")):
            return False
        if any(c.dep_ in ("det", "case") for c in t.children):
            return False
        prev = t.doc[t.i - 1] if t.i > 0 else None
        return any(c.dep_ in ("aux:tense", "aux:pass") for c in t.children) or (
            prev is not None and prev.pos_ == "AUX" and prev.lemma_ in ("avoir", "être"))

    def object_nouns(self, t) -> list:
        objs = []
        passive = is_passive(t)
        for c in t.children:
            if c.dep_ in ("obj", "obl:arg", "obl:mod", "nsubj:pass") or (passive and c.dep_ == "nsubj") or (
                    c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ")):  # "rend X responsable de"
                if c.pos_ in ("NOUN", "PROPN", "ADJ"):
                    objs.append(c)
                    if c.lemma_.lower() in QUANTITY or c.lemma_.lower() in TIME_WORDS:
                        objs.extend(g for g in c.children if g.dep_ == "nmod")  # "jeudi de nouvelles sanctions"
                    if marker_of(c) == "en":
                        objs.extend(self.compound_nouns(c))
                    objs.extend(g for g in c.children if g.dep_ == "case" and g.pos_ == "NOUN" and g.i < c.i)
                    # "donner suite à l'offre": the parser takes "suite à" for a preposition
        return objs

    @staticmethod
    def compound_nouns(c) -> list:
        """"placer en état d'alerte / d'arrestation": the bare noun after "de" completes a compound whose
        head noun says little; it may select the verb's reading when the head does not."""
        out = []
        for g in c.children:
            if g.dep_ == "nmod" and g.pos_ == "NOUN" and g.i == c.i + 2 and fold(g.doc[g.i - 1].text) in ("de", "d'") \
                    and not any(x.dep_ == "det" for x in g.children):
                out.append(g)
        return out

    def igo_object(self, o) -> bool:
        """"quitter la CEDEAO", "se retirer de l'OMS": the complement names an international organisation."""
        m = self.args.at.get(o.i)
        if m is None or o.pos_ not in ("PROPN", "NOUN"):
            return False
        a = self.index.actors.get(m.actor_id)  # (not ref_for: looking must not list the actor)
        return a is not None and is_igo(a.country, m.sector or a.sector)

    def verb_reading(self, t) -> tuple[Entry, object | None] | None:
        got = self._verb_reading(t)
        if got is None and t.pos_ == "VERB":
            got = self.military_move(t)
        return got

    def _verb_reading(self, t) -> tuple[Entry, object | None] | None:
        for key in self.verb_key(t):
            rows = self.lex.verb(key)
            if not rows:
                continue
            objs = self.object_nouns(t)
            idioms = IDIOM_OBJECTS.get(key.removeprefix("se "), ())
            if any(o.lemma_.lower() in idioms or fold(o.text) in idioms for o in objs):
                return None  # "saisir l'occasion", "tirer les leçons", "signer un décret": no event of the verb
            for o in objs:
                lemma = o.lemma_.lower()
                hits = [r for r in rows if r.obj and (r.obj == lemma or r.obj == fold(o.text))]
                if hits and hits[0].event == "ASSAULT" and self.figurative(o):
                    return None  # "lancer une offensive diplomatique"
                if hits:
                    return self.pick_object(t, o, hits), o
            for o in objs:  # an organisation by its name reads like "organisation": "quitter la CEDEAO"
                if self.igo_object(o):
                    for r in rows:
                        if r.obj == "organisation":
                            rec = r.recipient or (marker_of(o) or "obj",)
                            return replace(r, recipient=rec), o
            defaults = [r for r in rows if not r.obj]
            if defaults:
                entry = self.pick(t, defaults)
                if key in HOST_VERBS and entry.event == "CONSULT" and not self.hosts_someone(t):
                    return None
                return entry, None
        return None

    @staticmethod
    def pick_object(t, o, rows: list[Entry]) -> Entry:
        """Several readings of one support-verb construction: the first whose recipient preposition is
        there ("rejeter la responsabilité de X sur Y" blames Y), else the first ("rejeter toute responsabilité")."""
        if len(rows) > 1:
            present = {marker_of(c) for c in t.children if c.dep_.startswith(("obl", "iobj"))}
            present |= {marker_of(x) for x in o.subtree if x.dep_ == "nmod" and x.i > o.i}
            for r in rows:
                if any(p in present for p in r.preps()):
                    return r
        return rows[0]

    def military_move(self, t) -> tuple[Entry, None] | None:
        """"les soldats français partiraient", "des troupes sont arrivées": movements of armed forces."""
        lemma = t.lemma_.lower()
        kind = "out" if lemma in MOVE_OUT else "in" if lemma in MOVE_IN else None
        if kind is None:
            return None
        found, _ = self.args.subject(t)
        if not any(m.sector == "MIL" or self.index.actors[m.actor_id].sector == "MIL" for m in found):
            return None
        if kind == "out":
            return Entry(lemma, "RETREAT", "withdraw", "0872", ("de", "obj"), note="forces leave"), None
        return Entry(lemma, "MOBILIZE", "troops", "154", ("vers", "à", "en", "dans"), note="forces arrive"), None

    def hosts_someone(self, t) -> bool:
        """"recevoir X", "accueillir un sommet": a host verb whose object is an actor or a meeting."""
        if any(c.dep_ == "obj" and c.lemma_.lower() in RECEIVED_THINGS for c in t.children):
            return False  # "a reçu des États-Unis l'assurance que...": a thing received, not a guest
        for c in t.children:
            if c.dep_ in ("obj", "nsubj:pass") or (c.dep_ == "nsubj" and is_passive(t)):
                if any(x.dep_ == "case" for x in c.children):
                    continue  # "a reçu des États-Unis l'assurance que": from whom, not whom it hosts
                if self.args.at.get(c.i) is not None or self.args.np(c):
                    return True
                if self.both_parties(c, definite=True):
                    return True
                if any(r.event == "CONSULT" for r in self.lex.noun(c.lemma_.lower())):
                    return True
                if c.lemma_.lower() in PARTNER_NOUNS:
                    return True
        return any(c.dep_ == "obl:agent" for c in t.children)

    def pick(self, t, rows: list[Entry]) -> Entry:
        """The default reading that best fits the complements present."""
        if len(rows) == 1:
            return rows[0]
        present = {marker_of(c) for c in t.children if c.dep_.startswith(("obl", "iobj", "nmod"))}
        has_obj = any(c.dep_ == "obj" and fold(c.text) not in ("se", "s'") for c in t.children)
        has_content = any(c.dep_ in ("xcomp", "ccomp") for c in t.children) or "à" in present or any(
            fold(x.text) in ("à", "au", "aux") for x in t.doc[t.i + 1: t.i + 8]) or any(
            fold(x.text) == "à" and x.dep_ == "mark" and "VerbForm=Inf" in str(x.head.morph) and (
                x.head.head.i == t.i or x.head.head.lemma_.lower() not in OBJECT_CONTROL)
            for x in t.doc[t.i + 8:])  # "a appelé la SADC, dont la mission a quitté le pays, à ne pas..."
        best, best_score = rows[0], -1
        for n, r in enumerate(rows):
            score = sum(2 for p in r.preps() if p in present) + (1 if r.recipient_obj and has_obj else 0)
            if r.event == "REQUEST" and any(x.event == "CONSULT" for x in rows):
                score += 3 if has_content else -3
            if score > best_score:
                best, best_score = r, score
        return best

    @staticmethod
    def figurative(t) -> bool:
        """An attack noun made figurative by its modifier ("offensive diplomatique", "de charme")."""
        return any((c.dep_ == "amod" or (c.dep_ == "nmod" and not any(d.dep_ == "det" for d in c.children)))
                   and (c.lemma_.lower() in FIGURATIVE_MODIFIERS or fold(c.text) in FIGURATIVE_MODIFIERS)
                   for c in t.children)

    def noun_reading(self, t) -> Entry | None:
        rows = self.lex.noun(t.lemma_.lower()) or self.lex.noun(fold(t.text))
        if not rows:
            return None
        if rows[0].event == "ASSAULT" and self.figurative(t):
            return None  # "une offensive diplomatique", "une offensive de charme": a campaign, no armed attack
        if len(rows) == 1:
            return rows[0]
        present = {marker_of(c) for c in t.children if c.dep_ in ("nmod", "acl")}
        for r in rows:
            if any(p in present for p in r.preps()):
                return r
        return rows[0]

    @staticmethod
    def adj_key(t) -> str | None:
        """The adjectives_fr.tsv key of an adjective: its lemma, or its masculine singular form when the
        model lemmatizes a participle as its verb ("opposée" -> "opposer", listed as "opposé")."""
        if t.lemma_.lower() in ADJ_EVENTS:
            return t.lemma_.lower()
        form = fold(t.text)
        for cut in (form, form[:-1] if form.endswith(("s", "x")) else None):
            if not cut:
                continue
            for key in (cut, cut[:-1] if cut.endswith("e") else None):
                if key and key in ADJ_EVENTS:
                    return key
        return None

    def framed_participle(self, t) -> bool:
        """"se sont dits « préoccupés »", "se montre inquiète": a participle the tagger takes for a verb
        that is the attribute of a pronominal frame ("se dire", "se montrer"): it reads as the adjective."""
        if t.pos_ != "VERB" or t.dep_ != "xcomp" or t.head.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("aux:tense", "aux:pass", "obj", "mark") for c in t.children):
            return False
        return any(k.replace(" ", "_") in SELF_FRAMES for k in self.verb_key(t.head))

    @staticmethod
    def unanswered(t) -> bool:
        """"ne restera pas impuni / sans réponse": the complement of "rester" says the act will be answered."""
        for c in t.children:
            for x in [c] + [g for g in c.children if g.dep_ == "conj"]:
                if fold(x.text) in UNANSWERED or (x.lemma_.lower() == "réponse" and any(
                        fold(g.text) == "sans" for g in x.children if g.dep_ == "case")):
                    return True
        return False

    @staticmethod
    def mistagged_verb(t) -> str | None:
        """"Moscou dément toute implication": a finite verb the tagger took for an adjective or adverb,
        right after a name or noun (not "un dément"); its infinitive."""
        if t.pos_ not in ("ADV", "ADJ") or t.i == 0:
            return None
        prev = t.doc[t.i - 1]
        if (prev.pos_ not in ("PROPN", "NOUN", "ADJ", "PRON") or prev.dep_ == "det") and prev.text != ",":
            return None  # after a comma: the subject's apposition ends there ("Le parti, le SPLM-IO, dément")
        return MISTAGGED_VERBS.get(fold(t.text))

    def mistagged_reading(self, t) -> tuple[Entry, object | None] | None:
        """The verbs_fr.tsv reading of a mistagged verb; its object is the noun that follows it."""
        rows = self.lex.verb(self.mistagged_verb(t) or "")
        if not rows:
            return None
        nxt = next((x for x in t.doc[t.i + 1: t.i + 5] if x.pos_ in ("NOUN", "PROPN")), None)
        if nxt is not None:
            hits = [r for r in rows if r.obj and r.obj == nxt.lemma_.lower()]
            if hits:
                return hits[0], nxt
        defaults = [r for r in rows if not r.obj]
        return (defaults[0], None) if defaults else None

    def adj_reading(self, t) -> Entry | None:
        key = self.adj_key(t)
        spec = ADJ_EVENTS.get(key) if key else None
        if spec is None:
            return None
        if any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in t.children):
            return None  # "des combats ont opposé l'armée aux rebelles": a past participle after "avoir", no adjective
        if t.dep_ == "amod" and not any(c.dep_.startswith(("obl", "nmod")) for c in t.children):
            return None  # "une action hostile", "une phase critique": a bare epithet qualifies a thing, no stance
        if spec[0] == "SUPPORT" and any(c.dep_ in ("xcomp", "obl:arg") and
                                        (c.pos_ == "VERB" or self.lex.noun(c.lemma_.lower())) for c in t.children):
            return None  # "favorable à une rencontre": an intention frame
        event, mode, cameo, rec = spec
        return Entry(key, event, mode, cameo, rec, note="adjective", where="built-in")

    def frame(self, t) -> str | None:
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX"):
            keys = [k.replace(" ", "_") for k in self.verb_key(t)]
            for k in keys:
                if k in SELF_FRAMES:
                    return "self"  # "se dit prêt à": the adjective carries the meaning
                if k in self.report:
                    return "report"
                if k in self.neg_verbs and k not in REFUSAL_VERBS:
                    return "negation"
                if k in self.intent:
                    return "intent"
                if k in self.future:
                    return "future"
                if k in self.hyp:
                    return "hyp"
                if k in FR_IRREALIS:
                    return "irrealis"
            return None
        if t.pos_ == "ADJ" and (lemma in FR_INTENT_ADJ or self.lex.mod("verb", lemma) == "intention"):
            return "intent"
        if t.pos_ == "NOUN" and lemma in FR_INTENT_NOUN:
            return "intent"
        if t.pos_ == "NOUN" and self.lex.mod("verb", lemma) == "hypothetical":
            return "hyp"  # "a mentionné la possibilité d'une rencontre"
        return None

    # ---------------------------------------------------------------- sentence

    def code_sentence(self, sent) -> list[Cand]:
        doc = sent.span.doc
        mentions = self.index.in_sentence(sent.index)
        if sent.heading or sent.index == 0:
            mentions = without_topic_label(sent.span.doc, mentions)
        if not mentions and not any(t.dep_ in ("nsubj", "nsubj:pass") and (self.group_size(t) or self.both_parties(t))
                                    for t in doc):
            return []  # (a sentence whose subject is "les deux gouvernements" names its parties just before)
        cues = self.lex.cues
        if not any(t.lemma_.lower() in cues or fold(t.text) in cues or t.lemma_.lower() in ADJ_EVENTS or \
                t.lemma_.lower() in WILLING or (
                t.pos_ in ("ADJ", "VERB") and self.adj_key(t)) or self.mistagged_verb(t) or (
                t.pos_ == "VERB" and t.lemma_.lower() == fold(t.text) and any(g in cues for g in guess_infinitives(t.text)))
                   for t in doc):
            return []  # (the lemmatizer leaves some forms as they are: "réclame")
        self.args = Args(doc, mentions)
        self.sent = sent
        self.memo: dict[int, tuple[list, str]] = {}
        events: dict[int, Cand] = {}
        consumed: set[int] = set()
        frames: dict[int, str] = {}
        described: set[int] = set()
        for t in doc:
            if self.descriptive(t) or (t.pos_ in ("VERB", "AUX") and t.dep_ in ("advcl", "xcomp") and
                                       t.head.i in described and t.head.dep_ in ("advcl", "acl") and not any(
                                           "PronType=Rel" in str(c.morph) for c in t.children)):
                # what a describing participle governs describes too: "..., capturés alors qu'ils se battaient",
                # "le ministre, chargé de négocier avec X," (a role, no talks)
                if t.pos_ in ("VERB", "AUX") and (t.dep_ != "acl" or "Tense=Past" in str(t.morph)):
                    described.add(t.i)  # "tant qu'Israël poursuivra ses frappes": its nouns are no events
                continue
            if self.mistagged_verb(t):
                got = self.mistagged_reading(t)
                if got is not None:
                    entry, support = got
                    events[t.i] = Cand(sent, t.i, entry, "verb", words=[t.i] + ([support.i] if support is not None else []))
                    if support is not None and not (entry.event == "REJECT" and not self.negated(t) and self.authored_charge(support)):
                        consumed.add(support.i)
                    continue
            if t.pos_ == "VERB" and t.lemma_.lower() == "rester" and (self.negated(t) or any(
                    fold(c.text) in ("ne", "n'") for c in t.children)) and self.tense(t) in (
                    "fut", "cnd") and self.unanswered(t):
                entry = Entry("rester", "THREATEN", "", "130", (), note="will not go unanswered", where="built-in")
                cand = Cand(sent, t.i, entry, "verb", words=[t.i])  # "cette attaque ne restera pas impunie"
                cand.notes.append("unanswered")
                events[t.i] = cand
                continue
            if t.pos_ == "VERB" and t.lemma_.lower() == "hésiter" and self.negated(t) and self.tense(t) in (
                    "fut", "cnd") and any(c.dep_ in ("xcomp", "obl:arg") for c in t.children):
                entry = Entry("hésiter", "THREATEN", "", "130", ("contre",), note="will not hesitate to", where="built-in")
                cand = Cand(sent, t.i, entry, "verb", words=[t.i])  # "n'hésitera pas à frapper": a warning
                cand.notes.append("not hesitate")
                events[t.i] = cand
                continue
            if t.pos_ == "VERB" and t.lemma_.lower() in EVALUATIVE and self.negative_evaluation(t):
                entry = Entry(t.lemma_.lower(), "ACCUSE", "disapprove", "111", ("obj", "de"),
                              note="negative evaluation", where="built-in")
                events[t.i] = Cand(sent, t.i, entry, "verb", words=[t.i])  # "juge « inacceptables » ces propos"
                continue
            if t.pos_ in ("VERB", "AUX") and self.reporting_use(t):
                frames[t.i] = "report"
                continue
            if t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADJ" and t.dep_ in ("ROOT", "xcomp", "conj")) or \
                    self.mistagged_participle(t):
                got = self.verb_reading(t) if t.pos_ != "ADJ" or self.adj_key(t) is None else None
                if got is None and t.lemma_.lower() in RESPONSE_VERBS:
                    got = self.response(t)
                if got is not None:
                    entry, support = got
                    if t.pos_ == "ADJ" and t.dep_ != "ROOT" and not any(c.dep_ == "obl:agent" for c in t.children):
                        pass
                    else:
                        words = [t.i] + ([support.i] if support is not None else [])
                        events[t.i] = Cand(sent, t.i, entry, "verb", words=words)
                        if support is not None and not (entry.event == "REJECT" and not self.negated(t) and self.authored_charge(support)):
                            consumed.add(support.i)
                        continue
            if t.pos_ == "ADJ" or self.framed_participle(t):
                entry = self.adj_reading(t)
                if entry is not None:
                    events[t.i] = Cand(sent, t.i, entry, "adj", words=[t.i])
                    continue
            kind = self.frame(t)
            if kind:
                frames[t.i] = kind
        inside = {i for m in mentions if m.tok_end - m.tok_start > 1 and m.kind in ("name", "org")
                  for i in range(m.tok_start, m.tok_end)}
        for t in doc:
            if t.pos_ == "NOUN" and t.i not in consumed and t.i not in events and t.i not in inside:
                if self.not_an_event_noun(t) or self.clause_verb(t) in described:
                    continue
                entry = self.noun_reading(t)
                if entry is not None:
                    events[t.i] = Cand(sent, t.i, entry, "noun", words=[t.i])
        for t in doc:
            if t.i not in events and self.offered_act(t, events, frames):
                entry = Entry(t.lemma_.lower(), "AGREE", "", "030", ("à", "avec", "vers", "envers"),
                              note="willing to (a verb the lexicon does not list)", where="built-in")
                events[t.i] = Cand(sent, t.i, entry, "verb", words=[t.i])  # "se dit prête à livrer les avions"
                events[t.i].notes += ["offer", "recipient: named only"]  # no counterpart guessed for a vague offer
        if not events:
            return []
        self.events, self.frames = events, frames
        self.memo_content = {t.i for t in doc if t.dep_ in ("xcomp", "ccomp")}
        chains = {i: self.chain(doc[i]) for i in events}
        # bottom-up: deepest content first
        order = sorted(events, key=lambda i: -len(chains[i]))
        for i in order:
            self.fill(events[i], chains[i])
        for i in order:
            c = events[i]
            if self.price_threat(c, chains[i]):
                continue
            gov = next((h for h in chains[i] if h in events), None)
            if gov is not None:
                self.combine(events[gov], c)
            if self.accused_content(doc[i]):
                c.governed = True  # "accuse X d'avoir ... en soutenant les frappes": the charge, not a told act
        for i in order:  # "Pékin dément avoir envoyé des navires": the parser made the denied act the root
            h = doc[i].head
            if self.mistagged_verb(doc[i]) and h.i > i and h.i in events and h.pos_ == "VERB" and not events[h.i].governed:
                self.combine(events[i], events[h.i])
        for i in order:  # "Minsk a répliqué en immobilisant des camions": the gerund is what the retaliation was
            c, h = events[i], doc[i].head
            if c.kind == "verb" and doc[i].dep_ in ("advcl", "obl:mod") and gerund(doc[i]) and h.i in events and \
                    events[h.i].kind == "verb" and events[h.i].entry.key in RETALIATION_VERBS and \
                    not c.governed and c.event != events[h.i].event and (not c.actors or {
                        a.code for a in c.actors} == {a.code for a in events[h.i].actors}):
                events[h.i].governed = True
                c.actors = c.actors or list(events[h.i].actors)
                c.recipients = c.recipients or list(events[h.i].recipients)
        speaker = self.selon(doc) or self.speakers.get(sent.index)
        if self.per_document(doc):
            for c in events.values():
                c.governed = True
        out = []
        for c in events.values():
            c.source = speaker
            if speaker is not None and c.reported_by is None:
                c.reported_by = speaker
            c.heading = sent.heading
            if not c.actors and speaker is not None and "unanswered" in c.notes:
                c.actors = [speaker]  # « Cette agression ne restera pas impunie », a averti X: X's side answers
                c.actor_from = "speaker"
            elif not c.actors and speaker is not None and self.first_person(doc[c.head]):
                c.actors = [speaker]  # « Nous répondrons... », a déclaré X: the speaker's side
                c.actor_from = "speaker"
            elif not c.actors and self.speakers.get(sent.index) is not None and gerund(doc[c.head]) and \
                    c.head not in self.args.quoted():
                c.actors = [self.speakers[sent.index]]  # « ... », a-t-il dit, en exigeant X: the speaker exige
                c.actor_from = "speaker"
            elif not c.recipients and c.actors and speaker is not None and c.entry.recipient_obj and \
                    self.first_person_object(doc[c.head]) and speaker.code not in {a.code for a in c.actors}:
                c.recipients = [speaker]  # « X a violé notre espace aérien », précise Y: Y's side is the target
            if doc.text.rstrip(" »\"").endswith("?") and c.head not in self.args.quoted():
                c.mod.add("hypothetical", "?")  # "La Russie va-t-elle attaquer ?": the writer's question asserts nothing
            if "unanswered" in c.notes and c.actors and c.actors[0].code and not c.recipients and not c.anaphor:
                c.anaphor = "CONFLICT:" + c.actors[0].code  # "cette agression ne restera pas impunie": its authors
            self.hypothetical_case(c)
            if c.kind == "verb" and c.mod.negated and c.event == "AGREE" and c.entry.key in ANNOUNCING_VERBS:
                c.governed = True  # "Pékin n'a pas confirmé cette rencontre": silence, not a refusal
            self.bare_warning(c)
            self.home_trip(c)
            self.offered_talks(c)
            self.warning(c)
            self.offered_forces(c)
            self.announced_force(c)
            self.speculation(c)
            out.append(c)
            met = self.signing_meeting(c)
            if met is not None:
                out.append(met)
        for c in out:
            self.venue_host(c)
        return out

    def own_phrases(self, t):
        """The words of the clause of ``t``, without the clauses of other finite verbs inside it."""
        out, todo = [], list(t.children)
        while todo:
            x = todo.pop()
            if x.pos_ in ("VERB", "AUX") and finite(x) or x.dep_ in ("ccomp", "parataxis"):
                continue
            out.append(x)
            todo.extend(x.children)
        return out

    def venue_host(self, c: Cand) -> None:
        """"X et Y ont signé un accord à Doha", "se sont rencontrés à Istanbul": a meeting of several parties
        held in a third state lists that state among those who met (the host; docs/annotation.md, summits)."""
        m = c.mod
        if c.event != "CONSULT" or not c.reciprocal or m.negated or m.forward or m.hypothetical or c.kind != "verb":
            return
        if len({(a.code, a.sector) for a in c.actors if a.code}) < 2:
            return
        parties = {a.code for a in c.actors if a.code}
        t = self.args.doc[c.head]
        present = []
        for x in self.own_phrases(t):  # "en présence de X", "sous l'égide de X": X took part
            if x.pos_ == "NOUN" and x.lemma_.lower() in ATTENDANCE_NOUNS and marker_of(x):
                present += [r for r in self.refs(self.args.np(x)) if r.code not in parties]
        if present:
            c.hosts = list({r.code: r for r in present}.values())
            c.actors = c.actors + c.hosts
            c.notes.append(HOSTED)
            return
        near = [x for x in t.children if x.dep_ in ("obl", "obl:mod")]
        near += [y for x in near if fold(x.text) in TIME_WORDS for y in x.children if y.dep_ == "nmod"]  # "vendredi à Doha"
        for x in near:
            if marker_of(x) not in ("à", "a"):
                continue
            place = self.args.at.get(x.i)
            if place is None or place.kind != "metonym":
                continue  # a capital or a seat of power ("à Doha", "à la Maison-Blanche"), not any town
            ref = self.index.ref_for(place, self.article)
            if ref.code and len(ref.code) == 3 and not is_igo(ref.code) and ref.code not in parties:
                c.hosts = [ref.model_copy(update={"sector": "GOV"})]
                c.actors = c.actors + c.hosts
                c.notes.append(HOSTED)
                return
    def offered_act(self, t, events: dict, frames: dict) -> bool:
        """"X se dit prêt à remettre les avions", "est disposé à augmenter ses livraisons": an infinitive
        under an adjective of will that no lexicon row reads, with no event in its own phrase, is still an
        offer (PLOVER AGREE: "indicate willingness to cooperate")."""
        if t.pos_ != "VERB" or t.dep_ != "xcomp" or "VerbForm=Inf" not in str(t.morph):
            return False
        if not any(m.dep_ == "mark" and fold(m.text) == "à" for m in t.children):
            return False
        h = t.head
        willing = (h.pos_ in ("ADJ", "VERB") and (h.lemma_.lower() in WILLING or fold(h.text).rstrip("s") in WILLING)) \
            or any(x.dep_ == "xcomp" and x.pos_ == "ADJ" and x.i < t.i and x.lemma_.lower() in WILLING
                   for x in h.children)  # the parser may hang the infinitive on "se dire", beside "prêt"
        if not willing or t.i in frames:
            return False  # ("prêt à étudier, à envisager": a frame with no event under it offers nothing definite)
        if not any(x.dep_ in ("obj", "obl:arg", "iobj") and x.pos_ in ("NOUN", "PROPN") for x in t.children):
            return False  # "prêts à mourir": nothing offered to anyone
        if h.dep_ == "acl:relcl" or any(x.dep_ == "obj" and "PronType=Rel" in str(x.morph) for x in t.children):
            return False  # "les gestes que le camp adverse serait disposé à consentir": the noun tells the act
        return not any(x.i in events for x in t.subtree)

    def signing_meeting(self, c: Cand) -> Cand | None:
        """"X et Y ont signé un accord (à Doha)": the signatories met to sign it, a CONSULT of all of them
        besides the signature (SUPPORT)."""
        m = c.mod
        if c.entry.cameo != "057" or c.kind != "verb" or c.governed or m.negated or m.forward or m.hypothetical:
            return None
        partners = list(c.recipients) if c.entry.recipient else []  # "ratifier l'adhésion de X": X signs nothing
        if len({(a.id or a.name, a.sector) for a in c.actors + partners if a.code}) < 2:
            return None
        entry = Entry(c.entry.key, "CONSULT", "", "040", (), note="signing ceremony", where="built-in")
        met = Cand(c.sent, c.head, entry, "verb", actors=list(c.actors) + partners, reciprocal=True,
                   words=list(c.words), reported_by=c.reported_by, source=c.source, heading=c.heading,
                   actor_from=c.actor_from, confidence=c.confidence - 0.1)
        met.notes.append("signing: a meeting of the signatories")
        return met

    @staticmethod
    def possessed(t) -> bool:
        """Has the noun a possessive determiner ("leur retrait", "son soutien")?"""
        return any(d.dep_ == "det" and "Poss=Yes" in str(d.morph) for d in t.children)

    @staticmethod
    def both_parties(x, definite: bool = False) -> bool:
        """"les deux parties", "toutes les parties", "les deux camps", "les belligérants" (``definite``: also
        "les délégations", "les parties")."""
        lemma = x.lemma_.lower()
        if lemma not in PARTY_NOUNS and fold(x.text).rstrip("sx") in PARTY_NOUNS | {"pay"}:
            lemma = fold(x.text).rstrip("sx").replace("pay", "pays")  # the lemmatizer: "parties" -> "party"
        if lemma in PARTY_NOUNS_ALL:
            return True
        if lemma not in PARTY_NOUNS:
            return False
        words = {fold(d.text) for d in x.children if d.dep_ in ("det", "nummod", "amod")}
        if definite and "les" in words and lemma in ("partie", "délégation", "camp"):
            return True
        return bool(words & {"deux", "toutes", "tous", "différentes", "différents"})

    @staticmethod
    def group_size(x) -> int:
        """"les trois régimes militaires", "les deux gouvernements": a counted group of party nouns,
        its number (0: none)."""
        lemma = x.lemma_.lower()
        if lemma not in PARTY_NOUNS and fold(x.text).rstrip("sx") in PARTY_NOUNS | {"pay"}:
            lemma = fold(x.text).rstrip("sx").replace("pay", "pays")
        if lemma not in PARTY_NOUNS:
            return 0
        words = [fold(d.text) for d in x.children if d.dep_ in ("det", "nummod", "amod") and d.i < x.i]
        if not words or words[0] not in ("les", "ces"):
            return 0  # "trois pays ont signé": an indefinite group, not those just named
        return next((GROUP_NUMBERS[w] for w in words if w in GROUP_NUMBERS), 0)

    @staticmethod
    def first_person(t) -> bool:
        """Is the subject of the predicate (or of the verb it depends on) "nous" or "je"?"""
        if t.pos_ == "NOUN":
            return False
        for v in (t, t.head):
            for x in v.children:
                if x.dep_ in ("nsubj", "nsubj:pass") and fold(x.text) in ("nous", "je", "j'"):
                    return True
            if t.dep_ != "xcomp":
                break
        return False

    @staticmethod
    def first_person_object(t) -> bool:
        """"a violé notre espace aérien", "attaque nos positions": the object belongs to the speaker's side."""
        for x in t.children:
            if x.dep_ in ("obj", "obl:arg") and any(
                    d.dep_ == "det" and fold(d.text) in ("notre", "nos") for d in x.children):
                return True
        return False

    def bare_warning(self, c: Cand) -> None:
        """"a averti que le pays risquait de basculer", "a mis en garde contre toute mesure": a warning that
        states a fear or a caution, with no addressee, is no threat (PLOVER THREATEN: coercive warnings);
        "a prévenu que Pékin prendrait des mesures si...", "prévient que X paiera" (future, conditional, a
        condition or a prepared response) stays THREATEN."""
        if c.event != "THREATEN" or c.governed or c.kind != "verb":
            return
        t = c.sent.span.doc[c.head]
        caution = c.entry.key == "mettre" and c.entry.obj == "garde"
        if c.entry.key not in WARN_VERBS and not caution:
            return
        if any(x.dep_ in ("obj", "iobj") for x in t.children):
            return  # "a averti Moscou que", "met en garde Pékin": a warning to a party
        clause = [x for x in t.children if x.dep_ in ("ccomp", "advcl") and x.pos_ in ("VERB", "AUX") and any(
            m.dep_ == "mark" and fold(m.text) in ("que", "qu'") for m in x.children)]
        if clause:
            words = [w for x in clause for w in x.subtree]
            if any(w.pos_ in ("VERB", "AUX") and fr_tense(w.text, w.lemma_, str(w.morph)) or w.lemma_.lower() in
                   WARNING_THREAT_CUES or fold(w.text) in WARNING_THREAT_CUES for w in words):
                return
        elif not (caution and any(marker_of(x) == "contre" for x in t.children)):
            return
        c.governed = True
        c.notes.append("a warning that states no threat")

    @staticmethod
    def offered_talks(c: Cand) -> None:
        """"propose une médiation", "se dit prêt à accueillir des pourparlers" with no party named: an offer
        to the sides of the conflict the article tells (docs/annotation.md: mediation offers), not to the
        last state named."""
        if c.recipients or c.anaphor or c.kind != "verb" or c.governed or not (
                c.event == "AGREE" or c.mod.forward) or not (
                c.entry.obj in MEDIATION_NOUNS or c.entry.mode == "third-party"):
            return
        c.anaphor = "PARTIES"

    def home_trip(self, c: Cand) -> None:
        """"le président s'est rendu à Pemba" (a town of his own country, or one that names no party): a trip
        with no host is no meeting (PLOVER CONSULT needs a counterpart); "s'est rendu à Bamako" (another
        country) keeps its host, and a meeting held there is coded from its own verb."""
        if c.event != "CONSULT" or c.mode != "visit" or c.kind != "verb" or c.governed or \
                "en" not in c.entry.recipient or not c.actors:
            return
        own = {a.code for a in c.actors}
        if any(r.code not in own or r.sector in ("IGO", "NGO") for r in c.recipients):
            return
        t = c.sent.span.doc[c.head]
        places = [x for x in t.children if x.dep_.startswith("obl") and x.text[:1].isupper() and
                  marker_of(x) in (fold("à"), "en", "au", "aux", "dans")]
        if not places:
            return
        c.governed = True
        c.notes.append("a trip with no host abroad")

    def warning(self, c: Cand) -> None:
        """"X paiera le prix": a speaker's warning to the subject (lexicon rows whose recipient is "subj").
        Without a speaker, or not in the future, it is no threat."""
        if "subj" not in c.entry.recipient:
            return
        speaker = c.reported_by or c.source
        m = c.mod
        if speaker is None or not (m.future or m.hypothetical) or m.negated:
            c.governed = True
            return
        c.recipients = [a for a in c.actors if a.code != speaker.code]
        c.actors = [speaker]
        m.future = m.hypothetical = m.intention = False
        c.notes.append("warning to the subject")

    @staticmethod
    def offered_forces(c: Cand) -> None:
        """"se dit prêt à déployer des soldats", "s'engagent à envoyer des troupes": an offer of forces
        (AGREE), not a show of force; a plain future deployment stays MOBILIZE."""
        if c.event == "MOBILIZE" and c.mod.intention and not c.mod.negated and not c.governed:
            c.notes.append("MOBILIZE+intention->AGREE")
            c.event, c.mode, c.cameo = "AGREE", "", "030"
            c.needs_recipient = True  # the forces are offered to someone: found in the discourse

    def announced_force(self, c: Cand) -> None:
        """Force announced by its own side: "a assuré que les rebelles continueraient de viser les
        navires", "a averti que la Turquie pourrait lancer une opération" are threats (PLOVER: THREATEN,
        not ASSAULT + future). A speaker must state it: the journalist's speculation is no threat."""
        m = c.mod
        doc = c.sent.span.doc
        before = " ".join(fold(x.text) for x in doc[:c.head])
        linked = any(f" {link} " in f" {before} " for link in THREAT_LINKS)
        if (c.event not in ("ASSAULT", "COERCE", "SANCTION") and not (linked and c.event == "REJECT")) or \
                m.negated or c.governed:
            return  # after "faute de quoi", "sinon", a refusal is the price of a demand too ("bloquera son adhésion")
        if not (m.future or m.intention or m.hypothetical) or m.conditional or "obligation" in c.notes:
            return
        if linked:
            pass  # "exige que ..., faute de quoi la Turquie pourrait lancer une opération"
        elif c.reported_by is None or c.reported_by.code not in {a.code for a in c.actors}:
            return  # another party's fear or claim ("une attaque chinoise pourrait...") is no threat
        c.notes.append(f"{c.event}+future->THREATEN")
        c.event, c.mode, c.cameo = "THREATEN", THREAT_MODE.get(c.event, ""), None
        m.future = m.intention = m.hypothetical = False

    def completive(self, t) -> bool:
        """"exige que Lomé retire ses troupes": a clause opened by a bare "que" after an event verb,
        which the parser hung as an adverbial clause, is that verb's content ("alors que", "pour que",
        "bien que" open true adverbial clauses)."""
        if t.dep_ != "advcl" or t.head.i not in getattr(self, "events", {}) or t.head.pos_ != "VERB":
            return False
        marks = [x for x in t.children if x.dep_ == "mark"] or [
            x for x in [t.left_edge] if x.dep_ == "mark"]  # (the parser may hang "que" on the subject)
        if len(marks) != 1 or fold(marks[0].text) not in ("que", "qu'") or marks[0].i < t.head.i:
            return False
        return fold(t.doc[marks[0].i - 1].text) not in QUE_LINKS

    def que_governor(self, t):
        """The event or frame verb just before the "que" that opens the clause of ``t`` ("exige que",
        "affirme que"), whatever head the parser gave the clause; None if there is none."""
        if t.pos_ not in ("VERB", "AUX"):
            return None
        marks = [x for x in t.children if x.dep_ == "mark" and x.i < t.i]
        if len(marks) != 1 or fold(marks[0].text) not in ("que", "qu'") or marks[0].i == 0:
            return None
        prev = t.doc[marks[0].i - 1]
        if prev.pos_ in ("VERB", "AUX") and (prev.i in self.events or prev.i in self.frames):
            return prev
        return None

    def speculation(self, c: Cand) -> None:
        """A side's own hypothetical is no event (PLOVER auxiliary mode; docs/annotation.md 3.3): "nous
        pourrions retirer nos troupes si..." is an option, not an act; what it says it considers doing
        ("dit envisager une visite", "mentionne la possibilité d'une rencontre") is a plan (AGREE). A
        conditional reported of another party stays ("selon la presse, X pourrait suspendre...")."""
        m = c.mod
        if c.governed or m.negated or m.forward or not m.hypothetical:
            return
        if c.reported_by is None or not c.reported_by.code or c.reported_by.code not in {a.code for a in c.actors}:
            return
        doc = c.sent.span.doc
        around = set(c.words) | {doc[c.head].head.i, self.clause_verb(doc[c.head])}
        if c.event in OWN_PLAN and any(doc[w].lemma_.lower() in PLAN_FRAMES for w in around if w >= 0):
            m.add("intention", "own plan")
            c.notes.append("own hypothetical: a plan")
        else:
            c.governed = True
            c.notes.append("own hypothetical")

    def hypothetical_case(self, c: Cand) -> None:
        """An indefinite event noun that is the subject of a conditional, future or modal predication names
        a case, not an event: "une attaque contre X pourrait constituer une menace", "toute attaque serait
        une agression", "une invasion entraînerait des sanctions". A light verb realizes its noun and
        stays an event ("une offensive sera lancée")."""
        t = c.sent.span.doc[c.head]
        if c.governed or c.kind != "noun" or t.dep_ not in ("nsubj", "nsubj:pass") or not any(
                d.dep_ == "det" and fold(d.text) in INDEFINITE for d in t.children):
            return
        v = t.head
        if v.pos_ not in ("VERB", "AUX", "NOUN", "ADJ") or v.i in self.events or v.lemma_.lower() in LIGHT:
            return
        if self.tense(v) in ("cnd", "fut") or self.frames.get(v.i) in ("hyp", "future") or (
                v.dep_ == "xcomp" and self.frames.get(v.head.i) in ("hyp", "future")):
            c.governed = True
            c.notes.append("hypothetical case")

    @staticmethod
    def clause_verb(t) -> int:
        """The verb of the clause a noun belongs to (-1: none)."""
        cur = t
        for _ in range(6):
            if cur.head.i == cur.i:
                return -1
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                return cur.i
        return -1

    def not_an_event_noun(self, t) -> bool:
        """An event noun used to describe or classify, not to report an event: an apposition to an
        actor ("l'Iran, principal soutien des Houthis"), a predicate nominal ("n'est pas un retrait"),
        a bare noun after "en" ("président en exercice", "en échange de")."""
        if t.dep_ == "appos":
            return True
        if any(d.dep_ == "det" and fold(d.text) in ("ce", "cet", "cette", "ces") for d in t.children):
            return True  # "ces frappes", "cette proposition": an event told before, not a new one
        if t.dep_ == "obj" and t.head.lemma_.lower() in EVALUATIVE:
            return True  # "a jugé l'accord insuffisant", "a qualifié ces frappes d'actes terroristes"
        if t.dep_ == "conj" and t.head.i in self.args.at and not any(c.dep_ == "cc" for c in t.children) and any(
                x.text == "," for x in t.doc[t.head.i + 1:t.i]):
            return True  # the parser's reading of an apposition: "X, principal soutien de Y,"

        if any(c.dep_ == "cop" for c in t.children):
            return True
        if t.dep_ in ("xcomp", "obj") and t.i > t.head.i and (
                t.head.lemma_.lower() in COPULA_VERBS or fold(t.head.text) in COPULA_VERBS):
            return True  # "l'urgence reste un départ des milices": a predicate nominal names a goal, no event
        if marker_of(t) == "en" and not any(c.dep_ == "det" for c in t.children):
            return True
        h = t.head
        if t.dep_ == "nmod" and marker_of(t) == "de" and not any(c.dep_ == "det" for c in t.children) and \
                h.text[:1].isupper() and not h.is_sent_start and t.text[:1].islower():
            return True  # part of a name: "l'Armée de libération nationale", "les Forces de soutien rapide"
        if t.lemma_.lower() in CIRCUMSTANCE_NOUNS and marker_of(t) in ("à", "sur"):
            return True  # "réunis à l'invitation du président": the meeting is the news, the invitation its setting
        if t.dep_ == "nmod" and marker_of(t) in ("de", "d'") and not any(c.dep_ == "det" for c in t.children) and \
                h.lemma_.lower() in BODY_NOUNS:
            return True  # what a body is for: "la mission d'appui", "le ministère de la Coopération"
        if t.dep_ in ("obl:arg", "obl:mod", "nmod") and h.pos_ == "ADJ" and self.adj_key(h) is None and \
                self.frame(h) is None:
            return True  # "incompatibles avec les engagements": a property, not an event
        return False

    @staticmethod
    def negative_evaluation(t) -> bool:
        """"juger / qualifier X d'inacceptable, de provocation": an evaluation that condemns (ACCUSE).
        The evaluating word is an attribute of the verb or of its object, not inside a clause it reports."""
        near = [c for c in t.children if c.dep_ not in ("ccomp", "nsubj", "obl:agent")]
        near += [g for c in near if c.dep_ in ("obj", "xcomp", "obl:arg", "obl:mod") for g in c.children
                 if g.dep_ in ("amod", "acl", "nmod", "obl:mod")]
        for c in near:
            if c.lemma_.lower() in NEGATIVE_EVAL or fold(c.text) in NEGATIVE_EVAL:
                return True
            if any(g.dep_ == "advmod" and fold(g.text) in ("pas", "guère") for g in c.children):
                continue
        return False

    @staticmethod
    def series_verb(t):
        """"ont abordé deux bateaux, confisqué sept fusils": a past participle after a comma that the parser
        hung on the previous object is the next verb of a series sharing the auxiliary; its governing verb."""
        if t.dep_ != "acl" or t.pos_ != "VERB" or "Tense=Past" not in str(t.morph) or t.i == 0:
            return None
        if t.doc[t.i - 1].text != "," or not any(c.dep_ == "obj" for c in t.children):
            return None
        h = t.head
        if h.dep_ == "obj" and h.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux:tense" for c in h.head.children):
            return h.head
        return None

    def descriptive(self, t) -> bool:
        """A participle describing a noun ("les avoirs gelés", "la résolution exigeant"), or a verb in a
        clause that states no event ("jusqu'à ce que Moscou y mette fin"): not a predicate."""
        m = str(t.morph)
        if self.series_verb(t) is not None:
            return False
        relative = t.dep_ == "acl:relcl" or any(  # (the parser may label a relative clause ccomp or conj)
            "PronType=Rel" in str(c.morph) and c.i < t.i and c.dep_ in ("nsubj", "obj") for c in t.children) or (
            any(c.dep_ == "mark" and fold(c.text) in ("que", "qu'") and c.i < t.i for c in t.children) and
            not any(c.dep_ in ("obj", "ccomp") for c in t.children))  # "que Damas tient pour rebelle" (considérer):
        # a transitive verb whose "que" is its only object: the relative pronoun taken for a conjunction
        if t.pos_ == "VERB" and relative and t.lemma_.lower() in STATE_VERBS and "Tense=Pres" in m and \
                not any(c.dep_.startswith("aux") for c in t.children):
            return True  # "les prisonniers qu'elle détient", "le M23, qui contrôle Goma": a state, not news
        if t.pos_ == "VERB" and t.dep_ == "acl:relcl" and "Tense=Pres" in m and not any(
                c.dep_.startswith("aux") for c in t.children) and any(
                c.dep_.startswith("obl") and any(fold(g.text) == "depuis" for g in c.children if g.dep_ == "case")
                for c in t.children):
            return True  # "les rebelles, qui combattent l'armée depuis 2021": what a party has long been doing
        if t.pos_ == "VERB" and "Tense=Pres" in m and not any(c.dep_.startswith("aux") for c in t.children) and any(
                fold(c.text) == "où" and "PronType=Rel" in str(c.morph) for c in t.children):
            return True  # "les aérodromes d'où décollent les bombardiers": what usually happens at a place
        bare_participle = t.pos_ == "VERB" and t.dep_ == "advcl" and "VerbForm=Part" in m and "Tense=Past" in m and \
            t.i > 0 and t.doc[t.i - 1].text == "," and not any(
                c.dep_.startswith(("aux", "nsubj", "mark", "obj", "expl")) for c in t.children)
        # "six étrangers, capturés alors qu'ils se battaient": a passive participle set off by a comma, which the
        # parser hung on the main verb, describes a noun like an "acl" participle (with an object it is the next
        # verb of a series sharing the auxiliary: "ont abordé deux bateaux, confisqué sept fusils")
        if (bare_participle or t.pos_ in ("VERB", "AUX", "ADJ") and t.dep_ == "acl") and "VerbForm=Inf" not in m and not any(
                c.dep_ == "mark" for c in t.children):
            if t.lemma_.lower() in AGENT_ACL and any(c.dep_ == "obl:agent" for c in t.children):
                return False  # "les Émirats, accusés par Khartoum de...": a passive accusation is an event
            if self.document_speech(t):
                return False  # "une déclaration appelant à la dissolution": what the text says is said by its authors
            return True
        if t.pos_ in ("VERB", "AUX"):
            marks = [c for c in t.children if c.dep_ == "mark"]
            for c in marks:
                words = " ".join(fold(x.text) for x in [c] + [f for f in c.children if f.dep_ == "fixed"])
                before = fold(t.doc[c.i - 1].text) if c.i > 0 else ""
                if fold(c.text) in ("que", "qu'") and before in NO_EVENT_QUE:
                    return True
                if words.startswith(NO_EVENT_CONJ):
                    return True
        return False

    def document_speech(self, t) -> bool:
        """"une déclaration commune appelant à", "la résolution exigeant la fin des attaques": a present
        participle of a verbal act (REQUEST, ACCUSE, REJECT, SUPPORT) describing a document that a verb
        above has its authors sign, adopt or publish, or an actor in an absolute clause."""
        m = str(t.morph)
        if t.pos_ != "VERB" or t.dep_ != "acl" or "Tense=Pres" not in m or "VerbForm=Part" not in m:
            return False
        h = t.head
        rows = [r for k in self.verb_key(t) for r in self.lex.verb(k) if not r.obj]
        if not rows or rows[0].event not in ("REQUEST", "ACCUSE", "REJECT", "SUPPORT"):
            return False
        if self.absolute_speaker(t):
            return True
        return h.lemma_.lower() in DOCUMENT_NOUNS and h.dep_ in ("obj", "nsubj:pass") and h.head.pos_ == "VERB"

    def absolute_speaker(self, t) -> bool:
        """"Washington a suspendu le partenariat, le département d'État dénonçant des décisions...": after a
        comma, an actor followed by a present participle is the participle's own subject (absolute clause)."""
        h = t.head
        m = self.args.at.get(h.i)
        if m is None or m.place or h.i >= t.i or h.i == 0:
            return False
        start = h.left_edge.i
        while start < h.i and t.doc[start].is_punct:
            start += 1  # (the parser may hang the comma on the noun)
        return start > 0 and t.doc[start - 1].text == "," and all(
            x.text != "," for x in t.doc[h.i + 1:t.i])

    def authored_charge(self, noun) -> bool:
        """"rejette les accusations portées par Kinshasa", "dément les accusations de l'Ukraine": a charge
        whose author is named is an ACCUSE of its own beside the denial (docs/annotation.md: contested claims)."""
        rows = self.lex.noun(noun.lemma_.lower())
        if not rows or rows[0].event != "ACCUSE":
            return False
        for c in noun.children:
            if c.dep_ == "amod" and self.args.at.get(c.i) is not None:
                return True
            if c.dep_ == "nmod" and marker_of(c) in ("de", "par") and self.args.np(c):
                return True
            if c.dep_ == "acl" and any(g.dep_ == "obl:agent" and self.args.np(g) for g in c.children):
                return True
        return False

    def witness(self, t) -> bool:
        """"signale des frappes", "fait état d'une attaque": a verb that reports or observes an event
        of others, whose subject is no agent of the event noun (grammar_fr.tsv witness_verb)."""
        lemma = t.lemma_.lower()
        if t.pos_ == "NOUN":
            return lemma in WITNESS_VERBS and t.head.lemma_.lower() == "faire"
        if lemma in WITNESS_VERBS:
            return t.pos_ in ("VERB", "AUX")
        return lemma == "faire" and any(
            ch.dep_ == "obj" and ch.lemma_.lower() in WITNESS_VERBS for ch in t.children)

    def reporting_use(self, t) -> bool:
        """"a reconnu que", "..., a reconnu X": a verb of the lexicon used to report speech."""
        key = t.lemma_.lower()
        if key not in self.report or key in SPEECH_ACT_VERBS:
            return False
        heads = {x for o in self.object_nouns(t) for x in (o.lemma_.lower(), fold(o.text))}
        if any(r.obj in heads for r in self.lex.verb(key) if r.obj):
            return False  # "a informé par téléphone X que...": the support noun makes it an event (a call)
        if any(c.dep_ == "ccomp" for c in t.children) and not any(c.dep_ == "obj" for c in t.children):
            return True
        if t.dep_ == "parataxis" or any(c.dep_ == "nsubj" and c.i > t.i for c in t.children):
            return True
        first = min([t.i] + [c.i for c in t.children if c.dep_.startswith("aux")])
        if first > 0 and t.doc[first - 1].text == "," and any(
                c.dep_ in ("advcl", "ccomp", "parataxis") and c.i < first and c.pos_ in ("VERB", "AUX")
                for c in t.children):
            return True  # "X n'a rien livré, reconnaît un responsable": the speaker comes after the verb
        return False

    def response(self, t):
        advs = {c.lemma_.lower() for c in t.children if c.dep_ == "advmod"}
        if advs & POSITIVE_ADV:
            return Entry(t.lemma_.lower(), "SUPPORT", "", "051", ("à",), note="positive response"), None
        if advs & NEGATIVE_ADV:
            return Entry(t.lemma_.lower(), "REJECT", "", "120", ("à",), note="negative response"), None
        firm = advs & FIRM_ADV or any(c.dep_.startswith("obl") and c.lemma_.lower() in FIRM_NOUNS for c in t.children)
        if firm and self.tense(t) in ("fut", "cnd"):  # "nous répondrons avec fermeté à toute provocation"
            return Entry(t.lemma_.lower(), "THREATEN", "", "130", ("à",), note="firm response announced"), None
        return None

    @staticmethod
    def accused_content(t) -> bool:
        """The predicate lies in what a verb of accusation charges ("accusés de fournir des armes", "accuse X
        d'avoir failli en soutenant Y"): its infinitive complement and the clauses hung on it."""
        cur = t
        # "accusés par des experts de l'ONU de fournir des armes": the parser may hang the charge on the accuser
        inf_de = "VerbForm=Inf" in str(t.morph) and any(x.dep_ == "mark" and fold(x.text) in ("de", "d'")
                                                      for x in t.children)
        for _ in range(4):
            h = cur.head
            if h.i == cur.i or cur.dep_ not in ("xcomp", "ccomp", "obl:arg", "advcl", "conj", "obj") and not (
                    inf_de and cur.dep_ in ("acl", "nmod", "obl:agent")):
                return False
            if inf_de and h.lemma_.lower() in ACCUSATION_FRAMES and cur.dep_ == "obl:agent":
                return True
            if h.lemma_.lower() in ACCUSATION_FRAMES and h.pos_ in ("VERB", "ADJ") and cur.dep_ in (
                    "xcomp", "ccomp", "obl:arg") and cur.pos_ in ("VERB", "AUX", "NOUN"):
                return True
            cur = h
        return False

    def chain(self, t) -> list[int]:
        """Governors of a predicate through content links (nearest first), at most 5."""
        out = []
        cur = t
        for _ in range(5):
            while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ == cur.pos_:
                cur = cur.head  # "étudierait ... mais ne signerait": the sibling's governors
            h = cur.head
            lead = self.que_governor(cur)
            if lead is not None and lead.i != h.i:
                out.append(lead.i)  # "X exige que Y rappelle..., le ton monte": the parser hung
                cur = lead          # the "que" clause on a later word; the verb just before "que" governs it
                continue
            if h.i == cur.i:
                break
            dep = cur.dep_
            if cur.pos_ in ("VERB", "AUX") and dep in ("ccomp", "advcl", "conj", "parataxis"):
                lead = " ".join(fold(x.text) for x in t.doc[max(0, cur.left_edge.i - 3):cur.left_edge.i + 1])
                if any(link in lead for link in THREAT_LINKS):
                    break  # "exige X, faute de quoi la Turquie frappera": the threatened sequel is no content
            if dep in CONTENT_DEPS:
                if dep == "obj" and cur.pos_ == "PRON":
                    break
                if dep == "ccomp" and not any(c.dep_ == "mark" for c in cur.children) and self.frames.get(
                        h.i) != "report" and h.i not in self.events:
                    break  # "..., Moscou rejette": a new clause the parser hung on the previous one
            elif dep in ("nmod", "acl") and h.pos_ in ("NOUN", "PROPN"):
                if dep == "acl" and ("VerbForm=Part" in str(cur.morph) or finite(cur) or any(
                        "PronType=Rel" in str(x.morph) for x in cur.children)):
                    break  # a participle or a relative clause describes the noun
            elif dep in ("obl:mod", "nmod") and h.pos_ == "ADJ":
                pass
            elif dep == "obl:mod" and h.i in self.events and marker_of(cur) in ("sur", "de", "à", "pour", "contre"):
                pass
            elif dep == "obl:mod" and h.pos_ == "VERB" and h.lemma_.lower() in LIGHT and cur.pos_ == "NOUN" and \
                    (marker_of(cur).split() or [""])[0] in ("à", "au", "aux"):
                pass  # "ont procédé à un échange de prisonniers"
            elif dep == "advcl" and self.completive(cur):
                pass  # "exige que Lomé retire ses troupes": the demand's content
            elif dep == "advcl" and any(fold(c.text) in ("pour", "afin") for c in cur.children if c.dep_ == "mark"):
                pass
            elif dep == "advcl" and gerund(cur) and h.dep_ in ("xcomp", "ccomp"):
                pass  # "appelle X à aller plus loin en confisquant...": the gerund is part of the content
            else:
                break
            out.append(h.i)
            cur = h
        return out

    # ---------------------------------------------------------------- actors

    def actors_of(self, t, depth: int = 0) -> tuple[list, str]:
        """Actor mentions of a verb, adjective or noun, and how they were found."""
        if t.i in self.memo:
            return self.memo[t.i]
        self.memo[t.i] = ([], "")  # cycle guard
        res = self._actors_of(t, depth)
        self.memo[t.i] = res
        return res

    def _actors_of(self, t, depth: int) -> tuple[list, str]:
        a = self.args
        if depth > 6:
            return [], ""
        if self.mistagged_participle(t):  # the parser hangs the subject on the auxiliary
            auxes = [c for c in t.children if c.dep_.startswith("aux")] + ([t.doc[t.i - 1]] if t.i > 0 else [])
            for x in auxes:
                if x.pos_ == "AUX":
                    found, how = a.subject(x)
                    if found:
                        return found, how
        if t.pos_ == "NOUN":
            return self.noun_actors(t), "parse"
        if self.framed_participle(t):  # "X se dit préoccupé par Y": X feels it, "par Y" names the cause
            return self.actors_of(t.head, depth + 1)[0], "inherited"
        if self.mistagged_verb(t):  # the parse has no subject for it: the group just before
            return a.left_group(t.i), "linear"
        found, how = a.subject(t)
        if found:
            return found, how
        if how in ("passive", "nonactor") and t.pos_ != "ADJ":
            return [], how  # a subject is there and names no coded actor: no guess from the words around
        series = self.series_verb(t)
        if series is not None:
            return self.actors_of(series, depth + 1)[0], "inherited"
        for c in t.children:
            if (c.dep_ == "nsubj" or (c.dep_ == "expl:subj" and c.pos_ == "PRON")) and t.pos_ == "ADJ":
                found = a.np(c)  # ("qu'il était prêt à": the parser may label the pronoun expl:subj)
                if found or c.pos_ != "PRON":
                    return found, "parse"
                if t.dep_ == "ccomp" and fold(c.text) in ("il", "elle", "ils", "elles"):
                    return self.actors_of(t.head, depth + 1)[0], "inherited"  # "X a dit qu'il était prêt à": X
        h = t.head
        dep = t.dep_
        if h.i != t.i:
            if gerund(t) and h.dep_ in ("xcomp", "ccomp") and h.i in self.memo_content:
                return self.actors_of(h, depth + 1)[0], "inherited"
            if gerund(t) or (dep == "advcl" and not finite(t)):
                root = h
                for _ in range(6):
                    if root.pos_ in ("VERB", "AUX") and finite(root) and self.args.subject(root)[0]:
                        return self.args.subject(root)[0], "inherited"
                    if root.head.i == root.i:
                        break
                    root = root.head
                if gerund(t):
                    return a.first_group(t.i), "linear"
            if dep in ("xcomp", "obl:arg", "acl", "obl:mod", "advcl") or (dep == "obj" and t.pos_ == "VERB"):
                if h.lemma_.lower() in OBJECT_CONTROL and h.pos_ == "VERB":
                    ctrl = a.patient(h) or a.marked(h, ("à",))
                    if ctrl:
                        return ctrl, "inherited"
                if h.pos_ in ("NOUN", "PROPN"):
                    if t.pos_ == "ADJ" and dep in ("amod", "acl"):
                        return a.np(h), "parse"
                    own = self.noun_actors(h)
                    if own:
                        return own, "inherited"
                    if dep == "acl" and self.document_speech(t):
                        if self.absolute_speaker(t):
                            return a.np(h), "parse"
                        return self.actors_of(h.head, depth + 1)[0], "inherited"  # the text's signers
                    return self.actors_of(h, depth + 1)[0], "inherited"
                return self.actors_of(h, depth + 1)[0], "inherited"
            if dep in ("amod", "acl") and t.pos_ == "ADJ":
                return a.np(h), "parse"
            if dep == "conj" and h.pos_ in ("VERB", "ADJ"):
                if self.misattached_conjunct(t):  # "X annonce que ses soldats ont été tués et affirme ...": X
                    return self.actors_of(h.head, depth + 1)[0], "inherited"
                return self.actors_of(h, depth + 1)[0], "inherited"
        if t.pos_ in ("VERB", "AUX", "ADJ") and (finite(t) or t.pos_ == "ADJ" or t.dep_ == "ROOT"):
            return a.left_group(t.i), "linear"
        return [], ""

    @staticmethod
    def misattached_conjunct(t) -> bool:
        """A finite verb without a subject that the parser joined to the verb of a "que" clause, although
        it does not agree in number with that clause's subject: the second verb of the main clause
        ("L'armée annonce que vingt soldats ont été tués et affirme avoir ...")."""
        h = t.head
        if h.dep_ != "ccomp" or h.head.i == h.i or not finite(t) or any(
                c.dep_.startswith("nsubj") for c in t.children):
            return False
        if not any(c.dep_ == "mark" for c in h.children):
            return False
        subj = [c for c in h.children if c.dep_.startswith("nsubj")]
        num = t.morph.get("Number")
        if not subj or not num:
            return False
        sub_num = subj[0].morph.get("Number") or (["Plur"] if subj[0].like_num and subj[0].text not in ("1", "un", "une") else [])
        return bool(sub_num) and sub_num != num

    def noun_actors(self, t) -> list:
        """Actors named inside an event noun's phrase: "les frappes russes", "le retrait des forces X"."""
        a = self.args
        out = []
        entry = self.events.get(t.i).entry if t.i in getattr(self, "events", {}) else None
        de_patient = entry is not None and "de" in entry.recipient and t.lemma_.lower() not in AGENT_DE
        de_seen = 0
        for c in t.children:
            if c.dep_ == "amod":
                m = a.at.get(c.i)
                if m is not None:
                    out.append(m)
            elif c.dep_ == "nmod":
                mk = marker_of(c)
                if mk == "par":
                    out.extend(a.np(c))
                elif mk == "de" and not de_patient:
                    if self.lex.noun(c.lemma_.lower()):
                        continue  # "la promesse d'un dialogue": content, not agent
                    if c.lemma_.lower() in INSTRUMENT_NOUNS and not any(
                            x.dep_ in ("amod", "nmod") for x in c.children):
                        continue  # "une attaque de drones": the means, not the author ("de drones russes" names it)
                    if t.lemma_.lower() in PLACE_NAMED and any(m.kind == "metonym" for m in a.np(c)):
                        continue  # "l'accord du Caire", "le sommet de Riyad": where, not who
                    if self.possessed(t) and t.lemma_.lower() in AGENT_DE:
                        continue  # "leur retrait de la CEDEAO": the possessive is the agent
                    de_seen += 1
                    if de_seen == 1:
                        out.extend(a.np(c))
                elif mk == "entre":
                    out.extend(a.np(c))
            elif c.dep_ == "conj" and de_seen == 1 and marker_of(c) == "de" and c.pos_ == "PROPN":
                out.extend(a.np(c))  # "une médiation de la Turquie et de l'Arabie saoudite"
        for c in t.children:  # "le cessez-le-feu conclu entre X et Y", "les frappes menées par X"
            if c.dep_ == "acl" and c.pos_ in ("VERB", "ADJ"):
                for g in c.children:
                    if g.dep_ == "obl:agent" or marker_of(g) in ("entre", "par"):
                        out.extend(a.np(g))
        m = a.at.get(t.i)
        if m is not None and m.kind in ("group", "org"):
            out.append(m)
        return out

    # ---------------------------------------------------------------- filling

    def fill(self, c: Cand, chain: list[int]) -> None:
        doc = c.sent.span.doc
        t = doc[c.head]
        a = self.args
        entry = c.entry
        if self.old_year(t):
            c.governed = True
            c.notes.append("old event")
        if c.kind == "noun":
            self.fill_noun(c, t, chain)
        else:
            if any(x.dep_ == "mark" and x.lemma_.lower() in ("sans", "pour", "afin") for x in t.children):
                c.governed = True  # "sans poser de conditions", "pour parvenir à": circumstance or goal
            if c.event == "AGREE" and t.lemma_.lower() in COURSE_VERBS and any(
                    x.lemma_.lower() in PATH_NOUNS and marker_of(x) in ("sur", "dans") for x in t.children):
                c.governed = True  # "s'engage sur la voie de la guerre": sets out on a course, pledges nothing
            if c.event == "ASSAULT" and t.lemma_.lower() in FACE_VERBS and any(
                    x.dep_ == "obj" and x.lemma_.lower() in TRIAL_NOUNS for x in t.children):
                c.governed = True  # "affronte une opposition, une crise": faced, not fought
            if (entry.key in MARK_VERBS or t.lemma_.lower() in MARK_VERBS) and any(
                    x.dep_ == "obj" and x.lemma_.lower() in TIME_HEADS and 0 < x.i - t.i <= 3 and not marker_of(x)
                    for x in t.children):
                c.governed = True  # "le départ des mercenaires signe la fin d'une époque": marks, signs nothing
            mentions, how = self.actors_of(t)
            c.actors = self.refs(mentions)
            c.actor_from = how
            if not c.actors and any(x.dep_ == "nsubj" and self.both_parties(x) for x in t.children):
                c.anaphor = "SIDES"  # "les deux délégations sont convenues de...": the parties just told
            if not c.actors:
                size = next((self.group_size(x) for x in t.children
                             if x.dep_ in ("nsubj", "nsubj:pass") and self.group_size(x)), 0)
                if size:
                    c.anaphor = f"SIDES:{size}"  # "les trois régimes accusent": the three parties named together
            rec = []
            wanted = recipient_markers(entry, "fr", c.event)
            preps = tuple(p for p in wanted if p != "obj")
            material = c.event in ("ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION", "CONSULT")
            if "obj" in wanted:
                rec = a.patient(t, places=material)
                if not rec and c.event in ("ACCUSE", "SUPPORT", "REJECT", "THREATEN", "SANCTION"):
                    for x in t.children:
                        if x.dep_ == "obj" and x.pos_ == "NOUN" and not self.lex.noun(x.lemma_.lower()):
                            rec = a.owner(x)
                        elif x.dep_ == "obj" and x.pos_ == "NOUN" and c.event in ("ACCUSE", "SUPPORT", "REJECT"):
                            reading = self.noun_reading(x)  # "condamne l'attaque", "salue l'accord"
                            if reading is not None and not a.owner(x):
                                c.anaphor = reading.event
                        if x.dep_ == "obj" and not rec and c.event == "SUPPORT" and x.lemma_.lower() in PROGRESS_NOUNS:
                            c.anaphor = "COOP"  # "salue une avancée majeure": the agreement or decision just told
                        if x.dep_ == "obj" and not rec and c.event == "ACCUSE" and x.lemma_.lower() in OFFENCE_NOUNS:
                            c.anaphor = "CONFLICT"  # "dénonce une violation de la souveraineté": of the last strike
            rec = rec + a.marked(t, entry.preps() or preps, places=material)
            if not rec and not c.anaphor and c.event in ("ACCUSE", "SUPPORT", "REJECT"):
                for x in t.children:  # "se félicite de l'accord", "s'indigne de l'attaque": the act told before
                    mk = marker_of(x) or next((fold(d.text) for d in x.children if d.dep_ == "det" and
                                               fold(d.text) in ("de", "du", "des", "d'")), "")  # "de l'" read as a det
                    if x.dep_ in ("obl:arg", "obl:mod", "obl") and x.pos_ == "NOUN" and \
                            CONTRACT.get(mk, mk) in (entry.preps() or preps) and not a.owner(x):
                        reading = self.noun_reading(x)
                        if reading is not None:
                            c.anaphor = reading.event
                            break
            if len(c.words) > 1:  # support noun: "sanctions contre X"
                rec += a.marked(doc[c.words[1]], preps)
            if not rec and c.event in ("REQUEST", "ACCUSE", "THREATEN", "REJECT"):
                for x in t.children:  # "exige que l'Arménie modifie sa Constitution": the one asked
                    if x.dep_ == "ccomp" and any(m.dep_ == "mark" and fold(m.text) in ("que", "qu'")
                                                 for m in x.children):
                        rec = next((a.np(y) for y in x.children if y.dep_ in ("nsubj", "nsubj:pass")), [])
                        break
            if not rec and t.dep_ == "acl" and is_passive(t) and "obj" in wanted:
                rec = a.np(t.head)  # "les Émirats, accusés par X": the noun the participle describes
            if not rec and wanted:
                rec = a.right_marked(c.words[-1], wanted)
            if c.event == "REQUEST" and any(x.dep_ in ("obj", "iobj") and x.lemma_.lower() in GENERAL_PUBLIC
                                            for x in t.children):
                c.governed = True  # "appelle la population au calme": an instruction to the public, no dyad
            if not rec and wanted and any(self.both_parties(x, definite=True) for x in t.children if x.dep_ in (
                    "obj", "obl:arg", "iobj", "obl:mod")):  # "appelle les parties à": those of the conflict told
                c.anaphor = "PARTIES"  # "appelle les deux parties à la retenue": the sides of the conflict told
            elif not rec and wanted and any(
                    x.dep_ in ("obj", "obl:arg", "iobj") and fold(x.text) not in ("se", "s'") for x in t.children):
                c.needs_recipient = True
            c.recipients = self.refs(rec)
            if not rec and c.kind == "adj" and c.event == "ACCUSE":
                c.needs_recipient = True  # "se disent préoccupés": by what the article just told, done by another party
            if not any(r.code for r in c.recipients) and c.event in ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT") and \
                    unnamed_group(t, a.at):
                c.notes.append("recipient: an unnamed group")  # "exhorte les alliés à": no state named, none guessed
            if c.event == "CONSULT" and t.lemma_.lower() in HOST_VERBS and not c.recipients and is_passive(t) and \
                    t.dep_ in ("advcl", "acl", "conj") and t.head.pos_ in ("VERB", "AUX"):
                c.recipients = self.refs(a.subject(t.head)[0])  # "Reçu par X, M. Orban a affirmé": the guest
            if c.event == "CONSULT" and t.lemma_.lower() in HOST_VERBS and not c.recipients and is_passive(t) and \
                    t.dep_ == "ROOT" and not finite(t):
                for x in t.children:  # the fronted participle the parser made the root
                    if x.dep_ in ("conj", "parataxis") and x.pos_ in ("VERB", "AUX") and x.i > t.i:
                        c.recipients = self.refs(a.subject(x)[0])
                        break
            if c.event == "CONSULT" and t.lemma_.lower() in HOST_VERBS and not c.recipients and any(
                    x.dep_ == "obj" and self.both_parties(x, definite=True) for x in t.children):
                c.anaphor = "SIDES+"  # "qui recevait les délégations": the host and the parties all meet
            if c.event == "CONSULT" and t.lemma_.lower() in HOST_VERBS and c.recipients:
                c.actors, c.recipients = c.recipients, c.actors  # the visitor is the actor, the host the recipient
            if "entre" in entry.recipient and any(marker_of(x) == "entre" for x in t.children):
                c.reciprocal = True
            if c.event == "CONSULT" and not rec and fold(t.lemma_) in ("se rencontrer",) or (
                    c.event in ("CONSULT", "AGREE", "ASSAULT") and is_pronominal(t) and not rec and len(c.actors) > 1
                    and t.lemma_.lower() not in NOT_RECIPROCAL):
                c.reciprocal = True
            self.special_verbs(c, t)
            if c.event == "CONSULT" and fold(t.lemma_) == "réunir" and is_pronominal(t) and not c.recipients and \
                    len({(x.code, x.sector) for x in c.actors}) == 1 and not c.reciprocal and not any(
                    marker_of(x) in ("avec", "entre") for x in t.children):
                c.governed = True  # "le gouvernement doit se réunir": a body's own meeting
            if c.event == "CONSULT" and len(c.words) > 1 and t.lemma_.lower() in CHAIR_VERBS and not [
                    r for r in c.recipients if r.code not in {x.code for x in c.actors}] and \
                    len({x.code for x in c.actors}) == 1 and not any(is_igo(x.code) for x in c.actors) and \
                    not c.reciprocal:
                c.governed = True  # "a présidé une réunion de sécurité": a government's own meeting
            if c.event in ("CONSULT", "AGREE") and any(
                    x.dep_ == "obj" and self.internal_meeting(x) for x in t.children):
                c.governed = True  # "annonce une réunion de ses ministres": its own meeting
            if c.event == "MOBILIZE" and len(c.words) > 1:
                self.joint(c, doc[c.words[1]])
            if c.event == "SUPPORT" and len(c.words) > 1 and self.material(doc[c.words[1]]):
                c.event, c.mode, c.cameo = "AID", "", "070"  # "apporter un soutien logistique"
        self.modality(c, t, chain)
        if c.reciprocal and c.kind == "noun" and c.actor_from == "inherited" and c.mod.intention and c.recipients:
            c.reciprocal = False  # "se dit prête à organiser des échanges avec X": one side's offer, AGREE -> X
        c.confidence = self.confidence(c)

    def old_year(self, t) -> bool:
        """"qui avait rencontré Poutine en 2019", "un tribunal saisi par le voisin en 2016": a year named on the
        predicate itself, more than a year before the article, dates an old event, which is not coded
        (docs/annotation.md 1.3 and 3.5: events more than a year before the article)."""
        ref = self.article.date() if callable(getattr(self.article, "date", None)) else None
        if ref is None:
            return False
        host = t if t.pos_ in ("VERB", "AUX") or t.dep_ not in ("obj", "nsubj", "nsubj:pass") else t.head
        near = list(host.children)
        if t.pos_ == "NOUN":  # "l'accord de 2015", "les accords signés en 2015"
            near += list(t.children) + [g for c in t.children if c.dep_ == "acl" and "VerbForm=Part" in str(c.morph)
                                        for g in c.children]
        for x in near:
            if x.dep_ not in ("obl:mod", "obl", "nmod") or not any(
                    fold(g.text) in ("en", "de") for g in x.children if g.dep_ == "case"):
                continue
            years = [y for y in [x] + [g for g in x.children if g.dep_ in ("nmod", "nummod")]  # "en février 2022"
                     if len(y.text) == 4 and y.text.isdigit()]
            if years and ref.year - int(years[0].text) >= 2:
                return True
        return False

    def fill_noun(self, c: Cand, t, chain: list[int]) -> None:
        a = self.args
        entry = c.entry
        if marker_of(t) in TIME_MARKERS or (t.dep_ == "nmod" and t.head.lemma_.lower() in TIME_HEADS) or \
                self.date_anchor(t):
            c.governed = True  # a time reference: "depuis le début de la guerre", "cinq ans après le départ"
            c.notes.append("background")
        if entry.event == "CONSULT" and self.internal_meeting(t):
            c.governed = True  # "une réunion de ses ministres": a body's own meeting, no partner met
            c.notes.append("internal meeting")
        if t.dep_ in ("obl:arg", "obl:mod") and t.head.lemma_.lower() in CONDITION_VERBS:
            c.governed = True  # "un cessez-le-feu subordonné au départ des milices": a condition
            c.notes.append("condition")
        own = self.noun_actors(t)
        rec = []
        de_patient = "de" in entry.recipient and t.lemma_.lower() not in AGENT_DE
        preps = tuple(p for p in recipient_markers(entry, "fr", c.event) if p != "obj" and (p != "de" or de_patient))
        material = c.event in ("ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION")
        rec = a.marked(t, preps, places=material)
        if not rec and preps:
            rec = a.right_marked(t.i, tuple(p for p in preps if p not in ("de", "entre")), span=5)
        if "entre" in entry.recipient and (any(marker_of(x) == "entre" for x in t.children) or any(
                marker_of(g) == "entre" for x in t.children if x.dep_ == "acl" for g in x.children)):
            c.reciprocal = True
            own = own + a.marked(t, ("entre",))
        if not de_patient and t.lemma_.lower() in AGENT_DE:
            des = [x for x in t.children if x.dep_ == "nmod" and marker_of(x) == "de"]
            if len(des) > 1:
                rec += a.np(des[1])
            elif len(des) == 1 and self.possessed(t):
                rec += a.np(des[0])  # "leur retrait de la CEDEAO"
        if c.event == "RETREAT" and c.mode == "withdraw" and rec and all(
                is_igo(m_ref.code) for m_ref in self.refs(rec)):
            c.event, c.mode, c.cameo = "SANCTION", "withdraw", "161"  # leaving an organisation (PLOVER SANCTION)
        if c.event == "RETREAT" and c.mode == "withdraw" and self.leaves_a_pact(t):
            c.event, c.mode, c.cameo = "SANCTION", "withdraw", "161"  # "le retrait du traité": as "se retirer de"
        if own and not self.refs(own):
            own = []  # "un échange de prisonniers": an uncoded group is not the agent; look above
        if own:
            c.actor_from = "parse"
        else:
            bloc = a.bloc(t)
            if bloc:
                c.actors = [ActorRef(name=b, text=b) for b in bloc]
                c.actor_from = "bloc"
            else:
                # an actor-less event noun takes the subject of a light, reporting or intent verb above it
                for h in chain[:4]:
                    ht = t.doc[h]
                    kind = self.frames.get(h)
                    if kind == "irrealis" or self.witness(ht):
                        break  # "l'armée signale des frappes", "fait état d'une attaque": no agent
                    if (ht.pos_ == "VERB" and (ht.lemma_.lower() in LIGHT or kind)) or (
                            kind == "intent" and ht.pos_ in ("ADJ", "NOUN")):
                        own, _ = self.actors_of(ht)
                        if own:
                            c.actor_from = "inherited"
                            break
                        if ht.pos_ in ("NOUN", "ADJ"):
                            continue
                    if ht.pos_ == "VERB":
                        break
                if not own and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in QUANTITY:
                    v = self.clause_verb(t)  # "ont mené [jeudi] une série de frappes": the parser lost the link
                    if v >= 0 and t.doc[v].lemma_.lower() in LIGHT:
                        own, _ = self.actors_of(t.doc[v])
                        if own:
                            c.actor_from = "inherited"
        if not own and c.event == "ASSAULT" and t.dep_ == "nsubj" and t.head.lemma_.lower() in CLASH_VERBS:
            own, rec = self.clash_sides(t.head) or (own, rec)
        if own:
            c.actors = self.refs(own)
        c.recipients = self.refs(rec)
        lemma = t.lemma_.lower()
        if c.event == "MOBILIZE":
            self.joint(c, t)
        if c.event == "SUPPORT" and self.material(t):
            c.event, c.mode, c.cameo = "AID", "", "070"
        if c.event in ("AID", "COOPERATE", "SUPPORT") and t.dep_ == "nmod" and marker_of(t) == "de" and \
                t.head.lemma_.lower() in STOP_NOUNS:
            c.event, c.mode, c.cameo = "SANCTION", "discontinue", "160"  # "l'arrêt des livraisons": cooperation cut off
        if lemma in MEDIATION_NOUNS and c.actors and not c.reciprocal:
            c.anaphor = "SIDES+"  # "une médiation égyptienne": the mediator meets the parties it mediates between
        if lemma in EXCHANGE_NOUNS and any(x.dep_ == "nmod" and marker_of(x) == "de" and x.lemma_.lower() in
                                           CAPTIVES for x in t.children):
            c.event, c.mode, c.cameo = "COOPERATE", "", "062"  # "un échange de prisonniers": both sides release
            if len(c.actors) > 1 or c.recipients:
                c.reciprocal = True

    def clash_sides(self, verb):
        """"des combats ont opposé les rebelles à l'armée": the object side is the actor, the side
        after « à » the recipient (the team codes a clash one way, as ASSAULT X → Y)."""
        a = self.args
        doc, first = verb.doc, []
        for j in range(verb.i + 1, min(len(doc), verb.i + 10)):
            if doc[j].text in CLAUSE_BREAK or (doc[j].pos_ == "VERB" and finite(doc[j])):
                break
            m = a.at.get(j)
            if m is not None and not m.place:
                k = m.tok_start - 1
                while k > verb.i and doc[k].pos_ in ("DET", "ADJ"):
                    k -= 1
                if not a._after_prep(m.tok_start) or fold(doc[k].text) in ("de", "d'", "du", "des"):
                    first = a._group_right(m)  # "les rebelles", "des éléments de la CPC": the first side
                break
        if not first:
            return None
        other = a.right_marked(max(m.tok_end for m in first) - 1, ("à",), span=8)
        if not other:
            return None
        return first, other

    def internal_meeting(self, noun) -> bool:
        """"une réunion de ses ministres", "une session de leur conseil": a meeting of the actor's own
        people, with no partner named ("avec", "entre"), is no CONSULT between parties."""
        near = [x for x in noun.children if x.dep_ == "nmod"]
        near += [g for x in near for g in x.children if g.dep_ == "nmod"]  # "une session spéciale de ses ministres"
        partners = near + (list(noun.head.children) if noun.head.pos_ == "VERB" else [])
        return noun.lemma_.lower() in MEETING_NOUNS and any(
            marker_of(x) == "de" and self.possessed(x) for x in near) and not any(
            marker_of(x) in ("avec", "entre") for x in partners)

    @staticmethod
    def date_anchor(t) -> bool:
        """"cinq ans après le départ des soldats": an event counted from in years is an old date for the
        news, not news (docs/annotation.md 3.5: events more than a year old are not coded; "deux semaines
        après la coupure du gaz" is recent background and stays)."""
        for n in [t] + ([t.head] if t.dep_ == "nmod" and t.head.pos_ == "NOUN" else []):
            if any(x.dep_ == "case" and fold(x.text) == "après" for x in n.children) and any(
                    x.i < n.i and x.lemma_.lower() in YEAR_UNITS and any(d.pos_ == "NUM" or d.dep_ == "nummod"
                                                                       for d in x.children) for x in n.children):
                return True
        return False

    @staticmethod
    def material(t) -> bool:
        """"soutien militaire", "aide humanitaire": material support (AID), not political support."""
        return t.lemma_.lower() in SUPPORT_NOUNS and any(
            x.dep_ in ("amod", "conj") and x.lemma_.lower() in MATERIAL_ADJ for x in t.children)

    def joint(self, c: Cand, noun) -> None:
        """Joint exercises or operations ("exercices conjoints avec X") are COOPERATE (PLOVER MOBILIZE:
        single-country exercises only); the partners named with "avec" are the recipients."""
        a = self.args
        with_ = a.marked(noun, ("avec",)) + a.marked(noun.head if noun.dep_ == "obj" else noun, ("avec",))
        if any(x.dep_ == "amod" and x.lemma_.lower() in JOINT_ADJ for x in noun.children) or with_:
            c.event, c.mode, c.cameo = "COOPERATE", "", "062"
            if with_:
                c.recipients = self.refs(with_)
            c.reciprocal = True  # every partner of a joint exercise is an actor

    def leaves_a_pact(self, noun) -> bool:
        """"le retrait des États-Unis de l'accord": a withdrawal noun whose "de" complement is what
        "se retirer de" leaves as a SANCTION in verbs_fr.tsv (a treaty, an organisation, talks)."""
        if not any(r.event == "RETREAT" and r.mode == "withdraw" for r in self.lex.noun(noun.lemma_.lower())):
            return False
        left = {r.obj for r in self.lex.verb("se retirer") if r.obj and r.event == "SANCTION"}
        return any(x.dep_ == "nmod" and marker_of(x) == "de" and x.lemma_.lower() in left for x in noun.children)

    def special_verbs(self, c: Cand, t) -> None:
        """Readings the lexicon cannot express."""
        if c.event in ("CONCEDE", "RETREAT") and len(c.words) > 1 and self.leaves_a_pact(t.doc[c.words[1]]):
            c.event, c.mode, c.cameo = "SANCTION", "withdraw", "161"  # "annonce son retrait de l'accord"
        if c.event == "ASSAULT" and len(c.words) > 1 and t.doc[c.words[1]].lemma_.lower() in TEST_WEAPONS and any(
                x.lemma_.lower() in TEST_PLACES for x in t.subtree) and not any(marker_of(x) in ("sur", "contre")
                                                                    for x in t.subtree):
            c.event, c.mode, c.cameo = "MOBILIZE", "weapons", "152"  # a missile test (manual: MOBILIZE weapons)
            c.recipients = []
        if c.event == "RETREAT" and c.mode == "ceasefire" and len(c.words) > 1:
            obj = t.doc[c.words[1]]
            targets = [x for x in obj.children if x.dep_ == "nmod"] + [x for x in t.children if x.dep_ == "obl:arg"]
            if any(x.lemma_.lower() in CONFLICT_NOUNS and not any(d.lemma_.lower() == "son" for d in x.children)
                   for x in targets):
                c.notes.append("ending the conflict")
            elif any(x.lemma_.lower() in COOP_NOUNS for x in targets):
                c.event, c.mode, c.cameo = "SANCTION", "discontinue", "162"
                rec = [m for x in targets for m in self.args.marked(x, ("avec", "à", "envers"))]
                rec += [m for x in targets for m in self.args.owner(x)]
                c.recipients = self.refs(rec)

    # ---------------------------------------------------------------- combination

    def combine(self, e: Cand, c: Cand) -> None:
        """Event ``c`` is the content of event ``e`` ("promet de rencontrer", "exige le retrait")."""
        t = c.sent.span.doc[c.head]
        if e.event == "REJECT" and c.kind == "noun" and c.event == "ACCUSE" and c.actor_from == "parse" and \
                c.actors and not {a.code for a in c.actors} & {a.code for a in e.actors} and not e.mod.negated:
            e.content = c  # "Kigali rejette les accusations portées par Kinshasa": the charge and its denial
            e.recipients = e.recipients or list(c.actors)
            c.recipients = list(e.actors)  # the one who denies is the one accused
            return
        if c.kind == "verb" and t.dep_ == "advcl" and not self.completive(t) and self.que_governor(t) is None:
            if any(x.dep_ == "mark" and x.lemma_.lower() == "sans" for x in t.children):
                c.governed = True  # "sans poser de conditions": circumstance, not an event
            return
        if c.kind == "noun" and "background" in c.notes:
            return  # "s'est réjoui, à l'issue du sommet,": a time setting, not what is welcomed
        if c.kind == "noun" and c.event == "REQUEST" and t.lemma_.lower() in REQUESTER_NOUNS and \
                marker_of(t) in ("à", "sur") and c.actors and e.actors:
            # "ont suspendu leurs opérations à la demande du Qatar": the Qatar asked it of them; it is no
            # party to the act itself
            asked = {a.code for a in c.actors}
            e.recipients = [r for r in e.recipients if r.code not in asked]
            c.recipients = c.recipients or [a for a in e.actors if a.code not in asked]
            return
        if e.event == "ACCUSE" and c.kind == "noun" and t.lemma_.lower() in OFFENCE_NOUNS and not (
                c.actor_from in ("parse", "bloc") and c.actors):
            c.governed = True  # "dénonce une violation de la souveraineté de X": X is the victim
            e.content = c
            e.words = sorted(set(e.words + c.words))
            victims = [r.code for x in t.subtree if x.dep_ == "nmod" and marker_of(x) == "de"
                       for r in self.refs(self.args.np(x)) if r.code]
            e.recipients = [r for r in e.recipients if r.code not in victims]
            if not e.recipients:
                e.anaphor = "CONFLICT" + (":" + victims[0] if victims else "")
            return
        if e.event == "THREATEN" and e.entry.key in WARN_VERBS and c.kind == "verb" and not c.governed and (
                c.event in REFUSABLE or c.event == "REJECT") and (not c.actors or {a.code for a in c.actors} & {
                a.code for a in e.actors}):
            # "a prévenu que Kiev ne reconnaîtrait aucun accord": the warning is the refusal it announces
            c.governed = True
            e.content = c
            e.words = sorted(set(e.words + c.words))
            if c.mod.negated and c.event in REFUSABLE:
                e.event, e.mode, e.cameo = "REJECT", CONTENT_MODE.get(c.event, ""), None
            else:
                e.event, e.mode, e.cameo = c.event, c.mode, c.cameo
                e.mod.negated = c.mod.negated
                e.mod.future = c.mod.future or c.mod.hypothetical  # "a prévenu qu'elle signerait": future in the past
                e.mod.intention = c.mod.intention
            e.recipients = e.recipients or c.recipients
            return
        if e.entry.key in COMMAND_VERBS and e.event == "REQUEST" and c.event == "MOBILIZE" and not (
                c.actor_from in ("parse", "bloc") and c.actors):
            e.event, e.mode, e.cameo = "MOBILIZE", c.mode, c.cameo  # "a ordonné le déploiement de l'armée"
            e.recipients = e.recipients or c.recipients
            e.words = sorted(set(e.words + c.words))
            c.governed = True
            return
        if e.event == "AGREE" and c.mod.negated and c.event in ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE"):
            c.governed = True  # "s'engagent à ne pas recourir à la force": a pledge of restraint, no threat
            e.content = c
            e.words = sorted(set(e.words + c.words))
            e.recipients = e.recipients or c.recipients
            return
        combine(e, c)
        if e.event == "AGREE" and c.event in ("MOBILIZE", "AID") and not e.recipients:
            e.needs_recipient = True  # "se sont engagés à envoyer des troupes": to whom, the discourse says

    def price_threat(self, c: Cand, chain: list[int]) -> bool:
        """"exige X sous peine de sanctions": the demander threatens the addressee with the price of refusing."""
        t = c.sent.span.doc[c.head]
        if c.kind != "noun" or c.event not in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE") or \
                not self.price_of_refusal(t):
            return False
        reqs = [self.events[h] for h in chain if h in self.events] + [
            self.events[h] for h in sorted(self.events, reverse=True) if h < c.head]
        req = next((r for r in reqs if r.event == "REQUEST" and r.actors), None)
        if req is None:
            return False
        c.notes.append(f"{c.event} as price of refusal->THREATEN")
        c.event, c.mode, c.cameo = "THREATEN", THREAT_MODE.get(c.event, ""), None
        c.actors, c.recipients = list(req.actors), list(req.recipients)
        return True

    @staticmethod
    def price_of_refusal(t) -> bool:
        """"sous peine de sanctions": the noun names what the addressee of a demand will suffer if it refuses."""
        if marker_of(t).startswith("sous peine"):
            return True
        h = t.head
        return h.i != t.i and h.lemma_.lower() == "peine" and marker_of(t) in ("de", "d'") and any(
            x.dep_ == "case" and fold(x.text) == "sous" for x in h.children)

    # ---------------------------------------------------------------- helpers

    def refs(self, mentions) -> list[ActorRef]:
        """Actor refs of mentions; actors without a country or organisation code are left out
        ("des prisonniers", "la presse"): PLOVER codes entities, not every noun phrase."""
        out = []
        for m in mentions:
            ref = self.index.ref_for(m, self.article)
            if ref.code:
                out.append(ref)
        return out

    @staticmethod
    def per_document(doc) -> bool:
        """"Selon le texte, le Hamas devra libérer...": the provisions of a document, not events."""
        for t in doc:
            if fold(t.text) in ("selon", "d'après") or (fold(t.text) == "termes" and t.i > 0 and
                                                        fold(t.nbor(-1).text) in ("aux",)):
                for k in range(t.i + 1, min(len(doc), t.i + 4)):
                    if doc[k].pos_ == "NOUN":  # "selon le document transmis par X": X is the source
                        return doc[k].lemma_.lower() in DOCUMENT_NOUNS and not any(
                            g.dep_ == "obl:agent" or marker_of(g) in ("de", "par") for c in doc[k].children
                            for g in [c] + list(c.children))
        return False

    def selon(self, doc) -> ActorRef | None:
        """The source of the whole sentence: "selon X", "d'après X", "pour X, ..."."""
        for t in doc:
            low = fold(t.text)
            if low in ("selon", "d'après") or (low == "pour" and t.i == 0):
                for k in range(t.i + 1, min(len(doc), t.i + 6)):
                    m = self.args.at.get(k)
                    if m is not None:
                        if low == "pour" and not any(doc[j].text == "," for j in range(m.tok_end, min(len(doc),
                                                                                                      m.tok_end + 2))):
                            break
                        return self.index.ref_for(m, self.article)
                    if doc[k].pos_ == "VERB":
                        break
        return None

    def confidence(self, c: Cand) -> float:
        score = {"verb": 0.7, "adj": 0.55, "noun": 0.6}.get(c.kind, 0.6)
        score += {"parse": 0.1, "inherited": 0.05, "linear": -0.15, "bloc": -0.15}.get(c.actor_from, -0.2)
        if c.entry.recipient and c.recipients:
            score += 0.05
        if c.sent.heading:
            score -= 0.1
        return score
