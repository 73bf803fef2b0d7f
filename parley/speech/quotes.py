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
3. a short partial quote inside a sentence belongs to the sentence's subject;
4. a quote that opens a sentence right after another quote of the same
   paragraph goes on with that quote's speaker.

Indirect speech: a speech cue followed by its content, "X a affirmé que …",
"X affirme avoir …", "X said (that) …", "…, a indiqué X", "selon X, …",
"…, the ministry said". The text starts at the first word of the content.

Cues are in ``speech/data/cues_<lang>.tsv``. Speakers are actor mentions of
the ActorIndex (names, titles, metonyms, pronouns); a quote whose speaker
cannot be tied to an actor is left out (scare quotes, anonymous sources).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..actors.index import get_index
from ..model import Quote
from .common import (
    Speaker, best_mention, rank, mention_for_token, mentions_between, nearest_mention, sentence_at,
    speaker_of, subject_token, table,
)

CLOSERS = {"«": "»", "“": "”", "„": "“”", '"': '"', "‹": "›"}
MIN_PARTIAL_CHARS = 20  # a shorter partial quote is a label or a scare quote (« paix totale »), not speech

_TIMESTAMP = re.compile(r"\d{1,2}\s?[h:.]\s?\d{2}\s*[—–-]\s*")
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,}(?:,[^—–()\n]{1,40})?(?:\s*\([^)]{1,30}\))?\s*[—–-]\s+")
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EN_ADVERBIAL = re.compile(
    r"\s*(?:(?:late |early |earlier |later )?on " + _WEEKDAYS + r"(?: (?:night|evening|morning|afternoon))?"
    r"|(?:in|during) (?:a|an|his|her|their|its) (?:[\w-]+ ){0,3}(?:statement|speech|address|interview|post|briefing|"
    r"conference|message|letter|call)(?: [\w-]+){0,3}?"
    r"|on (?:X|Telegram|Twitter|Facebook|state television|television)|earlier|later|also|again|repeatedly|"
    r"publicly|separately|yesterday|today|last (?:week|month|night)|this week|afterwards)"
    r"(?:,? (?:on " + _WEEKDAYS + r"|earlier|later))?,?\s+")
_EN_PREPOSITIONS = frozenset("by with for about of over against under into from at on in to after before during "
                             "without between among through across toward towards upon amid via as".split())
_EN_FINITE = re.compile(r"is|was|were|are|am|had|has|have|would|will|could|can|can't|cannot|must|should|did|does|"
                        r"do|might|may|won't|wouldn't|isn't|wasn't|hasn't|hadn't|didn't|doesn't|shall|\w+ed")
_NOT_VERBS_ED = frozenset("need speed seed hundred red bed shed feed breed creed greed deed united indeed "
                          "embed naked sacred wicked kindred ".split())


def _finite_en(tok) -> bool:
    """A finite verb form in English without a tagger: auxiliaries, modals, lower-case -ed forms."""
    low = tok.lower_
    if low in _NOT_VERBS_ED or not tok.text[:1].islower():
        return False
    return bool(_EN_FINITE.fullmatch(low))


_INDEFINITE = frozenset("un une des plusieurs certains certaines quelques deux trois a an some several two three "
                        "other autres".split())
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


# ----------------------------------------------------------------- cue lexicon

@dataclass(frozen=True)
class Cues:
    lang: str
    verbs: frozenset[str]  # fr: lemmas; en: inflected forms
    weak: frozenset[str]
    multi: tuple[tuple[str, ...], ...]  # multi-word cues as lemma / form sequences
    according: tuple[tuple[str, ...], ...]  # "selon", "d'après", "according to"
    initial: tuple[tuple[str, ...], ...]  # "Pour X, …" only at the start of a sentence
    object_verbs: frozenset[str]  # en: verbs followed by the hearer ("told reporters")
    infinitive: frozenset[str]  # fr: cues that take an infinitive content ("affirme avoir")


