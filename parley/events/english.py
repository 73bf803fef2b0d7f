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

from ..model import ActorRef
from .candidate import Cand, combine
from .lexicon import Entry, Lexicon, recipient_markers
from .modality import EN_HYPOTHETICAL, EN_INTENT, EN_INTENT_ADJ, EN_REPORT, Modality

PREPOSITIONS = frozenset("""of in at on to from with by for against into onto toward towards over under about
    between among across after before during since near through within without via amid despite per than
    upon around along behind beyond""".split())
DETERMINERS = frozenset("the a an this that these those its their his her our your my some several two three "
                        "four five both all any each every no another other new fresh further".split())
CLAUSE_BREAK = frozenset(";:()[]\"“”")
BE = frozenset("be is are was were been being 's".split())
NEGATION = frozenset("not n't never no".split())
LIGHT = frozenset("announce impose launch carry conduct hold order approve sign adopt extend make take begin "
                  "start stage mount resume continue step intensify unleash issue deliver send provide "
                  "offer propose demand seek call reject accept agree threaten".split())
OBJECT_CONTROL = frozenset("urge call ask press encourage push force pressure invite order tell warn appeal "
                           "accuse".split())
REPORT_WORDS = EN_REPORT | frozenset("said says told tells stated announced added noted claimed".split())
CONTENT_LINKS = frozenset("to of for on that from".split())
ADJECTIVAL = frozenset("committed determined prepared ready willing set poised resolved opposed pledged "
                       "obliged bound engaged involved interested concerned".split())
