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
# Nouns of places and things: a demonym on them ("le gaz russe", "la frontière égyptienne") hardly
# names a party to an event of the sentence.
THING_NOUNS = frozenset("""
    frontière territoire sol gaz pétrole côte région ville capitale village province zone espace ciel eau
    mer fleuve port aéroport île enclave sud nord est ouest centre voie économie marché monnaie produit
    importation exportation intérêt presse télévision chaîne langue culture
    histoire constitution navire avion drone missile arme équipement matériel installation site usine
    centrale infrastructure réseau côté partie
""".split())
# Aspectual verbs: "continuer de frapper" is the striking; their tense is the event's.
ASPECTUAL = frozenset("continuer poursuivre recommencer commencer persister".split())
# Verbs of command: "ordonner le déploiement des troupes" by a head of state is the mobilisation itself.
COMMAND_VERBS = frozenset("ordonner décréter commander".split())
# Adjectives that make an exercise or operation joint (PLOVER: COOPERATE, not MOBILIZE).
JOINT_ADJ = frozenset("conjoint commun joint combiné bilatéral multinational".split())
# Links that make what follows the price of refusing a demand: a threat ("..., faute de quoi X frappera").
THREAT_LINKS = ("faute de quoi", "sinon", "sous peine de", "à défaut de quoi", "faute de")
# "répondre fermement / avec fermeté" in the future: a warning.
FIRM_ADV = frozenset("fermement vigoureusement durement sévèrement énergiquement".split())
FIRM_NOUNS = frozenset("fermeté force vigueur détermination sévérité".split())
# "les deux parties", "toutes les parties": the sides of the conflict the article is about.
PARTY_NOUNS = frozenset("partie camp rive belligérant protagoniste pays capitale dirigeant délégation".split())
PARTY_NOUNS_ALL = frozenset("belligérant protagoniste".split())
# Event nouns named after the city where they took place ("l'accord du Caire", "le sommet de Riyad").
PLACE_NAMED = frozenset("accord traité pacte sommet conférence processus format déclaration protocole mémorandum "
                        "pourparler négociation réunion rencontre".split())
# Objects of "dénoncer / condamner" that name an earlier act of force without saying whose.
OFFENCE_NOUNS = frozenset("violation atteinte agression provocation escalade ingérence crime massacre".split())
# Verbs that evaluate their object ("juger l'accord insuffisant"): the object is no new event.
EVALUATIVE = frozenset("juger qualifier considérer trouver estimer".split())
# Verbs of warning: what they announce may be a refusal or a promise rather than a threat.
WARN_VERBS = frozenset("prévenir avertir".split())
# Participles that stay events when they describe a noun and name their agent ("accusés par X de...").
AGENT_ACL = frozenset("accuser soupçonner condamner sanctionner critiquer menacer juger qualifier dénoncer".split())
# The general public: an appeal to it ("appelle la population au calme") is no event between parties.
GENERAL_PUBLIC = frozenset("population habitant citoyen civil public riverain résident".split())
# Pronominal verbs that are not reciprocal: "ils se sont engagés à" is a pledge of each, not to each other.
NOT_RECIPROCAL = frozenset("engager dire déclarer montrer préparer apprêter retirer rendre".split())
# Verbs of holding one's own meeting ("présider / tenir une réunion"): with one party and no partner,
# an internal meeting, not a consultation between parties.
CHAIR_VERBS = frozenset("présider tenir convoquer".split())
# Words of condemnation: "juger X inacceptable", "qualifier X de provocation" is an ACCUSE.
NEGATIVE_EVAL = frozenset("""
    inacceptable inadmissible intolérable infondé infondée mensonger regrettable déplorable scandaleux
    irresponsable dangereux illégal illégitime illicite anormal absurde hostile agressif criminel terroriste
    provocation escalade agression crime mensonge chantage ingérence péché menace
""".split())
# Documents whose provisions a sentence may report ("selon le texte, X devra..."): terms, not events.
DOCUMENT_NOUNS = frozenset("texte document accord plan feuille projet résolution communiqué déclaration traité "
                           "mémorandum protocole".split())
# Verbs of a lasting state: in a present-tense relative clause ("les prisonniers qu'elle détient",
# "le M23, qui contrôle Goma") they describe, they report no new event.
STATE_VERBS = frozenset("détenir contrôler occuper soutenir abriter héberger financer armer dominer administrer "
                        "posséder".split())
# "un échange de prisonniers": a mutual release (COOPERATE, every side an actor), not talks.
EXCHANGE_NOUNS = frozenset("échange".split())
CAPTIVES = frozenset("prisonnier otage détenu captif corps dépouille".split())
# What one welcomes when one welcomes a step forward ("salue une avancée"): the agreement or decision told.
PROGRESS_NOUNS = frozenset("décision avancée pas étape progrès succès signal geste annonce percée accord "
                           "engagement issue résultat".split())
# Mediation: the mediator and the mediated parties all take part (CONSULT of all of them).
MEDIATION_NOUNS = frozenset("médiation bons offices facilitation".split())