_INFINITIVE_FR = frozenset("affirmer assurer dire déclarer indiquer estimer reconnaître nier démentir "
                           "revendiquer confirmer admettre prétendre".split())


@lru_cache(maxsize=4)
def cues(lang: str) -> Cues:
    rows = table(f"cues_{lang}.tsv", "speech")
    verbs: set[str] = set()
    weak: set[str] = set()
    multi: list[tuple[str, ...]] = []
    according: list[tuple[str, ...]] = []
    initial: list[tuple[str, ...]] = []
    objects: set[str] = set()
    for row in rows:
        cue = row["cue"].lower()
        if lang == "en":
            forms = [f.strip().lower() for f in row.get("forms", "").split(",") if f.strip()]
            if not forms:
                forms = [cue, cue + "s", cue + ("d" if cue.endswith("e") else "ed")]
        else:
            forms = [cue]
        for form in forms:
            if row.get("kind") == "according":
                according.append(tuple(form.split()))
            elif row.get("kind") == "according-initial":
                initial.append(tuple(form.split()))
            elif " " in form:
                multi.append(tuple(form.split()))
            else:
                verbs.add(form)
                if row.get("strength") == "weak":
                    weak.add(form)
                if row.get("takes_object") == "yes":
                    objects.add(form)
    return Cues(lang, frozenset(verbs), frozenset(weak), tuple(multi), tuple(according), tuple(initial),
                frozenset(objects), _INFINITIVE_FR if lang == "fr" else frozenset())


def _key(tok, lang: str) -> str:
    return tok.lemma_.lower() if lang == "fr" else tok.lower_


def is_cue(tok, c: Cues) -> bool:
    if c.lang == "fr":
        if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "ADJ" and tok.tag_ == "VERB"):
            return False
        if tok.lemma_.lower() in c.verbs:
            return True
        # "se dire", "s'engager", "mettre en garde", "faire savoir"
        doc = tok.doc
        for seq in c.multi:
            if seq[0] in ("se", "s'") and len(seq) == 2 and tok.lemma_.lower() == seq[1]:
                if tok.i > 0 and doc[tok.i - 1].lower_ in ("se", "s'", "s’", "me", "nous", "vous", "m'"):
                    return True
                if tok.i > 1 and doc[tok.i - 2].lower_ in ("se", "s'", "s’"):
                    return True
            elif tok.lemma_.lower() == seq[0] and tok.i + len(seq) <= len(doc):
                if all(doc[tok.i + k].lemma_.lower() == seq[k] for k in range(1, len(seq))):
                    return True
        return False
    return tok.lower_ in c.verbs


# ----------------------------------------------------------------- direct quote spans

@dataclass
class QuoteSpan:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    start: int  # the quoted text (marks and edge spaces left out)
    end: int


