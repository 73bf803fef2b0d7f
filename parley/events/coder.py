"""The events stage: code every political event of an article as a PLOVER record.

``stage(article)`` runs after the actors and quotes stages. Per sentence the
language coder (french.py on the parse; english.py on patterns, or on the
parse when a real English pipeline is installed) proposes candidates; this
module adds what needs the whole article — who speaks in a quotation
introduced by "X a précisé :", the items of a list of demands that follow
"exige :", contexts, dates — then applies PLOVER's reductions, drops what is
not an event, removes duplicates and builds the Events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from ..actors.index import get_index
from ..actors.kb import STATE_SECTORS
from ..model import ActorRef, Event
from . import dates, lexicon
from .candidate import Cand, apply_reductions, finish, keep, obligation_to_request, ref_key, same_side
from .modality import EN_REPORT, FR_REPORT
from .topic import topic_label_end

QUOTE_OPEN = ("«", "“", '"', "‘", "„")
ITEM_START = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][)]|[•\-–—*·▪◦●])\s")
ITEM_GOVERNORS = ("REQUEST", "REJECT", "AGREE", "CONCEDE", "THREATEN")
# Types whose recipient, when the sentence leaves it implicit, is found in the discourse.
DISCOURSE_TYPES = frozenset("ACCUSE REJECT REQUEST THREATEN SUPPORT SANCTION".split())


def stage(article) -> None:
    if not article.sents or article.language not in ("fr", "en"):
        return
    lex = lexicon.load(article.language)
    index = get_index(article)
    if not index.mentions:
        return
    speakers = quote_speakers(article, index)
    if article.language == "fr":
        from .french import FrenchCoder

        coder = FrenchCoder(article, lex, index, speakers)
    elif article.has_parser:
        from .english_dep import EnglishDepCoder

        coder = EnglishDepCoder(article, lex, index, speakers)
    else:
        from .english import EnglishCoder

        coder = EnglishCoder(article, lex, index, speakers)
    by_sent: dict[int, list[Cand]] = {}
    for sent in article.sents:
        if sent.heading and sent.index > 0:
            continue  # section headings sum up the text that follows; the title is coded
        cands = coder.code_sentence(sent)
        if cands:
            by_sent[sent.index] = cands
    list_items(article, by_sent)
    ref = article.date()
    matcher = ContextMatcher(lex)
    kept: list[Cand] = []
    for k in sorted(by_sent):
        for cand in sorted(by_sent[k], key=lambda c: c.head):
            if cand.anaphor.partition(":")[0] == "SIDES" and not cand.actors:
                count = int(cand.anaphor.partition(":")[2] or 0)  # "SIDES:3": "les trois régimes"
                cand.actors = last_sides(kept, cand, count=count)
                cand.reciprocal = bool(cand.actors) and (not count or cand.event in JOINT_TYPES)
            elif cand.anaphor == "SIDES+":  # a host and the parties it receives
                sides = last_sides(kept, cand, back=20) or conflict_sides(kept, {a.code for a in cand.actors})
                if sides:
                    cand.actors = cand.actors + [r for r in sides if ref_key(r) not in {ref_key(a) for a in cand.actors}]
                    cand.reciprocal = True
            obligation_to_request(cand)
            apply_reductions(cand)
            if keep(cand):
                kept.append(cand)
    for cand in kept:  # an actor is not its own recipient: look for the other party instead
        if not cand.reciprocal:
            cand.recipients = [r for r in cand.recipients if not any(same_side(r, a) for a in cand.actors)]
    discourse_recipients(kept, index, article)
    for cand in kept:
        protest_target(cand)
    events: list[tuple[Cand, Event]] = []
    for cand in kept:
        sent = cand.sent
        if cand.reported_by is not None and len(cand.actors) == 1 and ref_key(cand.reported_by) == ref_key(
                cand.actors[0]):
            cand.reported_by = None  # "X a affirmé qu'il ...": X's own event, not a claim about it
            if cand.source is not None and ref_key(cand.source) != ref_key(cand.actors[0]):
                cand.reported_by = cand.source
        set_date(cand, date_exprs(sent, article.language), ref, article.language)
        events.append((cand, finish(cand, article.original, matcher.contexts(sent, article))))
    article.events = dedupe(events)


# Domestic groups whose protest, with no stated target, is aimed at their own government.
PROTESTER_SECTORS = (None, "GOV", "CVL", "LAB", "EDU", "REB", "OPP", "PTY", "REL", "SOC", "MED", "BUS", "JRN")


def protest_target(cand: Cand) -> None:
    """Protesters of country X with no stated target protest against X's government (PLOVER PROTEST)."""
    if cand.event != "PROTEST" or cand.recipients:
        return
    codes = [a.code for a in cand.actors if a.code and len(a.code) == 3 and a.sector in PROTESTER_SECTORS]
    if len(set(codes)) == 1:
        cand.actors = [a.model_copy(update={"sector": "CVL"}) if a.sector in (None, "GOV") else a
                       for a in cand.actors]
        cand.recipients = [ActorRef(name=codes[0], code=codes[0], sector="GOV")]


# Types whose recipient, when nothing in the clause names it, is taken from the rest of the
# sentence (another party named there, then a place) or from the latest earlier event of another
# party: news prose leaves the target of a statement implicit when the context makes it plain.
IMPLICIT_TYPES = frozenset("ACCUSE REJECT REQUEST THREATEN SUPPORT SANCTION AGREE CONCEDE ASSAULT COERCE "
                           "RETREAT AID MOBILIZE".split())


