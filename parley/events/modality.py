"""Modality, negation and reported speech: built-in cue lists and tense tests.

The lexicon files ``modality_<lang>.tsv`` add to (never remove from) the
built-in lists below, which are the coder's fallback when a file is missing.
Kinds: negation, future, intention, hypothetical, conditional, report,
historical (see lexicon formats). ``Modality`` sums what the frames above an
event say, and ``final`` turns it into the Event's ``modality`` value.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

# ---------------------------------------------------------------- French

FR_REPORT = frozenset("""
    dire déclarer affirmer indiquer annoncer estimer assurer souligner ajouter préciser expliquer
    confirmer rappeler répéter juger considérer expliquer affirmer écrire raconter noter observer
    insister avancer soutenir prétendre rapporter révéler reconnaître admettre démentir signaler
    marteler réaffirmer réitérer lancer poursuivre conclure déplorer regretter relever témoigner
    faire_savoir laisser_entendre tweeter publier communiquer informer mentionner évoquer
    répliquer rétorquer répondre
""".split())
FR_INTENT = frozenset("""
    vouloir compter entendre souhaiter espérer désirer chercher viser projeter prévoir planifier
    s'apprêter se_apprêter se_préparer préparer décider résoudre promettre se_engager
    s'engager programmer accepter proposer offrir
""".split())
FR_HYPOTHETICAL = frozenset("pouvoir envisager étudier réfléchir examiner risquer sembler paraître "
                            "imaginer évoquer".split())
FR_FUTURE = frozenset("aller devoir".split())
# Adjectives that govern an intended action ("prêt à rencontrer", "ouvert à des discussions").
FR_INTENT_ADJ = frozenset("prêt disposé ouvert résolu déterminé décidé enclin disponible favorable "
                          "désireux soucieux impatient".split())
FR_INTENT_NOUN = frozenset("volonté intention disponibilité ouverture disposition détermination projet "
                           "désir souhait envie résolution".split())
# Governors of irrealis or non-asserted content (fear, hope, expectation, speculation).
FR_IRREALIS = frozenset("craindre redouter espérer attendre souhaiter imaginer redouter appréhender "
                        "spéculer anticiper prédire pronostiquer parier douter susciter nourrir "
                        "éviter empêcher prévenir".split())
FR_NEG_WORDS = frozenset("pas jamais guère nullement aucunement point".split())
FR_NEG_DET = frozenset("aucun nul".split())
# "ne ... pas manquer de", "ne pas hésiter à": two negations that make an affirmation.
FR_NEG_CANCEL = frozenset("manquer hésiter cesser".split())

# ---------------------------------------------------------------- English

EN_REPORT = frozenset("""
    say tell state declare announce add note stress claim insist affirm assert confirm report reveal
    explain write tweet post comment indicate suggest argue contend maintain believe think
    acknowledge admit remark reiterate repeat emphasise emphasize underline told said
""".split())
EN_INTENT = frozenset("want intend plan aim seek hope wish try attempt prepare expect promise pledge vow "
                      "vowed agree offer decide resolve mean".split())
EN_INTENT_ADJ = frozenset("ready willing prepared open eager keen determined poised set".split())
EN_HYPOTHETICAL = frozenset("could might may would should consider mull weigh contemplate explore".split())
EN_FUTURE = frozenset("will shall 'll".split())
EN_NEG_WORDS = frozenset("not n't never no".split())


@dataclass
class Modality:
    """What the frames above an event say about it."""

    negated: bool = False
    future: bool = False
    intention: bool = False
    hypothetical: bool = False
    conditional: bool = False
    historical: bool = False
    cues: list[str] = field(default_factory=list)

    def add(self, kind: str, cue: str = "") -> None:
        if kind == "negation":
            self.negated = not self.negated
        elif kind == "future":
            self.future = True
        elif kind == "intention":
            self.intention = True
        elif kind == "hypothetical":
            self.hypothetical = True
        elif kind == "conditional":
            self.conditional = True
        elif kind == "historical":
            self.historical = True
        if cue:
            self.cues.append(f"{kind}:{cue}")

    @property
    def forward(self) -> bool:
        """Future or intended: PLOVER's reductions apply."""
        return self.future or self.intention

    def final(self) -> str:
        """The Event.modality value."""
        if self.conditional:
            return "conditional"
        if self.intention or self.future:
            return "future"
        if self.hypothetical:
            return "hypothetical"
        return "asserted"


