"""Parties to a demand: which actor counts as a party (a country or organisation
code, a named speaker), who speaks a sentence, the items of a list (bullets after a
colon, coordinated complements) and the party that has to act in them ("le
retrait des forces ukrainiennes": Ukraine), or the other side named just before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..actors.index import ResolvedMention
from .common import Speaker, speaker_of
from .speakers import Attribution

_BULLET = re.compile(r"^\s*(?:[•·●▪◦‣*–—-]|\d{1,2}[.)])\s+")
_NOT_AGENT = frozenset("avec contre entre vers auprès envers chez pour malgré with against between toward towards "
                       "despite from across through under over".split())


@lru_cache(maxsize=512)
def valid_code(code: str | None) -> bool:
    """An ISO 3166 alpha-3 code, Kosovo's XKX, or an international organisation's code."""
    if not code:
        return False
    from ..codes import IGO_CODES

    if code in IGO_CODES or code == "XKX":
        return True
    try:
        import pycountry

        return pycountry.countries.get(alpha_3=code) is not None
    except Exception:  # pragma: no cover - pycountry is a dependency
        return len(code) == 3



class PartyReader(Attribution):
    """The helpers of DemandFinder that read parties and items (see the module docstring)."""

    def __init__(self, article) -> None:
        super().__init__(article, article.ext.get("quote_spans") or [])
        self.quote_at: dict[int, object] = {}  # sentence -> quote whose text holds it
        for q in article.quotes:
            if q.speaker is not None:
                for s in article.sents:
                    if s.start < q.end and q.start < s.end:
                        self.quote_at.setdefault(s.index, q)
                m = self.index_mention(q)
                if m is not None:
                    self.last_speaker.setdefault(q.sentence, speaker_of(article, m))

    def index_mention(self, q) -> ResolvedMention | None:
        return next((m for m in self.index.mentions if m.actor_id == q.speaker.id and m.start >= 0
                     and self.text[m.start:m.end] == (q.speaker_text or "")), None) or \
            next((m for m in self.index.mentions if m.actor_id == q.speaker.id), None)

    # -------------------------------------------------------------- helpers
    def real(self, sp: Speaker | None, speaking: bool = True) -> Speaker | None:
        """A party with a country or organisation code (not "les Occidentaux", "activists");
        one who speaks must be named (not "un responsable ukrainien")."""
        if sp is None or (speaking and self.anonymous(sp)):
            return None
        actor = self.index.actors.get(sp.actor_id)
        ngo = speaking and actor is not None and actor.country == "NGO"  # "HRW demande au gouvernement de …"
        if actor is None or not (valid_code(actor.country) or ngo) or (actor.sector or "") in ("CVL", "REF"):
            return None  # "la population", "les réfugiés": no party to a demand
        return sp

    def same_party(self, a: Speaker | None, b: Speaker | None) -> bool:
        """The same side: one actor, or a state and its people ("Armenia", "Ararat Mirzoyan")."""
        if a is None or b is None:
            return False
        if a.actor_id == b.actor_id:
            return True
        x, y = self.index.actors.get(a.actor_id), self.index.actors.get(b.actor_id)
        return x is not None and y is not None and self.code(a) == self.code(b) \
            and {x.kind, y.kind} <= {"person", "state"}

    def speaker_of_sentence(self, sent) -> Speaker | None:
        q = self.quote_at.get(sent.index)
        if q is None:
            return None
        m = self.index_mention(q)
        return speaker_of(self.a, m) if m is not None else None

    def bullets_after(self, sent) -> list[tuple[int, int]]:
        """The list that follows a sentence ending with a colon: bullet lines, or lines
        that open in lower case or follow a line ending with ";"."""
        lines = [ln for ln in self.a.lines if ln.kept]
        pos = next((k for k, ln in enumerate(lines) if ln.start <= sent.end - 1 < ln.end + 1), None)
        if pos is None:
            return []
        out: list[tuple[int, int]] = []
        prev_semicolon = False
        for ln in lines[pos + 1: pos + 12]:
            raw = self.text[ln.start:ln.end]
            marker = _BULLET.match(raw)
            body = raw[marker.end():] if marker else raw.lstrip()
            if not body.strip():
                continue
            if not (marker or body[:1].islower() or prev_semicolon):
                break
            start = ln.start + (marker.end() if marker else len(raw) - len(raw.lstrip()))
            end = ln.end
            while end > start and self.text[end - 1] in " ;.,\n":
                end -= 1
            if re.search(r"\s(et|and|ou|or)$", self.text[start:end]):
                end -= len(self.text[start:end].split()[-1]) + 1
            out.append((start, end))
            prev_semicolon = raw.rstrip().endswith(";")
        return out

    def split_items(self, sent, lo: int, hi: int) -> list[tuple[int, int]]:
        """Coordinated items in [lo, hi): "A, B et C", "à faire X et à faire Y", "A ; B"."""
        while hi > lo and self.text[hi - 1] in " .;:,!?»\"”\n":
            hi -= 1
        while lo < hi and self.text[lo] in " :«\"“\n":
            lo += 1
        if hi - lo < 3:
            return []
        region = self.text[lo:hi]
        if ";" in region:
            parts, pos = [], lo
            for piece in region.split(";"):
                parts.append((pos, pos + len(piece)))
                pos += len(piece) + 1
            return [self.trim(a, b) for a, b in parts if self.text[a:b].strip()]
        if self.a.has_parser:
            doc = sent.span.doc
            toks = [t for t in doc if lo <= sent.base + t.idx < hi]
            heads = [t for t in toks if not (lo <= sent.base + t.head.idx < hi) or t.head is t]
            heads = [t for t in heads if not t.is_punct]
            if heads:
                head = heads[0]
                chain = [head] + [c for c in head.children if c.dep_ == "conj" and lo <= sent.base + c.idx < hi]
                chain += [h for h in heads[1:] if h.dep_ == "conj"]
                chain = sorted(set(chain), key=lambda t: t.i)
                spans = []
                for k, t in enumerate(chain):
                    start = max(lo, sent.base + t.left_edge.idx) if k else lo
                    nxt = chain[k + 1] if k + 1 < len(chain) else None
                    end = sent.base + nxt.left_edge.idx if nxt is not None else hi
                    spans.append(self.trim(start, end))
                spans = [s for s in spans if s[1] > s[0]]
                if len(spans) > 1 or not re.search(r",\s+(?:le|la|les|l'|l’|un|une|des|du)\b", region):
                    return spans
        return self.split_by_rules(lo, hi)

    def split_by_rules(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Split at ", " / " et " / " and " before a determiner or an infinitive marker."""
        region = self.text[lo:hi]
        det = r"(?:le|la|les|l'|l’|un|une|des|du|de|d'|son|sa|ses|leur|leurs|à|au|aux|the|a|an|its|their|his|her|" \
              r"all|no|to|an end|any)"
        cuts = [m.start() for m in re.finditer(r",\s+(?:(?:et|and)\s+)?(?=" + det + r"\b)|\s+(?:et|and)\s+(?="
                                               + det + r"\b)", region)]
        spans, pos = [], 0
        for c in cuts:
            if c - pos >= 6:
                spans.append((lo + pos, lo + c))
                pos = c
        spans.append((lo + pos, hi))
        return [self.trim(a, b) for a, b in spans if self.text[a:b].strip(" ,;")]

    def trim(self, a: int, b: int) -> tuple[int, int]:
        text = self.text
        while a < b and (text[a] in " ,;:\n«\"“" or text[a:a + 3].lower() in ("et ", "ou ") or
                         text[a:a + 4].lower() == "and "):
            a += 3 if text[a:a + 3].lower() in ("et ", "ou ") else 4 if text[a:a + 4].lower() == "and " else 1
        while b > a and text[b - 1] in " ,;.:\n»\"”":
            b -= 1
        for tail in (" et", " ou", " and", " ainsi que", " as well as"):
            if text[a:b].lower().endswith(tail):
                b -= len(tail)
        return a, b

    def items_for(self, sent, start: int) -> tuple[list[tuple[int, int]], int]:
        """Items of a cue whose complement begins at ``start``; (items, end of the evidence)."""
        rest = self.text[start:sent.end]
        if rest.rstrip().endswith(":") and not rest.rstrip()[:-1].strip(" «\"“"):
            bullets = self.bullets_after(sent)
            return bullets, (bullets[-1][1] if bullets else sent.end)
        colon = rest.find(":")
        if colon >= 0 and rest[colon + 1:].strip():
            return self.split_items(sent, start + colon + 1, sent.end), sent.end
        if colon >= 0:
            bullets = self.bullets_after(sent)
            return bullets, (bullets[-1][1] if bullets else sent.end)
        return self.split_items(sent, start, self.clause_end(sent, start)), sent.end

    def clause_end(self, sent, start: int) -> int:
        """Where the complement of a cue ends: before a new clause ("…, alors que …", "; ")."""
        rest = self.text[start:sent.end]
        m = re.search(r"[;]|,\s+(?:alors qu|tandis qu|mais|while|but|as |after |since |dont |which |who |qui )"
                      r"|\s+(?:afin de|pour (?:mettre|permettre|obtenir)|in order to|so that)\b", rest)
        return start + m.start() if m else sent.end

    # -------------------------------------------------------------- addressees
    def agents(self, sent_items: list[tuple[int, int]], actor: Speaker) -> Speaker | None:
        """The party that must act in the items: the actor most often named in them, not
        as the object of "avec", "contre", "with" … (ties: the first one)."""
        votes: dict[str, list[ResolvedMention]] = {}
        places: list[ResolvedMention] = []
        for a, b in sent_items:
            seen = set()
            for m in self.index.mentions:
                if not (a <= m.start and m.end <= b) or m.actor_id in seen:
                    continue
                if len(self.text[a:m.start].split()) > 6:
                    continue  # deep in the item ("… des importations de gaz russe"): not the party that acts
                before = self.text[max(a, m.start - 25):m.start].lower().split()
                before = [w.strip("'’") for w in before[-3:]]
                if any(w in _NOT_AGENT for w in before[-2:]):
                    continue
                sp = speaker_of(self.a, m)
                actor_ = self.index.actors.get(m.actor_id)
                if self.same_party(sp, actor) or actor_ is None or not valid_code(actor_.country) \
                        or actor_.country == self.code(actor):
                    continue  # the demander's own people in its items are who it asks for, not who must act
                if m.place:
                    places.append(m)
                    continue
                seen.add(m.actor_id)
                votes.setdefault(m.actor_id, []).append(m)
        if votes:
            best = max(votes.values(), key=lambda ms: (len(ms), -ms[0].start))
            return speaker_of(self.a, best[0])
        if places:
            return speaker_of(self.a, places[0])
        return None

    def context_addressee(self, sent, actor: Speaker, before: int | None = None,
                          exclude: frozenset[str] = frozenset()) -> Speaker | None:
        """No addressee in the grammar or the items: another party named in the sentence, else
        the party named last in the sentences just before (the side the demand answers)."""
        for k in range(sent.index, max(-1, sent.index - 4), -1):
            prev = self.a.sents[k]
            if k != sent.index and (prev.heading or sent.paragraph - prev.paragraph > 1):
                break
            ms = self.index.in_sentence(k)
            if k != sent.index:
                ms = sorted(ms, key=lambda m: -m.start)
            for m in ms:
                if before is not None and k == sent.index and m.start >= before:
                    continue
                sp = speaker_of(self.a, m)
                if m.kind == "pronoun" or m.place or self.same_party(sp, actor) or m.actor_id in exclude or \
                        self.real(sp, speaking=False) is None:
                    continue
                return sp
        return None

    # -------------------------------------------------------------- finders
    def speaker_at(self, offset: int) -> Speaker | None:
        """The speaker of the quote (direct or reported) that holds ``offset``."""
        inside = [q for q in self.a.quotes if q.start <= offset < q.end and q.speaker is not None]
        if not inside:
            return None
        q = min(inside, key=lambda q: q.end - q.start)
        m = self.index_mention(q)
        return speaker_of(self.a, m) if m is not None else None

    def code(self, sp: Speaker) -> str | None:
        return self.party(sp).code

    def party(self, sp: Speaker):
        """A person acting for an international organisation is that organisation's party
        (the EU's foreign policy chief demands for the EU): the code of the role held."""
        ref = sp.ref
        actor = self.index.actors.get(sp.actor_id)
        if actor is not None and actor.kind == "person" and actor.role is not None and actor.role.country \
                and actor.role.sector == "IGO" and actor.role.country != ref.code:
            ref = ref.model_copy(update={"code": actor.role.country, "sector": "IGO"})
        return ref