from .fr_words import THING_NOUNS

BACKGROUND_MARKERS = ("depuis",)
# A party named in a condition or a concession is not whom the main clause's event is aimed at:
# "malgré les sanctions américaines", "si Washington refuse", "unless Iran complies".
CONCESSIVE_CASES = ("malgré", "despite", "notwithstanding")
CONDITION_MARKS = ("si", "s'", "if", "unless", "à moins que", "à moins qu'", "dès que", "dès qu'",
                   "sitôt que", "once", "as soon as", "tant que", "tant qu'", "as long as")
PREFIXES = ("pro-", "anti-", "pro", "anti")
# Nouns of speech and position whose "sur X" / "on X" names a topic.
TOPIC_CASES = ("sur", "concernant", "on", "about", "over", "regarding")
TOPIC_NOUNS = frozenset("propos déclaration remarque position politique discours commentaire débat question dossier "
                        "statement remark position policy comment debate question stance".split())


AFFILIATION = lexicon.word_class("fr", "affiliation")
CROWD_NUMBERS = lexicon.word_class("fr", "crowd_number")
BEHALF_NOUNS = lexicon.word_class("fr", "behalf_noun")
AUDIENCE_VERBS = lexicon.word_class("fr", "audience_verb")
REQUESTER_NOUNS = lexicon.word_class("fr", "requester_noun")
# Event types aimed at an opponent: the audience they are voiced before is not their recipient.
HOSTILE_TYPES = frozenset("ACCUSE THREATEN REJECT PROTEST".split())
# Prepositions of a place put at the head of the sentence ("À Abuja, ...", "In Nairobi, ...").
FRONTED_PLACE = ("à", "a", "in", "at")


def _weak(m, doc, lex) -> bool:
    """A mention that hardly names a party to the event: a demonym on a thing or a place
    ("le gaz russe", "la frontière égyptienne"; not "les frappes russes"), or an actor inside a
    time phrase ("depuis le début de l'invasion de l'Ukraine")."""
    if m.tok_start >= len(doc):
        return False
    tok = doc[m.tok_start]
    if m.kind in ("demonym", "group") and tok.dep_ == "amod" and tok.head.lemma_.lower() in THING_NOUNS:
        return True
    if m.kind == "metonym" and 0 < m.tok_start <= 2 and doc[m.tok_start - 1].lower_ in FRONTED_PLACE and \
            m.tok_end < len(doc) and doc[m.tok_end].text == ",":
        return True  # "À Lomé, le ministre a répondu...": where it happens, not a party
    if m.tok_end <= 4 and m.tok_end < len(doc) and doc[m.tok_end].text == ":" and all(
            doc[j].pos_ in ("PROPN", "DET", "NOUN", "ADP") for j in range(m.tok_end)):
        return True  # "Corée : Séoul exige que...": the headline's label, not a party
    if tok.dep_ == "nmod" and tok.head.lemma_.lower() in BEHALF_NOUNS and any(
            c.dep_ == "case" and c.lower_ in ("au", "à", "de", "pour") for c in tok.head.children):
        return True  # "au nom de l'UE, X exige...": whom the actor speaks for
    first = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "nmod" else tok
    if first.dep_ == "nmod" and first.head.lemma_.lower() in REQUESTER_NOUNS and any(
            c.dep_ == "case" and c.lower_ in ("au", "à", "sur") for c in first.head.children):
        return True  # "à la demande du Qatar": who asked for the act, not a party to it
    if m.kind == "demonym" and tok.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() in CROWD_NUMBERS:
        return True  # "une aide pour des milliers de Syriens": people, not the state
    if tok.dep_ in ("obl:arg", "obl:mod", "obl", "nmod") and tok.head.lemma_.lower() in AFFILIATION and \
            tok.head.pos_ in ("VERB", "ADJ") and (tok.head.dep_ in ("acl", "amod", "appos") or
                                                  {"VerbForm=Part", "Tense=Pres"} <= set(str(tok.head.morph).split("|"))):
        return True  # "une milice liée à l'Iran": an affiliation, not a party to the event
    low = tok.lower_
    if low.startswith(("pro-", "anti-")) or (m.tok_start > 0 and doc[m.tok_start - 1].lower_ in PREFIXES + ("-",)
                                             and (doc[m.tok_start - 1].lower_ != "-" or m.tok_start > 1 and
                                                  doc[m.tok_start - 2].lower_ in PREFIXES)):
        return True  # "les milices pro-iraniennes": a stance, not a party
    if tok.head.lemma_.lower() in TOPIC_NOUNS and any(c.dep_ == "case" and c.lower_ in TOPIC_CASES
                                                       for c in tok.children):
        return True  # "ses propos sur Taïwan", "talks on Ukraine": what is talked about, not a party
    cur = tok
    for _ in range(6):
        if any(c.dep_ == "case" and c.lower_ in BACKGROUND_MARKERS + CONCESSIVE_CASES for c in cur.children):
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            break
    if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("advcl", "ccomp", "conj", "acl:relcl") or cur.dep_ == "advcl":
        marks = (" ".join(([doc[c.i - 1].lower_] if c.i > 0 and doc[c.i - 1].lower_ == "tant" else [])  # "tant qu'"
                          + [c.lower_] + [f.lower_ for f in c.children if f.dep_ == "fixed"])
                 for c in cur.children if c.dep_ == "mark")
        if any(mk == c or mk.startswith(c + " ") for mk in marks for c in CONDITION_MARKS):
            return True  # "si Moscou refuse": a condition
    return False