def find_spans(article) -> list[QuoteSpan]:
    """Every outermost quotation of the kept, non-heading lines, across sentences and paragraphs."""
    text = article.original
    lines = [ln for ln in article.lines if ln.kept and not ln.heading]
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    skip_at = -1
    for li, line in enumerate(lines):
        for pos in range(line.start, line.end):
            if pos == skip_at:
                continue
            ch = text[pos]
            if ch not in "«»“”„\"‹›":
                continue
            prev = text[pos - 1] if pos > line.start else " "
            nxt = text[pos + 1] if pos + 1 < line.end else " "
            top = stack[-1][0] if stack else None
            closes_top = top is not None and ch in CLOSERS[top]
            if ch == '"' or (ch == "”" and not any(m in "“„" for m, _ in stack)):
                if closes_top or (ch == "”" and top == "”") or (top == '"' and ch == '"'):
                    closes_top = True
                elif nxt.isspace() and not prev.isspace() and stack:
                    closes_top = False
                    continue
                else:
                    if nxt.isspace() and prev not in " \n(—–-'":
                        continue  # a stray closing mark
                    stack.append(('"' if ch == '"' else "”", pos))
                    continue
            if closes_top:
                mark, opened = stack.pop()
                if not stack:
                    _add(spans, text, opened, pos)
                continue
            if ch in CLOSERS:  # « “ „ ‹
                stack.append((ch, pos))
                continue
            # a closing mark that does not close the top: close down to its opener if any
            for depth in range(len(stack) - 1, -1, -1):
                if ch in CLOSERS[stack[depth][0]]:
                    opened = stack[depth][1]
                    del stack[depth:]
                    if not stack:
                        _add(spans, text, opened, pos)
                    break
        if not stack:
            continue
        nxt_line = lines[li + 1] if li + 1 < len(lines) else None
        if nxt_line is None:
            stack.clear()
            continue
        if nxt_line.paragraph == line.paragraph:
            continue  # a bullet list inside the quote
        body = text[nxt_line.start:nxt_line.end]
        lead = len(body) - len(body.lstrip())
        outer = stack[0][0]
        first = body.lstrip()[:1]
        if first and (first == outer or (outer == "«" and first == "»") or (outer in "“\"" and first in "“\"")):
            skip_at = nxt_line.start + lead  # a long quote goes on in a new paragraph
            continue
        closers = [body.find(c) for c in CLOSERS[outer] if body.find(c) >= 0]
        openers = [body.find(o) for o in ("«", "“", "„") if body.find(o) >= 0]
        if outer != '"' and closers and (not openers or min(closers) < min(openers)):
            continue
        stack.clear()  # an unbalanced mark: forget it
    return spans


