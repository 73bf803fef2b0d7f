"""The actors stage: find every actor of an article and resolve it to an entity.

``stage(article)`` fills ``article.actors`` (one model.Actor per entity, ids
A1, A2... in order of first mention, each with every textual mention) and
``article.ext["actor_index"]`` (an ActorIndex: every resolved mention with
its tokens, kind and, for groups and seats, its own sector).

How actors are counted (the gold corpus counts the same way):

- One actor per state, named by its English short name ("Russia"): it
  collects the country's names, its capital, its seats of power ("le
  Kremlin"), its demonym ("les frappes russes", kind ``demonym``), its state
  organs ("les forces ukrainiennes", "l'administration Biden", kind ``group``)
  and its security forces named as bodies ("Tsahal", "the CIA", kind ``org``);
  a ResolvedMention carries its own sector when it differs (MIL, SPY...).
- One actor per person (KB or not) and per organisation. A title beside a
  name is a mention of that person ("le président russe Vladimir Poutine").
- Background actors are in the index but not in the Report's list: a state
  met only in passing (an adjective, a place, a dateline: "les frappes
  russes", "à Mascate"), a news outlet, and generic groups ("des
  manifestants", "les alliés européens": one per sector and country; the gold
  corpus does not list them). A state or outlet joins the list once a later
  stage refers to it (ActorIndex.ref: an event, a quote); a generic group never
  does, its refs carry name, code and sector.
- Pronouns are resolved in the index (kind ``pronoun``) but are not listed in
  ``Actor.mentions``: those are the words that name an actor.

When the article has no date, one is estimated from the dates its text
mentions (``published_source = "estimated"``); roles are read on that date
(today's when there is none).
"""

from __future__ import annotations

import datetime as dt

from ..model import Actor, Mention, Role
from .dating import estimate
from .gazetteer import for_kb
from .index import ActorIndex, ResolvedMention
from .kb import KB, load_kb
from .cands import SentenceCands
from .phrases import SentenceReader
from .resolve import Resolution, Resolver, Spec

_KINDS = {"name": "name", "country": "country", "metonym": "metonym", "demonym": "demonym", "title": "title",
          "group": "group", "org": "org", "pronoun": "pronoun"}


def stage(article) -> None:
    index = ActorIndex()
    article.ext["actor_index"] = index
    if not article.published:
        day = estimate(article.original, article.language)
        if day is not None:
            article.published, article.published_source = day.isoformat(), "estimated"
    if not article.sents:
        return
    kb = load_kb(article.settings.actors_file)
    day = article.date() or dt.date.today()
    sentences = read_sentences(article, kb)
    paragraphs = {s.index: s.paragraph for s in article.sents}
    headings = {s.index for s in article.sents if s.heading}
    resolution = Resolver(kb, day, article.language, sentences, paragraphs, headings).run()
    article.actors = build(article, kb, day, sentences, resolution, index)


def read_sentences(article, kb: KB) -> list[SentenceCands]:
    reader = SentenceReader(kb, for_kb(kb, article.language), article.language)
    return [reader.read(s.index, s.span.doc) for s in article.sents]