# PLOVER types that require a recipient: whatever the number of actors, it is looked for.
NEEDS_RECIPIENT = frozenset(("AID", "SANCTION"))


LOCATIVE = ("autour de", "autour du", "près de", "près du", "au large de", "au large du", "aux abords de", "vers",
            "le long de", "around", "near", "off", "towards", "toward")


def _audience(m, doc) -> bool:
    """A mention that names the audience of the sentence's words: "dans une lettre adressée au Conseil de
    sécurité", "devant l'Assemblée générale". A charge or a warning voiced before it aims at another party."""
    if not doc.has_annotation("DEP") or m.tok_start >= len(doc):
        return False
    cur = doc[m.tok_start]
    for _ in range(4):
        if any(c.dep_ == "case" and c.lower_ in ("devant", "before") for c in cur.children) and \
                cur.dep_.startswith("obl"):
            return True
        if cur.dep_.startswith("obl") and cur.head.lemma_.lower() in AUDIENCE_VERBS and cur.head.dep_ == "acl":
            return True
        if cur.dep_ not in ("nmod", "flat:name", "appos", "amod") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _locative(m, doc) -> bool:
    """A mention after a preposition of place ("manœuvres autour de Taïwan")."""
    k = m.tok_start
    while k > 0 and doc[k - 1].pos_ == "DET":
        k -= 1
    before = " ".join(t.lower_ for t in doc[max(0, k - 3):k])
    return any(before.endswith(p) for p in LOCATIVE)


# The words that open a relative clause (not "que" read as a conjunction: "affirme que X paiera").
RELATIVE_WORDS = frozenset("qui que qu' qu’ dont où lequel laquelle lesquels lesquelles who whom whose which".split())


