"""Positions: the proposals an article names and each actor's stance on them.

Proposals ("un gel des combats le long de la ligne de contact", "a ceasefire",
"a buffer zone") and stance words ("envisager": considers, "rejeter": rejects,
"soutenir": supports, "s'opposer": opposes) are in
``parley/data/positions_<lang>.tsv``. A stance word governs the proposal named
after it in its clause, or an anaphor that points back to the proposal just
named ("Moscou rejette une telle approche"); its actor is the word's subject.
A negated stance turns: "n'exclut pas" considers, "ne soutient pas" opposes.
All the mentions of one proposal share its first full wording, so the brief's
matrix has one row per proposal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Position, Span
from .speech.common import evidence_for, phrase_regex, table, verb_lemma_fr
from .speech.speakers import Attribution

_QUOTE_MARKS = str.maketrans({c: " " for c in "«»“”„\"‹›"})
_NEGATED = {"supports": "opposes", "considers": "rejects", "opposes": "considers", "rejects": "considers"}


@dataclass
class Lexicon:
    proposals: dict[str, str] = field(default_factory=dict)  # phrase -> label
    stances: dict[str, str] = field(default_factory=dict)  # lemma / form -> stance
    proposal_rx: re.Pattern | None = None
    anaphor_rx: re.Pattern | None = None
    multi_stances: dict[str, str] = field(default_factory=dict)  # "rule out", "open to"


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    lex = Lexicon()
    anaphors = []
    for row in table(f"positions_{lang}.tsv", ""):
        kind, label = row["type"], row.get("label", "")
        for phrase in row["phrase"].split("|"):
            phrase = phrase.strip().lower()
            if kind == "proposal":
                lex.proposals[phrase] = label
            elif kind == "stance":
                (lex.multi_stances if " " in phrase else lex.stances)[phrase] = label
            elif kind == "anaphor":
                anaphors.append(phrase)
    lex.proposal_rx = phrase_regex(list(lex.proposals))
    lex.anaphor_rx = phrase_regex(anaphors)
    return lex


@dataclass
class Mention:
    label: str
    start: int
    end: int  # the whole noun phrase
    sent: int


class PositionFinder(Attribution):
    def __init__(self, article) -> None:
        super().__init__(article, article.ext.get("quote_spans") or [])
        self.lex = lexicon(self.lang)
        self.mentions: list[Mention] = []
        self.names: dict[str, tuple[str, Span]] = {}  # label -> first wording

    def proposals_in(self, sent) -> list[Mention]:
        text = self.text[sent.start:sent.end].translate(_QUOTE_MARKS)
        out = []
        if self.lex.proposal_rx is None:
            return out
        for m in self.lex.proposal_rx.finditer(text):
            key = " ".join(m.group(0).lower().replace("’", "'").split())
            label = self.lex.proposals.get(key)
            if label is None:
                continue
            start = sent.start + m.start()
            out.append(Mention(label, start, self.phrase_end(sent, start, sent.start + m.end()), sent.index))
        return out

    def phrase_end(self, sent, start: int, end: int) -> int:
        """The end of the proposal's noun phrase: its complements ("… des combats le long de la ligne
        de contact"), up to a comma, a verb or a new clause."""
        rest = self.text[end:sent.end]
        m = re.match(r"(?:\s*[»\"”]?\s*(?:du|de la|de l'|de l’|des|de|d'|d’|sur|le long de|along|of|on|in|"
                     r"for|between|entre|avec|with)\s+[^,;:.()]*?)(?=\s*(?:[,;:.()]|$|\s(?:qui|que|qu'|which|that|"
                     r"et|and|mais|but|a|ont|est|sont|has|have|is|was|would|will|pour)\s))", rest)
        return end + (m.end() if m else 0)

    def stance_tokens(self, sent):
        doc = sent.span.doc
        for tok in doc:
            if self.lang == "fr":
                if tok.pos_ not in ("VERB", "ADJ", "AUX"):
                    continue
                lemma = verb_lemma_fr(tok, frozenset(self.lex.stances)) or tok.lemma_.lower()
                reflexive = any(doc[k].lower_ in ("se", "s'", "s’") for k in range(max(0, tok.i - 2), tok.i))
                key = "s'" + lemma if reflexive and "s'" + lemma in self.lex.stances else lemma
                if key in self.lex.stances:
                    yield tok, self.lex.stances[key]
            else:
                two = f"{tok.lower_} {doc[tok.i + 1].lower_}" if tok.i + 1 < len(doc) else ""
                if two in self.lex.multi_stances:
                    yield tok, self.lex.multi_stances[two]
                elif tok.lower_ in self.lex.stances:
                    yield tok, self.lex.stances[tok.lower_]

    def negated(self, sent, tok) -> bool:
        doc = sent.span.doc
        before = " ".join(t.lower_ for t in doc[max(0, tok.i - 4): tok.i])
        after = " ".join(t.lower_ for t in doc[tok.i + 1: tok.i + 3])
        if self.lang == "fr":
            return bool(re.search(r"\bn['’]|\bne\b", before)) and bool(re.search(r"\b(?:pas|jamais|plus)\b",
                                                                                 before + " " + after))
        return bool(re.search(r"\b(?:not|never|n't|no longer)\b", before))

    def target(self, sent, tok, here: list[Mention]) -> Mention | None:
        """The proposal a stance word bears on: named after it in its clause, or pointed back to."""
        off = sent.base + tok.idx + len(tok.text)
        stop = re.search(r"[;.]|,\s(?:alors|tandis|mais|while|but|whereas)|\s(?:mais|but)\s", self.text[off:sent.end])
        limit = off + stop.start() if stop else sent.end
        after = [m for m in here if off <= m.start < min(limit, off + 90)]
        if after:
            return min(after, key=lambda m: m.start)
        if self.lex.anaphor_rx is not None:
            a = self.lex.anaphor_rx.search(self.text[off:limit].translate(_QUOTE_MARKS))
            if a is not None and a.start() < 40:
                before = [m for m in self.mentions + here if m.start < off]
                if before and sent.index - before[-1].sent <= 3:
                    return before[-1]
        return None

    def run(self) -> list[Position]:
        out: list[Position] = []
        seen: set[tuple] = set()
        for sent in self.a.sents:
            if sent.heading:
                continue
            here = self.proposals_in(sent)
            for m in here:
                if m.label not in self.names:
                    text = self.text[m.start:m.end].strip(" «»\"“”")
                    self.names[m.label] = (" ".join(text.replace("«", " ").replace("»", " ").split()),
                                           Span(text=self.text[m.start:m.end], start=m.start, end=m.end))
            for tok, stance in self.stance_tokens(sent):
                prop = self.target(sent, tok, here)
                if prop is None:
                    continue
                actor = self.subject_speaker(sent, tok)
                if actor is None or self.anonymous(actor):
                    continue
                if self.negated(sent, tok):
                    stance = _NEGATED[stance]
                name, span = self.names.get(prop.label, (prop.label, None))
                key = (name, actor.actor_id, stance)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Position(proposal=name, proposal_span=span, actor=actor.ref, stance=stance,
                                    evidence=evidence_for(self.a, sent)))
            self.mentions.extend(here)
        return out


def stage(article) -> None:
    """Fill ``article.positions``."""
    if not article.sents or article.language not in ("fr", "en"):
        return
    article.positions = PositionFinder(article).run()
