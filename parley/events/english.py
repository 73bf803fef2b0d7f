"""The English event coder on patterns, in the manner of TABARI.

No parse is needed: spaCy's English tokenizer and lookup lemmas, the actor
mentions of the actors stage, and the verb patterns of ``verbs_en.tsv``
(lemma sequences with ``*`` gaps: "impose * sanction"). For each pattern
match the actor is the nearest actor mention group on its left in the clause
(the one after "by" for a passive), the recipient the mention group after it
(its object, or after one of the pattern's prepositions). Nominal events
("Russian strikes on Kyiv", "talks between X and Y") come from
``nouns_en.tsv``. Modality comes from the auxiliaries and frames before the
verb ("will", "would", "plans to", "did not", "refused to"), reported speech
from reporting verbs ("X said", "according to X").

``match_patterns`` is shared with the parse-based English coder.
"""

from __future__ import annotations

import logging

from ..codes import is_igo, is_ngo
from ..model import ActorRef
from .candidate import Cand, combine
from .lexicon import Entry, Lexicon, recipient_markers, word_classes
from .modality import EN_HYPOTHETICAL, EN_INTENT, EN_INTENT_ADJ, EN_REPORT, Modality
from .plover import CONTENT_MODE

log = logging.getLogger("parley.events")

_G = word_classes("en")  # data/grammar_en.tsv


def _words(cls: str) -> frozenset:
    return _G.get(cls, frozenset())


PREPOSITIONS = _words("preposition")
DETERMINERS = _words("determiner")
BE = _words("be")
NEGATION = _words("negation")
LIGHT = _words("light_verb")
MOTION = _words("motion_verb")
OBJECT_CONTROL = _words("object_control")
ADJECTIVAL = _words("adjectival")
TIME_WORDS = _words("time_word")
EXERCISES = _words("exercise")
INTERCEPT = _words("intercept")
LAUNCH_VERBS = _words("launch_verb")
MISSILES = _words("projectile")
COMMISSIVE_EN = _words("commissive")
SUBORDINATORS = _words("subordinator")
TIME_SPANS = _words("time_span")
FRAME_VERBS = _words("frame_verb")
INNER_AUX = _words("inner_aux")
AUXILIARIES = _words("auxiliary")
ADVERBS = _words("adverb")
BACKGROUND_WORDS = _words("background_word")
SUBJECT_NOUNS = _words("subject_noun")
ASPECT = _words("aspect_verb")
SUPPORT_VERBS = _words("support_verb")
HOST_VERBS = _words("host_verb")
STATEMENT_ING = _words("statement_ing")
STOP_VERBS = _words("stop_verb")
PRONOUNS = _words("pronoun")
COMPLEMENT_VERBS = _words("complement_verb")
PROTESTERS = _words("protester")
PARTICLES = _words("particle")
MEDIATION = _words("mediation")
AGENT_NOUNS = _words("agent_noun")
PEJORATIVE = _words("pejorative")
BACKGROUND_PHRASES = _words("background_phrase")
VERBAL_PROTEST = _words("verbal_protest")
REJECTION_PREDICATES = _words("rejection_predicate")
THREAT_PREDICATES = _words("threat_predicate")
COUNTERPART_NOUNS = _words("counterpart_noun")
SELF_REFUSAL = _words("self_refusal")
SELF_ACTS = _words("self_act")
DOMESTIC_TYPES = frozenset(_words("domestic_type"))
HEAD_SECTORS = {w: k.split(":", 1)[1] for k, ws in _G.items() if k.startswith("head_sector:") for w in ws}

