"""Function words and small word lists the actor phrases are built with.

Folded forms (lower case, no accents), French and English together: the
words around a title or group ("de", "of", "pour"), the modifiers of a title
("élu", "sortant", "former"), honorifics, speech verbs, the words that make a
capitalised run an organisation, and the combining forms of compound
adjectives. The actor names, titles and groups themselves are in data/.
"""

from __future__ import annotations

DE = {"de", "du", "des", "d", "of"}
ARTICLES = {"le", "la", "les", "l", "the", "'"}
DETS = ARTICLES | {"un", "une", "a", "an", "son", "sa", "ses", "leur", "leurs", "his", "her", "their", "its", "ce",
                   "cet",
                   "cette", "this", "that"}
FOR = {"pour", "for", "charge", "chargee", "on"}
TOPIC_NOUNS = {"conflit", "guerre", "dossier", "question", "crise", "processus", "conflict", "war", "crisis",
               "file", "talks", "negociations", "paix", "peace"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "their", "its"}
FORMER = {"ancien", "ancienne", "anciens", "former", "ex", "feu", "late", "ousted", "deposed", "exiled", "dechu",
          "dechue", "deposee"}
ELECT = {"elu", "elue", "elect", "designe", "designee", "nomme", "nommee"}
SKIP_MODS = {"sortant", "sortante", "sortants", "outgoing", "actuel", "actuelle", "current", "nouveau", "nouvel",
             "nouvelle", "new", "special", "speciale", "speciaux", "personnel", "personnelle", "top", "chief"}
DEPUTY = {"adjoint", "adjointe", "deputy", "vice", "vice-", "sous"}
HONORIFICS = {"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "gen"}
LOCATIVE = {"en", "dans", "in", "at", "inside"}
WEAK_BEFORE = {"fr": {"a", "au", "aux", "vers", "depuis", "pres"}, "en": {"near", "from", "to", "outside", "via"}}
# English verbs whose object is most often a person: "police arrested Tundu Lissu" (a run of capitalised
# words right after one of them, in English, is taken for an unknown person)
PERSON_OBJECT_EN = {"arrested", "detained", "jailed", "imprisoned", "freed", "released", "sentenced", "charged",
                    "indicted", "kidnapped", "abducted", "assassinated", "executed", "pardoned", "extradited",
                    "interrogated", "questioned", "summoned", "sacked", "dismissed", "ousted", "appointed",
                    "nominated", "endorsed", "impeached", "arrest", "detain", "release", "free", "extradite"}
SPEECH_EN = {"said", "says", "told", "added", "stated", "announced", "warned", "insisted", "argued", "claimed",
             "wrote", "noted", "explained", "declared", "stressed", "urged"}
# Words a capitalised span may not start with (English rules).
EN_STOP = set("""the a an in on at for but and or of to from by with as if when while after before this that these
    those it its he she they we i you his her their our my your there here what which who whom whose why how
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december""".split())
PARTICLES = {"de", "du", "la", "le", "von", "van", "der", "den", "al", "el", "bin", "ben", "da", "dos", "di", "ibn",
             "-", "ould", "ag", "abu", "abou", "jr", "y"}
# Words that make a capitalised run the name of a body, not of a person.
ORG_WORDS = set("""ministry ministere department departement council conseil forces force army armee party parti
    agency agence command commandement office bureau committee comite movement mouvement front union
    organisation organization commission assembly assemblee parliament parlement court cour tribunal
    government gouvernement police guard garde brigade brigades group groupe bank banque fund fonds
    alliance coalition federation federation institute institut university universite news press presse
    agence service services authority autorite autorites navy marine corps senate senat congress congres
    house maison palace palais embassy ambassade mission summit sommet""".split())
NAME_PART_AFTER = ORG_WORDS | {"group", "accords", "agreement", "agreements", "protocol", "format", "times", "post",
                               "declaration", "convention", "conventions", "process", "memorandum", "statute"}
NAME_PART_BEFORE = {"groupe", "accords", "accord", "format", "protocole", "processus", "declaration", "convention",
                    "conventions", "memorandum", "statut"}
# Geographic names that contain a country's name ("golfe de Finlande", "Sea of Japan").
GEOGRAPHIC = {"golfe", "mer", "detroit", "baie", "canal", "ocean", "ile", "iles", "peninsule", "archipel", "gulf",
              "sea", "strait", "straits", "bay", "ocean", "island", "islands", "peninsula"}
HYPHEN_PLACE = {"flagged", "based", "born", "registered", "bound"}
BORDER = {"border", "borders", "frontiere", "frontieres"}
COUNTERPART = {"homologue", "homologues", "counterpart", "counterparts"}
SAME_ROLE = "=same"  # the role of a counterpart: that of the title or person it answers
# People quoted as commentators are not political actors (gold guidelines).
COMMENTATORS = {"analyste", "chercheur", "chercheuse", "expert", "experte", "professeur", "professeure",
                "politologue", "journaliste", "correspondant", "correspondante", "economiste", "historien",
                "historienne", "specialiste", "analyst", "researcher", "professor", "scholar", "fellow",
                "journalist", "correspondent", "economist", "historian", "commentator", "editorialiste"}

IMPERSONAL = {"faut", "fallait", "faudra", "faudrait", "y", "s'", "semble", "semblait", "paraît", "parait",
              "suffit", "importe", "convient", "existe", "s", "manque", "vaut", "pleut"}

# Combining forms of compound adjectives ("sino-américain", "Franco-German") that demonyms do not give.
COMBINING = {
    "fr": {"sino": "CHN", "franco": "FRA", "germano": "DEU", "anglo": "GBR", "nippo": "JPN", "hispano": "ESP",
           "greco": "GRC", "turco": "TUR", "austro": "AUT", "helveto": "CHE", "luso": "PRT", "indo": "IND",
           "sovieto": "RUS", "americano": "USA", "israelo": "ISR", "arabo": None, "belgo": "BEL",
           "italo": "ITA", "irano": "IRN", "syro": "SYR", "libano": "LBN", "russo": "RUS", "ukraino": "UKR",
           "polono": "POL", "palestino": "PSE", "egypto": "EGY", "saoudo": "SAU", "qataro": "QAT",
           "turquo": "TUR", "serbo": "SRB", "croato": "HRV", "kosovo": None},
    "en": {"sino": "CHN", "franco": "FRA", "anglo": "GBR", "indo": "IND", "russo": "RUS", "german": "DEU",
           "us": "USA", "u.s": "USA", "israeli": "ISR", "turco": "TUR", "italo": "ITA", "greco": "GRC"},
}
# Cardinals before a plural group: "les trois juntes", "the two governments" name several states at once.
SEVERAL = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs", "two", "three", "four",
           "five", "six", "seven", "eight", "nine", "ten", "several", "both"}
# A group word inside an idiom is no actor: "la junte au pouvoir", "arrivé au pouvoir", "the party in power".
IDIOMS = {("au", "pouvoir"), ("in", "power"), ("to", "power"), ("a", "cote")}
# Words an acronym takes no letter from: "Coalition des patriotes pour le changement (CPC)".
ACRONYM_SKIP = {"de", "du", "des", "d", "la", "le", "les", "l", "pour", "et", "en", "au", "aux", "a", "sur", "par",
                "of", "the", "for", "and", "in", "on", "to", "e", "i", "y"}
