"""Helpers shared by the speech, time and positions stages.

- ``read_table``: the TSV data files (a header line, ``#`` comments, one row per
  line) that hold the linguistic knowledge (cue verbs, nouns, phrases).
- Finding actors: the mention that best names an actor inside a token range,
  the subject of a clause (French parse), the nearest mention left or right.
- Locating sentences and tokens from character offsets.

Token indices are per sentence (each sentence is its own spaCy Doc); character
offsets point into ``article.original``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..actors.index import ActorIndex, ResolvedMention, get_index
from ..errors import error
from ..model import ActorRef, Evidence
from ..resources import data_path


# ----------------------------------------------------------------- data files

def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file as dicts keyed by the header; blank lines and ``#`` comments skipped."""
    if not path.exists():
        raise error("E401", path=str(path), reason="missing")
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = [c.lower() for c in cells]
            continue
        if not cells[0]:
            raise error("E401", path=str(path), reason=f"line {number}: empty first column")
        if len(cells) > len(header):
            raise error("E401", path=str(path), reason=f"line {number}: {len(cells)} columns, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


@lru_cache(maxsize=64)
def table(name: str, area: str) -> tuple[dict[str, str], ...]:
    """A data file of an area (``speech``, ``time`` or ``""`` for parley/data), cached."""
    return tuple(read_table(data_path(name, area)))


def fold(text: str) -> str:
    """Lower case, typographic apostrophes made plain (accents kept)."""
    return text.replace("\u2019", "'").replace("\u02bc", "'").lower()


def phrase_regex(phrases: list[str], *, word_end: bool = True) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any of ``phrases`` (longest first) on word boundaries.

    In a phrase, a space matches any run of spaces and ``'`` any apostrophe."""
    if not phrases:
        return None
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        esc = re.escape(p).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
        parts.append(esc)
    tail = r"(?![\w-])" if word_end else ""
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")" + tail, re.IGNORECASE)


def inflections_fr(lemma: str) -> set[str]:
    """Common finite and participle forms of a regular French verb, for tokens the
    lemmatizer leaves as they are ("réclame" read as the noun): present, imperfect,
    simple past, future, conditional (third persons), participles."""
    forms = {lemma}
    if lemma.endswith("er"):
        stem = lemma[:-2]
        soft = stem + ("e" if stem.endswith("g") else "")
        soft = soft[:-1] + "ç" if stem.endswith("c") else soft
        forms |= {stem + e for e in ("e", "es", "ent", "é", "ée", "és", "ées", "era", "eront", "erait", "eraient",
                                     "èrent")}
        forms |= {soft + e for e in ("a", "ait", "aient", "ant", "ons")}
        if stem.endswith(("el", "et")):  # appeler → appelle
            forms |= {stem + stem[-1] + e for e in ("e", "ent", "era", "eront", "erait", "eraient")}
        if stem.endswith("y"):
            forms |= {stem[:-1] + "i" + e for e in ("e", "ent", "era", "erait")}
        if len(stem) > 2 and stem[-2] == "é":  # préférer → préfère
            forms |= {stem[:-2] + "è" + stem[-1] + e for e in ("e", "ent")}
    elif lemma.endswith("ir"):
        stem = lemma[:-2]
        forms |= {stem + e for e in ("it", "issent", "issait", "issaient", "i", "ie", "is", "issant", "ira",
                                     "irait")}
        if lemma.endswith("entir"):  # démentir → dément, démentent (like mentir, sentir)
            forms |= {stem, stem + "ent", stem + "ait", stem + "ant"}
    return forms


@lru_cache(maxsize=16)
def form_index(lemmas: frozenset[str]) -> dict[str, str]:
    """Inflected form -> lemma for a set of French verb lemmas (multi-word lemmas left out)."""
    out: dict[str, str] = {}
    for lemma in lemmas:
        if " " in lemma:
            continue
        for form in inflections_fr(lemma):
            out.setdefault(form, lemma)
    return out


def verb_lemma_fr(tok, lemmas: frozenset[str]) -> str | None:
    """The lemma of ``tok`` when it is one of ``lemmas``: the tagger's lemma, or its form."""
    lemma = tok.lemma_.lower()
    if lemma in lemmas:
        return lemma
    return form_index(lemmas).get(tok.lower_)


# ----------------------------------------------------------------- sentences

def sentence_at(article, offset: int):
    """The sentence (pipeline.Sent) that holds character ``offset``, else the next one."""
    for s in article.sents:
        if s.start <= offset < s.end:
            return s
    for s in article.sents:
        if s.start >= offset:
            return s
    return None


def token_at(sent, offset: int):
    """The token of ``sent`` covering original ``offset`` (or the first one after it)."""
    doc = sent.span.doc
    rel = offset - sent.base
    for tok in doc:
        if tok.idx <= rel < tok.idx + len(tok.text) or tok.idx >= rel:
            return tok
    return doc[len(doc) - 1] if len(doc) else None


def evidence_for(article, sent, start: int | None = None, end: int | None = None) -> Evidence:
    """Evidence: the sentence (or the span start..end when given, widened to whole sentences)."""
    s0 = sent.start if start is None else min(start, sent.start)
    e0 = sent.end if end is None else max(end, sent.end)
    return Evidence(sentence=sent.index, start=s0, end=e0, text=article.original[s0:e0])


# ----------------------------------------------------------------- actors

# Which mention best names the actor of a phrase: a person's name beats a title,
# which beats an organisation, a state name, a metonym, a pronoun or a demonym.
_KIND_RANK = {"name": 0, "title": 1, "org": 2, "group": 3, "metonym": 4, "country": 4, "pronoun": 5, "demonym": 6}