CLAUSE_BREAK = frozenset(";:()[]\"“”—")  # the em dash ends a dateline ("DOHA, Qatar (AP) — ...") or opens an aside
REPORT_WORDS = EN_REPORT | frozenset("said says told tells stated announced added noted claimed".split())
CONTENT_LINKS = frozenset("to of for on that from".split())
# Material conflict that, announced or intended, is a threat (PLOVER: ASSAULT + future is THREATEN);
# SANCTION stays SANCTION when announced ("would prohibit all aid") and is a threat only under a condition.
THREAT_FROM = frozenset("ASSAULT COERCE SANCTION".split())
THREAT_FROM_FORWARD = frozenset("ASSAULT COERCE".split())
THREAT_MODE = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations"}
# A pattern word right after these is a noun ("corridors for aid", "talks on trade"): "to" is left out
# ("to aid", "to attack" are verbs).
NOUN_AFTER = PREPOSITIONS - {"to"}
# Single-word patterns that are an event only with a party as their object ("called Putin").
OBJECT_ONLY = frozenset({("call",), ("back",)})  # "go back to villages" is no support
# Acts whose object names another act: that act is their content, not an event of its own.
SCOPE_GOVERNORS = frozenset("REJECT ACCUSE SUPPORT REQUEST".split())
# What protesters do or demand while protesting: part of the PROTEST (manual: the topic of a protest,
# typically a REQUEST, is not coded as a separate event; nor is the riot's damage).
PROTEST_PARTS = frozenset("REQUEST ASSAULT COERCE PROTEST ACCUSE".split())
VIOLENT = frozenset("ASSAULT COERCE".split())
MATERIAL_CONFLICT = frozenset("PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
MATERIAL = frozenset("ASSAULT COERCE MOBILIZE SANCTION PROTEST AID COOPERATE RETREAT CONSULT".split())


def match_patterns(lex: Lexicon, lem: list[str], low: list[str], blocked: set[int]) -> list[tuple[Entry, list[int]]]:
    """Pattern matches (entry, matched token positions): at each start the longest, no overlaps."""
    found: list[tuple[Entry, list[int]]] = []
    n = len(lem)
    taken: set[int] = set()
    for i in range(n):
        if i in blocked or i in taken:
            continue
        cands = lex.patterns.get(lem[i], []) + ([] if low[i] == lem[i] else lex.patterns.get(low[i], []))
        best = None
        for entry in cands:
            pos = _match(entry.tokens, lem, low, i, blocked)
            if pos is None:
                continue
            size = len([t for t in entry.tokens if t != "*"])
            if best is None or size > best[0] or (size == best[0] and pos[-1] < best[2][-1]):
                best = (size, entry, pos)
        if best is not None:
            found.append((best[1], best[2]))
            taken.update(range(best[2][0], best[2][-1] + 1))
    return found


def _match(tokens: tuple[str, ...], lem, low, i: int, blocked: set[int]) -> list[int] | None:
    out: list[int] = []

    def rec(k: int, p: int) -> bool:
        if k == len(tokens):
            return True
        tok = tokens[k]
        if tok == "*":
            words = 0  # a gap holds up to 3 words; "night-time" (night - time) counts as one
            for q in range(p, min(p + 10, len(lem) + 1)):
                if q > p:
                    if lem[q - 1] in (".", ";", ":"):
                        break
                    if lem[q - 1] != "-" and not (q - 2 >= p and lem[q - 2] == "-"):
                        words += 1
                if words > 3:
                    break
                if rec(k + 1, q):
                    return True
            return False
        if p >= len(lem) or p in blocked or (tok != lem[p] and tok != low[p]):
            return False
        out.append(p)
        if rec(k + 1, p + 1):
            return True
        out.pop()
        return False

    return list(out) if rec(0, i) else None


class EnglishCoder:
    def __init__(self, article, lex: Lexicon, index, speakers: dict[int, ActorRef] | None = None):
        self.article = article
        self.lex = lex
        self.index = index
        self.speakers = speakers or {}
        self.used: set[int] = set()
        self.verb_heads: set[int] = set()
        words = lex.modality.get("word", {})
        verbs = lex.modality.get("verb", {})
        self.neg_words = NEGATION | {w for w, k in words.items() if k == "negation"}
        self.hyp = EN_HYPOTHETICAL | {w for w, k in verbs.items() if k == "hypothetical"}
        self.intent = EN_INTENT | EN_INTENT_ADJ | {w for w, k in verbs.items() if k == "intention"}
        self.future = {w for w, k in verbs.items() if k == "future"} | {"will", "shall", "'ll"}
        self.neg_verbs = {w for w, k in verbs.items() if k == "negation"}
        self.report = REPORT_WORDS | {w for w, k in verbs.items() if k == "report"}
        self.clause_cues = {w for w, k in lex.modality.get("clause", {}).items() if k == "conditional"} | {"if",
                                                                                                           "unless"}

    # ---------------------------------------------------------------- sentence

    def code_sentence(self, sent) -> list[Cand]:
        doc = sent.span.doc
        mentions = self.index.in_sentence(sent.index)
        if not mentions:
            return []
        self.doc = doc
        self.low = [t.lower_ for t in doc]
        self.lem = [(t.lemma_ or t.text).lower() for t in doc]
        cues = self.lex.cues
        if not any(x in cues for x in self.lem) and not any(x in cues for x in self.low):
            return []
        self.at: dict[int, object] = {}
        for m in mentions:
            for i in range(m.tok_start, min(m.tok_end, len(doc))):
                cur = self.at.get(i)
                if cur is None or (m.tok_end - m.tok_start) > (cur.tok_end - cur.tok_start):
                    self.at[i] = m
        blocked = {i for m in mentions if m.tok_end - m.tok_start > 1 and m.kind in ("name", "org", "group", "title")
                   for i in range(m.tok_start, m.tok_end)
                   if not (m.kind == "group" and i == m.tok_end - 1 and self._event_noun(i))}
        # ("Russian strikes" may be taken for a group of people: its head noun still names an act)
        verbs = match_patterns(self.lex, self.lem, self.low, blocked)
        used = {p for _, pos in verbs for p in range(pos[0], pos[-1] + 1)}
        self.used = used  # "reiterated its call for" is an event; "reiterated that" reports one
        cands: list[Cand] = []
        free: set[int] = set()  # pattern words read as nouns: the noun lexicon may still take them
        for entry, pos in verbs:
            first = pos[0]
            if first > 0 and self.low[first - 1] in DETERMINERS and self.low[first].endswith(("ed", "en")):
                continue  # "the occupied West Bank", "the besieged town": an adjective
            if first > 0 and self.low[first - 1] in DETERMINERS and self.low[first].endswith("ing") and \
                    len(pos) == 1 and self._noun_use(first) is None:
                free.update(pos)  # "a date for the signing": a gerund naming an act, not a verb
                continue
            if first > 0 and self.low[first - 1] in NOUN_AFTER and not self.low[first].endswith(("ed", "ing")) \
                    and self._noun_use(first) is None and self.low[first - 1] != "by":
                free.update(pos)  # "the ministry of finance": a noun after a preposition, not a verb
                continue
            if first > 1 and self.low[first - 1] in ("-", "–") and self.low[first].endswith(("ed", "ing")):
                continue  # "Syrian-backed militia", "Vietnamese-led forces", "long-threatened": an adjective
            noun = self._noun_use(pos[0])
            if noun is not None:
                cands.append(Cand(sent, pos[0], noun, "noun", words=[pos[0]]))
            else:
                cands.append(Cand(sent, pos[0], entry, "pattern", words=pos))
        for i in range(len(doc)):
            if (i in used and i not in free) or i in blocked:
                continue
            if self.low[i] == "according" and i + 1 < len(doc) and self.low[i + 1] == "to":
                continue  # "according to X" (lemma "accord") reports a source
            entry, width = self._noun_at(i)
            if entry is not None:
                cands.append(Cand(sent, i, entry, "noun", words=list(range(i, i + width))))
        self.verb_heads = {c.words[0] for c in cands if c.kind == "pattern"}
        nominal = {k for c in cands if c.kind == "noun" and len(c.words) > 1 for k in c.words}
        cands = [c for c in cands if not (c.kind == "pattern" and set(c.words) <= nominal)]
        speaker = self.source(doc)
        cands += self.obligations(sent, speaker, cands)
        if not cands:
            return []
        cands.sort(key=lambda c: c.head)
        for c in cands:
            if c.fixed:
                continue
            if self._background(c.head, cause_only=False) if c.kind == "noun" else self._background(c.words[0]):
                c.governed = True  # "in retaliation for an air raid": a nominal pattern names the cause
                continue
            if c.kind == "pattern" and self._long_ago(c.words[-1]):
                c.governed = True  # "when Idi Amin expelled them 18 years ago": history, not news
                c.notes.append("historical")
                continue
            if c.kind == "pattern" and self._descriptive(c.words[0]):
                c.governed = True
                c.notes.append("descriptive")
                continue
            if self._relative_aside(c.words[0]):
                c.governed = True
                c.notes.append("relative clause")
                continue
            if c.kind == "pattern" and self._reduced_relative(c.words[0]):
                c.governed = True
                c.notes.append("descriptive")
                continue
            if c.kind == "pattern" and self._frame_only(c):
                c.governed = True
                c.notes.append("modal frame")
                continue
            if c.kind == "pattern" and self._stopped(c, cands):
                continue
            if c.kind == "pattern" and self._content_of_allegation(c.words[0]):
                c.governed = True
                c.notes.append("alleged or reason")
                continue
            if c.kind == "noun":
                self.fill_noun(c)
            else:
                self.fill_verb(c)
                self.riot(c)
                self.verbal_protest(c)
            self.modality(c)
        self._pass(self.main_clause_subjects, cands)
        self._pass(self.participial_subjects, cands)
        self._pass(self.coordinated_descriptions, cands)
        self.govern(cands)
        self._pass(self.object_scope, cands)
        self._pass(self.coordinated_contents, cands)
        self._pass(self.same_act, cands)
        for c in cands:
            own = {a.code for a in c.actors}
            if len(own) > 1 and c.recipients and {r.code for r in c.recipients} <= own:
                c.recipients = []  # "Hungarian and Romanian officials agreed that their countries ...": the
                c.reciprocal = True  # parties are the actors; a recipient among them is no other party
            if c.kind == "pattern" and c.entry.tokens in OBJECT_ONLY and not c.recipients:
                if c.entry.tokens == ("call",) and self._name_calling(c.words[0]):
                    c.event, c.mode, c.cameo = "ACCUSE", "disapprove", None  # "called the offer a cheap trick"
                    c.notes.append("name-calling->ACCUSE")
                    obj = next((o for o in cands if o.kind == "noun" and o.words[0] > c.words[0]), None)
                    if obj is not None and obj.actors and obj.actor_from == "parse":
                        c.recipients = list(obj.actors)  # "called the joint exercises of X and Y a provocation"
                    elif obj is not None and hasattr(c, "anaphor"):
                        c.anaphor = obj.entry.event  # "called the offer a trick": the offer told before
                else:
                    c.governed = True  # "called the offer a trick": "call" is a phone call only with a party
                    c.notes.append("no party called")
            if c.kind == "pattern" and c.event == "CONSULT" and self.lem[c.words[0]] == "meet" and not c.recipients \
                    and len({a.code for a in c.actors}) == 1 and all(a.sector != "IGO" for a in c.actors) and \
                    not c.governed and not c.reciprocal:
                c.governed = True  # "Israel's Cabinet met Sunday and decided": a body's own meeting
                c.notes.append("internal meeting")
            if not c.governed and self._bare_warning(c):
                c.governed = True
                c.notes.append("a warning that states no threat")
            if "with partner" in c.notes and c.event == "CONSULT" and not c.mod.forward and not c.mod.negated \
                    and not c.mod.hypothetical:
                c.reciprocal = True  # a meeting held: its participants are the actors; one offered: AGREE X -> Y
            if not c.governed and c.event == "SUPPORT" and c.mod.negated and c.kind == "pattern":
                # "did not recognise the jurisdiction of the ICJ": withholding support is a rejection
                c.event, c.mode, c.cameo = "REJECT", "", None
                c.mod.negated = False
                c.notes.append("not SUPPORT->REJECT")
            if not c.governed and self.interception(c):
                c.governed = True
                c.notes.append("interception")
            if not c.governed:
                self.weapons_launch(c)
                self.joint_exercise(c)
                self.riot(c)
                self.threat_reduction(c)

        self._pass(self.passive_means, cands)
        self._pass(self.predicate_rejection, cands)
        self._pass(self.threat_predicate, cands)
        self._pass(self.domestic_counterpart, cands)
        for c in cands:
            c.source = speaker or self.speakers.get(sent.index)
            if not c.governed and not c.fixed and self._until_clause(c.words[0]):
                self.condition_as_demand(c)
            elif not c.governed and not c.fixed and c.event not in ("THREATEN", "REQUEST", "AGREE") and \
                    self._if_clause(c.words[0]):
                c.governed = True  # "if Hezbollah breaks the agreement and tries to rearm": the condition
                c.notes.append("condition")
            if (not c.actors or (c.actor_from == "linear" and self._first_person_subject(c.words[0], True))) and \
                    not c.fixed and c.kind == "pattern" and c.source is not None and \
                    self._first_person_subject(c.words[0]):
                c.actors, c.actor_from = [c.source], "parse"  # "We urge Beijing to ...", said the spokesman
            if c.actors and not c.recipients and c.entry.mode in ("curfew", "martial-law") and not c.governed:
                # "prepared to impose martial law": a state of exception falls on the country's own people
                c.recipients = [c.actors[0].model_copy(update={"sector": "CVL"})]
            if c.reported_by is None:
                c.reported_by = c.source
            c.heading = sent.heading
            c.confidence = (0.6 if c.kind == "pattern" else 0.5) + (0.1 if c.actors else 0) + (
                0.05 if c.recipients else 0) - (0.1 if sent.heading else 0)
        return cands

    def _pass(self, step, cands: list[Cand]) -> None:
        """Run one sentence-level heuristic; a failure on odd input costs that heuristic, not the article."""
        try:
            step(cands)
        except (IndexError, KeyError, ValueError, AttributeError) as exc:  # pragma: no cover - defensive
            log.warning("english coder: %s failed on a sentence: %r", step.__name__, exc)

    def obligations(self, sent, speaker, cands) -> list[Cand]:
        """"X declared that China must drop barriers": X's demand of China, even when the demanded act
        is not an event of the lexicon."""
        out = []
        if speaker is None:
            return out
        for k, w in enumerate(self.low):
            need = w == "to" and k > 0 and self.low[k - 1] in ("need", "needs", "needed", "has", "have")
            if w not in ("must", "should") and not need:
                continue
            if any(k < c.words[0] <= k + 3 and c.kind == "pattern" for c in cands):
                continue  # "must withdraw": the event itself becomes the speaker's demand (obligation)
            left = self.left_actor(k)
            refs = self.refs(left)
            if not refs or speaker.code in {r.code for r in refs}:
                continue
            entry = Entry("must", "REQUEST", "change", "104", ("obj",), note="obligation", where="built-in")
            passive = k + 1 < len(self.low) and self.low[k + 1] == "be"
            if passive and (k + 2 >= len(self.low) or not self.low[k + 2].endswith(("ed", "en"))):
                continue  # "should be in no doubt", "must be ready": a state, not a demand
            c = Cand(sent, k, entry, "pattern", words=[k], actors=[speaker], recipients=[] if passive else refs,
                     actor_from="parse")
            c.needs_recipient = passive  # "X's sovereignty must be respected": X is not the one addressed
            c.notes.append("speaker's demand")
            c.fixed = True
            out.append(c)
            for other in cands:  # "must drop barriers or face tariff penalties": what is demanded
                if other.words[0] > k and not any(self.low[x] in (".", ";") for x in range(k, other.words[0])):
                    other.governed = True
                    other.notes.append("content of a demand")
        return out

    def _descriptive(self, i: int) -> bool:
        """A relative clause about a thing ("a resolution that aims to tighten sanctions") or a reduced
        relative ("nationals suspected by the West of..."): it describes, it does not report an event."""
        k = i - 1
        steps = 0
        while k >= 0 and steps < 5:
            w = self.low[k]
            if w in ("that", "which", "who", "whom", "whose"):
                ante = k - 1 if k > 0 and self.low[k - 1] != "," else k - 2
                if w == "that" and (any(self.low[j] in PRONOUNS for j in range(k + 1, i)) or ante >= 0 and (
                        self.lem[ante] in self.report or self.lem[ante] in COMPLEMENT_VERBS)):
                    return False  # "announced that it is prepared to ...": a complement clause
                return ante >= 0 and self.at.get(ante) is None and w in ("that", "which")
            if self.at.get(k) is not None or w in CLAUSE_BREAK or w in (".", ","):
                break
            k -= 1
            steps += 1
        form = self.low[i]
        nxt = self.low[i + 1] if i + 1 < len(self.low) else ""
        back = {self.low[j] for j in range(max(0, i - 3), i)}
        if i > 2 and self.low[i - 1] == "to" and any(self.low[j] in ("first", "last", "only", "second", "latest")
                                                      for j in range(max(0, i - 8), i - 2)) and \
                self.lem[i - 2] not in self.intent and self.low[i - 2] not in BE:
            return True  # "the first high-level delegation to visit Bucharest": it describes the delegation
        if form.endswith("ed") and i > 0 and self.low[i - 1] == "as":
            return True  # "as provided for by the treaty", "as agreed": a reference, not an event
        if nxt in PARTICLES and i + 2 < len(self.low):
            nxt = self.low[i + 2]
        return form.endswith("ed") and nxt == "by" and not back & (BE | {"has", "have", "had"})

    def _dated_past(self, i: int) -> bool:
        """"... late last month", "... last year": the clause after token i is dated before the news."""
        for k in range(i + 1, min(len(self.low) - 1, i + 9)):
            if self.low[k] in CLAUSE_BREAK or self.low[k] in (".", ";", ",", "and", "but"):
                return False
            if self.low[k] == "last" and self.lem[k + 1] in ("month", "year", "week", "decade", "century"):
                return True
        return self._long_ago(i)

    def _long_ago(self, i: int) -> bool:
        """"expelled them 18 years ago", "signed decades ago": a past told as history (years back)."""
        for k in range(i + 1, min(len(self.low) - 1, i + 9)):
            if self.low[k] in CLAUSE_BREAK or self.low[k] in (".", ";", ",", "and", "but"):
                return False
            if self.low[k + 1] == "ago" and self.lem[k] in ("year", "decade", "century"):
                return True
        return False

    def _if_clause(self, i: int) -> bool:
        """Is token i inside a condition ("if he gave them a veto over any settlement reached in talks")?"""
        for k in range(i - 1, max(-1, i - 15), -1):
            if self.low[k] in ("if", "unless"):
                return True
            if self.low[k] in CLAUSE_BREAK or self.low[k] in (".", ";", ",") or self.low[k] in self.report:
                return False
        return False

    def _until_clause(self, i: int) -> bool:
        """Is token i in a clause opened by "until" ("attacks would go on until Israel ended its offensive")?"""
        for k in range(i - 1, max(-1, i - 8), -1):
            if self.low[k] in ("until", "till", "unless"):
                return True
            if self.low[k] in CLAUSE_BREAK or self.low[k] in (".", ";", ",") or self._subordinator(k):
                return False
        return False

    def condition_as_demand(self, c: Cand) -> None:
        """"The attacks will go on until Israel ends its offensive": the speaker's condition is a demand on
        the one who must act (REQUEST); without a speaker it is no event of its own."""
        speaker = c.source
        if speaker is not None and speaker.code and c.actors and speaker.code not in {a.code for a in c.actors}:
            mode = CONTENT_MODE.get(c.event, "change")
            c.notes.append(f"{c.event} as a condition->REQUEST")
            c.recipients, c.actors = list(c.actors), [speaker]
            c.event, c.mode, c.cameo = "REQUEST", mode, None
            c.mod = Modality()
            c.fixed = True
        else:
            c.governed = True
            c.notes.append("condition")

    def _first_person_subject(self, i: int, first_only: bool = False) -> bool:
        """"We urge Beijing" in a quotation; "the union announced that it has called off the strike": the
        speaker is the subject (a pronoun right after the reporting verb and "that" refers to the speaker)."""
        k = i - 1
        while k >= 0 and (self.low[k] in AUXILIARIES or self.low[k] in NEGATION or self.low[k] in ADVERBS or
                          self.low[k] == "to" or self.lem[k] in self.intent or self.lem[k] in self.future):
            k -= 1  # "we are ready to", "it would not"
        if k >= 0 and self.low[k] in ("we", "i"):
            return True
        if first_only:
            return False
        if k >= 2 and self.low[k] in ("country", "government", "nation") and self.low[k - 1] in (
                "his", "her", "its", "their"):
            k -= 1  # "Niger's president said his country was ready to host": the speaker's country
        elif k < 1 or self.low[k] not in ("it", "they", "he", "she"):
            return False
        j = k - 1 if self.low[k - 1] != "that" else k - 2
        return j >= 0 and (self.low[j] in self.report or (self.lem[j] in self.report and j not in self.used))

    def _shared_subject(self, i: int) -> list:
        """"Beijing regards Lai as a separatist and has rejected his offers": a verb right after "and"
        (auxiliaries aside) has no subject of its own; it shares the first conjunct's subject."""
        k = i - 1
        while k >= 0 and (self.low[k] in AUXILIARIES or self.low[k] in ADVERBS or self.low[k] in NEGATION or
                          self.low[k].endswith("ly")):
            k -= 1
        if k < 1 or self.low[k] not in ("and", "but") or (k == i - 1 and self.low[i].endswith("ing")):
            return []  # "..., killing one and arresting 12": participles, not a new finite verb
        start = k - 1
        while start >= 0 and not (self.low[start] in CLAUSE_BREAK or self.low[start] in (".", ";", "that") or
                                  self.low[start] in self.report or self._subordinator(start)):
            start -= 1
        for j in range(start + 1, k):
            if j in self.verb_heads and not self._noun_reading(j):
                # "A roadside bomb killed one soldier and wounded two others": the first conjunct's verb is
                # reached before any actor, so its subject names none; its object is no subject
                self.no_subject = True
                return []
            m = self.at.get(j)
            if m is None or m.place:
                continue
            group = self.group_at(m)
            if self._governed_by_prep(group[0].tok_start) is None:
                return group
            return []
        return []

    def _stopped(self, c: Cand, cands: list[Cand]) -> bool:
        """"demanded that France ... stop flying drones over Mali": an act to be stopped is the content of
        the demand (governed); "Russia stopped shelling the city" is the act, negated."""
        i = c.words[0]
        if i == 0 or not self.low[i].endswith("ing") or self.lem[i - 1] not in STOP_VERBS:
            return False
        if any(o.event == "REQUEST" and o.kind == "pattern" and o.words[0] < i and not o.governed and
               not any(self.low[k] in (".", ";") for k in range(o.words[0], i)) for o in cands):
            c.governed = True
            c.notes.append("content of a demand")
            return True
        c.mod.add("negation", self.low[i - 1])
        return False

    def _relative_aside(self, i: int) -> bool:
        """"Russia, which brokered the 2020 ceasefire, now watches": a non-restrictive relative clause
        (after a comma) recalls background about its antecedent; it does not report the news."""
        k = i - 1
        while k >= 1 and i - k <= 12:
            w = self.low[k]
            if w in ("who", "which", "whom", "where"):  # ("whose leader refused": news about its own subject)
                # "guerrillas who overran it late last month": a restrictive relative dated in the past
                return self.low[k - 1] == "," or self._dated_past(i)
            if w in CLAUSE_BREAK or w in (",", ".", "that", ";", "whose") or w in self.report:
                return False
            k -= 1
        return False

    def _reduced_relative(self, i: int) -> bool:
        """"inspectors probing suspect sites", "refugees fleeing the war", "a team trying to broker a pact":
        an -ing form right after a noun describes that noun; it is not a finite verb of the sentence."""
        j = i
        if j >= 2 and self.low[j - 1] == "to" and self.low[j - 2].endswith("ing"):
            j -= 2
        if not self.low[j].endswith("ing") or j == 0:
            return False
        prev, lprev = self.low[j - 1], self.lem[j - 1]
        if not prev.isalpha() or prev.endswith("ly") or prev in ADVERBS or self.at.get(j - 1) is not None:
            return False
        return not (prev in BE or prev in AUXILIARIES or prev in DETERMINERS or prev in PREPOSITIONS or
                    prev in NEGATION or prev in ("and", "or", "but", "to", "that", "who", "which", "while", "when",
                                                 "after", "before", "without", "by", "s") or
                    lprev in ASPECT or lprev in self.report or lprev in self.lex.patterns or lprev in self.intent)

    def _frame_only(self, c: Cand) -> bool:
        """"wants to negotiate", "expected to meet": these verbs frame an event (see modality_en.tsv);
        with an object and an infinitive ("expected the government to act") they are a demand."""
        i = c.words[0]
        return self.lem[i] in FRAME_VERBS and c.words in ([i], [i, i + 1]) and (
            i + 1 >= len(self.low) or self.low[i + 1] == "to")

    def main_clause_subjects(self, cands: list[Cand]) -> None:
        """"Hamas said Israel had presented a map and accused Netanyahu of ...": a verb in the simple past
        after "and", following a reported clause with its own auxiliary, continues the main clause: its
        subject is the speaker, not the subject of the reported clause."""
        for c in cands:
            i = c.words[0]
            if c.kind != "pattern" or c.governed or i < 3 or self.low[i - 1] != "and":
                continue
            if not (self.low[i].endswith("ed") or self.low[i] != self.lem[i]) or self.low[i].endswith("ing"):
                continue
            r = next((j for j in range(i - 2, -1, -1) if self.low[j] in self.report or (
                self.lem[j] in self.report and j not in self.used)), None)
            if r is None or r == 0:
                continue
            inner = self.low[r + 1:i - 1]
            if not any(w in INNER_AUX for w in inner):
                continue
            speaker = self.refs(self.left_actor(r))
            if speaker:
                c.actors, c.actor_from = speaker, "linear"
                c.notes.append("main clause after a report")

    def _content_of_allegation(self, i: int) -> bool:
        """"suspected of blowing up", "jailed for playing", "capable of launching": an action named after
        "of"/"for" in the -ing form is the content of an allegation or a reason, not a reported event;
        so is what is admitted or denied ("has never acknowledged deploying troops")."""
        if i > 0 and self.low[i].endswith("ing") and self.lem[i - 1] in STATEMENT_ING:
            return True
        if i > 1 and self.low[i - 1] == "at" and self.lem[i - 2] in ("aim", "aimed"):
            return True  # "a meeting aimed at establishing relations": a purpose
        return i > 0 and self.low[i].endswith("ing") and self.low[i - 1] in ("of", "for", "by", "from")

    def participial_subjects(self, cands: list[Cand]) -> None:
        """"Bangladesh rejected the proposal, urging India to ...": the subject of a participial clause
        after a comma is the subject of the main clause, not the nearest name on its left."""
        main = None
        for c in cands:
            i = c.words[0]
            if c.kind == "pattern" and i > 1 and self.low[i - 1] == "," and self.low[i].endswith("ing") \
                    and main is not None and main.actors and not self.passive(i):
                if c.event == main.event or (c.event in MATERIAL_CONFLICT and main.event in MATERIAL_CONFLICT) or (
                        main.event == "PROTEST" and c.event in PROTEST_PARTS):
                    c.governed = True  # "attacked by militiamen, killing 156 people": the same act told on
                    c.notes.append("elaboration")
                    continue
                c.actors = list(main.actors)
                c.actor_from = "inherited"
                continue
            if c.kind == "pattern" and not c.governed and c.actors and not any(
                    self.low[k] in (";", ".") for k in range(c.words[0])):
                main = main or c

    def same_act(self, cands: list[Cand]) -> None:
        """"commit to providing 40 billion euros in military aid to Ukraine", "hosted X ... for an informal
        meeting": a noun of the same type in the same clause names the act its verb already reports."""
        for n, b in enumerate(cands):
            if b.governed or not (b.kind == "noun" or self._noun_reading(b.words[0])):
                continue
            for a in reversed(cands[:n]):
                if a.kind != "pattern" or a.entry.event != b.entry.event or a.words[-1] >= b.words[0]:
                    continue
                gap = range(a.words[-1] + 1, b.words[0])
                if len(gap) <= 10 and not any(self.low[k] in CLAUSE_BREAK or self.low[k] in (",", ".", ";", "and",
                                                                                            "but") or
                                              self.low[k] in self.report for k in gap):
                    b.governed = True
                    b.notes.append("same act")
                break

    def _event_noun(self, i: int) -> bool:
        rows = self.lex.noun(self.lem[i]) or self.lex.noun(self.low[i])
        return bool(rows) and rows[0].event in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST")

    def _noun_reading(self, i: int) -> bool:
        return bool(self.lex.noun(self.lem[i]) or self.lex.noun(self.low[i]))

    def coordinated_contents(self, cands: list[Cand]) -> None:
        """"expected the government to act against X, to improve prison conditions and to suspend
        warrants": infinitives listed after a governed one are the same demand's further content."""
        prev = None
        last_end = -1
        for c in cands:
            i = c.words[0]
            if i == last_end and not c.governed:
                c.governed = True  # its object: "to suspend arrest warrants"
                c.notes.append("listed content")
                continue
            is_inf = c.kind == "pattern" and i >= 2 and self.low[i - 1] == "to"
            if is_inf and not c.governed and prev is not None and self.low[i - 2] in (",", "and", "or") and \
                    not any(self.low[k] in (".", ";") or self.low[k] in self.report for k in range(prev, i)):
                c.governed = True
                c.notes.append("listed content")
                last_end = max(c.words) + 1
                continue
            if (is_inf and c.governed and "descriptive" not in c.notes) or (
                    c.kind == "pattern" and not c.governed and c.entry.tokens[-1:] == ("to",)):
                prev = i

    def object_scope(self, cands: list[Cand]) -> None:
        """"rejected a UN appeal for deploying troops", "complained over two Israeli air raids",
        "denounced Serbia's suppression of unrest": what is rejected, condemned or defended is the object
        of that act, not another event of the sentence. Events inside the object phrase (up to a comma
        or the next clause) are not coded on their own."""
        for n, a in enumerate(cands):
            if a.governed or a.kind != "pattern" or a.event not in SCOPE_GOVERNORS:
                continue
            end = a.words[-1] + 1
            stop = end
            while stop < len(self.low) and stop - end < 18:
                w = self.low[stop]
                if w in CLAUSE_BREAK or w in (",", ".", ";", "but", "which", "who", "where") or \
                        (w == "that" and a.event != "REQUEST") or w in self.report or self._subordinator(stop):
                    break
                if w in ("and", "or") and any(b.words[0] == stop + 1 and b.kind == "pattern" for b in cands):
                    break
                stop += 1
            for b in cands[n + 1:]:
                if b.words[0] >= stop:
                    break
                if not b.governed and b.words[0] >= end:
                    b.governed = True
                    b.notes.append(f"object of {a.event}")

    def coordinated_descriptions(self, cands: list[Cand]) -> None:
        """"a resolution that aims to tighten sanctions and impose a blockade": a verb coordinated with a
        descriptive one, with no new subject between them, describes too."""
        for a, b in zip(cands, cands[1:]):
            if not (a.governed and "descriptive" in a.notes) or b.governed or b.kind != "pattern":
                continue
            gap = range(a.words[-1] + 1, b.words[0])
            if len(gap) > 8 or not any(self.low[k] in ("and", "or") for k in gap):
                continue
            if any(self.at.get(k) is not None or self.low[k] in CLAUSE_BREAK or self.low[k] == "."
                   for k in gap):
                continue
            b.governed = True
            b.notes.append("descriptive")

    def riot(self, c: Cand) -> None:
        """"Protesters in the capital attacked and set fire to embassies": violence by protesters is a
        PROTEST (riot) in PLOVER, not an ASSAULT by the state whose name they carry."""
        if c.event not in ("ASSAULT", "COERCE") or c.kind != "pattern":
            return
        for k in range(c.words[0] - 1, max(-1, c.words[0] - 9), -1):
            if self.low[k] in CLAUSE_BREAK or self.low[k] in (".", ";") or self.low[k] in self.report:
                return
            if self.lem[k] in PROTESTERS or self.low[k] in PROTESTERS:
                j = k - 1
                while j >= 0 and not (self.low[j] in CLAUSE_BREAK or self.low[j] in (".", ";")):
                    if j in self.verb_heads:
                        return  # "police opened fire to disperse demonstrators": the protesters are the object
                    j -= 1
                c.event, c.mode, c.cameo = "PROTEST", "riot", "145"
                c.actors = [a.model_copy(update={"sector": "CVL"}) if a.sector in (None, "GOV") else a
                            for a in c.actors]
                c.notes.append("violence by protesters->PROTEST riot")
                return

    def predicate_rejection(self, cands: list[Cand]) -> None:
        """"(X said) lifting the sanctions is out of the question", "a ceasefire is off the table": a predicate
        that rejects its subject clause; the subject is the content (not an event), the speaker the actor."""
        for c in cands:
            if c.kind != "pattern" or c.entry.tokens not in REJECTION_PREDICATES:
                continue
            k = c.words[0] - 1
            while k >= 0 and (self.low[k] in ADVERBS or self.low[k].endswith("ly") or self.low[k] in NEGATION):
                k -= 1
            if k < 0 or not (self.low[k] in BE or self.low[k] in AUXILIARIES):
                continue
            start = k - 1
            while start >= 0 and not (self.low[start] in CLAUSE_BREAK or self.low[start] in (",", ";", ".", "that")
                                      or self.low[start] in self.report or self.lem[start] in self.report):
                start -= 1
            content = [o for o in cands if o is not c and start < o.words[0] < k]
            for o in content:
                o.governed = True
                o.notes.append("content of a rejection")
            first = next((o for o in content if o.recipients), None)
            c.recipients = list(first.recipients) if first is not None else []
            if not c.actors or c.actor_from == "inherited" or any(j in self.at for j in range(start + 1, k)):
                # the subject clause names no actor of the rejection: the speaker or the outer subject is
                left = self.left_actor(start) if start > 0 else []
                c.actors = self.refs(left) if left else []
                c.actor_from = "linear" if left else ""
            c.governed = False
            c.notes.append("rejection predicate")

    def passive_means(self, cands: list[Cand]) -> None:
        """"Two soldiers were killed in a Russian drone attack": the noun names the means of the passive act,
        the same act; its modifier is the attacker and the passive subject (the victims) its recipient."""
        for p, c in zip(cands, cands[1:]):
            if p.kind != "pattern" or p.event != c.event or c.governed or p.governed or p.actors or \
                    not self.passive(p.words[0]):
                continue
            gap = range(p.words[-1] + 1, c.words[0])
            between = [self.low[k] for k in gap]
            if not between or between[0] not in ("in", "during") or len(between) > 5 or \
                    any(w in CLAUSE_BREAK or w in (",", ".") for w in between):
                continue
            inside = [self.at[k] for k in gap if k in self.at and not self.at[k].place]
            if not inside:
                continue  # no attacker named: the coder keeps no event without an actor
            c.actors = self.refs(self.group_at(inside[0]))  # "a Russian drone attack"
            c.actor_from = "parse"
            c.recipients = list(p.recipients)
            p.governed = True
            p.notes.append("told by its means")
            c.notes.append("means of a passive act")

    def _predicate_subject(self, i: int) -> tuple[int, int] | None:
        """The subject span (start, end) of a predicate starting at token i: "(said) [the United States] would
        pay a heavy price"; None when no auxiliary or copula links them."""
        k = i - 1
        while k >= 0 and (self.low[k] in ADVERBS or self.low[k].endswith("ly") or self.low[k] in NEGATION or
                          self.low[k] in ("only", "just", "surely", "certainly")):
            k -= 1
        if k < 0 or not (self.low[k] in BE or self.low[k] in AUXILIARIES):
            return None
        while k > 0 and (self.low[k - 1] in AUXILIARIES or self.low[k - 1] in BE):
            k -= 1
        start = k - 1
        while start >= 0 and not (self.low[start] in CLAUSE_BREAK or self.low[start] in (",", ";", ".", "that")
                                  or self.low[start] in self.report or self.lem[start] in self.report):
            start -= 1
        return start, k

    def threat_predicate(self, cands: list[Cand]) -> None:
        """"(Russia said) the United States would pay a heavy price", "any attack would not go unanswered":
        idioms of retaliation whose subject is the one threatened (or the act that would be answered); the
        actor is who says so."""
        for c in cands:
            if c.kind != "pattern" or c.governed or c.entry.tokens not in THREAT_PREDICATES:
                continue
            i = c.words[0]
            clause = i - 1
            while clause >= 0 and not (self.low[clause] in CLAUSE_BREAK or self.low[clause] in (",", ";", ".")
                                       or self.lem[clause] in self.report):
                if self.low[clause] in ("if", "unless") or (
                        self.low[clause] in ("who", "whoever", "those", "anyone", "anybody") and not any(
                            self.low[j] in ("will", "would", "shall", "'ll") for j in range(i, c.words[-1]))):
                    c.governed = True  # "those who play with fire", "if it played with fire": the condition
                    c.notes.append("condition of a threat")
                    break
                clause -= 1
            if c.governed:
                continue
            span = self._predicate_subject(i)
            speaker = c.source or self.speakers.get(c.sent.index) or self.source(self.doc)
            if span is None:
                if not c.actors and speaker is not None:  # "Those who play with fire will get burned," X said
                    c.actors, c.actor_from = [speaker], "parse"
                    c.recipients = [r for r in c.recipients if r.code != speaker.code]
                    c.notes.append("threat idiom")
                continue
            start, k = span
            if any(o is not c and o.event == "THREATEN" and o.words[0] < start and o.head < i and
                   c.actor_from == "inherited" for o in cands):
                continue  # "warned that Israel will face consequences": the warning already holds it
            answered = None
            for o in cands:
                if o is not c and start < o.words[0] < k:
                    o.governed = True  # "any attack would not go unanswered": the act answered, not news
                    o.notes.append("content of a threat")
                    answered = answered or o
            subject = [self.at[j] for j in range(start + 1, k) if j in self.at and not self.at[j].place]
            if answered is not None and answered.actors:
                subject = []
                c.recipients = list(answered.actors)
            elif answered is not None and hasattr(c, "anaphor"):
                c.anaphor = answered.entry.event  # "the summit's decisions": the parties of that event
            outer = self.left_actor(start) if start > 0 else []
            actors = self.refs(outer) if outer else ([speaker] if speaker is not None else [])
            c.actors, c.actor_from = actors, ("linear" if actors else "")
            if subject or answered is None or not answered.actors:
                c.recipients = [r for r in self.refs(self.group_at(subject[0]))
                                if r.code not in {a.code for a in actors}] if subject else []
            c.needs_recipient = not c.recipients
            c.notes.append("threat idiom")

    def domestic_counterpart(self, cands: list[Cand]) -> None:
        """"Egyptian police opened fire to disperse demonstrators", "Rebels in the Ivory Coast dismissed an
        appeal from the president": when every party the sentence names belongs to one country and the event
        acts on an unnamed counterpart, that counterpart is of the same country (the government for
        non-state actors, the population for the state's own agents)."""
        mentions = [m for m in self.at.values()]
        codes = {r.code for r in self.refs(mentions) if r.code}
        if len(codes) != 1:
            return
        code = next(iter(codes))
        if is_igo(code) or is_ngo(code):
            return
        for c in cands:
            if c.governed or c.recipients or c.reciprocal or c.event not in DOMESTIC_TYPES:
                continue
            if {a.code for a in c.actors} != {code} or c.kind != "pattern":
                continue
            if c.event in ("ASSAULT", "COERCE") and any(a.sector == "MIL" for a in c.actors):
                continue  # an army's victims are often abroad, even when the sentence names no place
            if not self._counterpart_after(c.words[0] + 1) and not (
                    c.event == "REJECT" and self.lem[c.words[0]] in SELF_REFUSAL and self._self_act(c)):
                continue
            sector = c.actors[0].sector
            c.recipients = [c.actors[0].model_copy(update={
                "sector": "CVL" if sector in (None, "GOV", "COP", "MIL", "JUD", "LEG", "SPY") else "GOV",
                "id": None, "name": code})]
            c.notes.append("domestic counterpart")

    def _self_act(self, c: Cand) -> bool:
        """"declined to resign", "refused to step down": a refusal whose content acts on no one named (the
        domestic opponents who asked for it are its recipient)."""
        for k in range(c.words[0] + 1, min(len(self.low), c.words[0] + 4)):
            if self.lem[k] in SELF_ACTS:
                return True
        return False

    def _counterpart_after(self, end: int) -> bool:
        """An object or prepositional phrase after the verb that names people or a body (not a thing)."""
        for k in range(end, min(len(self.low), end + 9)):
            w = self.low[k]
            if w in CLAUSE_BREAK or w in (".", ";", "that", "which", "who", "if", "as", "while"):
                return False
            if self.lem[k] in COUNTERPART_NOUNS or w in COUNTERPART_NOUNS:
                return True
        return False

    def verbal_protest(self, c: Cand) -> None:
        """"X protested that Y ...", "Y is failing to ..., a rights group protested": a protest that reports
        words is a verbal disapproval (ACCUSE), not a demonstration; its target is the reported clause's subject."""
        if c.event != "PROTEST" or len(c.words) != 1 or self.lem[c.words[0]] not in VERBAL_PROTEST:
            return
        i, n = c.words[0], len(self.doc)
        if i + 1 < n and self.low[i + 1] == "that":
            c.recipients = self.refs(self.object_np(i + 2)) or c.recipients
        else:
            after = i + 1  # "..., a group protested (here) (on) Wednesday."
            while after < n and (self.low[after] in ("here", "on", "today", "yesterday", "there", "late", "early")
                                 or self.low[after] in TIME_WORDS):
                after += 1
            if after < n and self.low[after] not in (".", ";", ",", "\"", "”"):
                return
            comma = next((k for k in range(i - 1, max(-1, i - 8), -1) if self.low[k] == ","), None)
            if comma is None or comma < 2 or any(k in self.verb_heads for k in range(comma + 1, i)):
                return
            inner = [self.at[k] for k in range(comma + 1, i) if k in self.at]
            c.actors = self.refs(self.group_at(inner[0])) if inner else []
            c.actor_from = "parse" if inner else ""
            first = next((self.at[k] for k in range(0, comma) if k in self.at and not self.at[k].place), None)
            c.recipients = self.refs(self.group_at(first)) if first is not None else []
        c.event, c.mode, c.cameo = "ACCUSE", "disapprove", "114"
        c.notes.append("verbal protest->ACCUSE")

    def joint_exercise(self, c: Cand) -> None:
        """"held war drills with the United States": an exercise with a partner is COOPERATE (PLOVER:
        single-country exercises are MOBILIZE, joint ones COOPERATE)."""
        if c.event != "MOBILIZE" or not {self.lem[k] for k in c.words} & EXERCISES:
            return
        if len({a.code for a in c.actors}) > 1:  # "French and Egyptian warships launched war games"
            c.event, c.mode, c.cameo = "COOPERATE", "", "062"
            c.reciprocal = True
            c.notes.append("exercise of several->COOPERATE")
            return
        partner = self.refs(self.right_actor(c.words[-1] + 1, ("with",), span=4))
        if partner:
            c.event, c.mode, c.cameo = "COOPERATE", "", "062"
            c.recipients = partner
            c.notes.append("exercise with a partner->COOPERATE")

    def _with_partner(self, end: int) -> bool:
        """Is the recipient after the event introduced by "with" ("held talks with leaders of Romania")?"""
        for k in range(end, min(end + 8, len(self.low))):
            if self.low[k] == "with":
                return bool(self.object_np(k + 1))
            if self.at.get(k) is not None or self.low[k] in CLAUSE_BREAK or self.low[k] in (",", "."):
                return False
        return False

    def _name_calling(self, i: int) -> bool:
        """"called the offer a cheap trick": "call" + object + a pejorative noun in the same clause."""
        for k in range(i + 1, min(len(self.low), i + 16)):
            if self.low[k] in CLAUSE_BREAK and self.low[k] not in ('"', "“", "”") or self.low[k] in (".", ";") or \
                    self.low[k] in self.report:
                return False
            if self.lem[k] in PEJORATIVE or self.low[k] in PEJORATIVE:
                return True
        return False

    def _bare_warning(self, c: Cand) -> bool:
        """"warned that the gap could take weeks to close" states a fear, not a threat; "warned that Tehran
        would react firmly" announces a response (THREATEN)."""
        i, end = c.words[0], c.words[-1] + 1
        if c.event != "THREATEN" or self.lem[i] not in ("warn", "caution") or c.content is not None:
            return False
        that = next((k for k in range(end, min(end + 5, len(self.low))) if self.low[k] in ("that", ",", ".")), None)
        if that is None or self.low[that] != "that" or any(self.at.get(k) is not None for k in range(end, that)):
            return False  # "warned Israel that ...": a warning to a party
        window = self.low[that + 1:that + 10]
        return not any(w in ("will", "would", "'ll", "shall") for w in window)

    def interception(self, c: Cand) -> bool:
        """"air defences shot down 61 drones", "intercepted two missiles": defence against projectiles; the
        ASSAULT is the attacker's, coded where the attack is told."""
        if c.event != "ASSAULT" or c.kind != "pattern" or not {self.lem[k] for k in c.words} & INTERCEPT:
            return False
        end = c.words[-1] + 1
        window = {self.lem[k] for k in range(end, min(end + 5, len(self.lem)))} | {self.lem[k] for k in c.words}
        return bool(window & (MISSILES | {"drone", "shell", "interceptor"}))

    def weapons_launch(self, c: Cand) -> None:
        """"fired ballistic missiles into the sea": a launch with no target is a show of force (MOBILIZE
        weapons), not an ASSAULT; "fired missiles at Kyiv" keeps its target and stays ASSAULT."""
        if c.event != "ASSAULT" or c.kind != "pattern" or c.recipients:
            return
        lems = {self.lem[k] for k in c.words}
        if not lems & LAUNCH_VERBS or not lems & MISSILES:
            return
        end = c.words[-1] + 1
        for k in range(end, min(end + 8, len(self.low) - 1)):
            if self.low[k] in ("at", "on", "against", "toward", "towards") and self.lem[k + 1] not in TIME_WORDS:
                return  # "fired missiles (and drones) at a tanker": it has a target ("on Monday" is a date)
        c.event, c.mode, c.cameo = "MOBILIZE", "weapons", None
        c.notes.append("launch without a target->MOBILIZE")

    def threat_reduction(self, c: Cand) -> None:
        """PLOVER: a coder returns the single category that fits, not a category plus an auxiliary mode.
        Force announced, intended or promised ("will impose martial law", "plans to impose restrictions",
        "would tighten the blockade") is a THREATEN; so is a reduction of relations made conditional
        ("may halt mediation if ...")."""
        m = c.mod
        if c.event == "AGREE" and c.content is not None and c.content.event == "MOBILIZE" and \
                self.lem[c.words[0]] in COMMISSIVE_EN:
            c.event, c.mode, c.cameo = "THREATEN", "violence", None  # "vowed to deploy new missiles"
            c.notes.append("vow to mobilize->THREATEN")
            return
        if m.negated or c.event not in THREAT_FROM:
            return
        conditional = m.conditional or self._condition_after(c.head)
        if (c.event in THREAT_FROM_FORWARD and m.forward) or (conditional and (m.forward or m.hypothetical)):
            c.notes.append(f"{c.event}+{'future' if m.forward else 'conditional'}->THREATEN")
            c.event, c.mode, c.cameo = "THREATEN", THREAT_MODE.get(c.event, ""), None

    def _condition_after(self, i: int) -> bool:
        """An "if"/"unless" clause after the event, in the same sentence part."""
        for k in range(i + 1, len(self.low)):
            if self.low[k] in (";", ".") or self.low[k] in self.report:
                return False
            if self.low[k] in ("if", "unless"):
                return True
        return False

    def _background(self, i: int, cause_only: bool = True) -> bool:
        """"since last month's invasion", "after the war": a time reference, not news. With ``cause_only``
        (patterns, which may be verbs: "after Russia attacked" is news) only the cause phrases count."""
        k = i - 1
        while k >= 0 and i - k <= 4 and (self.low[k] in DETERMINERS or self.low[k] in ("'s", "’s", "last", "this")
                                         or self.at.get(k) is not None or self.lem[k] in ("month", "year", "week")):
            k -= 1
        if not cause_only and k >= 0 and self.low[k] in ("since", "after", "before", "during"):
            return True
        # "in retaliation for an air raid", "on the eve of a visit", "following the killing of": the cause or
        # the time of the news, not the news (up to two modifiers may stand before the noun)
        for j in range(k, max(-1, k - 3), -1):
            if self.low[j] in BACKGROUND_WORDS or tuple(self.low[max(0, j - 1):j + 1]) in BACKGROUND_PHRASES:
                return True
            if self.low[j] in PREPOSITIONS or self.low[j] in CLAUSE_BREAK or self.low[j] in (",", "."):
                return False
        return False

    def _noun_use(self, i: int) -> Entry | None:
        """A pattern word used as a noun ("the attack", "Russian strikes"): its noun reading."""
        if i == 0:
            return None
        prev = self.low[i - 1]
        rows = self.lex.noun(self.lem[i]) or self.lex.noun(self.low[i])
        nxt = self.low[i + 1] if i + 1 < len(self.low) else ""
        if rows and nxt == "between":
            return rows[0]  # "indirect talks between X and Y"
        if rows and prev in ("though", "although", "while", "because", "whereas", "unless") and \
                not self.low[i].endswith("ed"):
            return rows[0]  # "though talks on the issue would continue": the subject of a new clause
        if rows and nxt == "to" and not self.low[i].endswith("ed") and rows[0].event == "CONSULT" and \
                "to" in rows[0].recipient and self.at.get(i - 1) is None and prev not in PRONOUNS:
            return rows[0]  # "a two-day visit to Tehran": the noun and its destination
        if rows and i > 1 and self.low[i - 2] in DETERMINERS and prev.isalpha() and prev.islower() and \
                not self.low[i].endswith("ed") and not (prev in BE or prev in AUXILIARIES or prev in NEGATION) \
                and self.at.get(i - 1) is None:
            return rows[0]  # "the only guarantee", "a new invasion": determiner, modifier, noun
        if rows and (prev in DETERMINERS or prev.endswith("'s") or prev == "'s" or prev in NOUN_AFTER
                     or self.at.get(i - 1) is not None
                     and self.at[i - 1].kind == "demonym"):
            return rows[0]
        return None

    def _noun_at(self, i: int) -> tuple[Entry | None, int]:
        for width in (3, 2, 1):
            if i + width > len(self.lem):
                continue
            key = " ".join(self.lem[i:i + width])
            rows = self.lex.noun(key) or self.lex.noun(" ".join(self.low[i:i + width]))
            last = i + width - 1
            if rows and self.low[last].endswith("ed") and not self.lem[last].endswith("ed"):
                continue  # "launched", "supported": a verb form, not the noun
            if rows:
                return rows[0], width
        return None, 0

    # ---------------------------------------------------------------- arguments

    def refs(self, ms) -> list[ActorRef]:
        out = []
        for m in ms:
            ref = self.index.ref_for(m, self.article)
            if ref.code:
                out.append(self._head_sector(m, ref))
        return out

    def _head_sector(self, m, ref: ActorRef) -> ActorRef:
        """"Croatian extremists", "Darfur rebels", "Palestinian civilians": a nationality adjective before
        a noun for non-state people names those people, not the state (a domestic event keeps both sides)."""
        if m.kind != "demonym" or ref.sector not in (None, "GOV") or m.tok_end >= len(self.low):
            return ref
        k = m.tok_end
        while k < len(self.low) - 1 and k - m.tok_end < 2 and self.lem[k] not in HEAD_SECTORS and \
                self.low[k].isalpha() and self.low[k] not in PREPOSITIONS and self.at.get(k) is None:
            k += 1  # "Sierra Leonean and Liberian refugees", "ethnic Albanian political parties"
        sector = HEAD_SECTORS.get(self.lem[k]) or HEAD_SECTORS.get(self.low[k])
        return ref.model_copy(update={"sector": sector}) if sector else ref

    def group_at(self, m) -> list:
        """A mention and the ones coordinated with it ("the US and Britain")."""
        group = [m]
        k = m.tok_end
        sep = False
        while k < len(self.doc):
            w = self.low[k]
            if w in (",", "and", "&", "-", "–") or w in DETERMINERS:  # "Israel-Hezbollah ceasefire": both
                sep = sep or w in (",", "and", "&", "-", "–")
                k += 1
                continue
            nxt = self.at.get(k)
            if nxt is not None and nxt not in group and not nxt.place and (sep or self._same_code(nxt, group[-1])):
                group.append(nxt)
                k = nxt.tok_end
                sep = False
                continue
            break
        k = m.tok_start - 1
        sep = False
        while k >= 0:
            w = self.low[k]
            if w in (",", "and", "&", "-", "–") or w in DETERMINERS:
                sep = sep or w in (",", "and", "&", "-", "–")
                k -= 1
                continue
            prev = self.at.get(k)
            if prev is not None and prev not in group and not prev.place and sep and \
                    self._governed_by_prep(prev.tok_start) not in (None, "of") and \
                    not any(self.low[j] in ("and", "&", "-", "–") for j in range(prev.tok_end, group[0].tok_start)):
                break  # "circulated by Russian state media, Moscow demands": another phrase, not a list
            if prev is not None and prev not in group and not prev.place and (sep or self._same_code(prev, group[0])):
                group.insert(0, prev)
                k = prev.tok_start - 1
                sep = False
                continue
            break
        return group

    def _same_code(self, a, b) -> bool:
        """Two mentions side by side with no "and" or comma are one entity described twice ("Guyanese
        President Irfaan Ali"), not a coordination; "pro-Iranian Hizbollah" names one actor, not two."""
        ca, cb = self.index.ref_for(a, self.article).code, self.index.ref_for(b, self.article).code
        return bool(ca) and ca == cb

    def _prep_index(self, start: int) -> int:
        k = start - 1
        while k >= 0 and (self.low[k] in DETERMINERS or self.low[k] in (",",)):
            k -= 1
        return k

    def _governed_by_prep(self, start: int) -> str | None:
        k = start - 1
        while k >= 0 and (self.low[k] in DETERMINERS or self.low[k] in (",",)):
            k -= 1
        if k >= 0 and self.low[k] in PREPOSITIONS:
            return self.low[k]
        return None

    def left_actor(self, i: int) -> list:
        """The nearest actor group left of token i in its clause, not inside a prepositional phrase."""
        k = i - 1
        while k >= 0:
            w = self.low[k]
            if w == ")":
                k = self._skip_parenthesis(k)
                continue
            if w in CLAUSE_BREAK or (self._subordinator(k) and self._clause_between(k, i)):
                break
            if w in SUBJECT_NOUNS and self.at.get(k) is None and self._bare_subject(k, i):
                return []  # "..., but defence officials cautioned": an unnamed subject
            m = self.at.get(k)
            if m is not None:
                group = self.group_at(m)
                start = group[0].tok_start
                prep = self._governed_by_prep(start)
                if prep in SUBORDINATORS and (self._subordinator(self._prep_index(start)) or (
                        group[-1].tok_end <= i and i - group[-1].tok_end <= 2 and
                        all(self.low[j] in SUBJECT_NOUNS or self.low[j] in AUXILIARIES
                            for j in range(group[-1].tok_end, i)))):
                    prep = None  # "days after Paris accused", "after U.S. officials alleged": a new clause's subject
                agent_in = prep in ("in", "throughout", "from") and self._agent_before(start)
                if agent_in:
                    j = start - 1
                    while j >= 0 and (self.low[j] in DETERMINERS or self.low[j] in PREPOSITIONS):
                        j -= 1
                    agent = self.at.get(j)
                    if agent is not None and not agent.place and any(r.code for r in self.refs([agent])):
                        return self.group_at(agent)  # "Rebels in the Ivory Coast": the rebels, with their sector
                    return group
                if (prep is None or prep == "of") and not all(g.place for g in group):
                    outer = self._apposition_subject(start, i)
                    if outer:
                        return outer
                    return [g for g in group if not g.place] or group
                k = start - 1
                continue
            k -= 1
        return []

    def _subordinator(self, k: int) -> bool:
        """"..., South Korea's military said, hours after the North rejected": a conjunction that opens a
        new clause after a comma or a time span; the subject of the verb is inside that clause."""
        if self.low[k] not in SUBORDINATORS or k == 0:
            return False
        prev = self.low[k - 1]
        return prev == "," or self.lem[k - 1] in TIME_SPANS

    def _bare_subject(self, k: int, i: int) -> bool:
        """Is the noun at k the subject of the verb at i: nothing but auxiliaries between them, and no
        name before it in its noun phrase ("Thai military sources" has one)?"""
        if any(not (self.low[j] in AUXILIARIES or self.low[j] in NEGATION or self.low[j].endswith("ly"))
               for j in range(k + 1, i)):
            return False
        j = k - 1
        steps = 0
        while j >= 0 and steps < 3:
            if self.at.get(j) is not None:
                return False
            if self.low[j] in (",", "but", "and", "that", ";") or self.low[j] in CLAUSE_BREAK or \
                    self.low[j] in DETERMINERS:
                return True
            j -= 1
            steps += 1
        return j < 0

    def _clause_between(self, k: int, i: int) -> bool:
        """Does a subject stand between the conjunction at k and the verb at i ("after the North rejected")?
        Without one, the word is a preposition before a noun ("after face-to-face talks")."""
        doc = self.doc
        return any(self.at.get(j) is not None or self.low[j] in PRONOUNS or self.low[j] in SUBJECT_NOUNS or
                   doc[j].text[:1].isupper() for j in range(k + 1, i))

    def _skip_parenthesis(self, k: int) -> int:
        """From a closing bracket at k, the token before its opening one ("the World Food Program (WFP)
        said": the bracket repeats or glosses the name before it); -1 when there is none close by."""
        j = k - 1
        while j >= 0 and k - j <= 8:
            if self.low[j] == "(":
                return j - 1
            if self.low[j] in (")", ".", ";"):
                break
            j -= 1
        return -1

    def _apposition_subject(self, start: int, i: int) -> list:
        """"Pakistan, a key U.S. ally in the war, has refused": the subject before the apposition."""
        if "," not in self.low[start:i]:
            return []
        k = start - 1
        while k >= 0 and self.low[k] != ",":
            if self.low[k] in CLAUSE_BREAK or self.low[k] in ("that", "said", "says"):
                return []
            k -= 1
        if k <= 0:
            return []
        m = self.at.get(k - 1)
        if m is not None and not m.place and self._governed_by_prep(m.tok_start) is None:
            return self.group_at(m)
        return []

    def left_any(self, i: int) -> list:
        """The nearest actor group left of token i in the clause, whatever governs it."""
        k = i - 1
        while k >= 0:
            if self.low[k] == ")":
                k = self._skip_parenthesis(k)
                continue
            if self.low[k] in CLAUSE_BREAK:
                break
            m = self.at.get(k)
            if m is not None:
                return self.group_at(m)
            k -= 1
        return []

    def _agent_before(self, start: int) -> bool:
        k = start - 1
        while k >= 0 and (self.low[k] in DETERMINERS or self.low[k] in PREPOSITIONS):
            k -= 1
        return k >= 0 and self.low[k] in AGENT_NOUNS

    def right_actor(self, end: int, wanted: tuple[str, ...], span: int = 10, places: bool = False,
                    skip: frozenset = frozenset()) -> list:
        """The recipient: an actor group after the match, as its object or after a wanted preposition.
        Groups of the ``skip`` countries (the actor's own: "the withdrawal of French troops from Mali")
        are passed over."""
        n = len(self.doc)
        preps = [w for w in wanted if w != "obj"]

        def other(found: list) -> bool:
            return bool(found) and not (skip and {r.code for r in self.refs(found)} <= skip)

        if "obj" in wanted:
            found = self.object_np(end, places)
            if other(found):
                return found
        k = end
        while k < min(n, end + span):
            w = self.low[k]
            if w in CLAUSE_BREAK or w == "." or w in self.report or (w in ("that", "which", "who") and k > end):
                break  # "condemned the launch and said its commitment to South Korea": another clause
            if w in ("while", "because", "although", "whereas", "until", "when", "if", "unless") or w in \
                    BACKGROUND_WORDS or (
                    w == "as" and k + 1 < n and self.low[k + 1] not in ("a", "an", "the", "part", "well")):
                break  # "impose martial law as street battles raged in Baghdad": another clause
            hit = next((p for p in preps if self.low[k:k + len(p.split())] == p.split()), None)
            if hit:
                found = self.object_np(k + len(hit.split()), places or hit in ("on", "against", "into", "in", "at"))
                if other(found):
                    return found
            k += 1
        return []

    def object_np(self, start: int, places: bool = False, span: int = 9) -> list:
        """The actors a noun phrase starting at ``start`` names or belongs to: "Libya", "two Iraqi youths",
        "an Indian proposal", "recent calls by Belarus's rulers", "positions of the Palestinian forces"."""
        n = len(self.doc)
        k = start
        while k < min(n, start + span):
            m = self.at.get(k)
            if m is not None:
                if places or not m.place:
                    return self.group_at(m)
                return []
            w = self.low[k]
            if w in CLAUSE_BREAK or w in (".", ",", "that", "which", "who", "whom", "to", "and", "but", "after",
                                          "before", "because", "while", "as", "if", "when", "since"):
                return []
            if k > start and k in self.verb_heads and not self._noun_reading(k):
                return []  # "a deal that left Ukraine free to join NATO": another verb, another phrase
            if w in PREPOSITIONS and w not in ("of", "by", "from", "with", "for", "in", "at"):
                return []
            if w in ("in", "at", "for", "with") and not places:
                return []
            k += 1
        return []

    def passive(self, i: int) -> bool:
        back = [self.low[k] for k in range(max(0, i - 3), i)]
        back = [w for n, w in enumerate(back) if w != "'s" or n == len(back) - 1]  # "Venezuela's minister called"
        form = self.low[i]
        if form in ADJECTIVAL:
            return False  # "is committed to", "are determined to": a state of the subject
        if form.endswith("ing") or not any(w in BE for w in back) or (back and back[-1] == "to"):
            return False  # "was ready to host": an infinitive, not a participle
        return (form.endswith(("ed", "en", "t")) or form != self.lem[i]) and not any(
            w in ("has", "have", "had") for w in back[-1:])

    def fill_verb(self, c: Cand) -> None:
        e = c.entry
        wanted = recipient_markers(e, "en", c.event)
        i, end = c.words[0], c.words[-1] + 1
        if self.passive(i):
            by = self.right_actor(end, ("by",))
            c.actors = self.refs(by)
            c.actor_from = "parse" if by else ""
            to = self.right_actor(end, ("to",)) if not by and c.event == "AID" else []
            if to:  # "the first Danish F-16 jets would be delivered to Ukraine": Denmark gives, Ukraine gets
                c.actors, c.actor_from = self.refs(self.left_actor(i) or self.left_any(i)), "linear"
                c.recipients = self.refs(to)
            elif by and c.event == "CONSULT" and self.lem[i] in HOST_VERBS:
                # "Zelenskyy was received by Biden": the visitor is the actor, the host the recipient (manual)
                c.recipients, c.actors = c.actors, self.refs(self.left_actor(i) or self.left_any(i))
                c.actor_from = "linear"
            elif "obj" in wanted:
                c.recipients = self.refs(self.left_actor(i) or self.left_any(i))
        else:
            self.no_subject = False
            left = self._shared_subject(i) or ([] if self.no_subject else self.left_actor(i))
            c.actors = self.refs(left)
            c.actor_from = "linear" if left else ""
            if not c.actors and i > 0:
                # "..., who met X": the antecedent of a relative pronoun
                pass
        if not c.recipients and len(c.words) > 1:  # "give Tanzania a grant", "granted X asylum"
            inside = [self.at[k] for k in range(c.words[0] + 1, c.words[-1]) if k in self.at and k not in c.words]
            if inside and wanted:
                c.recipients = self.refs(self.group_at(inside[0]))
        if not c.recipients and c.event in ("REQUEST", "ACCUSE", "THREATEN") and end < len(self.doc) - 1 and \
                self.low[end] == "that":
            c.recipients = self.refs(self.object_np(end + 1))  # "demanded that the United States match..."
        if not c.recipients and c.event == "ACCUSE" and not self.passive(i):
            # "investigating alleged war crimes by Croatian extremists", "condemned attacks by X on Y"
            c.recipients = self.refs(self.right_actor(end, ("by",), span=7))
        if not c.recipients and c.event == "ACCUSE":
            c.recipients = self.refs(self.right_actor(end, ("over", "about", "against", "of"), places=False))
        if not c.recipients and wanted:
            places = c.event in ("ASSAULT", "COERCE", "MOBILIZE", "AID", "CONSULT")
            found = self.right_actor(end, wanted, places=places,
                                     skip=frozenset(a.code for a in c.actors if c.event in ("CONCEDE", "RETREAT")))
            c.recipients = self.refs(found)
            if c.event == "COERCE":
                c.recipients = self.population(c.actors, found, c.recipients)
        if not c.recipients and c.event == "ASSAULT":  # "killed 40 people across Gaza": the place attacked
            c.recipients = self.refs(self.right_actor(end, ("in", "across", "throughout"), places=True))
        if not c.actors and c.event == "PROTEST" and not self.passive(i):
            # "Thousands of people protested in Belgrade": unnamed protesters are the place's population
            place = [m for m in self.right_actor(end, ("in", "at", "across", "throughout"), places=True, span=6)
                     if m.place]
            if place:
                c.actors = [r.model_copy(update={"sector": "CVL"}) for r in self.refs(place[:1])]
                c.actor_from = "linear"
        if not c.recipients and c.event == "PROTEST" and len({a.code for a in c.actors}) == 1 and \
                all(a.sector not in (None, "GOV", "CVL", "IGO") for a in c.actors) and not self._with_partner(end):
            # "workers of the Serbian union went on strike": a domestic protest targets its government
            c.recipients = [c.actors[0].model_copy(update={"sector": "GOV", "id": None,
                                                           "name": c.actors[0].code})]
        if not c.recipients and c.event == "PROTEST":  # "rioted at a jail in northern Israel": its authorities
            c.recipients = [r.model_copy(update={"sector": "GOV"}) for r in self.refs(
                self.right_actor(end, ("in", "at"), places=True)) if r.code not in {a.code for a in c.actors}]
            if not c.recipients:
                c.needs_recipient = "obj" in wanted and end < len(self.doc) and self.low[end] in DETERMINERS
        if c.event == "CONSULT" and c.recipients and c.mode != "visit" and c.actors and \
                self.lem[i] not in HOST_VERBS and self._with_partner(end):
            c.notes.append("with partner")  # "held talks with X": both are the actors (manual), if realized
        if c.event in ("CONSULT", "AGREE", "ASSAULT", "COOPERATE") and not c.recipients and len(
                {a.code for a in c.actors}) > 1:
            c.reciprocal = True

    def population(self, actors, mentions, refs):
        """"imposed a curfew in Abidjan": restrictions at home fall on the country's people, not on its
        government (PLOVER codes the population of the same country as the recipient)."""
        own = {a.code for a in actors}
        out = []
        for m, r in zip(mentions, refs) if len(mentions) == len(refs) else ():
            if m.place and r.code in own and (r.sector in (None, "GOV")):
                r = r.model_copy(update={"sector": "CVL"})
            out.append(r)
        return out or refs

    def _fronted_meeting(self, c: Cand) -> list:
        """"At a summit in the Nigerian capital, ECOWAS heads of state decided ...": the meeting of a
        fronted phrase is held by the subject of the clause after the comma."""
        i = c.words[0]
        if c.event != "CONSULT" or not any(self.low[k] in ("at", "during") for k in range(max(0, i - 3), i)):
            return []
        if any(self.low[k] not in DETERMINERS and self.low[k] not in ("at", "during") and self.low[k].islower()
               for k in range(0, max(0, i - 3))):
            return []  # the phrase must open the sentence
        comma = next((k for k in range(i + 1, min(len(self.low), i + 10)) if self.low[k] == ","), None)
        if comma is None:
            return []
        m = next((self.at[k] for k in range(comma + 1, min(len(self.low), comma + 4)) if self.at.get(k) is not None
                  and not self.at[k].place), None)
        group = self.group_at(m) if m is not None else []
        refs = self.refs(group)
        if len({r.code for r in refs}) > 1 or any(r.sector == "IGO" for r in refs):
            return group
        return []  # "at a party meeting, Kim vowed": a country's own meeting is no consultation

    def fill_noun(self, c: Cand) -> None:
        e = c.entry
        i, end = c.words[0], c.words[-1] + 1
        own = []
        k = i - 1
        while k >= 0 and (self.low[k] in DETERMINERS or self.low[k] in ("'s", "’s") or self.at.get(k) is not None):
            m = self.at.get(k)
            if m is not None and not m.place and not (m.kind == "metonym" and c.event in ("AGREE", "CONSULT") and
                                                      self.low[m.tok_end] not in ("'s", "’s")):
                own = self.group_at(m)  # ("the Washington agreement", "the Doha talks": a venue, not a party)
                break
            k -= 1
        by = self.right_actor(end, ("by",), span=2) if end < len(self.low) and self.low[end] != "," else []
        own = own or by or self._fronted_meeting(c)
        rec = self.right_actor(end, tuple(p for p in recipient_markers(e, "en", c.event) if p not in ("by", "of", "obj"))
                               or ("on",),
                               span=6, places=c.event in ("ASSAULT", "COERCE", "MOBILIZE", "AID"))
        between = next((k for k in range(end, min(len(self.low), end + 6)) if self.low[k] == "between"), None)
        if between is not None and self.lem[i] in MEDIATION:
            rec = self.object_np(between + 1, places=False)  # "a mediation between X and Y": X, Y are the parties
        elif "between" in e.recipient and end < len(self.low) and "between" in self.low[end:end + 2]:
            c.reciprocal = True
            own = own + rec
            rec = []
        if not own and i > 1 and self.low[i - 1] in ("to", "for") or i > 2 and self.low[i - 2] in ("to", "for"):
            j = i - 1 if self.low[i - 1] in ("to", "for") else i - 2
            if j > 0 and self.lem[j - 1] in EN_INTENT_ADJ:  # "ready for negotiations", "open to contacts"
                c.mod.add("intention", self.low[j - 1])
                own = own or self.left_actor(j - 1)
        if own:
            c.actors, c.actor_from = self.refs(own), "parse"
        else:
            for k in range(i - 1, max(-1, i - 8), -1):
                if self.low[k] in CLAUSE_BREAK or self.low[k] in (",", ".", "that") or self.at.get(k) is not None \
                        and i - k > 4:
                    break  # ("announced that negotiations were complete": the noun is the subject of "that")
                if (self.lem[k] in LIGHT and i - k <= 4) or self.lem[k] in MOTION:
                    left = self.left_actor(k)
                    c.actors, c.actor_from = self.refs(left), "inherited"
                    break
        c.recipients = self.refs(rec)
        if c.event == "CONSULT" and c.recipients and c.actors and c.mode != "visit" and self._with_partner(end):
            c.notes.append("with partner")  # "talks with Kinshasa": the parties of the talks

    # ---------------------------------------------------------------- frames

    def govern(self, cands: list[Cand]) -> None:
        """An event right after another and linked by "to"/"of"/"for" is its content ("agreed to meet X",
        "accused X of attacking", "threatened to strike X", "called for a ceasefire")."""
        for a, b in zip(cands, cands[1:]):
            if a.governed and ("descriptive" in a.notes or "modal frame" in a.notes):
                continue
            gap = range(a.words[-1] + 1, b.words[0])
            between = self._without_parentheses([self.low[k] for k in gap])
            if b.kind == "pattern" and not b.governed and self._purpose(a, b, between):
                b.governed = True  # "gave X a grant (...) over three years to finance projects"
                b.notes.append("purpose")
                continue
            if any(w in ("as", "while", "when", "because", "although", "though", "whereas", "until") for w in between):
                continue  # "pledge air defences for Ukraine as Kremlin warns": another clause
            commas = [k for k in gap if self.low[k] == ","]
            if commas and any(self.at.get(k) is not None for k in range(commas[-1] + 1, b.words[0])):
                continue  # "Under the agreement, Israel has 60 days to withdraw": a clause with its own subject
            control = self.lem[a.words[0]] in OBJECT_CONTROL and between[-1:] == ["to"] and len(between) <= 14
            if (len(between) > 6 and not control) or any(w in CLAUSE_BREAK or w in (".",) for w in between):
                continue
            if between[:1] == [","] and self.low[b.words[0]].endswith("ing") and not b.governed:
                b.governed = True  # "..., killing one person": the same action told on
                b.notes.append("elaboration")
                continue
            linked = any(w in CONTENT_LINKS for w in between) or (a.entry.tokens and a.entry.tokens[-1] in CONTENT_LINKS)
            if b.kind == "noun" and a.kind == "pattern" and not any(w in (",", "and", "but") for w in between):
                linked = True  # "provided food aid", "demanded the withdrawal of": the verb's object
            if a.kind == "pattern" and all(w in DETERMINERS for w in between):
                linked = True  # "demanded support from", "demanded an end to": the verb's object
            if not linked:
                continue
            if a.event in ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST", "AID", "COOPERATE", "CONSULT",
                           "RETREAT") and b.kind == "pattern":
                if "to" in between:
                    b.governed = True  # "opened fire to disperse": the purpose, not another event
                    b.notes.append("purpose")
                continue
            # "condemned the launch", "welcomed the truce": an event noun with no party of its own refers
            # back to an event told before; its actor is the recipient (coder: discourse referent)
            referring = (a.event in ("ACCUSE", "SUPPORT", "REJECT") and b.kind == "noun" and
                         not (b.actors and b.actor_from == "parse") and all(w in DETERMINERS for w in between))
            if a.entry.tokens in OBJECT_ONLY and not a.recipients and b.actors and b.actor_from == "parse":
                continue  # "called the joint exercises between X and Y a provocation": X and Y's own act
            if not b.actors or b.actor_from == "linear":
                if self.lem[a.words[0]] in OBJECT_CONTROL and a.recipients:
                    b.actors = list(a.recipients)
                else:
                    b.actors = list(a.actors)
                b.actor_from = "inherited"
            if a.event in ("ACCUSE",) and b.event not in ("ACCUSE",):
                b.governed = True  # an allegation is not coded as the alleged event
                if not a.recipients and not referring:
                    a.recipients = b.actors
            else:
                combine(a, b)
            if referring and not a.recipients and hasattr(a, "anaphor"):
                a.recipients = []
                a.anaphor = b.entry.event

    @staticmethod
    def _without_parentheses(words: list[str]) -> list[str]:
        out, depth = [], 0
        for w in words:
            if w == "(":
                depth += 1
            elif w == ")" and depth:
                depth -= 1
            elif not depth:
                out.append(w)
        return out

    def _purpose(self, a: Cand, b: Cand, between: list[str]) -> bool:
        """A material act then "to" + an event verb, in one clause: the purpose of the act ("opened fire to
        disperse", "sent troops to help"), not a second event."""
        i = b.words[0]
        if i > 1 and self.low[i - 2] == "to" and self.lem[i - 1] in SUPPORT_VERBS:
            i -= 1  # "to keep pressure on", "to put pressure on"
        if a.event not in MATERIAL or i == 0 or self.low[i - 1] != "to":
            return False
        if not between or len(between) > 16 or any(w in CLAUSE_BREAK or w in (".", "and", "but", "while", "as")
                                                 or w in self.report for w in between):
            return False
        prev = self.lem[i - 2] if i > 1 else ""
        return prev not in self.intent and prev not in self.future and prev not in ADJECTIVAL

    def modality(self, c: Cand) -> None:
        m: Modality = c.mod
        i = c.words[0]
        k = i - 1
        steps = 0
        saw_to = False
        while k >= 0 and steps < 6:
            w, lm = self.low[k], self.lem[k]
            if w in CLAUSE_BREAK or w in (".", ",", "but") or self.at.get(k) is not None:
                break
            if w in ("must", "should") or (w == "to" and k > 0 and self.low[k - 1] in ("has", "have", "had", "need",
                                                                                    "needs", "needed")):
                c.notes.append("obligation")
            if w in self.neg_words:
                m.add("negation", w)
            elif saw_to and (w in self.intent or (lm in self.intent and lm != "will")):
                m.add("intention", w)
            elif w in self.future:
                m.add("future", w)
            elif w == "would":
                m.add("future" if self._reported_before(k) else "hypothetical", w)
            elif w in ("could", "might", "may", "should"):
                m.add("hypothetical", w)
            elif w == "to":
                saw_to = True
            elif saw_to and lm in self.hyp:
                m.add("hypothetical", w)
            elif saw_to and lm in self.neg_verbs and lm not in ("refuse", "decline", "reject"):
                m.add("negation", w)
            elif lm in ("go", "set", "due", "expect", "schedule", "plan") and saw_to:
                m.add("future", w)
            elif saw_to and lm in ("day", "week", "month", "year", "hour") and k > 1 and self.lem[k - 2] in (
                    "have", "has", "give", "gave", "get"):
                m.add("future", w)  # "Israel has 60 days to withdraw": a deadline
            k -= 1
            steps += 1
        for j in range(0, i):
            if self.low[j] in self.clause_cues and not any(self.low[x] in (",", ";") for x in range(j, j + 1)):
                if j < i and (j == 0 or self.low[j - 1] in (",", "and", "but")):
                    m.add("conditional", self.low[j])
        if c.kind == "noun" and i > 0 and self.lem[i - 1] in ("possible", "potential", "planned", "proposed",
                                                               "future", "upcoming", "expected"):
            m.add("future" if self.lem[i - 1] in ("planned", "upcoming", "expected", "future") else "hypothetical")

    def _reported_before(self, k: int) -> bool:
        return any(self.lem[j] in self.report or self.low[j] in self.report for j in range(0, k))

    def source(self, doc) -> ActorRef | None:
        """The speaker of the sentence: "according to X", "X said (that)", "..., X said"."""
        n = len(doc)
        for j in range(n):
            if self.low[j] == "according" and j + 1 < n and self.low[j + 1] == "to":
                for k in range(j + 2, min(n, j + 7)):
                    m = self.at.get(k)
                    if m is not None:
                        refs = self.refs([m])
                        return refs[0] if refs else None
        for j in range(n):
            if self.low[j] in self.report or (self.lem[j] in self.report and j not in self.used):
                left = self.left_actor(j)
                if left and j > 0:
                    refs = self.refs(left)
                    if refs:
                        return refs[0]
                for k in range(j + 1, min(n, j + 5)):  # "..., the ministry said"
                    m = self.at.get(k)
                    if m is not None and self.low[j - 1] in (",", "”", '"', "'") if j > 0 else False:
                        refs = self.refs([m])
                        return refs[0] if refs else None
        return None


__all__ = ["EnglishCoder", "match_patterns"]