MEDIATION = frozenset("mediation mediate mediator broker".split())
# "rebels in the Ivory Coast", "security forces in Guinea": these nouns take their country from "in X".
AGENT_NOUNS = frozenset("""rebel rebels force forces troop troops soldier soldiers police policeman policemen authority
    authorities official officials government leader leaders militant militants guerrilla guerrillas gunmen gunman
    protester protesters demonstrator demonstrators student students worker workers army militia militias
    insurgent insurgents fighter fighters opposition party activists activist residents villagers""".split())


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
            for gap in range(0, 4):
                q = p + gap
                if any(lem[j] in (".", ";", ":") for j in range(p, min(q, len(lem)))):
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
                   for i in range(m.tok_start, m.tok_end)}
        verbs = match_patterns(self.lex, self.lem, self.low, blocked)
        used = {p for _, pos in verbs for p in range(pos[0], pos[-1] + 1)}
        cands: list[Cand] = []
        for entry, pos in verbs:
            first = pos[0]
            if first > 0 and self.low[first - 1] in DETERMINERS and self.low[first].endswith(("ed", "en")):
                continue  # "the occupied West Bank", "the besieged town": an adjective
            noun = self._noun_use(pos[0])
            if noun is not None:
                cands.append(Cand(sent, pos[0], noun, "noun", words=[pos[0]]))
            else:
                cands.append(Cand(sent, pos[0], entry, "pattern", words=pos))
        for i in range(len(doc)):
            if i in used or i in blocked:
                continue
            entry, width = self._noun_at(i)
            if entry is not None:
                cands.append(Cand(sent, i, entry, "noun", words=list(range(i, i + width))))
        speaker = self.source(doc)
        cands += self.obligations(sent, speaker, cands)
        if not cands:
            return []
        cands.sort(key=lambda c: c.head)
        for c in cands:
            if c.fixed:
                continue
            if c.kind == "noun" and self._background(c.head):
                c.governed = True
                continue
            if c.kind == "pattern" and self._descriptive(c.words[0]):
                c.governed = True
                c.notes.append("descriptive")
                continue
            if c.kind == "noun":
                self.fill_noun(c)
            else:
                self.fill_verb(c)
            self.modality(c)
        self.govern(cands)
        for c in cands:
            c.source = speaker or self.speakers.get(sent.index)
            if c.reported_by is None:
                c.reported_by = c.source
            c.heading = sent.heading
            c.confidence = (0.6 if c.kind == "pattern" else 0.5) + (0.1 if c.actors else 0) + (
                0.05 if c.recipients else 0) - (0.1 if sent.heading else 0)
        return cands

    def obligations(self, sent, speaker, cands) -> list[Cand]:
        """"X declared that China must drop barriers": X's demand of China, even when the demanded act
        is not an event of the lexicon."""
        out = []
        if speaker is None:
            return out
        for k, w in enumerate(self.low):
            if w not in ("must", "should") or any(c.words[0] > k for c in cands):
                continue
            left = self.left_actor(k)
            refs = self.refs(left)
            if not refs or speaker.code in {r.code for r in refs}:
                continue
            entry = Entry("must", "REQUEST", "change", "104", ("obj",), note="obligation", where="built-in")
            c = Cand(sent, k, entry, "pattern", words=[k], actors=[speaker], recipients=refs, actor_from="parse")
            c.notes.append("speaker's demand")
            c.fixed = True
            out.append(c)
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
                return ante >= 0 and self.at.get(ante) is None and w in ("that", "which")
            if self.at.get(k) is not None or w in CLAUSE_BREAK or w in (".", ","):
                break
            k -= 1
            steps += 1
        form = self.low[i]
        nxt = self.low[i + 1] if i + 1 < len(self.low) else ""
        back = {self.low[j] for j in range(max(0, i - 3), i)}
        return form.endswith("ed") and nxt == "by" and not back & (BE | {"has", "have", "had"})

    def _background(self, i: int) -> bool:
        """"since last month's invasion", "after the war": a time reference, not news."""
        k = i - 1
        while k >= 0 and i - k <= 4 and (self.low[k] in DETERMINERS or self.low[k] in ("'s", "’s", "last", "this")
                                         or self.at.get(k) is not None or self.lem[k] in ("month", "year", "week")):
            k -= 1
        return k >= 0 and self.low[k] in ("since", "after", "before", "during")

    def _noun_use(self, i: int) -> Entry | None:
        """A pattern word used as a noun ("the attack", "Russian strikes"): its noun reading."""
        if i == 0:
            return None
        prev = self.low[i - 1]
        rows = self.lex.noun(self.lem[i]) or self.lex.noun(self.low[i])
        if rows and (prev in DETERMINERS or prev.endswith("'s") or prev == "'s" or self.at.get(i - 1) is not None
                     and self.at[i - 1].kind == "demonym"):
            return rows[0]
        return None

    def _noun_at(self, i: int) -> tuple[Entry | None, int]:
        for width in (3, 2, 1):
            if i + width > len(self.lem):
                continue
            key = " ".join(self.lem[i:i + width])
            rows = self.lex.noun(key) or self.lex.noun(" ".join(self.low[i:i + width]))
            if rows:
                return rows[0], width
        return None, 0

    # ---------------------------------------------------------------- arguments

    def refs(self, ms) -> list[ActorRef]:
        out = []
        for m in ms:
            ref = self.index.ref_for(m, self.article)
            if ref.code:
                out.append(ref)
        return out

    def group_at(self, m) -> list:
        """A mention and the ones coordinated with it ("the US and Britain")."""
        group = [m]
        k = m.tok_end
        while k < len(self.doc):
            w = self.low[k]
            if w in (",", "and", "&") or w in DETERMINERS:
                k += 1
                continue
            nxt = self.at.get(k)
            if nxt is not None and nxt not in group and not nxt.place:
                group.append(nxt)
                k = nxt.tok_end
                continue
            break
        k = m.tok_start - 1
        while k >= 0:
            w = self.low[k]
            if w in (",", "and", "&") or w in DETERMINERS:
                k -= 1
                continue
            prev = self.at.get(k)
            if prev is not None and prev not in group and not prev.place:
                group.insert(0, prev)
                k = prev.tok_start - 1
                continue
            break
        return group

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
            if w in CLAUSE_BREAK:
                break
            m = self.at.get(k)
            if m is not None:
                group = self.group_at(m)
                start = group[0].tok_start
                prep = self._governed_by_prep(start)
                agent_in = prep in ("in", "throughout", "from") and self._agent_before(start)
                if agent_in:
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
        while k >= 0 and self.low[k] not in CLAUSE_BREAK:
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

    def right_actor(self, end: int, wanted: tuple[str, ...], span: int = 10, places: bool = False) -> list:
        """The recipient: an actor group after the match, as its object or after a wanted preposition."""
        n = len(self.doc)
        preps = [w for w in wanted if w != "obj"]
        if "obj" in wanted:
            found = self.object_np(end, places)
            if found:
                return found
        k = end
        while k < min(n, end + span):
            w = self.low[k]
            if w in CLAUSE_BREAK or w == ".":
                break
            hit = next((p for p in preps if self.low[k:k + len(p.split())] == p.split()), None)
            if hit:
                found = self.object_np(k + len(hit.split()), places or hit in ("on", "against", "into", "in", "at"))
                if found:
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
            if w in PREPOSITIONS and w not in ("of", "by", "from", "with", "for", "in", "at"):
                return []
            if w in ("in", "at", "for", "with") and not places:
                return []
            k += 1
        return []

    def passive(self, i: int) -> bool:
        back = [self.low[k] for k in range(max(0, i - 3), i)]
        form = self.low[i]
        if form in ADJECTIVAL:
            return False  # "is committed to", "are determined to": a state of the subject
        if form.endswith("ing") or not any(w in BE for w in back):
            return False
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
            if "obj" in wanted:
                c.recipients = self.refs(self.left_actor(i) or self.left_any(i))
        else:
            left = self.left_actor(i)
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
        if not c.recipients and c.event == "ACCUSE":
            c.recipients = self.refs(self.right_actor(end, ("over", "about", "against", "of"), places=False))
        if not c.recipients and wanted:
            places = c.event in ("ASSAULT", "COERCE", "MOBILIZE", "AID", "CONSULT")
            c.recipients = self.refs(self.right_actor(end, wanted, places=places))
            if not c.recipients:
                c.needs_recipient = "obj" in wanted and end < len(self.doc) and self.low[end] in DETERMINERS
        if c.event in ("CONSULT", "AGREE", "ASSAULT", "COOPERATE") and not c.recipients and len(
                {a.code for a in c.actors}) > 1:
            c.reciprocal = True

    def fill_noun(self, c: Cand) -> None:
        e = c.entry
        i, end = c.words[0], c.words[-1] + 1
        own = []
        k = i - 1
        while k >= 0 and (self.low[k] in DETERMINERS or self.low[k] in ("'s", "’s") or self.at.get(k) is not None):
            m = self.at.get(k)
            if m is not None and not m.place:
                own = self.group_at(m)
                break
            k -= 1
        by = self.right_actor(end, ("by",), span=4)
        own = own or by
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
        if own:
            c.actors, c.actor_from = self.refs(own), "parse"
        else:
            for k in range(i - 1, max(-1, i - 5), -1):
                if self.lem[k] in LIGHT:
                    left = self.left_actor(k)
                    c.actors, c.actor_from = self.refs(left), "inherited"
                    break
        c.recipients = self.refs(rec)

    # ---------------------------------------------------------------- frames

    def govern(self, cands: list[Cand]) -> None:
        """An event right after another and linked by "to"/"of"/"for" is its content ("agreed to meet X",
        "accused X of attacking", "threatened to strike X", "called for a ceasefire")."""
        for a, b in zip(cands, cands[1:]):
            if a.governed and "descriptive" in a.notes:
                continue
            gap = range(a.words[-1] + 1, b.words[0])
            between = [self.low[k] for k in gap]
            if len(between) > 6 or any(w in CLAUSE_BREAK or w in (".",) for w in between):
                continue
            if between[:1] == [","] and self.low[b.words[0]].endswith("ing") and not b.governed:
                b.governed = True  # "..., killing one person": the same action told on
                b.notes.append("elaboration")
                continue
            linked = any(w in CONTENT_LINKS for w in between) or (a.entry.tokens and a.entry.tokens[-1] in CONTENT_LINKS)
            if b.kind == "noun" and a.kind == "pattern" and not any(w in (",", "and", "but") for w in between):
                linked = True  # "provided food aid", "demanded the withdrawal of": the verb's object
            if not linked:
                continue
            if a.event in ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST", "AID", "COOPERATE", "CONSULT",
                           "RETREAT") and b.kind == "pattern":
                if "to" in between:
                    b.governed = True  # "opened fire to disperse": the purpose, not another event
                    b.notes.append("purpose")
                continue
            if not b.actors or b.actor_from == "linear":
                if self.lem[a.words[0]] in OBJECT_CONTROL and a.recipients:
                    b.actors = list(a.recipients)
                else:
                    b.actors = list(a.actors)
                b.actor_from = "inherited"
            if a.event in ("ACCUSE",) and b.event not in ("ACCUSE",):
                b.governed = True  # an allegation is not coded as the alleged event
                if not a.recipients:
                    a.recipients = b.actors
                continue
            combine(a, b)

    def modality(self, c: Cand) -> None:
        m: Modality = c.mod
        i = c.words[0]
        k = i - 1
        steps = 0
        saw_to = False
        while k >= 0 and steps < 6:
            w, lm = self.low[k], self.lem[k]
            if w in CLAUSE_BREAK or w in (".", ",") or self.at.get(k) is not None:
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
            if self.low[j] in self.report or (self.lem[j] in self.report and self.lem[j] not in self.lex.patterns):
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