def _aside(m, doc, head: int, own: set) -> bool:
    """A mention inside a relative clause on the event's own actor that does not hold the event:
    "X, qui a mené des exercices avec Y, a salué...". The clause tells something else about the
    actor; its parties are not the event's."""
    if not doc.has_annotation("DEP") or m.tok_start >= len(doc) or head >= len(doc):
        return False
    cur = doc[m.tok_start]
    for _ in range(12):
        if cur.dep_ in ("acl:relcl", "relcl") and any(c.dep_ != "mark" and c.lower_ in RELATIVE_WORDS
                                                       for c in cur.children):
            return cur.head.i in own and not (cur.left_edge.i <= head <= cur.right_edge.i)
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _next_clause_subject(m, doc, head: int) -> bool:
    """A mention in the subject of a clause coordinated after the event's: "X a promis une aide, mais
    le programme de l'ONU attend toujours...". That clause tells another event, with its own actor."""
    if not doc.has_annotation("DEP") or m.tok_start >= len(doc):
        return False
    cur = doc[m.tok_start]
    for _ in range(6):
        if cur.dep_ in ("nsubj", "nsubj:pass"):
            verb = cur.head
            return verb.i != head and verb.i > head and verb.dep_ in ("conj", "parataxis", "dep") and \
                not (verb.left_edge.i <= head <= verb.right_edge.i)
        if cur.dep_ not in ("nmod", "appos", "flat:name", "amod", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _others(index, article, mentions, mine: set, speakers: set, lex=None, doc=None,
            actors=None) -> list[ActorRef]:
    """The coded references of ``mentions`` that are neither the event's actors nor its speaker.
    With ``actors``, the other side of a domestic conflict counts too: "Chisinau offre du gaz,
    pourvu que Tiraspol paie" (a government and its rebels or opposition, coded X -> X)."""
    if lex is not None and doc is not None and doc.has_annotation("DEP"):
        mentions = [m for m in mentions if not _weak(m, doc, lex)]
    else:
        actors = None  # without a parse, a country named beside its own rebels ("Yemen's Houthis") is no party
    out = []
    for m in mentions:
        r = index.ref_for(m, article)
        if not r.code or ref_key(r) in speakers:
            continue
        if r.code not in mine or actors and _other_side(r, actors, m.kind) and not _own_phrase_or_place(
                m, doc, actors, index, article):
            out.append(r)
    return out


def _other_target(m, doc, cand) -> bool:
    """The target of another act told earlier in the sentence: "ont voté des sanctions contre l'Iran,
    après que la Hongrie a renoncé à son veto" (Iran is what the sanctions aim at, not whom Hungary
    yields to)."""
    if not doc.has_annotation("DEP") or m.tok_start >= len(doc):
        return False
    tok = doc[m.tok_start]
    return tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.head.i not in (cand.words or [cand.head]) and \
        any(c.dep_ == "case" and c.lower_ in ("contre", "against") for c in tok.children)


def _code(index, m) -> str | None:
    """A mention's country code, without listing its actor among the article's actors."""
    a = index.actors.get(m.actor_id)
    return a.country if a is not None else None


def _own_phrase_or_place(m, doc, actors, index, article) -> bool:
    """A mention of the actors' own country inside their noun phrase ("les rebelles maliens du
    nord") or after a preposition of place ("arrivent à Bamako"): no opponent."""
    tok = doc[m.tok_start] if m.tok_start < len(doc) else None
    if tok is None:
        return True
    if any(c.dep_ == "case" and c.lower_ in ("à", "dans", "en", "vers", "depuis", "sur") for c in tok.children):
        return True
    codes = {a.code for a in actors}
    head = tok.head
    for other in index.in_sentence(m.sent):
        if other is not m and other.tok_start <= head.i < other.tok_end and _code(index, other) in codes:
            return True
    return False


def _other_side(ref: ActorRef, actors: list[ActorRef], kind: str = "") -> bool:
    """``ref`` is the domestic opponent of the actors of its own country: their rebels or opposition
    for a state, the state for rebels or opposition."""
    same = [a for a in actors if a.code == ref.code]
    if not same:
        return True
    if len({a.code for a in actors}) > 1:
        return False  # "X and Y failed to agree": the parties are both actors
    if ref.sector in CHALLENGER_SECTORS:
        return all(a.sector in STATE_SECTORS for a in same)
    if ref.sector in STATE_SECTORS or ref.sector is None and kind in ("metonym", "country"):  # "Chisinau"
        return all(a.sector in CHALLENGER_SECTORS for a in same)
    return False


# Event types a noun may refer back to: "l'accord" is what was agreed or signed.
ANAPHOR_TYPES = {"CONFLICT": ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION"), "AGREE": ("AGREE", "SUPPORT"),
                 "COOP": ("AGREE", "SUPPORT", "CONCEDE", "AID", "SANCTION", "COOPERATE"), "SUPPORT": ("SUPPORT", "AGREE"), "CONCEDE": ("CONCEDE", "AGREE"),
                 "COERCE": ("COERCE", "ASSAULT"), "ASSAULT": ("ASSAULT", "COERCE")}


def referent(before: list[Cand], cand: Cand, mine_keys: set, back: int) -> Cand | None:
    """The latest earlier event of another party that an event noun object refers back to
    ("Le Caire a condamné la prise du poste-frontière": the seizure told before). In the nearest
    sentence that has one, a verb's event before a noun's."""
    kind, _, victim = cand.anaphor.partition(":")  # "CONFLICT:YEM": an act of force against Yemen
    types = ANAPHOR_TYPES.get(kind, (kind,))
    # "salue la rencontre": a meeting told with both sides, if there is one, rather than a one-sided mention
    meeting = kind == "CONSULT" and any(p.event == "CONSULT" and len(_parties(p)) > 1 for p in before
                                        if p.sent.index >= cand.sent.index - back)
    found: list[Cand] = []
    for prev in reversed(before):
        if prev.sent.index < cand.sent.index - back:
            break
        if found and prev.sent.index != found[0].sent.index:
            break
        theirs = {(a.code, a.sector) for a in prev.actors if a.code}
        if prev.event in types and theirs and not theirs & mine_keys and (
                not victim or victim in {r.code for r in prev.recipients}) and (
                kind != "COOP" or prev.mod.final() == "asserted") and (
                kind != "CONSULT" or len(_parties(prev)) > 1 or not meeting):
            found.append(prev)
    if not found:
        return None
    return min(found, key=lambda p: (p.kind != "verb", -p.head))


def _parties_met(c: Cand) -> list[ActorRef]:
    """The actors of an event but the host or third party of a meeting (french.py, venue_host): "le
    Chili a salué la rencontre" tenue à Brasilia praises the two sides, not Brazil."""
    hosts = {ref_key(h) for h in getattr(c, "hosts", [])}
    return [a for a in c.actors if ref_key(a) not in hosts]


def _parties(prev: Cand) -> set:
    """The countries on either side of an event."""
    return {a.code for a in prev.actors + prev.recipients if a.code}


# Referents whose parties all receive the praise: "salue la rencontre" praises both sides who met.
JOINT_TYPES = frozenset("CONSULT AGREE COOPERATE".split())


CONFLICT_TYPES = frozenset("REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
FORCE_TYPES = frozenset("THREATEN MOBILIZE COERCE ASSAULT".split())


def last_sides(kept: list[Cand], cand: Cand, back: int = 3, count: int = 0) -> list[ActorRef]:
    """"Les deux délégations sont convenues...": the parties of the latest event of several actors
    (``count``: "les trois régimes", the latest event whose actors, or parties, are that many)."""
    for prev in reversed(kept):
        if prev.sent.index < cand.sent.index - back:
            break
        parties = [a for a in _parties_met(prev) + (prev.recipients if not prev.reciprocal else []) if a.code]
        if count:
            if not (prev.reciprocal or len(prev.actors) > 1):
                continue  # as below: "les deux pays" are those that acted together, not an actor and its target
            for group in ([a for a in prev.actors if a.code], parties):
                unique = list({ref_key(a): a for a in group}.values())
                if len(unique) == count:
                    return unique
            continue
        if (prev.reciprocal or len(prev.actors) > 1) and len({ref_key(a) for a in parties}) > 1:
            return parties
    return []


def _side(ref: ActorRef) -> tuple:
    """A party to a conflict: a state with all its organs (its government, army, police, diplomats, leaders
    speak and act for one side), or a non-state group of a country."""
    return ref.code, "STATE" if (ref.sector or "GOV") in STATE_SECTORS else ref.sector


def conflict_sides(kept: list[Cand], mine: set) -> list[ActorRef]:
    """The two parties the article's events most often set against each other (actor vs recipient),
    other than ``mine``: "appelle les deux camps à la retenue"."""
    from collections import Counter

    pairs: Counter = Counter()
    refs: dict[tuple, ActorRef] = {}
    for c in kept:
        early = 3 if c.sent.index <= 1 else 1  # the headline names the main conflict
        opposed = [(a, r, 2 if c.event in FORCE_TYPES else 1 if c.event in CONFLICT_TYPES else 0.5)
                   for a in c.actors for r in c.recipients]
        met = _parties_met(c)
        together = [(a, b, 2) for i, a in enumerate(met) for b in met[i + 1:]]  # "X et Y ont signé"
        counted: dict[tuple, float] = {}  # a pair once per event, however often its actors are repeated
        for a, r, weight in opposed + together:
            if a.code and r.code and a.code not in mine and r.code not in mine and _side(a) != _side(r):
                key = tuple(sorted((_side(a), _side(r)), key=str))
                counted[key] = max(counted.get(key, 0), weight * early)
                refs.setdefault(_side(a), a)
                refs.setdefault(_side(r), r)
        for key, weight in counted.items():
            pairs[key] += weight
    if not pairs:
        return []
    best = pairs.most_common(1)[0][0]
    return [refs[k] for k in best]


# Domestic challengers (rebels, opposition, parties, civil society, unions): with no other party named
# in the sentence, their demands, refusals and accusations are aimed at their own government.
CHALLENGER_SECTORS = frozenset("REB OPP PTY CVL LAB EDU".split())
CHALLENGER_TYPES = frozenset("REQUEST REJECT ACCUSE THREATEN PROTEST CONCEDE".split())


def _own_government(cand: Cand) -> ActorRef | None:
    codes = {a.code for a in cand.actors if a.code}
    if cand.event not in CHALLENGER_TYPES or len(codes) != 1 or not all(
            a.sector in CHALLENGER_SECTORS for a in cand.actors if a.code):
        return None
    code = codes.pop()
    if len(code) != 3 or code in IGO_CODES:
        return None
    return ActorRef(name=code, code=code, sector="GOV")


# Answers to what another party claimed about one: a denial, a counter-accusation, a demand.
ANSWER_TYPES = frozenset("REJECT ACCUSE REQUEST".split())

# A party to the article's main conflict (the pair its events most often set against each other) that
# refuses, demands, threatens, yields or halts its operations with no counterpart named addresses the other
# side ("ont suspendu leurs opérations": towards the enemy, not a mediator named nearby): "le Hamas ne
# désarmera pas tant que ..." is aimed at Israel, not at a Palestinian government. Not when the party's
# country is itself divided (a government and its rebels both act): the addressee may be at home.
SIDE_TYPES = frozenset("REJECT REQUEST THREATEN CONCEDE RETREAT".split())


def _counter_side(kept: list[Cand], cand: Cand) -> ActorRef | None:
    if cand.event not in SIDE_TYPES:
        return None
    sides = conflict_sides(kept, set())
    if len(sides) != 2 or sides[0].code == sides[1].code:
        return None  # a domestic conflict: the challengers' own government is found below

    def party(ref: ActorRef) -> tuple:
        return ref.code, "STATE" if (ref.sector or "GOV") in STATE_SECTORS else ref.sector

    mine = {party(a) for a in cand.actors if a.code}
    if len(mine) != 1:
        return None
    code = next(iter(mine))[0]
    if any(party(a) not in mine for c in kept for a in c.actors if a.code == code):
        return None  # the actor's country is divided (a government and its rebels): no outside side
    for k, side in enumerate(sides):
        if party(side) in mine:
            return sides[1 - k]
    return None


IGO_CODES = frozenset("UNO EUR OAS GCC SCO ICC ICJ WBK WTO WHO WFP OIC".split())


def without_topic_label(doc, mentions: list) -> list:
    """"Mali : Dakar exige que Bamako...": the topic label names no party to the clause after it,
    when that clause names its own actors ("Inde-Pakistan : trêve sur..." keeps its label: nothing
    else names the parties)."""
    end = topic_label_end(doc)
    if not end:
        return mentions
    rest = [m for m in mentions if m.tok_start >= end]
    if not rest or not any(t.pos_ == "VERB" for t in doc[end:]):
        return mentions
    return rest


MATERIAL_TYPES = frozenset("ASSAULT COERCE MOBILIZE".split())


def _addressed(prev: Cand, mine_codes: set) -> list[ActorRef]:
    """The parties an earlier act of the same actor addressed (its recipients, or the co-actors of a
    meeting it hosted or an act it did with others): the party the passage is about."""
    codes = {a.code for a in prev.actors if a.code}
    if not mine_codes or not codes or not mine_codes & codes:
        return []
    out, seen = [], set()
    for r in [a for a in prev.actors if a.code not in mine_codes] + (
            [] if prev.reciprocal else prev.recipients):
        if r.code and r.code not in mine_codes and ref_key(r) not in seen:
            seen.add(ref_key(r))
            out.append(r)
    return out


def _own_army_abroad(prev: Cand, cand: Cand) -> bool:
    """The earlier act is by the armed forces of the actor's own government against another country
    ("l'armée pakistanaise a détruit des postes afghans; les autorités pakistanaises ont fermé..."): the
    army is the government's side, not its counterpart (at home, against rebels, it may be one)."""
    mine = {a.code for a in cand.actors if a.code and (a.sector or "GOV") == "GOV"}
    army = {a.code for a in prev.actors if a.code and a.sector == "MIL"}
    return bool(mine & army) and bool(prev.recipients) and all(
        r.code and r.code not in army for r in prev.recipients)


def discourse_recipients(kept: list[Cand], index=None, article=None, back: int = 10) -> None:
    """"Zelensky a salué la décision", "la Maison-Blanche condamne l'attaque": the recipient is the
    actor of the event the object refers back to — an other party of the same sentence (before the
    event, then after it, then a place it names), else the latest event of another party in the
    ``back`` sentences before (the counterpart the article is about)."""
    for n, cand in enumerate(kept):
        if cand.recipients or cand.reciprocal or "recipient: an unnamed group" in cand.notes or \
                "recipient: named only" in cand.notes:
            continue
        if cand.cameo == "057" and len(cand.actors) > 1:
            cand.reciprocal = True  # "X et Y ont signé un accord (à Doha)": the signatories are the parties
            continue
        implicit = cand.needs_recipient and (cand.event in DISCOURSE_TYPES or cand.event == "AGREE")
        if "CONSULT+future->AGREE" in cand.notes and not implicit:
            continue  # a meeting announced with no partner named: no guess
        parties = {(a.code, "STATE" if (a.sector or "GOV") in STATE_SECTORS else a.sector) for a in cand.actors}
        if not implicit and not (cand.event in IMPLICIT_TYPES and len(parties) == 1) and not (
                cand.event in NEEDS_RECIPIENT):  # "le gouvernement et la guérilla signent": the two sides act together
            continue
        mine = {a.code for a in cand.actors}
        mine_keys = {(a.code, a.sector) for a in cand.actors}
        if cand.anaphor == "PARTIES":
            sides = conflict_sides(kept, mine)
            if sides:
                cand.recipients = sides
                cand.notes.append("recipient: the parties of the conflict")
                continue
        elif cand.anaphor:
            prior = referent(kept[:n], cand, mine_keys, 2 * back)
            if prior is not None:
                cand.recipients = [a for a in _parties_met(prior) if a.code]
                if cand.event == "SUPPORT" and prior.event in JOINT_TYPES and (prior.reciprocal or len({a.code for a in prior.actors}) > 1
                                                                               or prior.event == "CONSULT"):
                    cand.recipients += [r for r in prior.recipients if r.code and r.code not in mine and
                                        ref_key(r) not in {ref_key(a) for a in cand.recipients}]
                cand.notes.append("recipient from the event referred to")
                continue
        if index is not None:
            in_sent = index.in_sentence(cand.sent.index)
            label = []
            if cand.sent.heading or cand.sent.index == 0:  # the topic of a headline comes last
                body = without_topic_label(cand.sent.span.doc, in_sent)
                in_sent, label = body, [m for m in in_sent if m not in body]
            speakers = {ref_key(x) for x in (cand.reported_by, cand.source) if x is not None}
            # an earlier actor of the same sentence: "Alors que X envisage un gel, Moscou rejette une telle approche"
            before = [m for m in in_sent if m.tok_end <= cand.head and not m.place]
            lex = lexicon.load(article.language) if article is not None else None
            doc = cand.sent.span.doc
            if cand.event == "MOBILIZE":  # forces move somewhere; whom they face is told only when it is clear
                near = [m for m in in_sent if m.place or _locative(m, doc)]
                refs = _others(index, article, near, mine, speakers)
                if refs:
                    cand.recipients = [refs[0]]
                    cand.notes.append("recipient: where the forces go")
                continue
            own_toks = {i for m in in_sent if _code(index, m) in mine for i in range(m.tok_start, m.tok_end)}
            in_sent = [m for m in in_sent if not _aside(m, doc, cand.head, own_toks)]
            before = [m for m in before if not _aside(m, doc, cand.head, own_toks)
                      and not _other_target(m, doc, cand)]
            if cand.event in HOSTILE_TYPES:  # "dans une lettre adressée au Conseil de sécurité, X accuse..."
                in_sent = [m for m in in_sent if not _audience(m, doc)]
                before = [m for m in before if not _audience(m, doc)]
            refs = _others(index, article, reversed(before), mine, speakers, lex, doc, cand.actors)
            targets = {r.code for o in kept if o is not cand and o.sent.index == cand.sent.index and not o.reciprocal
                       and not {a.code for a in o.actors + o.recipients} & mine for r in o.recipients}
            refs = [r for r in refs if r.code not in targets]  # "l'aide à Kiev, après que X a levé son veto"
            if not refs:  # "Washington a salué l'accord conclu par Kigali"
                refs = _others(index, article, [m for m in in_sent if m.tok_start > cand.head and not m.place
                                                and not _next_clause_subject(m, doc, cand.head)], mine,
                               speakers, lex, doc, cand.actors)
            if not refs:  # "frappes dans le sud du Liban"
                refs = _others(index, article, [m for m in in_sent if m.place], mine, speakers)
            if not refs and label:  # "Gabon : Paris rapatrie ses soldats": the place the story is about
                refs = _others(index, article, label, mine, speakers)
            if refs:
                cand.recipients = [refs[0]]
                cand.notes.append("recipient from the sentence")
                continue
        side = _counter_side(kept, cand)
        if side is not None:
            cand.recipients = [side]
            cand.notes.append("recipient: the other side of the conflict")
            continue
        own = _own_government(cand)
        if own is not None:
            cand.recipients = [own]
            cand.notes.append("recipient: the challengers' own government")
            continue
        mine_codes = {a.code for a in cand.actors if a.code}
        for prev in reversed(kept[:n]):
            if prev.sent.index < cand.sent.index - back:
                break
            theirs = {(a.code, a.sector) for a in prev.actors if a.code}
            claimant = prev.reported_by
            if cand.event in ANSWER_TYPES and theirs and {a.code for a in prev.actors} & mine_codes and \
                    claimant is not None and claimant.code and claimant.code not in mine_codes:
                cand.recipients = [claimant]  # "X affirme que Y a ...; Y dément": Y answers X
                cand.notes.append("recipient from discourse: the claimant")
                break
            addressed = _addressed(prev, mine_codes) if prev.sent.index >= cand.sent.index - 1 and \
                cand.event not in MATERIAL_TYPES else []  # whom a strike hits is told, not inferred from talk
            if addressed:  # "X, qui recevait les délégations, a salué...": whom X's last act addressed
                cand.recipients = addressed
                cand.notes.append("recipient from discourse: whom the actor's last act addressed")
                break
            if theirs and not theirs & mine_keys and not _own_army_abroad(prev, cand):
                cand.recipients = [a for a in prev.actors if a.code]
                cand.notes.append("recipient from discourse")
                break


# ---------------------------------------------------------------- quotations and lists

def _ends_with_colon(text: str) -> bool:
    return text.rstrip().rstrip("»”\"").rstrip().endswith(":")


def quote_speakers(article, index) -> dict[int, ActorRef]:
    """Sentence index -> the speaker of the quotation it belongs to."""
    out: dict[int, ActorRef] = {}
    for q in getattr(article, "quotes", []) or []:
        if not q.direct or q.speaker is None or not q.speaker.code and not q.speaker.id:
            continue
        for s in article.sents:
            if s.start < q.end and q.start < s.end:
                out.setdefault(s.index, q.speaker)
    report = FR_REPORT if article.language == "fr" else EN_REPORT
    sents = article.sents
    for k, s in enumerate(sents):
        text = article.original[s.start:s.end]
        if not _ends_with_colon(text):
            continue
        doc = s.span.doc
        verb = next((t for t in doc if t.lemma_.lower() in report), None)
        if verb is None:
            continue
        ms = [m for m in index.in_sentence(s.index) if m.tok_end <= verb.i and not m.place]
        if not ms:
            continue
        speaker = index.ref_for(ms[-1], article)
        j = k + 1
        if j < len(sents) and article.original[sents[j].start:sents[j].end].lstrip().startswith(QUOTE_OPEN):
            while j < len(sents) and j <= k + 8:
                out.setdefault(sents[j].index, speaker)
                t = article.original[sents[j].start:sents[j].end]
                if any(ch in t for ch in "»”") and j > k + 1 or (j == k + 1 and t.count("«") <= t.count("»") and
                                                                 any(ch in t for ch in "»”")):
                    break
                j += 1
    return out


def _is_item(article, sent) -> bool:
    """Does the sentence open a line that starts with a bullet or a number ("1.", "•")?"""
    text = article.original
    i = text.rfind("\n", 0, sent.start) + 1
    return bool(ITEM_START.match(text[i:sent.start + 2])) or bool(ITEM_START.match(text[sent.start:sent.start + 4]))


def _item_like(article, sent, text: str) -> bool:
    """A list item: a bullet or numbered line, a line in lower case or ending with ";", or a verbless line."""
    if _is_item(article, sent) or text.endswith(";") or text[:1].islower():
        return True
    if not sent.span.doc.has_annotation("POS"):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in sent.span.doc)


def list_items(article, by_sent: dict[int, list[Cand]]) -> None:
    """Items listed after "X exige :" are the content of that demand, not events of their own."""
    sents = article.sents
    for k, s in enumerate(sents):
        if not _ends_with_colon(article.original[s.start:s.end]):
            continue
        items = []
        j = k + 1
        while j < len(sents) and j <= k + 10:
            nxt = sents[j]
            text = article.original[nxt.start:nxt.end].strip()
            if text.startswith(QUOTE_OPEN) or nxt.heading or nxt.paragraph > s.paragraph + 1:
                break
            if not _item_like(article, nxt, text):
                break
            items.append(nxt.index)
            j += 1
        if not items:
            continue
        governors = [c for c in by_sent.get(s.index, []) if c.event in ITEM_GOVERNORS and not c.governed]
        contents = [c for i in items for c in by_sent.get(i, []) if not c.governed]
        contents = [c for c in contents if c.actors] or contents
        for c in contents:
            c.governed = True
        if governors and contents:
            gov = governors[-1]
            if not gov.recipients:
                seen: list[ActorRef] = []
                for c in contents:
                    for r in c.actors or c.recipients:
                        if all(ref_key(r) != ref_key(x) for x in seen) and all(
                                ref_key(r) != ref_key(a) for a in gov.actors):
                            seen.append(r)
                gov.recipients = seen
            if gov.event in ("REQUEST", "REJECT") and not gov.mode:
                from .plover import CONTENT_MODE

                gov.mode = CONTENT_MODE.get(contents[0].event, "")


# ---------------------------------------------------------------- contexts

class ContextMatcher:
    def __init__(self, lex):
        self.first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for keyword, context in lex.contexts:
            parts = tuple(keyword.split())
            self.first[parts[0]].append((parts, context))
        self.cache: dict[int, list[str]] = {}

    def of_doc(self, doc) -> list[str]:
        lemmas = [t.lemma_.lower() for t in doc]
        forms = [t.text.lower() for t in doc]
        out: list[str] = []
        for i in range(len(lemmas)):
            for key in {lemmas[i], forms[i]}:
                for parts, context in self.first.get(key, ()):
                    n = len(parts)
                    if n == 1 or lemmas[i:i + n] == list(parts) or forms[i:i + n] == list(parts):
                        if context not in out:
                            out.append(context)
        return out

    def contexts(self, sent, article) -> list[str]:
        if sent.index not in self.cache:
            self.cache[sent.index] = self.of_doc(sent.span.doc)
        found = list(self.cache[sent.index])
        if not found:  # PLOVER contexts are paragraph-level: borrow the paragraph's
            for s in article.sents:
                if s.paragraph == sent.paragraph and s.index != sent.index:
                    if s.index not in self.cache:
                        self.cache[s.index] = self.of_doc(s.span.doc)
                    for c in self.cache[s.index]:
                        if c not in found:
                            found.append(c)
        return found


# ---------------------------------------------------------------- dates

def date_exprs(sent, lang: str) -> list[tuple[dates.TimeExpr, list[int]]]:
    doc = sent.span.doc
    out = []
    for expr in dates.find(doc.text, lang):
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is not None:
            out.append((expr, [t.i for t in span]))
    return out


def set_date(cand: Cand, found, ref: dt.date | None, lang: str) -> None:
    if ref is None:
        return
    chosen = None
    doc = cand.sent.span.doc
    anchors = set(cand.words) | {cand.head}
    if doc.has_annotation("DEP"):
        host = doc[cand.head]
        if host.pos_ == "NOUN" and host.head.pos_ in ("VERB", "AUX"):
            anchors.add(host.head.i)  # "a imposé jeudi des sanctions": the clause's date
        for expr, toks in found:
            roots = [i for i in toks if doc[i].head.i not in toks or doc[i].head.i == i]
            if any(doc[i].head.i in anchors or any(a.dep_.startswith("aux") and a.i in anchors
                                                   for a in [doc[i].head]) for i in roots):
                chosen = expr
                break
    elif found:
        chosen = min(found, key=lambda f: min(abs(i - cand.head) for i in f[1]))[0]
    if chosen is None:
        cand.date, cand.granularity = ref.isoformat(), "article"
        return
    got = dates.resolve(chosen, ref, lang, 1 if cand.mod.forward else -1)
    if got is None:
        cand.date, cand.granularity = ref.isoformat(), "article"
    else:
        cand.date, cand.granularity = got


# ---------------------------------------------------------------- duplicates

_SPACE = re.compile(r"\s+")


# A meeting of several parties held in a third state lists that state (french.py, venue_host).
HOSTED = "meeting: the host state of the venue"


def dedupe(events: list[tuple[Cand, Event]]) -> list[Event]:
    """One event per real-world event the article tells:

    - one per (sentence, type, actors, recipients, negation);
    - a headline that repeats the body goes;
    - an event told again without its recipient, in the title or the same paragraph, is the event
      that names it;
    - the same event told twice (same type, actor and recipient codes, negation, modality): the surest.
    """
    best: dict[tuple, tuple[Cand, Event]] = {}
    for cand, ev in events:
        key = (ev.evidence.sentence, ev.event, tuple(sorted(ref_key(a) for a in ev.actor)),
               tuple(sorted(ref_key(r) for r in ev.recipient)), ev.negated)
        if key not in best or ev.confidence > best[key][1].confidence:
            best[key] = (cand, ev)
    body = {(k[1], k[2], k[3], k[4]) for k, (c, _) in best.items() if not c.heading}
    kept = [(c, ev) for k, (c, ev) in best.items() if not (c.heading and (k[1], k[2], k[3], k[4]) in body)]
    hosted = [frozenset(ref_key(a) for a in ev.actor) for c, ev in kept if HOSTED in c.notes]
    kept = [(c, ev) for c, ev in kept if not (  # the meeting told again without its venue: the one that names it
        hosted and ev.event == "CONSULT" and not ev.recipient and not ev.negated and ev.modality == "asserted" and
        HOSTED not in c.notes and len({ref_key(a) for a in ev.actor}) > 1 and
        any(frozenset(ref_key(a) for a in ev.actor) < h for h in hosted))]

    def who(ev: Event) -> tuple:
        return ev.event, tuple(sorted(ref_key(a) for a in ev.actor)), ev.negated

    full: dict[tuple, set[int]] = defaultdict(set)
    for c, ev in kept:
        if ev.recipient:
            full[who(ev)].add(c.sent.paragraph)
    kept = [(c, ev) for c, ev in kept if ev.recipient or not (
        full.get(who(ev)) and (c.heading or c.sent.index == 0 or c.sent.paragraph in full[who(ev)]))]
    seen: dict[tuple, Event] = {}
    for c, ev in sorted(kept, key=lambda x: -x[1].confidence):
        key = (ev.event, frozenset(a.code for a in ev.actor), frozenset(r.code for r in ev.recipient), ev.negated,
               ev.modality)
        seen.setdefault(key, ev)
    out = list(seen.values())
    out.sort(key=lambda e: (e.evidence.sentence, e.evidence.start))
    return out
