"""French argument structure on the dependency parse: who is the actor, who the recipient.

Helpers over one parsed sentence (a spaCy Doc, UD French labels) and the
actor mentions the actors stage resolved in it. The parse of
fr_core_news_md is often wrong on long sentences, so each helper has a
linear fallback (the nearest actor mention in the right place), in the
manner of TABARI.
"""

from __future__ import annotations

from ..actors.index import ResolvedMention
from .topic import topic_label_end
from .lexicon import word_class

CONTRACT = {"du": "de", "des": "de", "d'": "de", "au": "à", "aux": "à", "entre": "entre"}
SUBJ = ("nsubj", "nsubj:pass", "csubj")
NOMINAL = ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X")
# Word classes of data/grammar_fr.tsv (notes and examples there).
QUANTITY = word_class("fr", "quantity")
BLOC_ADJ = word_class("fr", "bloc_adjective")
CLAUSE_BREAK = frozenset(";:")
INANIMATE = word_class("fr", "inanimate")
VICTIM_HEADS = word_class("fr", "victim_head")
TIME_WORDS = word_class("fr", "time_word")
REL_PRON = word_class("fr", "relative_pronoun")
LINK_WORDS = word_class("fr", "link_word")
UNNAMED_GROUPS = word_class("fr", "unnamed_group")
BEHALF_NOUNS = word_class("fr", "behalf_noun")
SOURCE_PREPS = word_class("fr", "source_preposition")


def fold(text: str) -> str:
    return text.lower().replace("’", "'")


def marker_of(tok) -> str:
    """The preposition introducing a nominal ("à", "auprès de", "à l'encontre de"), folded."""
    cases = sorted([c for c in tok.children if c.dep_ in ("case", "mark") or
                    (c.dep_ == "fixed" and c.i < tok.i)], key=lambda c: c.i)
    words: list = []
    for c in cases:
        words.append(c)
        words.extend(f for f in c.children if f.dep_ == "fixed")
    if not words:
        return ""
    words.sort(key=lambda c: c.i)
    first = words[0].i
    doc = tok.doc
    # spell the marker from its first word up to the noun's determiner/noun
    text = []
    for i in range(first, tok.i):
        t = doc[i]
        if t.dep_ == "det" and t.head.i == tok.i and t not in words:
            break
        if t.pos_ in ("ADJ", "NUM") and t.head.i == tok.i:
            break
        text.append(fold(t.text))
    joined = " ".join(text).replace("' ", "'")
    if len(text) == 1:
        return CONTRACT.get(joined, joined)
    return joined


# Verbs conjugated with "être" in the active voice (data/grammar_fr.tsv, class etre_verb).
ETRE_VERBS = word_class("fr", "etre_verb")
# Participles that read as adjectives of will before "à" + infinitive ("il est disposé à négocier").
WILLING_PARTICIPLES = word_class("fr", "willing_participle")


def is_passive(verb) -> bool:
    if is_pronominal(verb):
        return False  # "elle s'est engagée par écrit à": a pronominal verb, "par écrit" is no agent
    if any(c.dep_ == "obl:agent" for c in verb.children):
        return True
    if verb.lemma_.lower() in ETRE_VERBS:
        return False
    if verb.lemma_.lower() in WILLING_PARTICIPLES and any(
            c.dep_ == "xcomp" and any(fold(m.text) == "à" for m in c.children if m.dep_ == "mark") for c in verb.children):
        return False  # "Kiev est disposé à négocier": "être" + an adjective of will, its subject is the willing one
    return ("Voice=Pass" in str(verb.morph) and any(c.dep_ in ("aux:pass", "aux:tense") for c in verb.children)) or any(
        c.dep_ == "aux:pass" for c in verb.children)


def is_pronominal(verb) -> bool:
    return any(c.dep_ in ("expl:comp", "expl:pv", "expl:pass", "obj", "iobj") and fold(c.text) in ("se", "s'")
               for c in verb.children)


def finite(verb) -> bool:
    return "VerbForm=Fin" in str(verb.morph) or any(c.dep_.startswith("aux") for c in verb.children)


def gerund(verb) -> bool:
    """A present participle ("confirmant", "en se montrant"): its subject is the main clause's."""
    m = str(verb.morph)
    return verb.pos_ in ("VERB", "AUX") and "VerbForm=Part" in m and "Tense=Pres" in m