# ---------------------------------------------------------------- French verb morphology

_IRREGULAR_STEM = {"être": "ser", "avoir": "aur", "aller": "ir", "faire": "fer", "pouvoir": "pourr",
                   "devoir": "devr", "voir": "verr", "envoyer": "enverr", "savoir": "saur", "vouloir": "voudr",
                   "falloir": "faudr", "valoir": "vaudr", "courir": "courr", "mourir": "mourr", "recevoir": "recevr",
                   "acquérir": "acquerr", "asseoir": "assiér", "cueillir": "cueiller"}
_FUT_END = ("ai", "as", "a", "ons", "ez", "ont")
_CND_END = ("ais", "ait", "ions", "iez", "aient")


def _stems(lemma: str) -> set[str]:
    """Future/conditional stems of a French verb."""
    lemma = lemma.lower()
    stems = set()
    if lemma in _IRREGULAR_STEM:
        stems.add(_IRREGULAR_STEM[lemma])
    for base, stem in (("venir", "viendr"), ("tenir", "tiendr"), ("faire", "fer"), ("voir", "verr")):
        if lemma.endswith(base) and lemma != base:
            stems.add(lemma[: -len(base)] + stem)
    if lemma.endswith(("er", "ir")):
        stems.add(lemma)  # rencontrer -> rencontrera, finir -> finira
    if lemma.endswith("re"):
        stems.add(lemma[:-1])  # mettre -> mettra
    if lemma.endswith("yer"):
        stems.add(lemma[:-3] + "ier")  # payer -> paiera
    if lemma.endswith(("eler", "eter")):
        stems.add(lemma[:-2] + lemma[-3] + "er")  # appeler -> appellera
    if len(lemma) > 4 and lemma[-4] == "e" and lemma.endswith("er") and lemma[-3] not in "aeiouy":
        stems.add(lemma[:-4] + "è" + lemma[-3:])  # mener -> mènera, lever -> lèvera
    if "é" in lemma[-5:-2] and lemma.endswith("er"):
        i = lemma.rfind("é", 0, len(lemma) - 2)
        stems.add(lemma[:i] + "è" + lemma[i + 1:])  # céder -> cèdera (also cédera)
    return stems


def fr_tense(form: str, lemma: str, morph: str = "") -> str | None:
    """'fut', 'cnd' or None for a finite French verb form (the morphologizer misses many)."""
    if "Tense=Fut" in morph:
        return "fut"
    if "Mood=Cnd" in morph:
        return "cnd"
    f = form.lower()
    if len(f) < 3 or "VerbForm=Part" in morph or ("VerbForm=Inf" in morph and f.endswith(("er", "ir", "re"))):
        return None  # (the tagger calls some future forms infinitives: "négocierons")
    if lemma.lower() == f and len(f) > 6:  # the lemmatizer kept the form ("négocierons")
        if re.search(r"(er|ir|r)(ais|ait|ions|iez|aient)$", f):
            return "cnd"
        if re.search(r"(er|ir|r)(ai|as|a|ons|ez|ont)$", f):
            return "fut"
    stems = _stems(lemma)
    for end in _CND_END:
        if f.endswith(end) and f[: -len(end)] in stems:
            return "cnd"
    for end in _FUT_END:
        if f.endswith(end) and f[: -len(end)] in stems:
            return "fut"
    return None
