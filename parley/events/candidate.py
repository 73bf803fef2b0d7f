"""A candidate event, as the language coders find it, and its conversion to a model.Event.

The coders (french.py, english.py) fill :class:`Cand` records: predicate,
reading (lexicon entry), actor and recipient refs, modality frames, the
speaker who reports it. :func:`finish` applies PLOVER's reductions, drops
what is not an event (speculation without a speaker, no actor), and builds
the Event with its scores, codes, evidence and id.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..model import ActorRef, Event, Evidence
from . import plover
from .lexicon import Entry
from .modality import Modality


@dataclass
class Cand:
    sent: Any  # pipeline.Sent
    head: int  # predicate token (index in the sentence's Doc)
    entry: Entry
    kind: str  # verb | noun | adj | pattern
    event: str = ""
    mode: str = ""
    cameo: str | None = None
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    mod: Modality = field(default_factory=Modality)
    reported_by: ActorRef | None = None
    source: ActorRef | None = None  # the sentence's source: "selon X", a quotation's speaker
    words: list[int] = field(default_factory=list)  # tokens of the event text
    scope: tuple[int, int] = (0, 0)  # token range searched for a date
    confidence: float = 0.6
    reciprocal: bool = False
    hosts: list[ActorRef] = field(default_factory=list)  # a meeting's host or attending third party, among actors
    content: "Cand | None" = None
    governed: bool = False  # the content of another event: not coded on its own
    heading: bool = False
    actor_from: str = ""
    rec_from_content: bool = False
    needs_recipient: bool = False  # an object that names no actor: the recipient is in the discourse
    anaphor: str = ""  # "condamne l'attaque": the type of the earlier event the object refers back to
    fixed: bool = False  # built whole by a rule (arguments set): the generic filling leaves it alone  # parse | inherited | linear | content
    notes: list[str] = field(default_factory=list)
    date: str | None = None
    granularity: str | None = None

    def __post_init__(self) -> None:
        if not self.event:
            self.event, self.mode, self.cameo = self.entry.event, self.entry.mode, self.entry.cameo




COMMISSIVE = frozenset("promettre jurer se_engager garantir assurer promise pledge vow swear guarantee".split())
OFFER_VERBS = frozenset("proposer offrir propose offer".split())  # offers: an offered penalty is a threat
PROMISED_RETREAT = frozenset("withdraw release ceasefire disarm".split())  # RETREAT modes a promise concedes


def combine(e: Cand, c: Cand) -> None:
    """Event ``c`` is the content of event ``e``: "promet de rencontrer X" (AGREE, recipient X),
    "exige le retrait des forces X" (REQUEST yield, recipient X), "threatened to strike X"."""
    c.governed = True
    e.content = c
    if e.event in ("REQUEST", "THREATEN", "REJECT") and not e.recipients:
        e.needs_recipient = True
    e.words = sorted(set(e.words + c.words))
    ct = c.event
    own_actors = c.actors if c.actor_from in ("parse", "bloc") else []
    unilateral = len({r.code for r in e.actors}) <= 1 and not e.reciprocal
    if e.event == "AGREE" or e.entry.key in COMMISSIVE:
        if ct == "CONCEDE" and unilateral:
            e.event, e.mode, e.cameo = "CONCEDE", "", "080"  # agreeing to a retreat stays AGREE
        elif ct == "RETREAT" and c.mode in PROMISED_RETREAT and unilateral and \
                e.entry.key.replace("se ", "se_") in COMMISSIVE and "ending the conflict" not in c.notes:
            # "promet de retirer ses troupes", "pledged to free the hostages": a promised withdrawal, release
            # or ceasefire is an announced future RETREAT, i.e. CONCEDE (manual, RETREAT and CONCEDE);
            # a promise to let aid or observers in stays an offer of cooperation (AGREE)
            e.event, e.mode, e.cameo = "CONCEDE", "", "080"
        elif ct in ("ASSAULT", "COERCE", "SANCTION") and (e.entry.key.replace("se ", "se_") in COMMISSIVE or (
                e.entry.key in OFFER_VERBS and not (own_actors and {a.code for a in own_actors} - {
                    a.code for a in e.actors}))):
            # "promet de frapper", "propose de sanctionner X": an intention to use force or a penalty is a threat
            # (PLOVER: the single category that fits), not an offer of cooperation
            e.event, e.mode, e.cameo = "THREATEN", plover.THREAT_MODE.get(ct, ""), None
        elif ct in plover.MATERIAL_CONFLICT or ct in ("REJECT", "ACCUSE"):
            e.mod.add("intention", "")
        else:
            e.mod.add("intention", "")
            if ct == "CONSULT":
                e.cameo = "036"
        if not e.recipients or e.rec_from_content:
            e.recipients = e.recipients + (c.recipients or [r for r in own_actors])
            e.rec_from_content = True
    elif e.event in ("REQUEST", "REJECT"):
        if not e.mode:
            e.mode = plover.CONTENT_MODE.get(ct, "change" if ct in ("ASSAULT", "COERCE", "SANCTION")
                                             and c.mod.negated else "")
        if not e.recipients:
            e.recipients = own_actors or c.recipients
        if e.event == "REJECT" and not e.recipients:
            e.recipients = c.recipients
    elif e.event == "THREATEN":
        if not e.mode:
            e.mode = plover.THREAT_MODE.get(ct, "")
        if not e.recipients:
            e.recipients = c.recipients or own_actors
    elif e.event in ("ACCUSE", "SUPPORT"):
        if not e.recipients:
            e.recipients = own_actors or c.recipients
    elif not e.recipients:
        e.recipients = c.recipients
    if c.mod.conditional:
        e.mod.conditional = True


def ref_key(ref: ActorRef) -> tuple:
    return (ref.id or ref.name, ref.sector)


def unique(refs: list[ActorRef]) -> list[ActorRef]:
    seen: set[tuple] = set()
    out = []
    for r in refs:
        k = ref_key(r)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    """The same entity (in the same role): an actor is not its own recipient. Two entities of one
    country stay apart: domestic events (a government and its rebels, police and protesters) are events."""
    if (a.id or a.name) != (b.id or b.name):
        return False
    if a.id and b.id:  # one person or body named twice
        return a.sector == b.sector or not a.sector or not b.sector
    return (a.sector or "GOV") == (b.sector or "GOV")  # "l'Irak" is its state, not its youths (CVL)


def same_side(a: ActorRef, b: ActorRef) -> bool:
    """Two references to one country in the same role: "Serbia's president promised to democratise
    Serbia" has no recipient; a government and its opposition, rebels or citizens differ."""
    if not a.code or a.code != b.code:
        return False
    sa, sb = a.sector or "", b.sector or ""
    return sa == sb


