"""The English coder when a real English spaCy pipeline is installed (article.has_parser).

Predicates are found as in english.py (the verb patterns of verbs_en.tsv and
the nouns of nouns_en.tsv), but actors and recipients come from the parse
(ClearNLP labels of the English pipelines): ``nsubj`` / ``agent`` (passive
"by"), ``dobj`` / ``nsubjpass`` / ``dative``, ``prep`` + ``pobj``,
coordination (``conj``), appositions, relative clauses (``relcl``), and
controlled infinitives (``xcomp``: "agreed to meet X"). Negation and
auxiliaries ("will", "would", "could") come from ``neg`` and ``aux``
children. Where the parse gives nothing, the pattern coder's linear
heuristics answer.
"""

from __future__ import annotations

from .english import EnglishCoder
from .lexicon import recipient_markers

SUBJ = ("nsubj", "csubj")
OBJ = ("dobj", "dative", "attr", "oprd")


class EnglishDepCoder(EnglishCoder):
    def head_verb(self, c):
        """The token the parse treats as the predicate of a pattern match (its first verb-like token)."""
        doc = self.doc
        for i in c.words:
            if doc[i].pos_ in ("VERB", "AUX") or doc[i].dep_ in ("ROOT", "xcomp", "ccomp", "conj", "advcl", "relcl"):
                return doc[i]
        return doc[c.words[0]]

    def np(self, tok, depth: int = 0) -> list:
        """Actor mentions of a noun phrase: the head, its appositions, compounds, "of" owners, conjuncts."""
        if depth > 4:
            return []
        out = []
        m = self.at.get(tok.i)
        if m is not None and not m.place:
            out.append(m)
        else:
            for c in tok.children:
                if c.dep_ in ("appos", "compound", "amod", "poss", "nmod"):
                    out.extend(self.np(c, depth + 1))
                elif c.dep_ == "prep" and c.lower_ in ("of", "from", "in"):
                    out.extend(self.np(p, depth + 1) for p in c.children if p.dep_ == "pobj")
            if tok.dep_ == "relcl" or tok.lower_ in ("who", "which", "that"):
                h = tok.head if tok.lower_ in ("who", "which", "that") else tok
                if h.dep_ == "relcl":
                    out.extend(self.np(h.head, depth + 1))
        flat = []
        for x in out:
            flat.extend(x if isinstance(x, list) else [x])
        for c in tok.children:
            if c.dep_ == "conj":
                flat.extend(self.np(c, depth + 1))
        return flat

    def subject_of(self, v, depth: int = 0) -> tuple[list, bool]:
        """(actor mentions, passive) of a verb, climbing controlled infinitives and conjuncts."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        if passive:
            for c in v.children:
                if c.dep_ == "agent":
                    return [m for p in c.children if p.dep_ == "pobj" for m in self.np(p)], True
            return [], True
        for c in v.children:
            if c.dep_ in SUBJ:
                return self.np(c), False
        if depth < 4 and v.dep_ in ("xcomp", "conj", "advcl", "ccomp") and v.head.i != v.i:
            h = v.head
            if v.dep_ == "xcomp" and h.lemma_.lower() in ("urge", "ask", "call", "press", "encourage", "tell",
                                                         "order", "force", "invite", "push"):
                objs = [m for c in h.children if c.dep_ in OBJ for m in self.np(c)]
                if objs:
                    return objs, False
            return self.subject_of(h, depth + 1)[0], False
        if v.dep_ == "relcl":
            return self.np(v.head), False
        return [], False

    def fill_verb(self, c) -> None:
        v = self.head_verb(c)
        found, passive = self.subject_of(v)
        wanted = recipient_markers(c.entry, "en", c.event)
        if not found and not passive:
            super().fill_verb(c)
            return
        c.actors = self.refs(found)
        c.actor_from = "parse"
        rec = []
        if "obj" in wanted:
            for x in v.children:
                if (x.dep_ in OBJ and not passive) or (passive and x.dep_ == "nsubjpass"):
                    rec.extend(self.np(x))
        preps = [w for w in wanted if w != "obj"]
        for x in list(v.children) + [y for w in c.words for y in self.doc[w].children]:
            if x.dep_ == "prep" and x.lower_ in preps:
                rec.extend(m for p in x.children if p.dep_ == "pobj" for m in self.np(p))
        if not rec and wanted:
            rec = self.right_actor(c.words[-1] + 1, wanted)
        c.recipients = self.refs(rec)
        if c.event in ("CONSULT", "AGREE", "ASSAULT", "COOPERATE") and not c.recipients and len(
                {a.code for a in c.actors}) > 1:
            c.reciprocal = True

    def modality(self, c) -> None:
        super().modality(c)
        v = self.head_verb(c)
        if any(x.dep_ == "neg" for x in v.children) and not c.mod.negated:
            c.mod.add("negation", "not")
