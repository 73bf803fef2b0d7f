"""Who speaks (or demands, or promises): the actor of a cue verb.

``Attribution`` holds the rules shared by quotes, demands, commitments and
positions: the grammatical subject of a French verb (parse), the subject noun
phrase left of an English verb (no parse: comma-separated segments read
leftwards, appositions and relative clauses skipped), the inverted subject
after a verb ("…, a déclaré le ministre X"), clitic pronouns the actors stage
leaves unresolved ("a-t-il ajouté"), "selon X" / "according to X", the
unnamed sources that are no speakers ("un responsable ukrainien"), definite
descriptions that point back ("a ajouté le ministre", "Le groupe réclame":
``speech/data/anaphors_<lang>.tsv``; "le ministre" is the person the article
introduced with that title, "Ce dernier" the person named last, "Son porte-parole"
with no name the group or state it speaks for; "il" never stands for "la Lituanie")
and the two parties behind "les deux pays",
"both sides" or a plural "ils" / "they" (named together just before, else the
two states the article names most).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..actors.index import get_index
from .common import (
    Speaker, best_mention, mention_for_token, rank, speaker_of, subject_token,
)
from .common import table
from .cues import DATELINE, EN_PREPOSITIONS, INDEFINITE, TIMESTAMP, cues, finite_en, is_cue
from .spans import QuoteSpan


@lru_cache(maxsize=4)
def anaphor_table(lang: str) -> dict[str, str]:
    return {row["word"].lower(): row.get("refers") or "person" for row in table(f"anaphors_{lang}.tsv", "speech")}


def anaphors(lang: str, refers: str = "person") -> frozenset[str]:
    return frozenset(w for w, r in anaphor_table(lang).items() if r == refers)


# codes that stand for several states at once ("the West", "les Occidentaux"): their speech has no
# single speaker (docs/annotation.md, 3.6)
COLLECTIVE_CODES = frozenset({"WST"})

_CLITICS = frozenset("a ont avait avaient est sont était sera ne n' n’ se s' s’ y en lui leur le la les l' l’ "
                     "has have had is was were will would did does not".split())


class Attribution:
    def __init__(self, article, spans: list[QuoteSpan] | None = None) -> None:
        self.a = article
        self.lang = article.language
        self.cues = cues(self.lang)
        self.index = get_index(article)
        self.text = article.original
        self.spans: list[QuoteSpan] = spans or []
        self.last_speaker: dict[int, Speaker] = {}  # sentence index -> speaker of a quote there
        self.quote_start: int | None = None  # while attributing a quote: the sentence it opens in

    # Quotes read pronouns and group nouns through the quotes just found (``speaker``); the other
    # readers (demands, commitments, positions) keep the actors stage's reading.
    quoting = False

    def inside_quote(self, offset: int) -> QuoteSpan | None:
        for sp in self.spans:
            if sp.open <= offset <= sp.close:
                return sp
        return None

    def tokens(self, sent, lo: int, hi: int):
        """Tokens of ``sent`` whose characters lie in [lo, hi)."""
        return [t for t in sent.span.doc if lo <= sent.base + t.idx and sent.base + t.idx + len(t) <= hi]

    def cue_text(self, sent, tok) -> str:
        doc = sent.span.doc
        first = tok
        for child in tok.children:
            if child.dep_.startswith("aux") and child.i < tok.i and tok.i - child.i <= 3:
                first = doc[min(first.i, child.i)]
        return self.text[sent.base + first.idx: sent.base + tok.idx + len(tok.text)]

    def anonymous(self, speaker: Speaker) -> bool:
        """"un responsable ukrainien", "a U.S. official", "local activists": an unnamed source."""
        m = speaker.mention
        actor = self.index.actors.get(m.actor_id)
        if actor is not None and actor.kind == "group" and (not actor.country or actor.country in COLLECTIVE_CODES):
            return True  # "local activists"; "Western governments say": several parties at once
        if m.kind not in ("demonym", "group", "country", "metonym"):
            return False
        doc = self.a.sents[m.sent].span.doc
        before = [t.lower_ for t in doc[max(0, m.tok_start - 3): m.tok_start]]
        if m.kind in ("country", "metonym"):  # "un responsable de Kiev", "a U.S. official"
            if not (before and before[-1] in INDEFINITE.get(self.lang, ())):
                before = before[-3:] if len(before) >= 2 and before[-1] in ("de", "d'", "in", "from") else []
        return any(w in INDEFINITE.get(self.lang, ()) for w in before)

    _SINGULAR = frozenset(("il", "elle", "he", "she"))

    def speaker(self, sent, m) -> Speaker | None:
        """The speaker a mention names. A singular subject pronoun right after a quote stands for
        the one quoted ("« … », a déclaré X. Elle a averti que …"; "X said … She called …"),
        whatever antecedent the actors stage chose for it."""
        if m is None:
            return None
        if not self.quoting:
            return speaker_of(self.a, m)
        actor = self.index.actors.get(m.actor_id)
        if m.kind in ("group", "pronoun") and actor is not None and actor.kind == "group":
            # "les paramilitaires", "the rebels" (or "ils" standing for them): the group named before
            words = [w.lower() for w in re.findall(r"[\w'’-]+", self.text[m.start:m.end] if m.kind == "group"
                                                   else actor.name)]
            if words and words[0] not in ("le", "la", "l'", "les", "the"):
                words = ["les" if self.lang == "fr" else "the"] + words
            named = self.description(sent, words, named_only=True)
            if named is not None:
                return named
        if m.kind == "title" and m.actor_id in self.index.unnamed and self.lang == "fr":
            owner = self.owner(m)  # "Son porte-parole a affirmé …": the group it speaks for
            if owner is not None:
                return owner
        if m.kind == "pronoun" and self.text[m.start:m.end].lower().lstrip("-t").lstrip("-") in self._SINGULAR:
            for k in (sent.index, sent.index - 1):
                quoted = self.last_speaker.get(k)
                if quoted is not None and k >= 0 and not self.a.sents[k].heading:
                    return quoted
        return speaker_of(self.a, m)

    _FEM_DET = frozenset("la une cette".split())
    _MASC_DET = frozenset("le un ce du au".split())
    _PLUR_DET = frozenset("les des ces aux".split())

    def agrees(self, pron: str | None, sent, tok_i: int) -> bool:
        """Can the subject pronoun ``pron`` ("il", "-t-elle") stand for the phrase of token ``tok_i``
        of ``sent``? A state or an organisation shows its gender and number by its determiner:
        "il" is not "la Lituanie", "elle" is not "le Pakistan". A person's name always agrees."""
        p = (pron or "").lower().lstrip("-t").lstrip("-")
        if self.lang != "fr" or p not in ("il", "elle"):
            return True
        m = self.index.at_token(sent.index, tok_i)
        if m is not None and getattr(self.index.actors.get(m.actor_id), "kind", None) == "person":
            return True
        doc = sent.span.doc
        start = m.tok_start if m is not None else tok_i
        det = doc[start - 1].lower_ if start > 0 else ""
        if det in self._PLUR_DET:
            return False
        return not (p == "il" and det in self._FEM_DET or p == "elle" and det in self._MASC_DET)

    def owner(self, m) -> Speaker | None:
        """"Son porte-parole", "sa porte-parole", "leur chef", with no name: an unnamed official
        speaks for the organisation, group or state the sentences before are about (the subject
        of the nearest one that names one; docs/annotation.md 3.6, unnamed officials)."""
        doc = self.a.sents[m.sent].span.doc
        if m.tok_start == 0 or doc[m.tok_start - 1].lower_ not in ("son", "sa", "leur"):
            return None
        kinds = ("organisation", "group", "state")
        for k in range(m.sent - 1, max(-1, m.sent - 3), -1):
            prev = self.a.sents[k]
            if prev.heading:
                return None
            ms = [x for x in self.index.in_sentence(k) if not x.place and x.kind not in ("pronoun", "demonym")]
            if not ms:
                continue
            if self.a.has_parser:
                for root in (t for t in prev.span.doc if t.dep_ == "ROOT"):
                    subj = subject_token(root)
                    x = mention_for_token(self.a, prev, subj) if subj is not None else None
                    if x is not None and getattr(self.index.actors.get(x.actor_id), "kind", None) in kinds:
                        return speaker_of(self.a, x)
            first = min(ms, key=lambda x: x.start)
            if getattr(self.index.actors.get(first.actor_id), "kind", None) in kinds:
                return speaker_of(self.a, first)
            return None
        return None

    def pronoun_fallback(self, sent, pron: str | None = None) -> Speaker | None:
        """A clitic subject ("a-t-il ajouté", "précise-t-il") the actors stage left unresolved:
        the speaker of a quote in this or the previous sentence, else the subject of the
        previous sentence, else an earlier speaker, else the person named first just before."""
        if self.quote_start is not None and self.quote_start < sent.index:
            sent = self.a.sents[self.quote_start]  # a clitic after a long quote looks back from its start
        prev = self.a.sents[sent.index - 1] if sent.index > 0 else None
        for k in (sent.index, sent.index - 1):
            if k in self.last_speaker and (k == sent.index or prev is not None and not prev.heading):
                return self.last_speaker[k]
        if prev is not None and not prev.heading and self.a.has_parser:
            roots = [t for t in prev.span.doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX", "NOUN", "ADJ")]
            for root in roots:
                subj = subject_token(root)
                m = mention_for_token(self.a, prev, subj) if subj is not None else None
                if m is not None and self.agrees(pron, prev, subj.i):
                    return speaker_of(self.a, m)
                if m is None and subj is not None and self.lang == "fr":
                    # "Le ministre a rejeté ces accusations. Il a promis …": the person so titled
                    titled = self.titled_person(prev, [t.lower_ for t in prev.span.doc[subj.left_edge.i: subj.i + 1]])
                    if titled is not None:
                        return titled
        if prev is not None and not prev.heading and prev.paragraph == sent.paragraph:
            # the actor that opens the previous sentence of the paragraph, when the parse found no
            # subject there ("19h30 — Le ministère russe de la Défense dément …")
            first = self.clause_start(prev.span.doc)
            ms = [m for m in self.index.in_sentence(prev.index) if not m.place
                  and m.kind not in ("pronoun", "group", "demonym") and m.tok_start <= first + 2
                  and self.agrees(pron, prev, m.tok_start)]
            if ms:
                return speaker_of(self.a, min(ms, key=lambda m: m.start))
        for k in range(sent.index - 2, max(-1, sent.index - 7), -1):
            if sent.paragraph - self.a.sents[k].paragraph > 1:
                break
            if k in self.last_speaker:
                return self.last_speaker[k]
        for k in range(sent.index, max(-1, sent.index - 3), -1):
            ms = [m for m in self.index.in_sentence(k) if not m.place and m.kind in ("name", "title")]
            if ms:
                return speaker_of(self.a, min(ms, key=lambda m: (m.start, m.kind != "name")))
        return None

    def subject_speaker(self, sent, cue_tok) -> Speaker | None:
        """The speaker of a cue verb: its grammatical subject, else the nearest actor on its left.
        A subject the parse finds across a coordination ("X a menacé …, et le ministre Y a fait
        savoir …") gives way to the phrase just left of the verb."""
        if self.a.has_parser:
            subj = subject_token(cue_tok)
            doc = sent.span.doc
            if subj is not None and self.inside_quote(sent.base + subj.idx) is not None \
                    and self.inside_quote(sent.base + cue_tok.idx) is None:
                # "« Nous … », a assuré X, affirmant que …": the parse climbs into the quote;
                # the participle's subject is the one named outside it
                return self.left_speaker(sent, cue_tok)
            if subj is not None and subj.i < cue_tok.i and any(
                    t.lower_ in ("et", "mais") and doc[t.i - 1].text == "," for t in doc[subj.i + 1: cue_tok.i]):
                near = self.left_speaker(sent, cue_tok)
                if near is not None:
                    return near
            if subj is not None:
                m = mention_for_token(self.a, sent, subj)
                if m is not None:
                    return self.speaker(sent, m)
                described = self.description(sent, [t.lower_ for t in doc[subj.left_edge.i: subj.i + 1]],
                                             before=sent.base + doc[subj.left_edge.i].idx)
                if described is not None:
                    return described
                if subj.lower_.lstrip("-t").lstrip("-") in ("il", "elle") and subj.i > cue_tok.i - 3:
                    return self.pronoun_fallback(sent, subj.lower_)
                if subj.pos_ == "PRON" and subj.lower_.lstrip("-") in ("il", "elle"):
                    return self.pronoun_fallback(sent, subj.lower_)
                return None
            # inverted clitic after the verb: "a-t-il ajouté", "estime-t-il"
            doc = sent.span.doc
            for t in doc[max(0, cue_tok.i - 2): min(len(doc), cue_tok.i + 3)]:
                if t.text.startswith("-") and t.lower_.lstrip("-t").lstrip("-") in ("il", "elle"):
                    m = self.index.at_token(sent.index, t.i)
                    return speaker_of(self.a, m) if m else self.pronoun_fallback(sent, t.lower_)
            # the parse hung the subject on a word before the verb ("Son rival, X, dit « Y », a
            # assuré que …": X is the subject of "dit")
            for child in cue_tok.children:
                if child.i < cue_tok.i and child.dep_ in ("dep", "parataxis", "advcl"):
                    inner = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
                    m = mention_for_token(self.a, sent, inner[0]) if inner else None
                    if m is not None:
                        return self.speaker(sent, m)
        return self.left_speaker(sent, cue_tok)

    _SOFT_STOP = frozenset("that and but as after before while when because if since although though where "
                           "que qu' et mais tandis lorsque quand".split())
    _HARD_STOP = frozenset([".", ";", ":", "!", "?", '"', "«", "»", "“", "”", "(", ")", "—", "–"])
    _RELATIVE = frozenset("who which whose whom qui dont lequel laquelle".split())

    def left_speaker(self, sent, cue_tok) -> Speaker | None:
        """Without a parse: the subject noun phrase just left of the cue. Comma-separated
        segments are read leftwards: "X said", "X, the minister, said", "X, who …, said"."""
        doc = sent.span.doc

        def mentions(a: int, b: int):
            return [m for m in self.index.in_tokens(sent.index, a, b) if not m.place]

        j = cue_tok.i - 1
        while j >= 0 and (doc[j].pos_ == "AUX" or doc[j].lower_ in _CLITICS) and cue_tok.i - j <= 4:
            j -= 1  # "X, …, a annoncé", "X s'est engagé", "X ne l'a pas dit"
        cue_tok = doc[j + 1] if j + 1 < cue_tok.i else cue_tok
        while j >= 0 and (doc[j].text != "," and doc[j].text not in self._HARD_STOP
                          and doc[j].lower_ not in self._SOFT_STOP
                          or doc[j].text == "." and self.index.at_token(sent.index, j) is not None):
            j -= 1  # (the full stop of "Ferdinand Marcos Jr." belongs to the name)
        if j >= 1 and doc[j].lower_ in ("and", "et") and self.index.at_token(sent.index, j - 1) is not None \
                and j + 1 < cue_tok.i and mentions(j + 1, cue_tok.i):
            return None  # "Armenia and Azerbaijan say …": joint speech has no single speaker
        if j + 1 < cue_tok.i:  # "Kremlin spokesman Dmitry Peskov said"
            ms = mentions(j + 1, cue_tok.i)
            if not ms and cue_tok.i - j - 1 == 1 and doc[j + 1].lower_ in ("he", "she", "it", "il", "elle"):
                return self.pronoun_fallback(sent)  # a pronoun the actors stage left unresolved
            if len({m.actor_id for m in ms if m.kind != "demonym"}) > 1 \
                    and any(t.lower_ in ("and", "et") for t in doc[j + 1: cue_tok.i]):
                return None  # "Armenia and Azerbaijan say …": joint speech has no single speaker
            m = best_mention(ms, self.index, rightmost=True)
            if m is not None:
                return self.speaker(sent, m)
            if doc[j + 1].lower_ not in self._RELATIVE:
                return self.description(sent, [t.lower_ for t in doc[j + 1: cue_tok.i] if not t.is_punct],
                                        before=sent.base + doc[j + 1].idx if self.quoting else None)
        if j < 0 or doc[j].text != ",":
            if j >= 0 and doc[j].lower_ in ("and", "et"):  # "X welcomed the truce and said …"
                return speaker_of(self.a, self.first_clause_subject(sent, doc, j))
            return None
        # "X, the minister, said" / "X, who …, said" / "X, speaking on television, said"
        segs: list[tuple[int, int]] = []
        hi = j
        k = j - 1
        while k >= -1 and len(segs) < 3:
            if k == -1 or doc[k].text == "," or doc[k].text in self._HARD_STOP:
                segs.append((k + 1, hi))
                hi = k
                if k == -1 or doc[k].text in self._HARD_STOP:
                    break
            k -= 1

        def clause_like(a: int, b: int) -> bool:
            if b <= a:
                return True
            w = doc[a]
            return w.lower_ in self._RELATIVE or w.lower_ in EN_PREPOSITIONS or w.lower_.endswith("ing") \
                or (self.lang == "fr" and w.pos_ in ("ADP", "VERB"))

        valid = [(a, b) for a, b in segs if not clause_like(a, b)][:2]
        cands = [(m, n) for n, seg in enumerate(valid) for m in mentions(*seg)]
        if not cands:
            return None
        best = min(cands, key=lambda mn: (rank(mn[0], self.index), -mn[1]))
        return self.speaker(sent, best[0])

    def clause_start(self, doc) -> int:
        """The first token after a dateline or a live-blog time stamp."""
        text = doc.text
        m = DATELINE.match(text) or TIMESTAMP.match(text)
        if not m:
            return 0
        for t in doc:
            if t.idx >= m.end():
                return t.i
        return 0

    def right_speaker(self, sent, cue_tok) -> Speaker | None:
        """An inverted subject: "…, a déclaré le ministre X", "…, a annoncé sur X le président du
        Conseil, Y", "…, said the minister". Objects of prepositions ("devant les journalistes",
        "à l'AFP", "told Al Jazeera") are not subjects."""
        doc = sent.span.doc
        stops = (",", ".", ";", ":", "«", '"', "“", "(")

        def window(lo: int) -> int:
            for t in doc[lo:]:
                if t.text in stops or t.lower_ in ("que", "qu'", "that", "qui", "who", "et", "and"):
                    return t.i
            return len(doc)

        hi = window(cue_tok.i + 1)
        for t in doc[cue_tok.i + 1: hi]:
            if t.text.startswith("-") and t.lower_.lstrip("-t").lstrip("-") in ("il", "elle"):
                m = self.index.at_token(sent.index, t.i)
                return speaker_of(self.a, m) if m else self.pronoun_fallback(sent, t.lower_)

        def subjects(lo: int, hi: int) -> list:
            out = []
            for m in self.index.in_tokens(sent.index, lo, hi):
                if m.place:
                    continue
                k = m.tok_start - 1
                while k >= lo and doc[k].pos_ in ("DET", "ADJ", "NUM") and doc[k].lower_ not in ("à", "au", "aux"):
                    k -= 1
                if k >= lo and (doc[k].pos_ == "ADP" or doc[k].lower_ in EN_PREPOSITIONS
                                or doc[k].lower_ in ("told", "tell", "tells")):
                    continue  # "devant les journalistes", "à l'AFP", "told Al Jazeera"
                out.append(m)
            return out

        ms = subjects(cue_tok.i + 1, hi)
        if not ms and hi < len(doc) - 1 and doc[hi].text == "," and doc[hi + 1].text[:1].isupper():
            ms = subjects(hi + 1, window(hi + 1))  # "…, a insisté le ministre de la Justice, X."
        elif ms and not any(m.kind == "name" for m in ms) and hi < len(doc) - 1 and doc[hi].text == "," \
                and doc[hi + 1].text[:1].isupper():
            # "…, a annoncé le secrétaire indien aux Affaires étrangères, X.": the person named in
            # apposition to the title, not the state its adjective names
            ms += [m for m in subjects(hi + 1, window(hi + 1)) if m.kind == "name"
                   and getattr(self.index.actors.get(m.actor_id), "kind", None) == "person"]
        m = best_mention(ms, self.index)
        if m is None and self.back_reference(doc[cue_tok.i + 1: hi]):
            fb = self.pronoun_fallback(sent)  # "…, a ajouté le ministre": the one just quoted
            if fb is not None and getattr(self.index.actors.get(fb.actor_id), "kind", None) == "person":
                return fb
            words = [t.lower_ for t in doc[cue_tok.i + 1: hi] if not t.is_punct]
            return self.titled_person(sent, words) or fb
        if m is None:  # "…, a annoncé la mission", "…, a indiqué la direction du mouvement"
            return self.description(sent, [t.lower_ for t in doc[cue_tok.i + 1: hi] if not t.is_punct],
                                    before=sent.base + cue_tok.idx)
        return speaker_of(self.a, m)

    def back_reference(self, span) -> bool:
        """"le ministre", "la porte-parole", "the envoy": a role noun with a definite article and
        nothing else but a circumstance, pointing back to the person named before."""
        words = [t.lower_ for t in span if not t.is_punct]
        if len(words) < 2 or words[0] not in ("le", "la", "l'", "l’", "the"):
            return False
        for n in (2, 1):
            head, rest = " ".join(words[1:1 + n]), words[1 + n:]
            if head in anaphors(self.lang) and (not rest or rest[0] in self._TAIL_PREPS):
                return True
        return False

    _TAIL_PREPS = {"dans", "lors", "devant", "sur", "en", "au", "aux", "après", "depuis", "via", "mardi", "lundi",
                   "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "à", "selon", "le", "ce", "cette",
                   "in", "on", "at", "during", "after", "to", "late", "earlier", "told", "adding", "ajoutant"}

    def clause_ends(self, doc, i: int) -> bool:
        """After an inverted subject, the sentence ends or goes on with a circumstance
        ("…, a déclaré X dans un communiqué"), not with a complement ("a accusé Kigali de mener")."""
        rest = [t for t in doc[i:] if t.text not in ("»", '"', "”")]
        if not rest or rest[0].is_punct:
            return True
        first = rest[0]
        if first.lower_ in ("de", "d'", "à", "que", "qu'", "pour", "that", "of"):
            return False
        return first.lower_ in self._TAIL_PREPS or first.pos_ == "ADP"

    def according(self, sent, lo: int, hi: int):
        """"selon X" / "according to X" (or a sentence-initial "Pour X,") inside [lo, hi):
        (first token, last token of the cue phrase)."""
        doc = sent.span.doc
        toks = self.tokens(sent, lo, hi)
        first_word = next((t for t in doc if not t.is_punct and not TIMESTAMP.fullmatch(t.text + " — ")
                           and not re.fullmatch(r"\d{1,2}h\d{2}|\d{1,2}:\d{2}", t.text)), None)
        for t in toks:
            seqs = list(self.cues.according) + (list(self.cues.initial) if first_word is not None
                                                and t.i == first_word.i else [])
            for seq in seqs:
                words = doc[t.i: t.i + len(seq)].text.lower().replace("’", "'").split()
                if words == list(seq):
                    return t, doc[min(len(doc) - 1, t.i + len(seq) - 1)]
        return None

    def clitic_before(self, sent, cue_tok) -> Speaker | None:
        """"a-t-il ajouté": the subject clitic between the auxiliary and the participle."""
        doc = sent.span.doc
        for t in doc[max(0, cue_tok.i - 2): cue_tok.i]:
            if t.text.startswith("-") and t.lower_.lstrip("-t").lstrip("-") in ("il", "elle", "ils", "elles"):
                m = self.index.at_token(sent.index, t.i)
                return speaker_of(self.a, m) if m else self.pronoun_fallback(sent, t.lower_)
        return None

    def first_clause_subject(self, sent, doc, before: int):
        """English without a parse: the best actor named before the sentence's first verb."""
        start_i = self.clause_start(doc)
        verb = next((t.i for t in doc[start_i:before] if finite_en(t) or is_cue(t, self.cues)), before)
        ms = [m for m in self.index.in_sentence(sent.index) if not m.place and start_i <= m.tok_start < verb]
        return best_mention(ms, self.index, rightmost=True)

    def left_subjects(self, sent, cue_tok) -> list[Speaker]:
        """All the parties of a joint subject left of a verb ("La Roumanie et l'Ukraine se disent
        prêtes", "Riyad et Washington ont promis", "Venezuela and Guyana agreed"), else the one
        subject, else the antecedents of "les deux pays" / "both sides"."""
        doc = sent.span.doc
        j = cue_tok.i - 1
        while j >= 0 and (doc[j].pos_ == "AUX" or doc[j].lower_ in _CLITICS) and cue_tok.i - j <= 4:
            j -= 1
        k = j
        while k >= 0 and doc[k].text not in (",", ";", ":") and doc[k].text not in self._HARD_STOP \
                and doc[k].lower_ not in ("que", "qu'", "qu’", "that", "qui", "who") \
                and not is_cue(doc[k], self.cues) and not (self.lang == "en" and finite_en(doc[k])):
            k -= 1  # the subject ends at a comma, a conjunction or the verb of the clause before
        span = doc[k + 1: j + 1]
        if len(span) == 1 and span[0].lower_ in ("they", "ils", "elles"):
            pair = self.pair_before(sent)  # "the two governments said they would …", "Ils ont convenu …"
            if pair:
                return pair
        if len(span) and re.fullmatch(r"(?:les|the|ces|these)\s+(?:deux|two)\s+\w+|both(?:\s+\w+)?|"
                                      r"(?:les|the)\s+(?:deux|two)\s+(?:parties|pays|camps|côtés|gouvernements|"
                                      r"sides|countries|governments|parties)", span.text.lower()):
            return self.pair_before(sent)
        ms = [m for m in self.index.in_tokens(sent.index, k + 1, j + 1) if not m.place and m.kind != "demonym"]
        if len({m.actor_id for m in ms}) > 1 and any(t.lower_ in ("et", "and") for t in span):
            out: list[Speaker] = []
            for m in ms:
                if m.actor_id not in {o.actor_id for o in out}:
                    out.append(speaker_of(self.a, m))
            return out
        one = self.subject_speaker(sent, cue_tok) if self.a.has_parser else self.left_speaker(sent, cue_tok)
        if one is None and self.a.has_parser:
            if subject_token(cue_tok) is None:
                one = self.left_speaker(sent, cue_tok)  # no subject in the parse
            else:  # the parse's subject is no actor: an actor right before the verb ("…, dont Kiev réclame")
                near = [m for m in self.index.in_tokens(sent.index, k + 1, j + 1) if not m.place]
                one = speaker_of(self.a, best_mention(near, self.index)) if near else None
        return [one] if one is not None else []

    def pair_before(self, sent) -> list[Speaker]:
        """The two parties "les deux pays" / "both sides" stand for: two states named together
        just before ("Kinshasa et Kigali"), else the two states (a person counts for their state)
        named most in the article so far among those named in the sentences just before."""
        states = {a.country: aid for aid, a in self.index.actors.items() if a.kind == "state" and a.country}
        for k in range(sent.index - 1, max(-1, sent.index - 5), -1):
            ms = [m for m in self.index.in_sentence(k) if not m.place and m.kind in ("country", "metonym", "org", "name")]
            for x, y in zip(ms, ms[1:]):
                if x.actor_id != y.actor_id and re.fullmatch(
                        r"\s*(?:et|and|comme|as well as)\s+(?:l['’]|la|le|les|the)?\s*(?:président\w*\s+\w+\s+)?",
                        self.text[x.end:y.start]):
                    pair = []
                    for m in (x, y):  # a leader stands for their state ("Maduro et Ali … Ils")
                        actor = self.index.actors[m.actor_id]
                        sid = states.get(actor.country) if actor.kind == "person" else None
                        sm = next((z for z in self.index.mentions if z.actor_id == sid), None) if sid else None
                        pair.append(speaker_of(self.a, sm or m))
                    if pair[0].ref.code != pair[1].ref.code:
                        return pair

        def state_of(m):
            actor = self.index.actors.get(m.actor_id)
            if actor is None or m.place or m.kind == "pronoun":
                return None
            if actor.kind in ("state", "organisation"):
                return m.actor_id
            if actor.kind == "person" and actor.country:
                return states.get(actor.country, m.actor_id)  # a leader counts for their state
            return None

        here = {state_of(m) for m in self.index.in_sentence(sent.index)}  # "selon le département d'État, les deux pays"
        recent: dict[str, object] = {}
        for k in range(sent.index - 1, max(-1, sent.index - 8), -1):
            for m in self.index.in_sentence(k):
                aid = state_of(m)
                if aid is not None and aid not in here:
                    recent.setdefault(aid, m if m.actor_id == aid else None)
        counts = {aid: sum(1 for m in self.index.mentions if state_of(m) == aid and m.sent <= sent.index)
                  for aid in recent}
        top = sorted(recent, key=lambda aid: -counts[aid])[:2]
        if len(top) < 2:
            return []
        out = []
        for aid in top:
            m = recent[aid] or next((x for x in self.index.mentions if x.actor_id == aid), None)
            if m is None:
                return []
            out.append(speaker_of(self.a, m))
        return out

    def person_before(self, sent, words: list[str] | None = None) -> Speaker | None:
        """"l'ancien policier a affirmé", "le ministre a ajouté": a person, not a group or a state:
        the one quoted just before, else the person introduced earlier with that title
        (``titled_person``), else the person named last in the two sentences before."""
        for k in (sent.index, sent.index - 1):
            quoted = self.last_speaker.get(k)
            if quoted is not None and k >= 0:
                actor = self.index.actors.get(quoted.mention.actor_id)
                if actor is not None and actor.kind == "person":
                    return quoted
        titled = self.titled_person(sent, words) if words else None
        if titled is not None:
            return titled
        for k in range(sent.index - 1, max(-1, sent.index - 3), -1):
            ms = [m for m in self.index.in_sentence(k) if not m.place and m.kind in ("name", "title")
                  and getattr(self.index.actors.get(m.actor_id), "kind", None) == "person"]
            if ms:
                return speaker_of(self.a, max(ms, key=lambda m: m.start))
        return None

    def latter(self, sent, before: int | None) -> Speaker | None:
        """"Ce dernier a assuré …", "the latter said": the person named last before (in this
        sentence before ``before``, else in the two sentences before)."""
        for k in range(sent.index, max(-1, sent.index - 3), -1):
            ms = [m for m in self.index.in_sentence(k) if not m.place and m.kind in ("name", "title")
                  and (k < sent.index or (before is not None and m.end <= before))
                  and getattr(self.index.actors.get(m.actor_id), "kind", None) == "person"]
            if ms:
                return speaker_of(self.a, max(ms, key=lambda m: m.start))
        return None

    def titled_person(self, sent, words: list[str]) -> Speaker | None:
        """"Le ministre a promis …", "…, tranche le ministre": the person the article introduced
        with that title ("le ministre lituanien des Affaires étrangères, X", "X, ministre de …"),
        the nearest one before; "le" and "la" must agree ("la ministre, Y" is not "le ministre")."""
        if self.lang != "fr" or len(words) < 2 or words[0] not in ("le", "la", "l'", "l’"):
            return None
        words = [words[0]] + [w for i, w in enumerate(words[1:], 1) if not (i <= 2 and w in self._MODIFIERS)]
        head = next((h for n in (2, 1) for h in [" ".join(words[1:1 + n])]
                     if anaphor_table(self.lang).get(h) == "person"), None)
        if head is None:
            return None
        det = words[0]
        other = {"le": "la", "la": "le"}.get(det)
        pattern = r"\b(le|la|l['’])\s+(?:[\w'’-]+\s+){0,2}?" + re.escape(head).replace(r"\ ", r"\s+") + r"\b"
        title_re = re.compile(pattern, re.IGNORECASE)
        after_re = re.compile(r"^\s*,\s*(?:(le|la|l['’])\s+)?(?:[\w'’-]+\s+){0,1}?" +
                              re.escape(head).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE)
        for k in range(sent.index - 1, max(-1, sent.index - 30), -1):
            s_k = self.a.sents[k]
            ms = sorted((m for m in self.index.in_sentence(k) if not m.place and m.kind == "name"
                         and getattr(self.index.actors.get(m.actor_id), "kind", None) == "person"),
                        key=lambda m: -m.start)
            for m in ms:
                left = self.text[s_k.start:m.start]
                found = ([x for x in title_re.finditer(left)] or [None])[-1]  # the title nearest the name
                if found is not None and (len(left) - found.end() > 90
                                          or re.search(r"[.;:«»()]", left[found.end():])):
                    found = None
                found = found or after_re.match(self.text[m.end:s_k.end])
                if found is None:
                    continue
                if other and found.group(1) and found.group(1).lower() == other:
                    continue  # "la ministre des Affaires étrangères, Y" is not "le ministre"
                return speaker_of(self.a, m)
        return None

    _POSSESSIVE = frozenset("his her son sa".split())

    def office_of(self, sent, before: int | None) -> Speaker | None:
        """"…, his office said", "a fait savoir son cabinet": an office speaks for the state of the
        person named just before (docs/annotation.md, 3.6)."""
        if before is None:
            return None
        people = []
        for k in (sent.index, sent.index - 1):
            people = [m for m in self.index.in_sentence(k) if not m.place and m.kind in ("name", "title")
                      and (k < sent.index or m.end <= before)
                      and getattr(self.index.actors.get(m.actor_id), "kind", None) == "person"]
            if people:
                break
        if not people:
            return None
        person = min(people, key=lambda m: m.start)  # the subject comes first ("X spoke with Y, his office said")
        country = self.index.actors[person.actor_id].country
        state = next((m for m in self.index.mentions if not m.place and m.kind in ("country", "metonym")
                      and getattr(self.index.actors.get(m.actor_id), "kind", None) == "state"
                      and self.index.actors[m.actor_id].country == country), None) if country else None
        return speaker_of(self.a, state or person)

    _MODIFIERS = frozenset("ancien ancienne nouveau nouvel nouvelle jeune même former new same".split())

    def description(self, sent, words: list[str], before: int | None = None,
                    named_only: bool = False) -> Speaker | None:
        """"le groupe", "la junte", "the movement": the organisation (or state) named in the nearest
        sentence before, the first one named there ("Le JNIM, lié à Al-Qaïda, revendique … Le
        groupe affirme …"); with ``before``, the nearest one named earlier in this sentence ("Des
        soldats de la KFOR ont été blessés, a annoncé la mission"). "l'ancien policier", "le
        ministre": a person (``person_before``); "his office", "son cabinet": ``office_of``."""
        if len(words) == 2 and words[0] in self._POSSESSIVE and \
                anaphor_table(self.lang).get(words[1]) == "office":
            return self.office_of(sent, before)
        if len(words) == 2 and words[0] in ("ce", "cette", "the") and \
                anaphor_table(self.lang).get(words[1]) == "latter":
            return self.latter(sent, before)
        if len(words) < 2 or words[0] not in ("le", "la", "l'", "l’", "les", "the"):
            return None
        words = [words[0]] + [w for i, w in enumerate(words[1:], 1) if not (i <= 2 and w in self._MODIFIERS)]
        refers = next((anaphor_table(self.lang)[h] for n in (2, 1)
                       for h in [" ".join(words[1:1 + n])] if h in anaphor_table(self.lang)), None)
        if refers == "person":
            return self.person_before(sent, words) or self.pronoun_fallback(sent)
        if refers not in ("group", "state"):
            return None
        kinds = ("organisation", "group") if refers == "group" else ("state",)
        for k in range(sent.index, max(-1, sent.index - 5), -1):
            ms = [m for m in self.index.in_sentence(k) if not m.place and m.kind != "pronoun"
                  and (k < sent.index or m.start < sent.start + 1 or (before is not None and m.end <= before))]
            if k == sent.index:  # in this sentence: the nearest name ("manifestants serbes" is no name)
                ms = sorted((m for m in ms if m.kind != "group"), key=lambda m: -m.start)
            else:  # before: the first named (the subject), a common noun ("la guérilla") last
                ms = sorted((m for m in ms if not (named_only and m.kind == "group")),
                            key=lambda m: (m.kind == "group", m.start))
            for m in ms:
                actor = self.index.actors.get(m.actor_id)
                if actor is not None and actor.kind in kinds and actor.country:
                    return speaker_of(self.a, m)
        return None