def event_id(cand: Cand, original: str) -> str:
    s = cand.sent
    key = f"{original[s.start:s.end]}|{s.start}|{s.end}|{cand.head}|{cand.event}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def obligation_to_request(cand: Cand) -> None:
    """"X said that Y must withdraw", "X a estimé que Y devait se retirer": X's demand of Y (REQUEST)."""
    speaker = cand.reported_by or cand.source
    if "obligation" not in cand.notes or speaker is None or not speaker.code:
        return
    if not cand.actors or any(a.code == speaker.code and (a.sector or "GOV") == (speaker.sector or "GOV")
                              for a in cand.actors):
        return  # "the M23 must withdraw", says the Congolese government: a demand across sides of one country
    mode = plover.CONTENT_MODE.get(cand.event, "change")
    cand.notes.append(f"{cand.event} as an obligation->REQUEST")
    cand.recipients = list(cand.actors)
    cand.actors = [speaker]
    cand.event, cand.mode, cand.cameo = "REQUEST", mode, None
    cand.mod.future = cand.mod.intention = cand.mod.hypothetical = False
    cand.reported_by = None


REFUSABLE = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT")


def apply_reductions(cand: Cand) -> None:
    """PLOVER's auxiliary-mode reductions (future cooperation -> AGREE, future RETREAT -> CONCEDE),
    and refusals: "ne signera pas", "n'a pas accepté" are REJECT, not negated cooperation."""
    if cand.mod.negated and cand.event == "REJECT" and cand.content is not None:
        # "n'a pas exclu de reprendre l'offensive": not ruling out is a threat (or an opening)
        if cand.content.event in plover.MATERIAL_CONFLICT:
            cand.event, cand.mode, cand.cameo = "THREATEN", plover.THREAT_MODE.get(cand.content.event, ""), None
        else:
            cand.event, cand.mode, cand.cameo = "AGREE", "", None
        cand.mod.negated = False
        cand.notes.append("not ruled out")
        return
    if cand.mod.negated and (
            (cand.mod.forward and cand.event in REFUSABLE) or (cand.event in ("AGREE", "CONCEDE"))):
        mode = plover.CONTENT_MODE.get(cand.content.event if cand.content else cand.event, "")
        cand.notes.append(f"not {cand.event}->REJECT")
        cand.event, cand.mode, cand.cameo = "REJECT", mode, None
        cand.mod.negated = False
        cand.mod.future = cand.mod.intention = False
        return
    if cand.mod.negated and cand.event == "SUPPORT" and not cand.mod.forward:
        # "n'a pas reconnu le scrutin", "did not endorse the plan": withholding support is a rejection
        cand.notes.append("not SUPPORT->REJECT")
        cand.event, cand.mode, cand.cameo = "REJECT", "", None
        cand.mod.negated = False
        return
    if not cand.mod.negated and cand.event == "SANCTION" and cand.mod.conditional and (
            cand.mod.forward or cand.mod.hypothetical):
        # "suspendra son aide si ...": a penalty made conditional is a threat
        cand.notes.append("SANCTION+conditional->THREATEN")
        cand.event, cand.mode, cand.cameo = "THREATEN", plover.THREAT_MODE.get("SANCTION", ""), None
        cand.mod.future = cand.mod.intention = cand.mod.hypothetical = cand.mod.conditional = False
        return
    if not cand.mod.forward:
        return
    if cand.event in ("ASSAULT", "COERCE") and not cand.mod.negated:
        # PLOVER: the single category that fits, not ASSAULT + future: announced force is a threat
        cand.notes.append(f"{cand.event}+future->THREATEN")
        cand.event, cand.mode, cand.cameo = "THREATEN", plover.THREAT_MODE.get(cand.event, ""), None
        cand.mod.future = cand.mod.intention = False
        return
    if cand.event == "RETREAT" and cand.mod.intention:
        # "se dit prêt à retirer ses troupes", "willing to withdraw": willingness is AGREE;
        # a bare announcement of a future retreat is CONCEDE (below)
        cand.notes.append("RETREAT+intention->AGREE")
        cand.event, cand.mode, cand.cameo = "AGREE", "", "035"
        return
    event, mode, cameo = plover.reduce_auxiliary(cand.event, cand.mode, True, cand.cameo)
    if event != cand.event:
        cand.notes.append(f"{cand.event}+future->{event}")
    cand.event, cand.mode, cand.cameo = event, mode, cameo


