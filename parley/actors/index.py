"""The resolved actor mentions of an article, for the stages that come after actors.

The actors stage fills ``article.actors`` (model.Actor, one per entity, with
every mention) and ``article.ext["actor_index"]`` (an ActorIndex). Events,
quotes, demands, commitments and positions ask the index which actor a token
or a span refers to.

Token indices are per sentence: ``article.sents[k].span`` is the whole
sentence (each sentence is parsed as its own Doc), so a token ``t`` of
sentence ``k`` is ``article.sents[k].span.doc[t]`` and its original offset is
``article.sents[k].base + token.idx``.

First-person pronouns in quotes ("nous", "we", "je", "I") are not in the index
(the actors stage runs before quotes): once ``article.quotes`` exists, call
``resolve_first_person(article, sent_index, token_i)`` (below), which returns a
ResolvedMention of the quote's speaker, or None.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor, ActorRef


@dataclass(frozen=True)
class ResolvedMention:
    sent: int  # sentence index (article.sents)
    tok_start: int  # first token (index in the sentence's Doc)
    tok_end: int  # one past the last token
    start: int  # original character offsets
    end: int
    actor_id: str
    kind: str  # name | metonym | title | pronoun | demonym | group | org | country | region ("Gaza", "Darfour")
    sector: str | None = None  # the mention's own sector when it differs: "les forces ukrainiennes" -> MIL
    place: bool = False  # a locative use: "en Ukraine", "in Kyiv"


@dataclass
class ActorIndex:
    """Every actor of the article by id, and every resolved mention.

    ``background``: actors the article mentions only in passing (a state named
    only by an adjective, a place or a dateline: "les frappes russes", "à
    Mascate"; a news outlet) and generic groups ("des manifestants", "les
    alliés européens"), and officials named only by a title whose holder the KB
    does not know ("son porte-parole"). They are in ``actors`` but not in the Report's list.
    When a later stage refers to one through ``ref``/``ref_for`` (an event, a
    quote), it joins ``listed`` (the article's actor list) in id order, except
    generic groups, which the gold corpus never lists: a ref to one carries its
    name, code and sector, and its id is not in the Report's actor list.
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[ResolvedMention] = field(default_factory=list)
    background: set[str] = field(default_factory=set)
    listed: list[Actor] | None = None
    # officials named only by a title the KB cannot resolve ("son porte-parole", "l'ambassadeur de
    # France"): never listed, as the gold corpus leaves out a title whose holder is unknown
    unnamed: set[str] = field(default_factory=set)

    def promote(self, actor_id: str) -> None:
        """List a background actor in the Report (a later stage refers to it). Generic
        groups ("des manifestants") stay unlisted: their refs carry name, code and sector."""
        if actor_id not in self.background or self.actors[actor_id].kind == "group" or actor_id in self.unnamed:
            return
        self.background.discard(actor_id)
        if self.listed is not None:
            self.listed.append(self.actors[actor_id])
            self.listed.sort(key=lambda a: int(a.id[1:]) if a.id[1:].isdigit() else 0)

    def in_sentence(self, sent: int) -> list[ResolvedMention]:
        return [m for m in self.mentions if m.sent == sent]

    def at_token(self, sent: int, token_i: int) -> ResolvedMention | None:
        """The mention that covers token ``token_i`` of sentence ``sent`` (the longest)."""
        best = None
        for m in self.mentions:
            if m.sent == sent and m.tok_start <= token_i < m.tok_end:
                if best is None or (m.tok_end - m.tok_start) > (best.tok_end - best.tok_start):
                    best = m
        return best

    def in_tokens(self, sent: int, tok_start: int, tok_end: int) -> list[ResolvedMention]:
        """Mentions inside the token range [tok_start, tok_end) of a sentence."""
        return [m for m in self.mentions
                if m.sent == sent and m.tok_start >= tok_start and m.tok_end <= tok_end]

    def actor(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def ref(self, actor_id: str, text: str | None = None) -> ActorRef:
        self.promote(actor_id)
        a = self.actors[actor_id]
        return ActorRef(id=a.id, name=a.name, code=a.country, sector=a.sector, text=text)

    def ref_for(self, mention: ResolvedMention, article) -> ActorRef:
        """The actor of a mention; a group or seat mention keeps its own sector (UKR MIL). A
        region ("strikes on Gaza") codes its state without listing it among the article's actors."""
        if mention.kind == "region":
            a = self.actors[mention.actor_id]
            return ActorRef(id=a.id, name=a.name, code=a.country, sector=mention.sector or a.sector,
                            text=article.original[mention.start:mention.end])
        ref = self.ref(mention.actor_id, article.original[mention.start:mention.end])
        if mention.sector:
            ref.sector = mention.sector
        return ref

    def of_actor(self, actor_id: str) -> list[ResolvedMention]:
        """Every resolved mention of an actor (pronouns included), in reading order."""
        return [m for m in self.mentions if m.actor_id == actor_id]

    def by_name(self, name: str) -> Actor | None:
        """The actor with this name (case-insensitive), if any."""
        low = name.casefold()
        return next((a for a in self.actors.values() if a.name.casefold() == low), None)


def get_index(article) -> ActorIndex:
    """The article's ActorIndex (empty when the actors stage has not run)."""
    index = article.ext.get("actor_index")
    if index is None:
        index = ActorIndex()
        article.ext["actor_index"] = index
    return index


# First-person pronouns that stand for the speaker of the quote around them.
FIRST_PERSON = frozenset({
    "nous", "notre", "nos", "je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes",
    "we", "us", "our", "ours", "i", "my",
})


def resolve_first_person(article, sent_index: int, token_i: int) -> ResolvedMention | None:
    """Who "nous" / "we" / "je" / "I" is inside a quote: the quote's speaker.

    The actors stage runs before the quotes stage, so the index holds no mention
    for these pronouns; a later stage (events) calls this once ``article.quotes``
    exists. ``token_i`` is a token of sentence ``sent_index`` (its own Doc). When
    the token is a first-person pronoun that lies inside a quote (direct, or
    indirect speech) whose speaker is an actor of the index, the result is a
    ResolvedMention of kind ``pronoun`` for that actor (with the speaker's sector
    when it differs from the actor's: "nous" said by an army spokesman -> MIL);
    otherwise None. Use ``get_index(article).ref_for(mention, article)`` for the ref.
    """
    if not (0 <= sent_index < len(article.sents)):
        return None
    sent = article.sents[sent_index]
    doc = sent.span.doc
    if not (0 <= token_i < len(doc)):
        return None
    tok = doc[token_i]
    word = tok.text.casefold()
    if word not in FIRST_PERSON or (word == "i" and tok.text != "I") or (word == "us" and tok.text == "US"):
        return None
    start = sent.base + tok.idx
    end = start + len(tok.text)
    index = get_index(article)
    best = None
    for q in getattr(article, "quotes", None) or []:
        if q.speaker is None or not (q.start <= start < q.end):
            continue
        if best is None or (q.direct and not best.direct) or (q.end - q.start) < (best.end - best.start):
            best = q
    if best is None:
        return None
    ref = best.speaker
    actor_id = ref.id if ref.id in index.actors else None
    if actor_id is None and ref.name:
        found = index.by_name(ref.name)
        actor_id = found.id if found is not None else None
    if actor_id is None:
        return None
    actor = index.actors[actor_id]
    sector = ref.sector if ref.sector and ref.sector != actor.sector else None
    return ResolvedMention(sent_index, token_i, token_i + 1, start, end, actor_id, "pronoun", sector=sector)
