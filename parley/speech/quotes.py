"""Quotes: direct and indirect speech, each with its speaker resolved to an actor.

Direct quotes are found on character offsets across the sentences of the
article (a quote may hold several sentences and several paragraphs):
« », “ ”, „ “ and straight double quotes, nested quotes kept inside the outer
one, and a French quote that goes on over a new paragraph opening with « again.

The speaker of a direct quote is looked for, in order:

1. right after the closing mark: "« … », a déclaré X", "« … », a-t-il ajouté",
   "“…,” X said", "…, selon X";
2. before the opening mark in the same sentence, or in the previous sentence
   when that one ends with a colon: "X a précisé : « … »", "X said: “…”",
   "selon X, « … »"; a partial quote inside an indirect clause
   ("X a estimé qu'une rencontre « ne peut … »") belongs to the cue's subject;
3. a quote in a list item belongs to whoever introduced the list ("X exigeait :");
   "Selon lui, l'armée « … »" belongs to *lui*, not to the clause's subject;
4. a short partial quote inside a sentence belongs to the sentence's subject;
5. a quote that opens a sentence right after another quote of the same
   paragraph goes on with that quote's speaker;
6. a quote with no cue right after a sentence of the same paragraph whose
   subject is a person ("Le ministre hausse les épaules. « … »") is that person's.

A subject pronoun right after a quote ("Elle a averti que …", "She called …")
is the one just quoted, and "les paramilitaires", "la mission", "his office"
resolve to the group, organisation or state named before (``speakers.py``).

Indirect speech: a speech cue followed by its content, "X a affirmé que …",
"X affirme avoir …", "X said (that) …", "X told reporters …", "…, a indiqué X",
"selon X, …", "…, the ministry said", "…, X, the minister, wrote on X.". The
text starts at the first word of the content. A second speech act inside the
content of a first one gets its own record and ends the first: "…, mais
Téhéran a précisé que …", "…, tout en rappelant que …", "…, saying …" (a
participle speaks for the main subject, or for a clause coordinated in
between: "…, and Yerevan confirmed it, saying …"). A French cue under "ne …
pas / jamais" ("n'a jamais reconnu être …") reports no speech and gives no record.

Cues are in ``speech/data/cues_<lang>.tsv``. Speakers are actor mentions of
the ActorIndex (names, titles, metonyms, pronouns); a quote whose speaker
cannot be tied to an actor is left out (scare quotes, anonymous sources), and
so is a partial quote shorter than MIN_PARTIAL_CHARS or a capitalised name in
quotation marks without a verb ("l'opération « Bouclier du Nord »"): labels, not speech. A
partial quote inside reported speech gives two records, the reported clause
(from "que") and the quoted words.
"""

from __future__ import annotations

import re

from ..model import Quote
from .common import (
    Speaker, best_mention, mention_for_token, mentions_between, nearest_mention, sentence_at, speaker_of,
    subject_token,
)
from .cues import DATELINE, EN_ADVERBIAL, EN_PREPOSITIONS, TIMESTAMP, WORD, finite_en, is_cue
from .spans import QuoteSpan, find_spans
from .speakers import Attribution

# "…, X said on Telegram." / "…, X said on Friday at the end of a visit, during which …": a
# circumstance after an inverted cue, up to the next comma or the end (no "that" clause)
EN_CIRCUMSTANCE = re.compile(r"\s*(?:on|in|at|during|after|before|from|via|while|late|early)\s"
                             r"(?:(?!\bthat\b)[^,;.])*(?:[,;.!?]|$)")
LIST_ITEM = re.compile(r"(?:[•·●▪◦‣*–—-]|\d{1,2}[.)])\s+")
MIN_PARTIAL_CHARS = 20  # a shorter partial quote is a label or a scare quote (« paix totale »), not speech