def keep(cand: Cand) -> bool:
    """Is this candidate an event PLOVER codes?"""
    if cand.governed:
        return False
    if not any(r.code or r.name for r in cand.actors):
        return False
    if cand.mod.negated and cand.event in ("REJECT", "ACCUSE", "THREATEN"):
        return False  # "n'a pas démenti", "did not condemn": a verbal act not made is no event (PLOVER)
    final = cand.mod.final()
    if final == "hypothetical" and cand.reported_by is None:
        return False  # speculation: the journalist's, not an actor's
    if final == "conditional" and cand.reported_by is None and cand.event not in ("THREATEN", "AGREE", "REQUEST"):
        return False
    return True


def finish(cand: Cand, original: str, contexts: list[str]) -> Event:
    s = cand.sent
    start, end = s.start, s.end
    actors = unique(cand.actors)
    recipients = [r for r in unique(cand.recipients) if not any(same_actor(r, a) for a in actors)]
    recipients = [r for r in recipients if not any(same_side(r, a) for a in actors)]
    if cand.reciprocal:
        actors = unique(actors + recipients)
        recipients = []
        if cand.event == "ASSAULT" and len(actors) > 1 and len({a.code for a in actors}) == 1 and \
                len({a.sector or "GOV" for a in actors}) > 1:
            # "l'armée et les rebelles se sont affrontés": fighting within one country is coded one way,
            # one side against the other (X → X, annotation 3.2), not as a country's fight with no opponent
            actors, recipients = actors[:1], actors[1:]
    mode = cand.mode if plover.valid_mode(cand.event, cand.mode) else ""
    cameo = plover.cameo_for(cand.event, mode, cand.cameo)
    context = list(contexts)
    implied = plover.MODE_CONTEXT.get((cand.event, mode))
    if implied and implied not in context:
        context.append(implied)
    doc = s.span.doc
    words = sorted(set(cand.words or [cand.head]))
    event_text = " ".join(doc[i].text for i in words)
    return Event(
        id=event_id(cand, original),
        event=cand.event,
        mode=mode,
        context=context,
        actor=actors,
        recipient=recipients,
        quad_code=plover.quad(cand.event),
        plover_score=plover.score(cand.event, mode),
        cameo_root=plover.root_of(cameo),
        negated=cand.mod.negated,
        modality=cand.mod.final(),
        reported_by=cand.reported_by,
        date=cand.date,
        date_granularity=cand.granularity,
        event_text=event_text,
        evidence=Evidence(sentence=s.index, start=start, end=end, text=original[start:end]),
        confidence=round(max(0.05, min(0.95, cand.confidence)), 2),
    )
