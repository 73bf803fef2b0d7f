"""People in a sentence that the KB does not name.

French: the NER's persons (with checks against junk: verbs, stop words, words
of organisations) and organisations that act as subjects. Both languages: a
run of capitalised words after a title or an honorific ("M.", "Mr") or, in
English, before a speech verb; "M. Peskov" joins its honorific.
"""

from __future__ import annotations

from .cands import Cand, SentenceCands, suffix, word_range
from .gazetteer import Word, fold
from .lexicon import (
    DE, DETS, HONORIFICS, SPEECH_EN, PERSON_OBJECT_EN, EN_STOP, PARTICLES, ORG_WORDS,
)

NAME_PARTICLES = frozenset({"al", "el", "bin", "ben", "ibn", "abu", "ould", "ag"})  # joined by a hyphen
PERSON_LABELS = ("PER", "PERSON")  # spaCy's French and English NER labels for people


class PeopleFinder:
    """Mixed into SentenceReader (which provides kb, gaz and lang)."""

    def _people_from_ner(self, sc: SentenceCands, doc) -> None:
        if not doc.has_annotation("ENT_IOB"):
            return
        for ent in doc.ents:
            i, j = word_range(sc.ws, ent.start_char, ent.end_char)
            if i is None:
                continue
            if ent.label_ not in PERSON_LABELS and ent.label_ != "ORG":
                self._inside_other_name(sc, ent, i, j)
                continue
            while i < j and (sc.ws[i].key in HONORIFICS or sc.ws[i].text in (".", "'") or sc.ws[i].key in ("l", "d")):
                i += 1
            if i >= j:
                continue
            covering = [c for c in sc.cands if c.i < j and i < c.j and not c.dropped]
            if ent.label_ == "ORG":
                if not covering and self._agentive_org(ent, sc.ws[i:j]):
                    sc.cands.append(Cand(sc.index, i, j, "org", name=sc.text[sc.ws[i].start:sc.ws[j - 1].end]))
                else:
                    self._inside_other_name(sc, ent, i, j)
                continue
            if not self._plausible_person(sc.ws[i:j], ent):
                continue
            j = suffix(sc.ws, j)
            name = sc.text[sc.ws[i].start:sc.ws[j - 1].end]
            if not covering:
                sc.cands.append(Cand(sc.index, i, j, "name", name=name))
                continue
            if any(c.i < i or c.j > j or c.kind in ("title", "group", "demonym") for c in covering):
                continue  # crosses another phrase: trust the gazetteer
            if any((c.i, c.j) == (i, j) for c in covering):
                continue
            people = [c for c in covering if c.kind == "name"]
            if len(people) == 1 and len(covering) == 1 and self._same_person(people[0], sc, i, j):
                people[0].i, people[0].j = i, j  # "Vladimir Poutine" around a KB "Poutine"
                continue
            for c in covering:  # "Thérèse Kayikwamba Wagner" is not the Wagner group
                c.dropped = True
            sc.cands.append(Cand(sc.index, i, j, "name", name=name))

    def _inside_other_name(self, sc: SentenceCands, ent, i: int, j: int) -> None:
        """A person or place inside another name ("la Route Trump", "le groupe de Minsk") is not a mention."""
        if j - i < 2 or not sc.ws[i].capital or sc.ws[i].key in DETS:
            return
        for c in sc.cands:
            if c.kind in ("name", "metonym", "country") and i < c.i and c.j <= j and not c.dropped:
                if c.kind == "name" and (ent.label_ in PERSON_LABELS or c.j - c.i > 1):
                    continue  # a full name is nobody's name-part ("la Route Trump" is)
                c.dropped = True

    def _same_person(self, c: Cand, sc: SentenceCands, i: int, j: int) -> bool:
        from rapidfuzz import fuzz

        text = sc.text[sc.ws[i].start:sc.ws[j - 1].end]
        for ident in c.options or (c.entity,):
            entity = self.kb.entities.get(ident or "")
            if entity and any(fuzz.ratio(fold(text), fold(a)) >= 80 for a in entity.all_aliases()):
                return True
        return False

    def _plausible_person(self, ws: list[Word], ent) -> bool:
        if not 1 <= len(ws) <= 5:
            return False
        first = ent[0]
        if first.pos_ in ("VERB", "AUX", "ADV", "PRON", "ADP", "SCONJ", "CCONJ") or first.is_stop:
            return False
        letters = [w for w in ws if w.text[0].isalpha()]
        if not letters or any(ch.isdigit() for w in ws for ch in w.text):
            return False
        if any(w.key in ORG_WORDS for w in ws):
            return False
        return all(w.capital or w.key in PARTICLES for w in letters) and ws[0].capital

    def _agentive_org(self, ent, ws: list[Word]) -> bool:
        root = ent.root
        return (root.dep_ in ("nsubj", "nsubj:pass") and 1 <= len(ws) <= 6 and ws[0].capital
                and root.pos_ == "PROPN")

    def _people_from_capitals(self, sc: SentenceCands, fallback: bool = False) -> None:
        """A run of 2-4 capitalised words after a title or honorific, or (English) before a
        speech verb, is a person. ``fallback``: French, where the NER spoke first."""
        ws, n = sc.ws, len(sc.ws)
        covered = {k for c in sc.cands if not c.dropped for k in range(c.i, c.j)}
        k = 0
        while k < n:
            if k in covered or not ws[k].capital or not ws[k].text.isalpha() or ws[k].key in EN_STOP:
                k += 1
                continue
            e = k
            while e < n and e not in covered and e - k < 5 and (
                    ws[e].capital and ws[e].text.isalpha() or ws[e].text == "-" and e + 1 < n and ws[e + 1].capital
                    or e > k and ws[e].key in NAME_PARTICLES and e + 2 < n and ws[e + 1].text == "-"
                    and ws[e + 2].capital):  # "Mohammed al-Sahaf", "Abdallah ould-Ahmed"
                e += 1
            absorbed = None
            if e < n and e in covered and e - k >= 1:  # "Thérèse Kayikwamba" + "Wagner" (a KB organisation),
                nxt = next((c for c in sc.cands if c.i == e and not c.dropped), None)  # "Tom" + "King"
                if nxt and nxt.j == e + 1 and nxt.kind in ("org", "name", "metonym", "title") and ws[e].capital:
                    absorbed = nxt
                    e += 1
            titled_inside = False
            for t in range(e - 2, k - 1, -1):  # "Investment Minister Tran Xuan Gia": the name follows the title
                if ws[t].key in self.gaz.title_words:
                    k, titled_inside = t + 1, True
                    break
            if e - k >= 2 and not any(w.key in ORG_WORDS for w in ws[k:e]):
                before = ws[k - 1].key if k else ""
                after = ws[e].key if e < n else ""
                titled = titled_inside or any(c.kind == "title" and (c.j == k or c.j == k - 1 and before == ",")
                                              for c in sc.cands) \
                    or before in HONORIFICS or (k >= 2 and ws[k - 1].text == "." and ws[k - 2].key in HONORIFICS) \
                    or (before in DE and any(c.kind == "group" and c.sector == "GOV" and c.j == k - 1
                                             for c in sc.cands))
                speaking = not fallback and (after in SPEECH_EN or (after == "," and e + 1 < n and (
                    ws[e + 1].key in ("a", "an", "the")
                    or any(c.kind == "title" and c.i == e + 1 for c in sc.cands))))
                # English: "police arrested Tundu Lissu": 2-3 capitalised words after a verb whose object is
                # a person, the run ending there (not "arrested Human Rights Watch Director ...")
                object_of = not fallback and self.lang == "en" and before in PERSON_OBJECT_EN and e - k <= 3 \
                    and not ws[k - 1].capital and not (e < n and ws[e].capital) \
                    and not any(w.key in EN_STOP or w.key in self.gaz.title_words for w in ws[k:e])
                if titled or speaking or object_of:
                    e = suffix(ws, e)
                    if absorbed is not None:
                        absorbed.dropped = True
                    sc.cands.append(Cand(sc.index, k, e, "name", name=sc.text[ws[k].start:ws[e - 1].end],
                                         context_country=object_of and not (titled or speaking)))
                    covered.update(range(k, e))
            k = max(e, k + 1)

    def _honorifics(self, sc: SentenceCands) -> None:
        """"M. Peskov", "Mme Kallas", "Mr Rutte": the honorific joins the name."""
        ws, n = sc.ws, len(sc.ws)
        for k in range(n - 1):
            if ws[k].key not in HONORIFICS or not ws[k].capital:
                continue
            p = k + 2 if ws[k + 1].text == "." else k + 1
            if p >= n or not ws[p].capital or not ws[p].text.isalpha():
                continue
            named = next((c for c in sc.cands if c.i == p and c.kind == "name"), None)
            if named:
                named.i = k
            elif not any(c.i <= p < c.j for c in sc.cands):
                e = p + 1
                while e < n and ws[e].capital and ws[e].text.isalpha() and e - p < 3:
                    e += 1
                sc.cands.append(Cand(sc.index, k, e, "name", name=sc.text[ws[p].start:ws[e - 1].end]))