class QuoteFinder(Attribution):
    quoting = True

    def __init__(self, article) -> None:
        super().__init__(article)
        self.quotes: list[Quote] = []

    # -------------------------------------------------------------- helpers
    # -------------------------------------------------------------- direct quotes
    def direct(self, sp: QuoteSpan) -> None:
        s1 = sentence_at(self.a, sp.open)
        s2 = sentence_at(self.a, sp.close)
        if s1 is None or s2 is None:
            return
        quoted = self.text[sp.start:sp.end]
        pre = self.text[s1.start:sp.open]
        bare = not pre.strip(" \t\n-–—")
        colon = pre.rstrip().endswith(":")
        whole = bare or colon
        found = self.pre_attribution(s1, sp) if colon else None
        if found is None and s2.end > sp.close + 1:
            self.quote_start = s1.index
            found = self.post_attribution(s2, sp)
            self.quote_start = None
        if found is None and not bare:
            found = self.pre_attribution(s1, sp)
        if found is None and bare:
            found = self.previous_colon(s1) or self.continuation(s1) or self.scene_speaker(s1)
        if found is None and not bare:
            found = self.list_intro(sp) or self.sentence_speaker(s1) or self.clause_subject(s1, sp)
        if found is None:
            return
        speaker, cue = found
        if not whole and len(quoted) < MIN_PARTIAL_CHARS:
            return
        if not whole and quoted[:1].isupper() and self.a.has_parser and found[1] is None:
            inner = [t for t in s1.span.doc if sp.start <= s1.base + t.idx < sp.end]
            if not any(t.pos_ in ("VERB", "AUX") for t in inner):
                return  # a name or a title in quotation marks ("la « Route … »")
        if self.anonymous(speaker):
            return
        self.last_speaker[s2.index] = speaker
        self.quotes.append(Quote(speaker=speaker.ref, speaker_text=speaker.text, cue=cue, text=quoted,
                                 direct=True, start=sp.start, end=sp.end, sentence=s1.index))

    def post_attribution(self, sent, sp: QuoteSpan):
        """"« … », a déclaré X" / "“…,” X said": a cue within the first words after the closing mark."""
        after = self.text[sp.close + 1:sent.end].lstrip()
        if self.lang == "fr" and not after.startswith((",", "—", "–", "-")):
            return None
        if self.lang == "en" and not after.startswith((",", "—", "–", "-")) and \
                not self.text[sp.start:sp.end].rstrip()[-1:] in (",", ".", "?", "!"):
            return None  # '"a serious threat" after Washington announced …': a partial quote, not an attribution
        toks = self.tokens(sent, sp.close + 1, sent.end)
        toks = [t for t in toks if t.text not in (",", "»", '"', "”", "-", "—", "–")][:5 if self.lang == "fr" else 12]
        if toks and toks[0].lower_ in ("et", "and", "mais", "but", "ou", "or"):
            return None
        acc = self.according(sent, sp.close + 1, sent.end)
        if acc is not None and toks and acc[0].i <= toks[0].i + 1:
            m = nearest_mention(self.a, sent, 0, sent.base + acc[1].idx + len(acc[1].text), before=False)
            if m is not None:
                return speaker_of(self.a, m), acc[0].text
            fb = self.according_pronoun(sent, acc[1])
            if fb is not None:
                return fb, acc[0].text
        for k, t in enumerate(toks):
            if t.lower_.endswith(("ant", "ing")) and k == 0:
                return None  # "« … », accusant Bruxelles de …": a participle of the main clause, not an attribution
            if is_cue(t, self.cues) and self.inside_quote(sent.base + t.idx) is None:
                if self.lang == "en" and k > 0:
                    sp_ = self.left_speaker(sent, t) or self.right_speaker(sent, t)
                else:
                    clitic = self.clitic_before(sent, t)
                    sp_ = clitic if clitic is not None else self.right_speaker(sent, t)
                if sp_ is not None:
                    return sp_, self.cue_text(sent, t)
                return None
            if t.pos_ == "VERB" and self.lang == "fr":
                break
        return None

    def pre_attribution(self, sent, sp: QuoteSpan):
        """A cue before the quote in its sentence: the first one whose complement holds the quote
        ("a prévenu que Kiev ne reconnaîtrait « … »" belongs to the one who warned)."""
        toks = [t for t in self.tokens(sent, sent.start, sp.open) if self.inside_quote(sent.base + t.idx) is None]
        cue_toks = [t for t in toks if is_cue(t, self.cues)]
        chosen = None
        for t in cue_toks:
            content = self.content_after(sent, t)
            if content is not None and content[0] <= sp.open:
                chosen = t
                break
        if chosen is None and cue_toks:
            chosen = cue_toks[-1]
        if chosen is not None:
            speaker = self.subject_speaker(sent, chosen)
            if speaker is not None:
                return speaker, self.cue_text(sent, chosen)
            return None
        acc = self.according(sent, sent.start, sp.open)
        if acc is not None:
            fb = self.according_pronoun(sent, acc[1])  # "Selon lui, l'armée « … »": not l'armée
            if fb is not None:
                return fb, acc[0].text
            m = nearest_mention(self.a, sent, 0, sent.base + acc[1].idx + len(acc[1].text), before=False)
            if m is not None and m.end <= sp.open:
                return speaker_of(self.a, m), acc[0].text
        return None

    def according_pronoun(self, sent, last):
        """"Selon lui, …", "according to her": the person just named or quoted."""
        doc = sent.span.doc
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("lui", "elle", "eux", "him", "her", "them"):
            return self.pronoun_fallback(sent)
        return None

    def sentence_speaker(self, sent):
        """The speaker a sentence names by a cue outside quotes ("…, a précisé X", "selon X")."""
        for t in sent.span.doc:
            if self.inside_quote(sent.base + t.idx) is None and is_cue(t, self.cues):
                tr = self.trailing(sent, t, allow_quotes=True)
                if tr is not None:
                    return tr[0], self.cue_text(sent, t)
        acc = self.according(sent, sent.start, sent.end)
        if acc is not None and self.inside_quote(sent.base + acc[0].idx) is None:
            ms = mentions_between(self.index, sent.index, sent.base + acc[1].idx, sent.end)
            m = best_mention([m for m in ms if m.start - (sent.base + acc[1].idx) < 60], self.index)
            if m is not None:
                return speaker_of(self.a, m), acc[0].text
        return None

    def previous_colon(self, sent):
        """A quote opening a sentence after "X a précisé :" (same or previous paragraph)."""
        if sent.index == 0:
            return None
        prev = self.a.sents[sent.index - 1]
        if not self.text[prev.start:prev.end].rstrip().endswith(":") or prev.heading:
            return None
        for t in reversed(list(prev.span.doc)):
            if is_cue(t, self.cues):
                speaker = self.subject_speaker(prev, t)
                return (speaker, self.cue_text(prev, t)) if speaker else None
        m = best_mention([m for m in self.index.in_sentence(prev.index)], self.index)
        return (speaker_of(self.a, m), None) if m is not None else None

    def scene_speaker(self, sent):
        """A quote with no cue right after a sentence of the same paragraph that shows a person
        acting ("Le ministre hausse les épaules. « … »"): that person's words."""
        if not self.a.has_parser or sent.index == 0:
            return None
        prev = self.a.sents[sent.index - 1]
        if prev.heading or prev.paragraph != sent.paragraph or \
                any(sp.open < prev.end and sp.close > prev.start for sp in self.spans):
            return None
        doc = prev.span.doc
        for root in (t for t in doc if t.dep_ == "ROOT" and t.pos_ == "VERB"):
            subj = subject_token(root)
            if subj is None or subj.i > root.i:
                continue
            m = mention_for_token(self.a, prev, subj)
            found = speaker_of(self.a, m) if m is not None else \
                self.description(prev, [t.lower_ for t in doc[subj.left_edge.i: subj.i + 1]],
                                 before=prev.base + doc[subj.left_edge.i].idx)
            if found is not None and getattr(self.index.actors.get(found.actor_id), "kind", None) == "person":
                return found, None
        return None

    def list_intro(self, sp: QuoteSpan):
        """A quote in a list item after "X exigeait notamment :": X's words, not those of the
        item's own subject."""
        start = self.text.rfind("\n", 0, sp.open) + 1
        if not LIST_ITEM.match(self.text[start:sp.open].lstrip()):
            return None
        for _ in range(12):
            if start <= 1:
                return None
            prev = self.text.rfind("\n", 0, start - 1) + 1
            line = self.text[prev:start].strip()
            if line and not LIST_ITEM.match(line):
                if not line.endswith(":"):
                    return None
                intro = sentence_at(self.a, prev + len(self.text[prev:start].rstrip()) - 1)
                if intro is None or intro.heading:
                    return None
                for t in reversed(list(intro.span.doc)):
                    if is_cue(t, self.cues):
                        speaker = self.subject_speaker(intro, t)
                        return (speaker, self.cue_text(intro, t)) if speaker else None
                return None
            start = prev
        return None

    def continuation(self, sent):
        """A quote opening a sentence right after a quote of the same paragraph: same speaker."""
        for k in (sent.index - 1, sent.index - 2):
            if k < 0 or self.a.sents[k].paragraph != sent.paragraph:
                return None
            if k in self.last_speaker:
                return self.last_speaker[k], None
        return None

    def clause_subject(self, sent, sp: QuoteSpan):
        """A partial quote inside a sentence: the subject of the verb that governs it."""
        if self.a.has_parser:
            doc = sent.span.doc
            inner = [t for t in doc if sp.start <= sent.base + t.idx < sp.end]
            tok = inner[0] if inner else None
            seen = 0
            while tok is not None and seen < 8:
                seen += 1
                if tok.pos_ in ("VERB", "AUX") and sent.base + tok.idx < sp.open or tok.dep_ == "ROOT":
                    subj = subject_token(tok)
                    if subj is not None and not (sp.open <= sent.base + subj.idx <= sp.close):
                        m = mention_for_token(self.a, sent, subj)
                        if m is not None:
                            return self.speaker(sent, m), None
                        if subj.pos_ == "PRON" and subj.lower_ in ("il", "elle"):
                            fb = self.pronoun_fallback(sent)
                            return (fb, None) if fb else None
                        return None
                if tok.head is tok:
                    break
                tok = tok.head
            return self.first_subject(sent, sp)
        ms = [m for m in self.index.in_sentence(sent.index) if not m.place and m.end <= sp.open]
        if not ms:
            return None
        people = [m for m in ms if m.kind == "name" and self.index.actors[m.actor_id].kind == "person"]
        if people:  # "… which presidential aide X presented as “…”": the person named nearest
            return speaker_of(self.a, max(people, key=lambda m: m.start)), None
        m = self.first_clause_subject(sent, sent.span.doc, len(sent.span.doc))
        return (self.speaker(sent, m), None) if m is not None else None

    def first_subject(self, sent, sp: QuoteSpan):
        """When the parse gives no subject: an actor named before the sentence's first verb."""
        doc = sent.span.doc
        verbs = [t for t in doc if t.pos_ in ("VERB", "AUX") and sent.base + t.idx < sp.open]
        if not verbs:
            return None
        limit = sent.base + verbs[0].idx
        ms = [m for m in self.index.in_sentence(sent.index) if not m.place and m.end <= limit]
        m = best_mention(ms, self.index)
        return (self.speaker(sent, m), None) if m is not None else None

    # -------------------------------------------------------------- indirect speech
    def indirect(self, sent) -> None:
        doc = sent.span.doc
        if sent.heading or len(doc) < 4:
            return
        taken: list[tuple[int, int]] = []
        owners: list[tuple[Quote, Speaker]] = []  # the record and speaker of each taken content
        for t in doc:
            off = sent.base + t.idx
            if self.inside_quote(off) is not None or not is_cue(t, self.cues):
                continue
            outer = next((k for k, (a, b) in enumerate(taken) if a <= off < b), None)
            content = self.content_after(sent, t)
            if outer is not None:
                # "X a assuré que …, mais Y a précisé que …", "…, tout en rappelant que …":
                # a second speech act inside the content of the first one
                joint = self.second_report(sent, t, taken[outer][0]) if content is not None else None
                if joint is None:
                    continue
                comma, own_subject = joint
                first, first_speaker = owners[outer]
                speaker = own_subject if isinstance(own_subject, Speaker) else \
                    self.subject_speaker(sent, t) if own_subject else first_speaker
                if speaker is None or not self.add_indirect(sent, speaker, self.cue_text(sent, t), content):
                    continue
                cut = sent.base + comma.idx  # the first content ends before the second speech act
                first.end, first.text = cut, self.text[first.start:cut].rstrip()
                taken[outer] = (taken[outer][0], cut)
                taken.append(content)
                owners.append((self.quotes[-1], speaker))
                continue
            if content is not None and self.negated(t):
                continue  # "Islamabad n'a jamais reconnu être …": no speech was made
            if content is not None:
                comment = self.second_report(sent, t, sent.start - 1) \
                    if t.lower_.endswith(("ant", "ing")) and t.i > 0 else None
                if comment is not None and isinstance(comment[1], Speaker):
                    speaker = comment[1]  # "…, a claim Bamako rejects, saying …"
                else:
                    speaker = self.subject_speaker(sent, t) if self.lang == "fr" or self.a.has_parser \
                        else self.left_speaker(sent, t)
                if speaker is not None and self.add_indirect(sent, speaker, self.cue_text(sent, t), content):
                    taken.append(content)
                    owners.append((self.quotes[-1], speaker))
                continue
            trailing = self.trailing(sent, t)
            if trailing is not None:
                speaker, start, end = trailing
                if self.add_indirect(sent, speaker, self.cue_text(sent, t), (start, end)):
                    taken.append((start, end))
                    owners.append((self.quotes[-1], speaker))
        if not taken:
            self.according_clause(sent)

    COORDINATORS = frozenset("mais et puis tandis avant but and while before".split())
    _NEGATORS = frozenset("pas jamais plus guère point".split())

    def negated(self, cue_tok) -> bool:
        """A French cue under "ne … pas / jamais / plus" ("n'a jamais reconnu être", "n'a pas
        affirmé que"): the sentence says the speech act did not happen. A denial verb ("ne nie
        pas que") still reports what was said."""
        if self.lang != "fr" or cue_tok.lemma_.lower() in self.cues.deny:
            return False
        kids = {c.lower_ for c in cue_tok.children if c.dep_ == "advmod"}
        return bool(kids & {"ne", "n'", "n’"}) and bool(kids & self._NEGATORS)

    def second_report(self, sent, cue_tok, region_start: int):
        """A cue inside the content of an earlier cue that starts a speech act of its own:
        after a comma and a coordinator ("…, mais Téhéran a précisé que …") or as a participle
        ("…, tout en rappelant que …", "…, saying …"). Returns (the comma, True when the cue has a
        subject of its own, or the Speaker of a clause coordinated before a participle) or None."""
        doc = sent.span.doc
        k = cue_tok.i - 1
        while k >= 0 and doc[k].text not in (",", ";") and cue_tok.i - k <= 8:
            k -= 1
        if k < 1 or doc[k].text not in (",", ";") or sent.base + doc[k].idx <= region_start:
            return None
        between = [x.lower_ for x in doc[k + 1: cue_tok.i]]
        if cue_tok.lower_.endswith(("ant", "ing")) and (not between or between[-1] == "en"):
            # the participle's subject: that of a clause coordinated in between ("…, and Yerevan
            # confirmed it, saying …") or of a comment clause ("…, a claim Bamako rejects, saying …"),
            # else the first speaker's
            seg = next((j for j in range(k - 1, -1, -1) if doc[j].text in (",", ";")), None)
            if self.lang == "en" and seg is not None and seg + 1 < k and doc[seg + 1].lower_ in ("a", "an"):
                ms = [m for m in self.index.in_tokens(sent.index, seg + 2, k) if not m.place]
                if ms and ms[0].tok_end < k:  # the comment clause's verb follows its subject
                    return doc[k], self.speaker(sent, ms[0])
            for x in reversed(doc[:k]):
                if sent.base + x.idx <= region_start:
                    break
                if x.lower_ in self.COORDINATORS and x.i > 0 and doc[x.i - 1].text == ",":
                    ms = [m for m in self.index.in_tokens(sent.index, x.i + 1, min(x.i + 6, k)) if not m.place]
                    if ms:
                        return doc[k], self.speaker(sent, min(ms, key=lambda m: m.start))
                    break
            return doc[k], False
        if between and between[0] in self.COORDINATORS:
            rest = [x for x in doc[k + 2: cue_tok.i] if x.pos_ not in ("AUX", "ADV", "PART")
                    and x.lower_ not in ("a", "ont", "has", "have", "had", "also", "aussi")]
            return doc[k], bool(rest)
        return None

    def add_indirect(self, sent, speaker: Speaker, cue: str | None, content: tuple[int, int]) -> bool:
        start, end = content
        if self.anonymous(speaker):
            return False
        for pattern in (TIMESTAMP, DATELINE):
            stamp = pattern.match(self.text, start)
            if stamp:
                start = stamp.end()
        if self.text[start:end].rstrip().endswith(":"):
            end = self.list_end(end)  # "… exige qu'un accord comporte :" and its list
        while end > start and self.text[end - 1] in " .;,:!?\n":
            end -= 1
        if end - start < 8:
            return False
        body = self.text[start:end]
        if len(WORD.findall(body)) < 3:
            return False
        for sp in self.spans:  # the whole content is a direct quote: one direct record is enough
            if sp.open - start <= 1 and sp.close >= end - 1:
                return False
        first = next((t for t in sent.span.doc if sent.base + t.idx >= start), None)
        if first is not None and "Inf" in first.morph.get("VerbForm") and \
                any(start <= sp.open < end for sp in self.spans):
            return False  # "affirme avoir frappé « des installations … »": the quote is the record
        self.last_speaker[sent.index] = speaker
        self.quotes.append(Quote(speaker=speaker.ref, speaker_text=speaker.text, cue=cue, text=body,
                                 direct=False, start=start, end=end, sentence=sent.index))
        return True

    def list_end(self, end: int) -> int:
        """The end of the bullet list that follows a sentence ending with a colon."""
        lines = [ln for ln in self.a.lines if ln.kept]
        pos = next((k for k, ln in enumerate(lines) if ln.start <= end - 1 < ln.end + 1), None)
        if pos is None:
            return end
        for ln in lines[pos + 1: pos + 12]:
            body = self.text[ln.start:ln.end].lstrip()
            if not (LIST_ITEM.match(body) or body[:1].islower()):
                break
            end = ln.end
        return end

    def content_after(self, sent, cue_tok) -> tuple[int, int] | None:
        """The content of indirect speech after its cue: after que/that, or a bare clause."""
        doc = sent.span.doc
        end = sent.end
        if self.lang == "fr":
            steps = 0
            for t in doc[cue_tok.i + max(1, is_cue(cue_tok, self.cues)):]:
                steps += 1
                if steps > 12 or t.text in (".", ";", ":", "«", "»", "!", "?", '"', "(", ")"):
                    return None
                if t.lower_ in ("que", "qu'", "qu’") and (t.pos_ in ("SCONJ", "ADV", "CCONJ") or t.dep_ == "mark") \
                        and not (t.pos_ == "PRON" and t.dep_ in ("obj", "nsubj", "obl")):  # not "des navires qu'ils …"
                    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
                    if nxt is None:
                        return None
                    return sent.base + nxt.idx, end
                if t.pos_ == "VERB" and t.dep_ not in ("acl", "amod") and not t.tag_.startswith("AUX") \
                        and t.lemma_ not in ("avoir", "être"):
                    return None
                if (t.pos_ == "AUX" or t.lemma_ in ("avoir", "être")) and steps <= 2 and "Inf" in t.morph.get("VerbForm") \
                        and cue_tok.lemma_.lower() in self.cues.infinitive:
                    return sent.base + t.idx, end
            return None
        # English
        rest_text = self.text[sent.base + cue_tok.idx + len(cue_tok.text): end]
        skip = EN_ADVERBIAL.match(rest_text)
        offset = sent.base + cue_tok.idx + len(cue_tok.text) + (skip.end() if skip else 0)
        toks = [t for t in doc[cue_tok.i + 1:] if sent.base + t.idx >= offset]
        if not toks:
            return None
        if toks[0].text == ",":
            return None  # "…, the ministry said, adding …": a trailing attribution
        for k, t in enumerate(toks[:10]):
            if finite_en(t) and k > 0 and toks[0].lower_ not in EN_PREPOSITIONS:
                break  # "said repair crews were working … and that …": the content starts right away
            if t.lower_ == "that":
                if k + 1 < len(toks) and (k == 0 or skip is None or all(x.text != "," for x in toks[:k])):
                    return sent.base + toks[k + 1].idx, end
                return None
            if t.text in (".", ";", ":", "!", "?", '"', "“", "”") or (t.text == "," and k > 0):
                break
        first = toks[0]
        if first.text in (",", ".", ";", ":", '"', "“", "”") or first.lower_ in EN_PREPOSITIONS:
            return None
        if first.lower_.endswith("ing") and first.text[:1].islower():
            return None  # "denied targeting …": a gerund, not a clause
        if cue_tok.lower_ in self.cues.object_verbs:
            if first.lower_ not in self.cues.hearers or len(toks) < 3:
                return None  # "told Al Jazeera …" without "that": the hearer is not the content
            toks = toks[1:]  # "told reporters Hungary would not …": the clause after the hearer
            first = toks[0]
        if finite_en(first):
            return None  # "in drills its military said were …": the subject was moved out, no clause
        for k, t in enumerate(toks[:9]):
            if t.text in (":", '"', "“", "”", "«"):
                return None  # "said afterwards: “…”"
            # a second cue: "claimed victory and said …", "said, hours after the Kremlin said …"
            # (but "said Washington hoped …": the reported clause's own verb)
            if is_cue(t, self.cues) and (k == 0 or t.doc[t.i - 1].lower_ in ("and", "but", "then", ",") or any(
                    x.lower_ in EN_PREPOSITIONS or x.lower_ in self._SOFT_STOP for x in toks[:k])):
                return None
            if finite_en(t):
                return sent.base + first.idx, end
        return None

    def trailing(self, sent, cue_tok, allow_quotes: bool = False):
        """"…, a indiqué le ministère." / "…, the ministry said.": the content is the clause before."""
        doc = sent.span.doc
        if cue_tok.lower_.endswith(("ant", "ing")):
            return None  # "…, confirmant la disponibilité de …": a participle, not an inverted cue
        i = cue_tok.i - 1
        while i >= 0 and (doc[i].pos_ == "AUX" or doc[i].lower_ in ("a", "ont", "has", "have", "had")
                          or doc[i].text.startswith("-")):
            i -= 1
        speaker = None
        comma = None
        if i >= 0 and doc[i].text == ",":
            comma = i  # inverted: ", a indiqué X" / ", said X" / ", a-t-il dit"
            speaker = self.clitic_before(sent, cue_tok) if self.lang == "fr" else None
            if speaker is None and self.lang == "en":
                # "…, Andriy Yermak, the head of the presidential office, wrote on Telegram.": the
                # subject and its apposition stand left of the cue; the content ends before them
                left = self.left_speaker(sent, cue_tok)
                c = left.mention.tok_start - 1 if left is not None else -1
                while c >= 0 and doc[c].text != "," and left.mention.tok_start - c <= 4:
                    c -= 1
                if left is not None and c >= 3 and doc[c].text == ",":
                    comma, speaker = c, left
            if speaker is None:
                nxt = doc[cue_tok.i + 1] if cue_tok.i + 1 < len(doc) else None
                if nxt is None or nxt.pos_ not in ("DET", "PROPN", "NOUN", "PRON") and not nxt.text[:1].isupper():
                    return None
                speaker = self.right_speaker(sent, cue_tok)
                if speaker is not None and speaker.mention.tok_start > cue_tok.i + 12:
                    return None
                if speaker is not None and not self.clause_ends(doc, speaker.mention.tok_end):
                    return None
        elif self.lang == "en" or not self.a.has_parser:
            # ", the Energy Ministry said": a subject between the comma and the cue
            j = i
            while j >= 0 and doc[j].text not in (",", ".", ";", ":") and cue_tok.i - j <= 6:
                j -= 1
            if j >= 0 and doc[j].text == "," and doc[j + 1].lower_ not in ("a", "an", "un", "une"):
                comma = j  # not ", a charge Abu Dhabi denies": a relative clause, not an attribution
                speaker = self.left_speaker(sent, cue_tok)
        if comma is None or speaker is None or comma < 3:
            return None
        if self.lang == "en":
            rest = self.text[sent.base + cue_tok.idx + len(cue_tok.text): sent.end]
            skip = EN_ADVERBIAL.match(rest)
            rest = rest[skip.end() - 1:] if skip else rest
            if rest.strip() and not rest.lstrip().startswith((",", ".", ";", "adding", "citing")) \
                    and not EN_CIRCUMSTANCE.match(rest):
                return None
        start = sent.start
        for pattern in (TIMESTAMP, DATELINE):
            stamp = pattern.match(self.text, start)
            if stamp:
                start = stamp.end()
        end = sent.base + doc[comma].idx
        if self.a.has_parser and not any("Fin" in t.morph.get("VerbForm") for t in doc[:comma]
                                         if sent.base + t.idx >= start):
            return None  # "Le porte-parole du gouvernement, X, a accusé …": no clause before the comma
        if not allow_quotes:
            if self.inside_quote(start) is not None or self.text[start:start + 1] in "«\"“":
                return None
            if any(sp.open <= start + 1 and sp.close >= end - 2 for sp in self.spans):
                return None
            quoted = sum(min(sp.close, end) - max(sp.open, start) for sp in self.spans
                         if sp.open < end and sp.close > start)
            if quoted * 2 > end - start:
                return None  # "L'État n'a « … » et « … », a insisté X": the quotes are the records
        return speaker, start, end

    def according_clause(self, sent) -> None:
        """"Selon X, …" (content after the comma) and "…, selon X." (content before)."""
        acc = self.according(sent, sent.start, sent.end)
        if acc is None:
            return
        doc = sent.span.doc
        first, last = acc
        if tuple(doc[first.i: last.i + 1].text.lower().split()) in self.cues.initial:
            return  # "Pour Washington, le pari est risqué": a framing, reported speech only with a quote
        if self.inside_quote(sent.base + first.idx) is not None:
            return
        commas = [t for t in doc[last.i + 1:] if t.text == ","]
        if first.i <= 1 and commas:
            comma = commas[0]
            ms = mentions_between(self.index, sent.index, sent.base + last.idx, sent.base + comma.idx)
            m = best_mention(ms, self.index)
            if m is not None and comma.i + 1 < len(doc):
                if len(commas) > 1 and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod")
                                               for t in doc[comma.i + 1: commas[1].i]):
                    comma = commas[1]  # "selon X, un dirigeant du mouvement, le Hamas pose …"
                self.add_indirect(sent, speaker_of(self.a, m), first.text,
                                  (sent.base + doc[comma.i + 1].idx, sent.end))
            return
        if first.i > 3 and doc[first.i - 1].text == "," and not self.text[sent.start:sent.end].rstrip().endswith(":"):
            # "…, selon X." (a list announced by a colon is not reported speech); X ends at a comma
            stop = next((t for t in doc[last.i + 1:] if t.text in (",", ";", "(") or t.lower_ in ("qui", "who")),
                        None)
            end = sent.base + stop.idx if stop is not None else sent.end
            ms = mentions_between(self.index, sent.index, sent.base + last.idx, end)
            if stop is not None and stop.text == "," and stop.i + 1 < len(doc) and doc[stop.i + 1].text[:1].isupper():
                # "…, according to Ukraine's human rights commissioner, Dmytro Lubinets.": the name
                # in apposition is the source
                nxt = next((t for t in doc[stop.i + 1:] if t.text in (",", ";", "(") or t.lower_ in ("qui", "who")),
                           None)
                named = [m for m in mentions_between(self.index, sent.index, sent.base + stop.idx,
                                                      sent.base + nxt.idx if nxt is not None else sent.end)
                         if m.kind == "name" and self.index.actors[m.actor_id].kind == "person"]
                if named:
                    ms = named
            m = best_mention(ms, self.index)
            if m is not None and self.anonymous(speaker_of(self.a, m)):
                return
            if m is not None and not self.text[sent.start:sent.start + 1] in "«\"“":
                self.add_indirect(sent, speaker_of(self.a, m), first.text,
                                  (sent.start, sent.base + doc[first.i - 1].idx))

    # -------------------------------------------------------------- run
    def run(self) -> list[Quote]:
        self.spans = find_spans(self.a)
        pending = list(self.spans)
        for sent in self.a.sents:  # in reading order: a pronoun speaker looks back at earlier speakers
            self.indirect(sent)
            while pending and pending[0].open < sent.end:
                self.direct(pending.pop(0))
        seen: set[tuple] = set()
        out = []
        for q in sorted(self.quotes, key=lambda q: (q.start, not q.direct)):
            key = (q.speaker.id if q.speaker else None, q.start)
            if key in seen:
                continue
            seen.add(key)
            out.append(q)
        return out


def stage(article) -> None:
    """Fill ``article.quotes`` (direct and indirect speech with speakers)."""
    if not article.sents or article.language not in ("fr", "en"):
        return
    finder = QuoteFinder(article)
    article.quotes = finder.run()
    article.ext["quote_spans"] = finder.spans
