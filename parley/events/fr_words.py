"""Word lists of the French coder: event adjectives, control and light verbs, agentive "de"
nouns, and a guesser of infinitives for forms the lemmatizer leaves as they are."""

from __future__ import annotations

from .fr_args import fold

# Adjectives that are events themselves: lemma -> (event, mode, cameo, recipient markers).
ADJ_EVENTS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "critique": ("ACCUSE", "disapprove", "111", ("envers", "contre", "à l'égard de", "vis-à-vis de", "de", "à")),
    "hostile": ("ACCUSE", "disapprove", "111", ("à", "envers")),
    "opposé": ("REJECT", "", "120", ("à",)),
    "défavorable": ("REJECT", "", "120", ("à",)),
    "favorable": ("SUPPORT", "", "051", ("à", "envers")),
    "solidaire": ("SUPPORT", "", "051", ("de", "avec", "envers")),
}
# "répondre favorablement": a response verb with a manner adverb.
RESPONSE_VERBS = frozenset("répondre réagir accueillir recevoir".split())
POSITIVE_ADV = frozenset("favorablement positivement chaleureusement".split())
NEGATIVE_ADV = frozenset("négativement froidement sèchement fraîchement".split())
# Material support nouns: "soutien militaire" is AID, not SUPPORT.
SUPPORT_NOUNS = frozenset("soutien appui aide assistance".split())
MATERIAL_ADJ = frozenset("militaire financier économique humanitaire matériel logistique budgétaire "
                         "sécuritaire médical alimentaire".split())
# Verbs whose object or "à" complement controls their infinitive ("inciter X à négocier").
OBJECT_CONTROL = frozenset("accuser soupçonner blâmer remercier féliciter condamner critiquer inciter pousser "
                           "appeler exhorter demander inviter encourager forcer contraindre autoriser aider presser sommer enjoindre convaincre persuader charger obliger "
                           "recommander conseiller ordonner prier supplier".split())
# Verbs that pass their subject to an actor-less event noun object ("l'UE a adopté des sanctions").
LIGHT = frozenset("""
    adopter imposer décréter annoncer lancer mener effectuer conduire procéder organiser tenir signer conclure
    approuver décider voter prendre infliger multiplier intensifier poursuivre reprendre accorder fournir apporter
    envoyer livrer débloquer promettre proposer offrir engager entamer ouvrir réaliser opérer renforcer étendre
    durcir prolonger renouveler annoncer confirmer revendiquer assumer réclamer exiger demander refuser rejeter
    accepter""".split())
# Nouns whose "de" complement is the agent even when the lexicon lists "de" as a recipient marker.
AGENT_DE = frozenset("""
    retrait repli désengagement démission retraite soutien appui aide menace refus proposition offre promesse
    engagement demande exigence appel visite voyage déplacement tournée disponibilité volonté décision annonce
    attaque offensive frappe riposte représaille tir raid assaut manifestation grève sanction critique
    accusation condamnation reconnaissance excuse concession position""".split())
# Generic objects of "mettre fin à" that make it ending a conflict, not retreating.
CONFLICT_NOUNS = frozenset("guerre conflit hostilité combat crise violence affrontement".split())
MOVE_OUT = frozenset("partir quitter rentrer repartir décamper".split())
MOVE_IN = frozenset("arriver débarquer entrer pénétrer avancer progresser affluer".split())
# Cooperation that "mettre fin à" / "suspendre" ends: SANCTION, not RETREAT.
COOP_NOUNS = frozenset("coopération aide partenariat relation accord dialogue négociation assistance soutien "
                       "collaboration échange programme financement livraison".split())
HOST_VERBS = frozenset("recevoir accueillir héberger".split())
# Nouns that make an event noun a time reference ("depuis le début de l'invasion"): background, not news.
TIME_HEADS = frozenset("début fin lendemain veille anniversaire commencement déclenchement".split())
TIME_MARKERS = frozenset("depuis".split())
CONTENT_DEPS = frozenset(("xcomp", "ccomp", "csubj", "obj", "obl:arg"))


_ENDINGS = (("aient", "er"), ("ait", "er"), ("ent", "er"), ("es", "er"), ("e", "er"), ("ées", "er"), ("és", "er"),
            ("ée", "er"), ("é", "er"), ("ons", "er"), ("ez", "er"), ("it", "ir"), ("issent", "ir"), ("is", "ir"),
            ("ie", "ir"), ("i", "ir"))


def guess_infinitives(form: str) -> list[str]:
    """Infinitives a finite form may come from, when the lemmatizer kept the form ("réclame")."""
    f = fold(form)
    out = []
    for end, inf in _ENDINGS:
        if f.endswith(end) and len(f) > len(end) + 2:
            out.append(f[: -len(end)] + inf)
    return out