def build(article, kb: KB, day: dt.date, sentences: list[SentenceCands], res: Resolution,
          index: ActorIndex) -> list[Actor]:
    by_sent = {sc.index: sc for sc in sentences}
    order: list[str] = []
    for c in res.cands:
        if c.kind != "pronoun" and c.entity not in order:
            order.append(c.entity)
    strong = {c.entity for c in res.cands if c.kind != "pronoun" and not c.weak}
    background = {e for e in order if e.startswith("group:") or e.startswith("state:") and e not in strong
                  or (kb.entities.get(e) is not None and kb.entities[e].kind == "organisation"
                      and kb.entities[e].sector == "JRN")
                  or e.startswith("unk:title:")}  # "son porte-parole": an official the KB cannot name
    order = [e for e in order if e not in background] + [e for e in order if e in background]
    ids = {entity: f"A{n}" for n, entity in enumerate(order, 1)}
    actors = {entity: _actor(ids[entity], entity, kb, day, res) for entity in order}
    seen: set[tuple[str, int, int]] = set()
    for c in res.cands:
        if c.entity not in ids:
            continue
        sent = article.sents[c.sent]
        sc = by_sent[c.sent]
        start, end = sent.base + sc.ws[c.i].start, sent.base + sc.ws[c.j - 1].end
        key = (c.entity, start, end)
        if key in seen:
            continue
        seen.add(key)
        span = sent.span.doc.char_span(sc.ws[c.i].start, sc.ws[c.j - 1].end, alignment_mode="expand")
        tok_start, tok_end = (span.start, span.end) if span is not None else (0, 0)
        sector = c.sector if c.kind in ("group", "metonym") and c.sector != actors[c.entity].sector else None
        if c.kind == "title" and actors[c.entity].kind == "state" and c.role_sector != actors[c.entity].sector:
            sector = c.role_sector  # "a Sudanese general": the state, MIL
        index.mentions.append(ResolvedMention(c.sent, tok_start, tok_end, start, end, ids[c.entity],
                                              "region" if c.region else _KINDS[c.kind], sector=sector,
                                              place=c.place))
        if c.kind != "pronoun" and not c.hidden:
            actors[c.entity].mentions.append(Mention(text=article.original[start:end], start=start, end=end,
                                                     sentence=c.sent))
    listed: list[Actor] = []
    for entity, actor in actors.items():
        actor.mentions.sort(key=lambda m: m.start)
        index.actors[actor.id] = actor
        if entity in background:
            index.background.add(actor.id)
            if entity.startswith("unk:title:"):
                index.unnamed.add(actor.id)
        else:
            listed.append(actor)
    index.listed = listed
    index.mentions.sort(key=lambda m: (m.sent, m.tok_start, -m.tok_end))
    return listed


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _actor(ident: str, entity_id: str, kb: KB, day: dt.date, res: Resolution) -> Actor:
    entity = kb.entities.get(entity_id)
    if entity is None:
        return _unknown(ident, res.specs[entity_id])
    if entity.kind == "state":
        return Actor(id=ident, name=entity.name, wikidata=entity.wikidata, country=entity.country,
                     sector="GOV", kind="state")
    if entity.kind == "organisation":
        return Actor(id=ident, name=entity.name, wikidata=entity.wikidata,
                     country=res.theatre.get(entity_id, entity.country), sector=entity.sector, kind="organisation")
    span = entity.role_at(day)
    role = None
    sector = entity.sector
    country = entity.country
    if span is not None:
        sector = span.sector or entity.sector or "GOV"
        country = span.country or country  # the secretary general of NATO acts for NATO
        role = Role(role=span.role, country=span.country or entity.country, sector=sector,
                    start=_iso(span.start), end=_iso(span.end))
    else:
        told = next((tr for tr in res.text_roles.get(entity_id, []) if tr.role), None)
        past = entity.past_roles(day)
        upcoming = [r for r in entity.roles if r.start and r.start > day]
        if told is not None:
            sector = told.sector or (upcoming[0].sector if upcoming else None) or sector
            role = Role(role=told.role, country=told.country or country, sector=sector)
        elif past:
            sector = "ELI"
        country = country or (past[-1].country if past else None) or (told.country if told else None)
    return Actor(id=ident, name=entity.name, wikidata=entity.wikidata, country=country, sector=sector,
                 kind="person", role=role)


def _unknown(ident: str, spec: Spec) -> Actor:
    country = spec.country or spec.role_country
    role = Role(role=spec.role, country=spec.role_country, sector=spec.sector) if spec.role else None
    kind = spec.kind if spec.kind in ("person", "organisation", "group") else "unknown"
    return Actor(id=ident, name=spec.name, country=country, sector=spec.sector, kind=kind, role=role, known=False)