def rank(m: ResolvedMention, index: ActorIndex) -> tuple[int, int]:
    actor = index.actors.get(m.actor_id)
    person = 0 if actor is not None and actor.kind == "person" else 1
    return (_KIND_RANK.get(m.kind, 7), person)


def best_mention(mentions: list[ResolvedMention], index: ActorIndex, *,
                 allow_place: bool = False, rightmost: bool = False) -> ResolvedMention | None:
    """The mention that best names an actor; among equals the first one (French noun
    phrases put their head first) or, with ``rightmost``, the last one (English)."""
    cands = [m for m in mentions if allow_place or not m.place]
    if not cands:
        return None
    sign = -1 if rightmost else 1
    return min(cands, key=lambda m: (rank(m, index), sign * m.tok_start))


def mentions_between(index: ActorIndex, sent_index: int, start: int, end: int) -> list[ResolvedMention]:
    """Mentions whose characters lie inside [start, end)."""
    return [m for m in index.in_sentence(sent_index) if m.start >= start and m.end <= end]


def ref(article, m: ResolvedMention | None) -> ActorRef | None:
    if m is None:
        return None
    return get_index(article).ref_for(m, article)


class Speaker:
    """An actor found for a phrase: its mention; the ActorRef is made only when used
    (making it lists a background actor in the Report)."""

    def __init__(self, mention: ResolvedMention, article) -> None:
        self.mention = mention
        self._article = article
        self._ref: ActorRef | None = None

    @property
    def actor_id(self) -> str:
        return self.mention.actor_id

    @property
    def ref(self) -> ActorRef:
        if self._ref is None:
            self._ref = get_index(self._article).ref_for(self.mention, self._article)
        return self._ref

    @property
    def text(self) -> str:
        return self._article.original[self.mention.start:self.mention.end]


def speaker_of(article, m: ResolvedMention | None) -> Speaker | None:
    return Speaker(m, article) if m is not None else None


_CLITIC = re.compile(r"^-?t?-?(il|elle|ils|elles|on)$", re.IGNORECASE)


def subject_token(tok):
    """The nominal subject of the clause of ``tok`` (French parse), climbing through
    auxiliaries, xcomp/ccomp chains of control verbs and coordinated verbs."""
    seen = 0
    cur = tok
    while cur is not None and seen < 6:
        seen += 1
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
        if not subs and cur.dep_ == "acl:relcl":  # "X, qui a déclaré …": the antecedent
            return cur.head
        subs = [c for c in subs if not _CLITIC.match(c.text) or c.text.startswith("-") or c.i < cur.i]
        if subs:
            real = [c for c in subs if c.text.lower() not in ("-t", "t")]
            return (real or subs)[0]
        if cur.dep_ in ("xcomp", "conj", "acl", "advcl", "dep", "aux", "aux:tense", "obl:mod", "ccomp") \
                and cur.head is not cur:
            cur = cur.head
            continue
        break
    return None


_NP_DEPS = ("appos", "flat:name", "flat", "amod", "nmod", "det", "compound", "fixed", "case", "nummod", "flat:foreign")


def _core_np(tok, limit: int = 7) -> list[int]:
    """Token indices of the noun phrase headed by ``tok``: its name, title and
    appositions, not its relative clauses nor far-flung attachments."""
    out = [tok.i]
    todo = [tok]
    while todo:
        cur = todo.pop()
        for child in cur.children:
            if child.dep_ in _NP_DEPS and abs(child.i - tok.i) <= limit:
                out.append(child.i)
                todo.append(child)
    return out


def mention_for_token(article, sent, tok) -> ResolvedMention | None:
    """The actor mention naming the phrase headed by ``tok`` (its name, title, appositions)."""
    index = get_index(article)
    if tok.lower_ in ("qui", "who", "which", "lequel", "laquelle"):
        # a relative pronoun: its antecedent, the phrase just before it ("Donald Trump, qui …")
        doc = tok.doc
        k = tok.i - 1
        while k >= 0 and doc[k].text in (",", "(", "—"):
            k -= 1
        before = index.at_token(sent.index, k) if k >= 0 else None
        if before is not None and not before.place:
            return before
        if tok.head.dep_ == "acl:relcl":
            tok = tok.head.head
    direct = index.at_token(sent.index, tok.i)
    core = set(_core_np(tok))
    inside = [m for m in index.in_sentence(sent.index)
              if not m.place and any(i in core for i in range(m.tok_start, m.tok_end))]
    if direct is not None and not direct.place:
        better = best_mention(inside, index)
        if better is not None and rank(better, index) < rank(direct, index) and better.kind == "name":
            return better
        return direct
    names = [m for m in inside if m.kind == "name"]
    if names:
        return best_mention(names, index)
    # "le chef de la mission des Nations unies (MINUSS), Nicholas Haysom, a averti …": a person's
    # name in apposition to the head, however long the title, names the subject
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i:
            m = index.at_token(sent.index, child.i)
            if m is not None and not m.place and m.kind == "name" and \
                    getattr(index.actors.get(m.actor_id), "kind", None) == "person":
                return m
    # "Le sultanat d'Oman, médiateur …": what is attached to the head beats a far apposition
    near = [m for m in inside if m.tok_start - tok.i <= 3]
    return best_mention(near or inside, index)


def nearest_mention(article, sent, start: int, end: int, *, before: bool) -> ResolvedMention | None:
    """The mention closest to ``start`` (before) or to ``end`` (after) in the same sentence."""
    index = get_index(article)
    ms = [m for m in index.in_sentence(sent.index) if not m.place]
    if before:
        ms = [m for m in ms if m.end <= start]
        return max(ms, key=lambda m: (m.end, -rank(m, index)[0])) if ms else None
    ms = [m for m in ms if m.start >= end]
    return min(ms, key=lambda m: (m.start, rank(m, index)[0])) if ms else None