def _add(spans: list[QuoteSpan], text: str, opened: int, closed: int) -> None:
    start, end = opened + 1, closed
    while start < end and (text[start].isspace() or text[start] in "\u00a0\u202f"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u00a0\u202f"):
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append(QuoteSpan(opened, closed, start, end))


# ----------------------------------------------------------------- the finder

class QuoteFinder:
    def __init__(self, article) -> None:
        self.a = article
        self.lang = article.language
        self.cues = cues(self.lang)
        self.index = get_index(article)
        self.text = article.original
        self.spans: list[QuoteSpan] = []
        self.quotes: list[Quote] = []
        self.last_speaker: dict[int, Speaker] = {}  # sentence index -> speaker of a quote there

    # -------------------------------------------------------------- helpers
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
        """"un responsable ukrainien", "a U.S. official": an unnamed source, not a speaker."""
        m = speaker.mention
        if m.kind not in ("demonym", "group", "country", "metonym"):
            return False
        doc = self.a.sents[m.sent].span.doc
        before = [t.lower_ for t in doc[max(0, m.tok_start - 3): m.tok_start]]
        if m.kind in ("country", "metonym"):  # "un responsable de Kiev", "a source in Moscow"
            before = before[-3:] if len(before) >= 2 and before[-1] in ("de", "d'", "in", "from") else []
        return any(w in _INDEFINITE for w in before)

    def pronoun_fallback(self, sent) -> Speaker | None:
        """A clitic subject ("a-t-il ajouté", "précise-t-il") the actors stage left unresolved:
        the speaker of a quote in this or the previous sentence, else the subject of the
        previous sentence, else an earlier speaker, else the person named first just before."""
        prev = self.a.sents[sent.index - 1] if sent.index > 0 else None
        for k in (sent.index, sent.index - 1):
            if k in self.last_speaker and (k == sent.index or prev is not None and not prev.heading):
                return self.last_speaker[k]
        if prev is not None and not prev.heading and self.a.has_parser:
            roots = [t for t in prev.span.doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX", "NOUN", "ADJ")]
            for root in roots:
                subj = subject_token(root)
                m = mention_for_token(self.a, prev, subj) if subj is not None else None
                if m is not None:
                    return speaker_of(self.a, m)
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
        """The speaker of a cue verb: its grammatical subject, else the nearest actor on its left."""
        if self.a.has_parser:
            subj = subject_token(cue_tok)
            if subj is not None:
                m = mention_for_token(self.a, sent, subj)
                if m is not None:
                    return speaker_of(self.a, m)
                if subj.lower_.lstrip("-t").lstrip("-") in ("il", "elle") and subj.i > cue_tok.i - 3:
                    return self.pronoun_fallback(sent)
                if subj.pos_ == "PRON" and subj.lower_.lstrip("-") in ("il", "elle"):
                    return self.pronoun_fallback(sent)
                return None
            # inverted clitic after the verb: "a-t-il ajouté", "estime-t-il"
            doc = sent.span.doc
            for t in doc[max(0, cue_tok.i - 2): min(len(doc), cue_tok.i + 3)]:
                if t.text.startswith("-") and t.lower_.lstrip("-t").lstrip("-") in ("il", "elle"):
                    m = self.index.at_token(sent.index, t.i)
                    return speaker_of(self.a, m) if m else self.pronoun_fallback(sent)
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
        while j >= 0 and doc[j].text != "," and doc[j].text not in self._HARD_STOP \
                and doc[j].lower_ not in self._SOFT_STOP:
            j -= 1
        if j + 1 < cue_tok.i:  # "Kremlin spokesman Dmitry Peskov said"
            m = best_mention(mentions(j + 1, cue_tok.i), self.index)
            if m is not None:
                return speaker_of(self.a, m)
            if doc[j + 1].lower_ not in self._RELATIVE:
                return None
        if j < 0 or doc[j].text != ",":
            if j >= 0 and doc[j].lower_ in ("and", "et"):  # "X welcomed the truce and said …"
                first = [m for m in self.index.in_sentence(sent.index) if not m.place and m.tok_start < j]
                start_i = self.clause_start(doc)
                m = best_mention([m for m in first if m.tok_start - start_i < 8], self.index)
                return speaker_of(self.a, m)
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
            return w.lower_ in self._RELATIVE or w.lower_ in _EN_PREPOSITIONS or w.lower_.endswith("ing") \
                or (self.lang == "fr" and w.pos_ in ("ADP", "VERB"))

        valid = [(a, b) for a, b in segs if not clause_like(a, b)][:2]
        cands = [(m, n) for n, seg in enumerate(valid) for m in mentions(*seg)]
        if not cands:
            return None
        best = min(cands, key=lambda mn: (rank(mn[0], self.index), -mn[1]))
        return speaker_of(self.a, best[0])

    def clause_start(self, doc) -> int:
        """The first token after a dateline or a live-blog time stamp."""
        text = doc.text
        m = _DATELINE.match(text) or _TIMESTAMP.match(text)
        if not m:
            return 0
        for t in doc:
            if t.idx >= m.end():
                return t.i
        return 0

    def right_speaker(self, sent, cue_tok) -> Speaker | None:
        """An inverted subject: "…, a déclaré le ministre X", "…, said the minister"."""
        doc = sent.span.doc
        hi = len(doc)
        for t in doc[cue_tok.i + 1:]:
            if t.text in (",", ".", ";", ":", "«", '"', "“") or t.lower_ in ("que", "qu'", "that", "qui", "who"):
                hi = t.i
                break
        for t in doc[cue_tok.i + 1: hi]:
            if t.text.startswith("-") and t.lower_.lstrip("-t").lstrip("-") in ("il", "elle"):
                m = self.index.at_token(sent.index, t.i)
                return speaker_of(self.a, m) if m else self.pronoun_fallback(sent)
        if hi <= cue_tok.i + 1:
            return None
        if self.a.has_parser:  # the inverted subject is often parsed as the cue's subject or object
            for child in cue_tok.children:
                if child.i > cue_tok.i and child.i < hi and child.dep_ in ("nsubj", "nsubj:pass", "obj"):
                    m = mention_for_token(self.a, sent, child)
                    if m is not None:
                        return speaker_of(self.a, m)
        first = doc[cue_tok.i + 1]
        if first.pos_ in ("ADP", "ADV", "SCONJ") or first.lower_ in ("devant", "à", "au", "aux", "sur", "lors", "dans",
                                                                    "to", "on", "in", "at", "during", "after"):
            return None
        end = sent.base + doc[hi - 1].idx + len(doc[hi - 1].text)
        ms = mentions_between(self.index, sent.index, sent.base + cue_tok.idx + len(cue_tok.text), end)
        m = best_mention(ms, self.index)
        return speaker_of(self.a, m)

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
        first_word = next((t for t in doc if not t.is_punct and not _TIMESTAMP.fullmatch(t.text + " — ")
                           and not re.fullmatch(r"\d{1,2}h\d{2}|\d{1,2}:\d{2}", t.text)), None)
        for t in toks:
            seqs = list(self.cues.according) + (list(self.cues.initial) if t is first_word else [])
            for seq in seqs:
                words = doc[t.i: t.i + len(seq)].text.lower().replace("’", "'").split()
                if words == list(seq):
                    return t, doc[min(len(doc) - 1, t.i + len(seq) - 1)]
        return None

    # -------------------------------------------------------------- direct quotes
    def direct(self, sp: QuoteSpan) -> None:
        s1 = sentence_at(self.a, sp.open)
        s2 = sentence_at(self.a, sp.close)
        if s1 is None or s2 is None:
            return
        quoted = self.text[sp.start:sp.end]
        words = _WORD.findall(quoted)
        pre = self.text[s1.start:sp.open]
        bare = not pre.strip(" \t\n-–—")
        colon = pre.rstrip().endswith(":")
        whole = bare or colon
        found = self.pre_attribution(s1, sp) if colon else None
        if found is None and s2.end > sp.close + 1:
            found = self.post_attribution(s2, sp)
        if found is None and not bare:
            found = self.pre_attribution(s1, sp)
        if found is None and bare:
            found = self.previous_colon(s1) or self.continuation(s1)
        if found is None and not bare:
            found = self.sentence_speaker(s1) or self.clause_subject(s1, sp)
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
        toks = self.tokens(sent, sp.close + 1, sent.end)
        toks = [t for t in toks if t.text not in (",", "»", '"', "”", "-", "—", "–")][:5 if self.lang == "fr" else 8]
        if toks and toks[0].lower_ in ("et", "and", "mais", "but", "ou", "or"):
            return None
        acc = self.according(sent, sp.close + 1, sent.end)
        if acc is not None and toks and acc[0].i <= toks[0].i + 1:
            m = nearest_mention(self.a, sent, 0, sent.base + acc[1].idx + len(acc[1].text), before=False)
            if m is not None:
                return speaker_of(self.a, m), acc[0].text
        for k, t in enumerate(toks):
            if is_cue(t, self.cues) and self.inside_quote(sent.base + t.idx) is None:
                clitic = self.clitic_before(sent, t)
                sp_ = clitic if clitic is not None else self.right_speaker(sent, t)
                if sp_ is None and (self.lang == "en" or not self.a.has_parser) and k > 0:
                    sp_ = self.left_speaker(sent, t)
                if sp_ is not None:
                    return sp_, self.cue_text(sent, t)
                return None
            if t.pos_ == "VERB" and self.lang == "fr":
                break
        return None

    def clitic_before(self, sent, cue_tok) -> Speaker | None:
        """"a-t-il ajouté": the subject clitic between the auxiliary and the participle."""
        doc = sent.span.doc
        for t in doc[max(0, cue_tok.i - 2): cue_tok.i]:
            if t.text.startswith("-") and t.lower_.lstrip("-t").lstrip("-") in ("il", "elle", "ils", "elles"):
                m = self.index.at_token(sent.index, t.i)
                return speaker_of(self.a, m) if m else self.pronoun_fallback(sent)
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
            m = nearest_mention(self.a, sent, 0, sent.base + acc[1].idx + len(acc[1].text), before=False)
            if m is not None and m.end <= sp.open:
                return speaker_of(self.a, m), acc[0].text
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
                            return speaker_of(self.a, m), None
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
        first = min(ms, key=lambda m: m.start)
        same = [m for m in ms if m.start - first.end < 40]
        return speaker_of(self.a, best_mention(same, self.index) or first), None

    def first_subject(self, sent, sp: QuoteSpan):
        """When the parse gives no subject: an actor named before the sentence's first verb."""
        doc = sent.span.doc
        verbs = [t for t in doc if t.pos_ in ("VERB", "AUX") and sent.base + t.idx < sp.open]
        if not verbs:
            return None
        limit = sent.base + verbs[0].idx
        ms = [m for m in self.index.in_sentence(sent.index) if not m.place and m.end <= limit]
        m = best_mention(ms, self.index)
        return (speaker_of(self.a, m), None) if m is not None else None

    # -------------------------------------------------------------- indirect speech
    def indirect(self, sent) -> None:
        doc = sent.span.doc
        if sent.heading or len(doc) < 4:
            return
        taken: list[tuple[int, int]] = []
        for t in doc:
            off = sent.base + t.idx
            if self.inside_quote(off) is not None or any(a <= off < b for a, b in taken):
                continue
            if not is_cue(t, self.cues):
                continue
            content = self.content_after(sent, t)
            if content is not None:
                speaker = self.subject_speaker(sent, t) if self.lang == "fr" or self.a.has_parser \
                    else self.left_speaker(sent, t)
                if speaker is not None and self.add_indirect(sent, speaker, self.cue_text(sent, t), content):
                    taken.append(content)
                continue
            trailing = self.trailing(sent, t)
            if trailing is not None:
                speaker, start, end = trailing
                if self.add_indirect(sent, speaker, self.cue_text(sent, t), (start, end)):
                    taken.append((start, end))
        if not taken:
            self.according_clause(sent)

    def add_indirect(self, sent, speaker: Speaker, cue: str | None, content: tuple[int, int]) -> bool:
        start, end = content
        if self.anonymous(speaker):
            return False
        for pattern in (_TIMESTAMP, _DATELINE):
            stamp = pattern.match(self.text, start)
            if stamp:
                start = stamp.end()
        while end > start and self.text[end - 1] in " .;,:!?\n":
            end -= 1
        if end - start < 8:
            return False
        body = self.text[start:end]
        if len(_WORD.findall(body)) < 3:
            return False
        for sp in self.spans:  # the whole content is a direct quote: one direct record is enough
            if sp.open - start <= 1 and sp.close >= end - 1:
                return False
        self.last_speaker[sent.index] = speaker
        self.quotes.append(Quote(speaker=speaker.ref, speaker_text=speaker.text, cue=cue, text=body,
                                 direct=False, start=start, end=end, sentence=sent.index))
        return True

    def content_after(self, sent, cue_tok) -> tuple[int, int] | None:
        """The content of indirect speech after its cue: after que/that, or a bare clause."""
        doc = sent.span.doc
        end = sent.end
        if self.lang == "fr":
            steps = 0
            for t in doc[cue_tok.i + 1:]:
                steps += 1
                if steps > 12 or t.text in (".", ";", ":", "«", "»", "!", "?", '"', "(", ")"):
                    return None
                if t.lower_ in ("que", "qu'", "qu’") and t.pos_ in ("SCONJ", "PRON", "ADV", "CCONJ"):
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
        skip = _EN_ADVERBIAL.match(rest_text)
        offset = sent.base + cue_tok.idx + len(cue_tok.text) + (skip.end() if skip else 0)
        toks = [t for t in doc[cue_tok.i + 1:] if sent.base + t.idx >= offset]
        if not toks:
            return None
        if toks[0].text == ",":
            return None  # "…, the ministry said, adding …": a trailing attribution
        for k, t in enumerate(toks[:10]):
            if _finite_en(t) and k > 0 and toks[0].lower_ not in _EN_PREPOSITIONS:
                break  # "said repair crews were working … and that …": the content starts right away
            if t.lower_ == "that":
                if k + 1 < len(toks) and (k == 0 or skip is None or all(x.text != "," for x in toks[:k])):
                    return sent.base + toks[k + 1].idx, end
                return None
            if t.text in (".", ";", ":", "!", "?", '"', "“", "”") or (t.text == "," and k > 0):
                break
        first = toks[0]
        if first.text in (",", ".", ";", ":", '"', "“", "”") or first.lower_ in _EN_PREPOSITIONS:
            return None
        if cue_tok.lower_ in self.cues.object_verbs:
            return None  # "told reporters …" without "that": the hearer is not the content
        for t in toks[:9]:
            if t.text in (":", '"', "“", "”", "«") or is_cue(t, self.cues):
                return None  # "claimed victory and said …", "said afterwards: “…”"
            if _finite_en(t):
                return sent.base + first.idx, end
        return None

    def trailing(self, sent, cue_tok, allow_quotes: bool = False):
        """"…, a indiqué le ministère." / "…, the ministry said.": the content is the clause before."""
        doc = sent.span.doc
        i = cue_tok.i - 1
        while i >= 0 and (doc[i].pos_ == "AUX" or doc[i].lower_ in ("a", "ont", "has", "have", "had")
                          or doc[i].text.startswith("-")):
            i -= 1
        speaker = None
        comma = None
        if i >= 0 and doc[i].text == ",":
            comma = i  # inverted: ", a indiqué X" / ", said X" / ", a-t-il dit"
            speaker = self.clitic_before(sent, cue_tok) if self.lang == "fr" else None
            if speaker is None:
                nxt = doc[cue_tok.i + 1] if cue_tok.i + 1 < len(doc) else None
                if nxt is None or nxt.pos_ not in ("DET", "PROPN", "NOUN", "PRON") and not nxt.text[:1].isupper():
                    return None
                speaker = self.right_speaker(sent, cue_tok)
                if speaker is not None and speaker.mention.tok_start > cue_tok.i + 5:
                    return None
                if speaker is not None and not self.clause_ends(doc, speaker.mention.tok_end):
                    return None
        elif self.lang == "en" or not self.a.has_parser:
            # ", the Energy Ministry said": a subject between the comma and the cue
            j = i
            while j >= 0 and doc[j].text not in (",", ".", ";", ":") and cue_tok.i - j <= 6:
                j -= 1
            if j >= 0 and doc[j].text == ",":
                comma = j
                speaker = self.left_speaker(sent, cue_tok)
        if comma is None or speaker is None or comma < 3:
            return None
        if self.lang == "en":
            rest = self.text[sent.base + cue_tok.idx + len(cue_tok.text): sent.end]
            skip = _EN_ADVERBIAL.match(rest)
            rest = rest[skip.end() - 1:] if skip else rest
            if rest.strip() and not rest.lstrip().startswith((",", ".", ";", "adding", "citing")):
                return None
        start = sent.start
        for pattern in (_TIMESTAMP, _DATELINE):
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
        return speaker, start, end

    def according_clause(self, sent) -> None:
        """"Selon X, …" (content after the comma) and "…, selon X." (content before)."""
        acc = self.according(sent, sent.start, sent.end)
        if acc is None:
            return
        doc = sent.span.doc
        first, last = acc
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
        if first.i > 3 and doc[first.i - 1].text == ",":
            ms = mentions_between(self.index, sent.index, sent.base + last.idx, sent.end)
            m = best_mention(ms, self.index)
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