def dateline(doc, m) -> bool:
    """"PEMBA (Mozambique), 10 juin (AFP) -": the country of a wire dateline is where the
    story is filed, not a party to the events of the sentence."""
    i, j = m.tok_start, m.tok_end
    return 2 <= i and j < len(doc) and doc[i - 1].text == "(" and doc[j].text == ")" and \
        doc[i - 2].text.isupper() and len(doc[i - 2].text) > 1


class Args:
    """Mentions of one sentence, by token; argument finders."""

    def __init__(self, doc, mentions: list[ResolvedMention]):
        self.doc = doc
        mentions = [m for m in mentions if not (  # "des pays latino-américains": a region's people, no state
            m.kind == "demonym" and m.tok_end - m.tok_start == 1 and m.tok_start < len(doc) and
            doc[m.tok_start].lemma_.lower() in BLOC_ADJ) and not dateline(doc, m)]
        self.mentions = mentions
        self.at: dict[int, ResolvedMention] = {}
        for m in mentions:
            for i in range(m.tok_start, min(m.tok_end, len(doc))):
                cur = self.at.get(i)
                if cur is None or (m.tok_end - m.tok_start) > (cur.tok_end - cur.tok_start):
                    self.at[i] = m

    # ------------------------------------------------------------ noun phrases

    def np(self, tok, depth: int = 0, follow_de: bool = True, places: bool = False) -> list[ResolvedMention]:
        """The actors a noun phrase headed by ``tok`` names (coordination, appositions, titles)."""
        if depth > 4:
            return []
        out: list[ResolvedMention] = []
        m = self.at.get(tok.i)
        if m is not None and m.kind == "title":  # "le chef rebelle Jean Dupont": the name says who
            named = [self.at[c.i] for c in tok.children if c.dep_ in ("appos", "flat:name") and c.i in self.at
                     and self.at[c.i].kind == "name"]
            if named and named[0].actor_id != m.actor_id:
                m = named[0]
        if m is not None and (places or not m.place or m.kind in ("metonym",)):
            out.append(m)
            for c in tok.children:  # "l'Australie, Bahreïn, le Canada": an enumeration the parser read as apposition
                cm = self.at.get(c.i)
                if c.dep_ == "appos" and cm is not None and cm is not m and not cm.place and c.i > tok.i and \
                        self.doc[c.i - 1].text == ",":
                    out.append(cm)
        elif fold(tok.text) in REL_PRON and tok.dep_ in SUBJ + ("obj",):
            rel = tok.head
            if rel.dep_ == "acl:relcl" and rel.head.i != rel.i:
                ant = rel.head
                if tok.dep_ in SUBJ and _number(rel) == "Sing":
                    ant = self._nearest_conjunct(tok, ant)  # "X, Y et la mission de l'ONU, qui a accepté"
                out.extend(self.np(ant, depth + 1, follow_de, places))
        else:
            for c in tok.children:
                if c.dep_ in ("appos", "flat:name"):
                    out.extend(self.np(c, depth + 1, follow_de, places))
                elif c.dep_ == "amod":
                    cm = self.at.get(c.i)
                    if cm is not None:
                        out.append(cm)
                elif c.dep_ == "nmod" and follow_de and marker_of(c) == "de" and tok.pos_ in ("NOUN", "PROPN") and \
                        tok.lemma_.lower() not in VICTIM_HEADS:
                    out.extend(self.np(c, depth + 1, follow_de, places))
        heads = [tok]
        if m is not None:  # "le président X Jean Dupont et le ministre Y": the parser hung the
            spans = [m] + [self.at[c.i] for c in tok.children  # conjunct on the name after the title
                           if c.dep_ in ("nmod", "appos", "flat:name") and c.i in self.at and
                           self.at[c.i].actor_id == m.actor_id]
            heads += [self.doc[i] for x in spans for i in range(x.tok_start, min(x.tok_end, len(self.doc)))
                      if i != tok.i]
        for c in (c for h in heads for c in h.children):
            if c.dep_ == "conj" and c.pos_ in NOMINAL:
                if c.pos_ == "NOUN" and c.i not in self.at and not any(g.dep_ == "cc" for g in c.children) and any(
                        self.doc[k].text == "," for k in range(tok.i + 1, c.i)):
                    continue  # "l'Iran, principal soutien des Houthis,": an apposition, not a second actor
                out.extend(self.np(c, depth + 1, follow_de, places))
        return _dedup(out)

    def _nearest_conjunct(self, rel_pron, ant):
        """The antecedent of a relative pronoun whose verb is singular: of a list of noun phrases, only
        the last one, right before the pronoun, can be it ("X, Y et la mission de l'ONU, qui a ...")."""
        k = rel_pron.i - 1
        while k > ant.i and self.doc[k].pos_ == "PUNCT":
            k -= 1
        x = self.doc[k]
        if x.pos_ not in ("NOUN", "PROPN") or k <= ant.i:
            return ant
        crossed = False
        while x.i != ant.i:
            if x.head.i == x.i or x.head.i > x.i and x.dep_ != "conj":
                return ant
            if x.dep_ == "conj":
                crossed = True
                top = x
            x = x.head
        return top if crossed else ant

    def owner(self, tok, depth: int = 0) -> list[ResolvedMention]:
        """Whose is a non-actor noun phrase: "les actions agressives de la Chine", "un abordage par les
        garde-côtes chinois", "les frappes russes" (demonyms, "de" and "par" complements)."""
        out: list[ResolvedMention] = []
        if depth > 2:
            return out
        for c in tok.children:
            if c.dep_ == "amod":
                m = self.at.get(c.i)
                if m is not None and not m.place:
                    out.append(m)
            elif c.dep_ in ("nmod", "acl"):
                mk = marker_of(c)
                if mk == "de" and tok.lemma_.lower() in VICTIM_HEADS:
                    continue  # "une violation de la souveraineté du Yémen": the victim, not the owner
                if mk in ("de", "par"):
                    found = self.np(c)
                    out.extend(found)
                    if not found and c.pos_ in ("NOUN", "VERB"):
                        out.extend(self.owner(c, depth + 1))
                elif c.dep_ == "acl":
                    for g in c.children:
                        if g.dep_ == "obl:agent":
                            out.extend(self.np(g))
        return _dedup(out)

    def bloc(self, tok) -> list[str]:
        """Unresolved bloc adjectives on an event noun ("occidentales")."""
        return [c.text for c in tok.children if c.dep_ == "amod" and c.lemma_.lower() in BLOC_ADJ
                and c.i not in self.at]

    # ------------------------------------------------------------ verbs

    def coord(self, ms: list[ResolvedMention], verb=None) -> list[ResolvedMention]:
        """Add the actors coordinated after the last one ("Moscou et Kiev") that the parse missed."""
        if not ms:
            return ms
        doc = self.doc
        out = list(ms)
        last = max(ms, key=lambda m: m.tok_end)
        k = last.tok_end
        linked = False
        while k < len(doc):
            w = fold(doc[k].text)
            if w in (",", "et", "ainsi") or (w == "que" and linked):
                linked = linked or w in ("et", "ainsi")
                k += 1
                continue
            if doc[k].pos_ == "DET":
                k += 1
                continue
            m = self.at.get(k)
            if m is None or m.place or not linked and doc[k - 1].text != ",":
                break
            after = doc[m.tok_end] if m.tok_end < len(doc) else None
            if after is not None and after.pos_ in ("VERB", "AUX") and finite(after) and not (
                    verb is not None and (after.i == verb.i or after.head.i == verb.i)):
                break  # the subject of another clause ("..., et Washington affirme")
            if m not in out:
                out.append(m)
            k = m.tok_end
            if not linked:
                break
        return out

    def coord_left(self, ms: list[ResolvedMention]) -> list[ResolvedMention]:
        """Add an actor coordinated before the first one ("Moscou et Minsk ont...") that the parser
        hung elsewhere: a mention right before "et" that is no argument of a verb and follows no
        preposition."""
        first = min(ms, key=lambda m: m.tok_start)
        k = first.tok_start - 1
        while k >= 0 and self.doc[k].pos_ == "DET":
            k -= 1
        if k < 1 or fold(self.doc[k].text) != "et":
            return ms
        prev = self.at.get(k - 1)
        if prev is None or prev.place or prev in ms or self._after_prep(prev.tok_start):
            return ms
        head = self.doc[prev.tok_start]
        while head.i >= prev.tok_start and head.i < prev.tok_end and head.head.i != head.i:
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return ms
        return [prev] + list(ms)

    def subject(self, verb) -> tuple[list[ResolvedMention], str]:
        """The actors of a verb: (mentions, how found)."""
        passive = is_passive(verb)
        if passive:
            for c in verb.children:
                if c.dep_ == "obl:agent":
                    return self.coord(self.np(c)), "parse"
            # the parser often hangs the agent on a participle that follows: "placé en résidence
            # surveillée [mercredi] par les forces de sécurité"; "par X" is the passive's agent
            near = [c for c in verb.children if c.dep_ in ("obl:mod", "obl:arg", "obl")]
            near += [g for c in verb.children if c.dep_ in ("advcl", "acl", "xcomp") and c.pos_ in ("VERB", "ADJ")
                     and c.i > verb.i for g in c.children if g.dep_ in ("obl:mod", "obl:arg", "obl", "obl:agent")]
            for c in sorted(near, key=lambda x: x.i):
                if marker_of(c) == "par":
                    found = self.np(c)
                    if found:
                        return self.coord(found), "parse"
            for j in range(verb.i + 1, min(len(self.doc), verb.i + 9)):  # "... mardi soir par la police"
                t = self.doc[j]
                if t.text in CLAUSE_BREAK or t.text == "," or (t.pos_ in ("VERB", "AUX") and finite(t) and any(
                        c.dep_.startswith("nsubj") for c in t.children)):
                    break  # a new clause with its own subject
                if fold(t.text) == "par" and t.head.dep_ in ("obl:agent", "obl:mod", "nmod"):
                    found = [m for m in self.np(t.head) if not m.place]
                    if found:
                        return self.coord(found), "parse"
                    break
            return [], "passive"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [
            c for c in verb.children if c.dep_ == "nsubj:pass"]  # the parser's label on an active pronominal verb
        for c in subjects:
            found = self.np(c)
            label = self._label_end(verb)
            if found and label and all(m.tok_end <= label for m in found):
                found = self.left_group(verb.i, lo=label)  # "Lomé : Accra et Abuja signent": a place label
            src = self.source_end(verb)
            if found and src and any(m.tok_start < src for m in found):
                found = [m for m in found if m.tok_start >= src] or [
                    m for x in c.children if x.dep_ in ("conj", "appos", "nmod") and x.i >= src for m in self.np(x)
                ] or self.left_group(verb.i, lo=src)
            if found and found[-1].tok_end <= verb.i:
                found = self.coord(found, verb)
            if found:
                found = self.coord_left(found)
            if found:
                return found, "parse"
        if not subjects:
            found = self.que_subject(verb)
            if found:
                return found, "parse"
        for c in subjects:
            if fold(c.text) in REL_PRON and len(subjects) == 1:
                return [], "nonactor"  # "une escalade qui menace": the antecedent is no actor
            if c.pos_ in ("NOUN", "PROPN"):  # "le nouveau train de mesures de l'UE interdit...": whose it is
                own = self.owner(c)
                if own:
                    return own, "parse"
                if c.lemma_.lower() in INANIMATE:
                    return [], "nonactor"  # a text, a measure, an event: no actor to guess from the words around
        return [], ""

    def source_end(self, verb) -> int:
        """The token after an opening source phrase and its apposition ("Selon le chef de l'armée, le
        général X, des garde-côtes ont..."), if the verb comes after it; else 0. The parser often
        takes the source for the subject."""
        doc = self.doc
        if len(doc) < 3 or fold(doc[0].text) not in SOURCE_PREPS and fold(doc[0].text + doc[1].text) not in SOURCE_PREPS:
            return 0
        commas = [k for k in range(1, verb.i) if doc[k].text == ","]
        if not commas:
            return 0
        end = commas[0] + 1
        if len(commas) > 1 and all(doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PUNCT") or
                                   fold(doc[j].text) in ("de", "d'", "du", "des") for j in range(end, commas[1])) and \
                any(self.at.get(j) is not None and self.at[j].kind in ("title", "name") for j in range(end, commas[1])):
            end = commas[1] + 1  # the source's name in apposition
        return end if end < verb.i else 0

    def que_subject(self, verb) -> list[ResolvedMention]:
        """The subject the parser lost in a clause opened by "que": "une décision que Kiev et ses alliés
        ont dénoncée", "affirme que Paris n'a pas signé" (que, a noun phrase, auxiliaries, the verb)."""
        doc = self.doc
        k = verb.i - 1
        while k >= 0 and (doc[k].head.i == verb.i and (doc[k].dep_.startswith("aux") or doc[k].dep_ == "advmod")
                          or fold(doc[k].text) in ("ne", "n'", "pas")):
            k -= 1
        end = k
        while k >= 0 and verb.i - k <= 12:
            w = fold(doc[k].text)
            if w in ("que", "qu'"):
                if k == end:
                    return []
                found = self.left_group(end + 1, lo=k + 1)
                return [m for m in found if m.tok_end <= end + 1]
            if doc[k].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "CCONJ", "NUM") and not (
                    w in ("de", "d'", "du", "des") or doc[k].text == ","):
                return []
            k -= 1
        return []

    def _label_end(self, verb) -> int:
        """The token after a headline's topic label ("Doha : ..."), if the verb comes after it; else 0."""
        end = topic_label_end(self.doc)
        return end if end <= verb.i else 0

    def patient(self, verb, places: bool = False) -> list[ResolvedMention]:
        """The direct object (the subject of a passive)."""
        dep = "nsubj:pass" if is_passive(verb) else "obj"
        for c in verb.children:
            if c.dep_ == dep or (dep == "nsubj:pass" and c.dep_ == "nsubj"):
                if fold(c.text) in ("se", "s'"):
                    continue
                return self.coord(self.np(c, places=places))
        return []

    def marked(self, tok, wanted: tuple[str, ...], skip: set[int] | None = None,
               places: bool = False) -> list[ResolvedMention]:
        """Complements of ``tok`` introduced by one of the prepositions in ``wanted``."""
        out: list[ResolvedMention] = []
        preps = tuple(w for w in wanted if w != "obj")
        if not preps:
            return out
        for c in tok.children:
            if skip and c.i in skip:
                continue
            if c.dep_ in ("obl:arg", "obl:mod", "obl", "iobj", "nmod", "obj", "xcomp", "conj") and c.pos_ in NOMINAL:
                if c.lemma_.lower() in BEHALF_NOUNS and c.dep_ != "obj":
                    continue  # "au nom de l'UA": whom the actor speaks for, not an "à" recipient
                mk = marker_of(c)
                if mk and (mk in preps or (mk == "entre" and "entre" in preps)):
                    out.extend(self.coord(self.np(c, follow_de=True, places=places)))
                elif not mk and c.dep_ == "iobj" and "à" in preps:
                    out.extend(self.np(c))
        return _dedup(out)

    # ------------------------------------------------------------ linear fallbacks

    def left_group(self, i: int, lo: int = 0) -> list[ResolvedMention]:
        """The nearest group of actor mentions left of token i, not governed by a preposition."""
        doc = self.doc
        j = i - 1
        while j >= lo:
            t = doc[j]
            if t.text in CLAUSE_BREAK or fold(t.text) in ("que", "qu'", "si"):
                return []
            m = self.at.get(j)
            if m is not None and not m.place:
                group = self._group_left(m)
                if not self._after_prep(group[0].tok_start):
                    return group
                j = group[0].tok_start - 1
                continue
            j -= 1
        return []

    def first_group(self, before: int) -> list[ResolvedMention]:
        """The first actor group of the sentence before token ``before`` that no preposition governs:
        the main clause's subject, for a gerund ("..., tout en accusant X")."""
        quoted = self.quoted()
        for m in sorted(self.mentions, key=lambda m: m.tok_start):
            if m.tok_start >= before:
                break
            if m.place or self._after_prep(m.tok_start) or (m.tok_start in quoted and before not in quoted):
                continue  # a name inside the words quoted is not the speaker's clause subject
            return self._group_right(m)
        return []

    def quoted(self) -> set[int]:
        """Tokens inside quotation marks (« ... », "...")."""
        out: set[int] = set()
        inside = False
        for t in self.doc:
            if t.text in ("«", "“") or (t.text == '"' and not inside):
                inside = True
            elif t.text in ("»", "”") or (t.text == '"' and inside):
                inside = False
            elif inside:
                out.add(t.i)
        return out

    def right_marked(self, i: int, wanted: tuple[str, ...], span: int = 8) -> list[ResolvedMention]:
        """The first actor group after token i introduced by a wanted preposition (or directly, for obj)."""
        doc = self.doc
        preps = [w for w in wanted if w != "obj"]
        end = min(len(doc), i + 1 + span)
        j = i + 1
        while j < end:
            t = doc[j]
            if t.text in CLAUSE_BREAK or (t.pos_ == "VERB" and finite(t) and j > i + 1):
                break
            word = fold(t.text)
            word = CONTRACT.get(word, word)
            hit = None
            for p in preps:
                parts = p.split()
                if [CONTRACT.get(fold(doc[k].text), fold(doc[k].text)) for k in range(j, min(len(doc), j + len(parts)))
                        ] == parts:
                    hit = len(parts)
                    break
            if hit:
                k = j + hit
                while k < min(len(doc), j + hit + 10):
                    m = self.at.get(k)
                    if m is not None:
                        return self._group_right(m)
                    if doc[k].text in CLAUSE_BREAK or (doc[k].pos_ in ("VERB", "ADP") and k > j + hit
                                                        and fold(doc[k].text) not in ("de", "du", "des", "d'", "par")):
                        break
                    k += 1
                j += hit
                continue
            j += 1
        if "obj" in wanted:
            k = i + 1
            while k < min(len(doc), i + 6):
                m = self.at.get(k)
                if m is not None and not self._after_prep(m.tok_start):
                    return self._group_right(m)
                if doc[k].pos_ not in ("DET", "ADJ", "ADV", "PUNCT", "AUX") and fold(doc[k].text) not in TIME_WORDS:
                    break
                k += 1
        return []

    def _after_prep(self, i: int) -> bool:
        k = i - 1
        while k >= 0 and self.doc[k].pos_ in ("DET", "ADJ", "PUNCT") and self.doc[k].text not in ",;:":
            k -= 1
        return k >= 0 and self.doc[k].pos_ == "ADP"

    def _group_left(self, m: ResolvedMention) -> list[ResolvedMention]:
        group = [m]
        k = m.tok_start - 1
        while k >= 0:
            if fold(self.doc[k].text) in LINK_WORDS or self.doc[k].pos_ == "DET":
                k -= 1
                continue
            prev = self.at.get(k)
            if prev is not None and not prev.place and prev not in group:
                group.insert(0, prev)
                k = prev.tok_start - 1
                continue
            break
        return group

    def _group_right(self, m: ResolvedMention) -> list[ResolvedMention]:
        group = [m]
        k = m.tok_end
        n = len(self.doc)
        while k < n:
            if fold(self.doc[k].text) in LINK_WORDS or self.doc[k].pos_ == "DET":
                k += 1
                continue
            nxt = self.at.get(k)
            if nxt is not None and nxt not in group:
                group.append(nxt)
                k = nxt.tok_end
                continue
            break
        return group


def _number(verb) -> str:
    """The grammatical number of a verb's finite form (its own or its auxiliary's): "Sing", "Plur" or ""."""
    for x in [verb] + [c for c in verb.children if c.dep_.startswith("aux")]:
        m = str(x.morph)
        if "VerbForm=Fin" in m:
            return "Sing" if "Number=Sing" in m else "Plur" if "Number=Plur" in m else ""
    return ""


def unnamed_group(verb, at: dict) -> bool:
    """The verb is addressed to a camp that names no state: "exhorte les alliés à", "demande deux
    choses aux Occidentaux" (its object, or a complement of its object)."""
    for x in verb.children:
        if x.dep_ not in ("obj", "iobj", "obl:arg", "obl:mod", "obl"):
            continue
        for y in [x] + [g for g in x.children if g.dep_ == "nmod"]:
            if y.lemma_.lower() in UNNAMED_GROUPS and y.pos_ in ("NOUN", "ADJ", "PROPN"):
                return True
    return False


def _dedup(ms: list[ResolvedMention]) -> list[ResolvedMention]:
    seen = set()
    out = []
    for m in ms:
        key = (m.tok_start, m.tok_end, m.actor_id)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
